"use client";
import { useActionState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { REFERRAL_STATUS } from "@/lib/domain/referrals";
import type { FormState } from "@/lib/forms";
import type { ReferralStatus } from "@/lib/generated/prisma/enums";

const LABELS = { status: "Status", decisionOn: "Decision date", reasonableGroundsOn: "Reasonable grounds decision", conclusiveGroundsOn: "Conclusive grounds decision", notes: "Notes", version: "Version" };

const isoDay = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : "");

export function ReferralUpdateForm({
  action,
  version,
  status,
  nrm,
  decisionOn,
  reasonableGroundsOn,
  conclusiveGroundsOn,
  notes,
  currentHref,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  version: number;
  status: ReferralStatus;
  nrm: boolean;
  decisionOn: Date | null;
  reasonableGroundsOn: Date | null;
  conclusiveGroundsOn: Date | null;
  notes: string;
  currentHref: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="card space-y-5" noValidate aria-labelledby="update-referral-heading">
      <h2 id="update-referral-heading" className="text-xl font-bold">
        Record the decision
      </h2>
      <ErrorSummary state={state} labels={LABELS} />
      <ConflictNote state={state} currentHref={currentHref} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="status" label="Status" state={state} defaultValue={status} required options={REFERRAL_STATUS.values.map((v) => ({ value: v, label: REFERRAL_STATUS.label[v] }))} />
      <TextField name="decisionOn" label="Decision date" type="date" state={state} defaultValue={isoDay(decisionOn)} hint="The day the referral was accepted or declined. Not in the future." />
      {nrm ? (
        <>
          <TextField
            name="reasonableGroundsOn"
            label="Reasonable grounds decision"
            type="date"
            state={state}
            defaultValue={isoDay(reasonableGroundsOn)}
            hint="The day the Single Competent Authority made its reasonable grounds decision (normally within 5 days of the referral)."
          />
          <TextField name="conclusiveGroundsOn" label="Conclusive grounds decision" type="date" state={state} defaultValue={isoDay(conclusiveGroundsOn)} hint="Follows the reasonable grounds decision." />
        </>
      ) : null}
      <TextAreaField name="notes" label="Notes" state={state} defaultValue={notes} rows={4} hint="What was decided and why, and what happens next. Seen by everyone who can see this referral." />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
