"use client";
import { useActionState, useState } from "react";
import { ErrorSummary, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { BoundedAgencySelect } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import type { ReferralAgencyOptions } from "@/lib/dal/referrals";
import { nrmNeedsConsent, NRM_CONSENT_MESSAGE, REFERRAL_TYPE } from "@/lib/domain/referrals";
import type { FormState } from "@/lib/forms";
import type { AgeGroup, ReferralType } from "@/lib/generated/prisma/enums";

const LABELS = { type: "Kind of referral", receivingAgencyId: "Receiving agency", referredOn: "Referred on", consent: "Consent", notes: "Notes", personId: "Person" };

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  ageGroup: AgeGroup;
  options: ReferralAgencyOptions;
  today: string;
  /** Where the form's NarrowForm sends the narrowing of a long agency list (the person page, at its referrals). */
  narrowHref: string;
};

/** Past a hundred agencies, a NarrowForm lists a type's or finds them by name: only that and the agency chosen travel in the URL, never the notes or anything typed. */
export const REFERRAL_NARROW: NarrowSpec = { id: "referral-narrow", source: "referral-form", carry: ["receivingAgencyId"] };

export function ReferralForm(props: Props) {
  return (
    <WithNarrowForm narrow={props.options.agenciesNarrowed ? { ...REFERRAL_NARROW, action: props.narrowHref } : undefined}>
      <MakeReferralForm {...props} />
    </WithNarrowForm>
  );
}

function MakeReferralForm({ action, ageGroup, options, today }: Props) {
  const [state, formAction] = useActionState(action, {});
  const sentType = typeof state.values?.type === "string" ? state.values.type : "";
  const [type, setType] = useState<string | null>(null);
  const [consent, setConsent] = useState<boolean | null>(null);
  const chosenType = type ?? sentType;
  const consented = consent ?? state.values?.consent === "on";
  const offerMs1 = chosenType === "NRM" && nrmNeedsConsent("NRM", ageGroup) && !consented;
  const typeError = state.errors?.type?.join(". ");
  const consentError = state.errors?.consent?.join(". ");
  return (
    <form id={REFERRAL_NARROW.source} action={formAction} className="space-y-4" noValidate aria-labelledby="make-referral-heading">
      <h3 id="make-referral-heading" className="text-base font-bold text-slate-900">
        Make a referral
      </h3>
      <ErrorSummary state={state} labels={LABELS} />
      <div>
        <label htmlFor="field-type" className="block text-sm font-semibold text-slate-900">
          Kind of referral
        </label>
        {typeError ? (
          <p id="field-type-error" className="mt-1 text-sm font-semibold text-red-700">
            <span className="sr-only">Error: </span>
            {typeError}
          </p>
        ) : null}
        <select id="field-type" name="type" value={chosenType} onChange={(e) => setType(e.target.value)} required aria-invalid={typeError ? true : undefined} aria-describedby={typeError ? "field-type-error" : undefined} className="input mt-1">
          <option value="">Choose…</option>
          {REFERRAL_TYPE.values.map((v) => (
            <option key={v} value={v}>
              {REFERRAL_TYPE.label[v as ReferralType]}
            </option>
          ))}
        </select>
      </div>
      <BoundedAgencySelect name="receivingAgencyId" label="Receiving agency" state={state} required options={options} form={REFERRAL_NARROW.id} />
      <TextField name="referredOn" label="Referred on" type="date" state={state} required defaultValue={today} hint="The day the referral was made; not in the future." />
      <div>
        <div className="flex items-center gap-3">
          <input id="field-consent" name="consent" type="checkbox" checked={consented} onChange={(e) => setConsent(e.target.checked)} aria-invalid={consentError ? true : undefined} aria-describedby={consentError ? "field-consent-error" : undefined} className="size-5 rounded border-slate-400 accent-brand-700" />
          <label htmlFor="field-consent" className="text-sm font-semibold text-slate-900">
            The person consents to this referral
          </label>
        </div>
        {consentError ? (
          <p id="field-consent-error" className="mt-1 text-sm font-semibold text-red-700">
            <span className="sr-only">Error: </span>
            {consentError}
          </p>
        ) : null}
      </div>
      {offerMs1 ? (
        <div role="status" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-slate-900">
          <p>{NRM_CONSENT_MESSAGE} Only First Responder organisations refer to the NRM; an MS1 notification does not name the person.</p>
          <button type="button" className="btn-secondary mt-2" onClick={() => setType("DUTY_TO_NOTIFY")}>
            Make a duty to notify (MS1) instead
          </button>
        </div>
      ) : null}
      <TextAreaField name="notes" label="Notes" state={state} rows={3} hint="What was referred and why. Seen by everyone who can see this person." />
      <SubmitButton pendingText="Sending…">Make referral</SubmitButton>
    </form>
  );
}
