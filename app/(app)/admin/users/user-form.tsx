"use client";
import Link from "next/link";
import { useActionState } from "react";
import { CheckboxField, CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { ROLES, ROLE_LABELS } from "@/lib/auth/policy";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import type { FormState } from "@/lib/forms";

type Options = { agencies: { id: string; name: string }[]; neighbourhoods: { id: string; name: string; code: string }[] };
type Existing = { name: string; email: string; role: string; agencyId: string; active: boolean; version: number; neighbourhoodIds: string[] };

const LABELS = { name: "Name", email: "Email", role: "Role", agencyId: "Agency", password: "Password", neighbourhoodIds: "Neighbourhoods", active: "Active" };

export function UserForm({ action, options, existing }: { action: (state: FormState, data: FormData) => Promise<FormState>; options: Options; existing?: Existing }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}
      <TextField name="name" label="Name" state={state} defaultValue={existing?.name} required autoComplete="off" />
      <TextField name="email" label="Email" type="email" state={state} defaultValue={existing?.email} required autoComplete="off" inputMode="email" />
      <SelectField name="role" label="Role" state={state} defaultValue={existing?.role} required options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} hint="Police roles belong to a police force; partner practitioners to a partner agency." />
      <SelectField name="agencyId" label="Agency" state={state} defaultValue={existing?.agencyId} required options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
      <CheckboxGroup name="neighbourhoodIds" label="Neighbourhoods covered" state={state} defaultValues={existing?.neighbourhoodIds} options={options.neighbourhoods.map((n) => ({ value: n.id, label: `${n.name} (${n.code})` }))} hint="For neighbourhood officers: the areas their home page and concerns default to." />
      <TextField
        name="password"
        label={existing ? "New password" : "Password"}
        type="password"
        state={state}
        required={!existing}
        autoComplete="new-password"
        hint={existing ? `Leave blank to keep the current password. At least ${MIN_PASSWORD_LENGTH} characters; setting one signs the user out everywhere.` : `At least ${MIN_PASSWORD_LENGTH} characters. Give it to the user by a secure route.`}
      />
      {existing ? <CheckboxField name="active" label="Active (can sign in)" state={state} defaultChecked={existing.active} hint="Untick to disable the account. Disabling signs the user out at once." /> : null}
      <div className="flex gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create user"}</SubmitButton>
        <Link href="/admin/users" className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
