"use client";
import Link from "next/link";
import { useActionState } from "react";
import { CheckboxField, ErrorSummary, SubmitButton, TextField } from "@/components/forms/fields";
import type { FormState } from "@/lib/forms";

const LABELS = { name: "Name", code: "Code", areaCommand: "Area command", active: "Active" };

export function NeighbourhoodForm({ action, existing }: { action: (state: FormState, data: FormData) => Promise<FormState>; existing?: { name: string; code: string; areaCommand: string; active: boolean; version: number } }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}
      <TextField name="name" label="Name" state={state} defaultValue={existing?.name} required autoComplete="off" />
      <TextField name="code" label="Code" state={state} defaultValue={existing?.code} required autoComplete="off" hint="A short unique code, for example NB-CEN. Letters, digits and hyphens." />
      <TextField name="areaCommand" label="Area command" state={state} defaultValue={existing?.areaCommand} required autoComplete="off" />
      {existing ? <CheckboxField name="active" label="Active" state={state} defaultChecked={existing.active} /> : null}
      <div className="flex gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create neighbourhood"}</SubmitButton>
        <Link href="/admin/neighbourhoods" className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
