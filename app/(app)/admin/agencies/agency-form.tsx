"use client";
import Link from "next/link";
import { useActionState } from "react";
import { CheckboxField, ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { AGENCY_TYPES, AGENCY_TYPE_LABELS } from "@/lib/auth/policy";
import type { FormState } from "@/lib/forms";

const LABELS = { name: "Name", type: "Type", active: "Active" };

export function AgencyForm({ action, existing }: { action: (state: FormState, data: FormData) => Promise<FormState>; existing?: { name: string; type: string; active: boolean; version: number } }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}
      <TextField name="name" label="Name" state={state} defaultValue={existing?.name} required autoComplete="off" />
      <SelectField name="type" label="Type" state={state} defaultValue={existing?.type} required options={AGENCY_TYPES.map((t) => ({ value: t, label: AGENCY_TYPE_LABELS[t] }))} hint="A police force, or the kind of partner agency. Partners see only what is shared with them." />
      {existing ? <CheckboxField name="active" label="Active" state={state} defaultChecked={existing.active} hint="Users of a disabled agency cannot sign in." /> : null}
      <div className="flex gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create agency"}</SubmitButton>
        <Link href="/admin/agencies" className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
