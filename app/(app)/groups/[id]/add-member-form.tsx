"use client";
import { useActionState } from "react";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { RecordPicker } from "@/components/records/record-picker";
import { MEMBER_STANDING, NOMINAL_ROLES } from "@/lib/domain/case-record";
import type { FormState } from "@/lib/forms";

export function AddMemberForm({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  const saved = state.message === "Member added.";
  const shown = saved ? {} : state;
  return (
    <details className="card" open={!!state.errors}>
      <summary className="cursor-pointer font-semibold">Add a member</summary>
      <form action={formAction} className="mt-4 space-y-4" noValidate>
        {saved ? (
          <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm">
            Member added.
          </p>
        ) : (
          <ErrorSummary state={state} labels={{ nominalId: "Nominal", standing: "Standing", role: "Role", fromDate: "From", toDate: "To" }} />
        )}
        <RecordPicker name="nominalId" kind="NOMINAL" label="Find the nominal" error={shown.errors?.nominalId?.join(". ")} hint="Search by name or alias; close spellings match too." />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="standing" label="Standing" state={shown} required options={MEMBER_STANDING.values.map((v) => ({ value: v, label: MEMBER_STANDING.label[v] }))} />
          <SelectField name="role" label="Role" state={shown} options={NOMINAL_ROLES.map((r) => ({ value: r, label: r }))} placeholder="Not known" />
          <TextField name="fromDate" label="From" type="date" state={shown} />
          <TextField name="toDate" label="To" type="date" state={shown} />
        </div>
        <SubmitButton>Add member</SubmitButton>
      </form>
    </details>
  );
}
