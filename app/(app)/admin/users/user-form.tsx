"use client";
import Link from "next/link";
import { useActionState } from "react";
import { StaleSaveGuard } from "@/components/forms/conflict-note";
import { CheckboxField, CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { AreaCommandPicker, BoundedAgencySelect, neighbourhoodListHint, neighbourhoodLabel } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import { ROLES, ROLE_LABELS } from "@/lib/auth/policy";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import type { UserFormOptions } from "@/lib/dal/users";
import type { FormState } from "@/lib/forms";

type Existing = { name: string; email: string; role: string; agencyId: string; active: boolean; version: number; neighbourhoodIds: string[] };

const LABELS = { name: "Name", email: "Email", role: "Role", agencyId: "Agency", password: "Password", neighbourhoodIds: "Neighbourhoods", active: "Active" };

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: UserFormOptions;
  existing?: Existing;
  /** This page, where the narrowing of a long agency or neighbourhood list is sent. */
  narrowHref: string;
};

/** Past a hundred agencies or neighbourhoods, a NarrowForm narrows them: never the password, only the narrowing and the chosen ones travel in the URL. */
export const USER_NARROW: NarrowSpec = { id: "user-narrow", source: "user-form", carry: ["agencyId", "neighbourhoodIds"] };

export function UserForm(props: Props) {
  const narrowed = !!props.options.agenciesNarrowed || !!props.options.neighbourhoodsNarrowed;
  return <WithNarrowForm narrow={narrowed ? { ...USER_NARROW, action: props.narrowHref } : undefined}><UserAccountForm {...props} /></WithNarrowForm>;
}

function UserAccountForm({ action, options, existing, narrowHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  const hoods = options.neighbourhoodsNarrowed;
  return (
    <form id={USER_NARROW.source} action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <StaleSaveGuard state={state} version={existing?.version} recordHref={narrowHref} />
      <TextField name="name" label="Name" state={state} defaultValue={existing?.name} required autoComplete="off" />
      <TextField name="email" label="Email" type="email" state={state} defaultValue={existing?.email} required autoComplete="off" inputMode="email" />
      <SelectField name="role" label="Role" state={state} defaultValue={existing?.role} required options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} hint="Police roles belong to a police force; partner practitioners to a partner agency." />
      <BoundedAgencySelect name="agencyId" label="Agency" state={state} defaultValue={existing?.agencyId} required options={options} form={USER_NARROW.id} />
      {hoods ? <AreaCommandPicker areaCommands={hoods.areaCommands} areaCommand={hoods.areaCommand} kept="Those already ticked are kept, and so is everything entered." form={USER_NARROW.id} /> : null}
      <CheckboxGroup
        name="neighbourhoodIds"
        label="Neighbourhoods covered"
        state={state}
        defaultValues={existing?.neighbourhoodIds}
        options={options.neighbourhoods.map((n) => ({ value: n.id, label: neighbourhoodLabel(n, { code: true, areaCommand: !!hoods }) }))}
        hint={`For neighbourhood officers: the areas their home page and concerns default to.${hoods ? ` ${neighbourhoodListHint(hoods, "those ticked")}` : ""}`}
      />
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
