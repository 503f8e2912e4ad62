"use client";
import Link from "next/link";
import { useActionState } from "react";
import { StaleSaveGuard, useLoaded, type RecordFormProps } from "@/components/forms/conflict-note";
import { CheckboxField, CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { AgencyNarrow, agencyListHint } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import type { PartnerAgencyFormOptions } from "@/lib/dal/groups";
import { AGE_GROUP, RISK_LEVEL, VULNERABILITIES } from "@/lib/domain/case-record";

/** What the form shows: a saved person. */
export type PersonFormValues = {
  name: string;
  dateOfBirth: string;
  ageYears: string;
  ageGroup: string;
  address: string;
  vulnerabilities: string[];
  riskLevel: string;
  leadAgencyId: string;
  consentRecorded: boolean;
  sharedAgencyIds: string[];
  notes: string;
};

const LABELS = {
  name: "Name",
  dateOfBirth: "Date of birth",
  ageYears: "Age",
  ageGroup: "Child or adult",
  address: "Address",
  vulnerabilities: "Vulnerabilities",
  riskLevel: "Risk level",
  leadAgencyId: "Lead agency",
  consentRecorded: "Consent recorded",
  sharedAgencyIds: "Share with",
  notes: "Police notes",
  version: "Version",
};

/** Past a hundred partner agencies, a NarrowForm lists a type's or finds them by name: only that and the chosen agencies travel in the URL, never the notes or anything typed. */
export const PERSON_NARROW: NarrowSpec = { id: "person-narrow", source: "person-form", carry: ["leadAgencyId", "sharedAgencyIds"] };

export function PersonForm(props: RecordFormProps<PartnerAgencyFormOptions, PersonFormValues>) {
  return (
    <WithNarrowForm narrow={props.options.agenciesNarrowed ? { ...PERSON_NARROW, action: props.narrowHref } : undefined}>
      <PersonRecordForm {...props} />
    </WithNarrowForm>
  );
}

function PersonRecordForm({ action, options, values: shown, existing }: RecordFormProps<PartnerAgencyFormOptions, PersonFormValues>) {
  const [state, formAction] = useActionState(action, {});
  const values = useLoaded(shown);
  const agencies = options.agencies.map((a) => ({ value: a.id, label: a.name }));
  const narrowed = options.agenciesNarrowed;
  const cut = narrowed ? ` ${agencyListHint(narrowed, "the ones chosen")}` : "";
  const cancel = existing ? `/people/${existing.id}` : "/people";
  return (
    <form id={PERSON_NARROW.source} action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <StaleSaveGuard state={state} version={existing?.version} recordHref={cancel} />

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">About the person</legend>
        <TextField name="name" label="Name" state={state} defaultValue={values?.name} required autoComplete="off" />
        <SelectField name="ageGroup" label="Child or adult" state={state} defaultValue={values?.ageGroup} required options={AGE_GROUP.values.map((v) => ({ value: v, label: AGE_GROUP.label[v] }))} hint="A child is anyone under 18." />
        <TextField name="dateOfBirth" label="Date of birth" type="date" state={state} defaultValue={values?.dateOfBirth} autoComplete="off" hint="For example 2009-03-31." />
        <TextField name="ageYears" label="Age in years" state={state} defaultValue={values?.ageYears} inputMode="numeric" autoComplete="off" hint="If the date of birth is not known, an age or best estimate. Must agree with child or adult." />
        <TextAreaField name="address" label="Address" state={state} defaultValue={values?.address} rows={2} hint="Where the person lives or can be found." />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">Risk and safeguarding</legend>
        <SelectField name="riskLevel" label="Risk level" state={state} defaultValue={values?.riskLevel} required options={RISK_LEVEL.values.map((v) => ({ value: v, label: RISK_LEVEL.label[v] }))} />
        <CheckboxGroup required name="vulnerabilities" label="Vulnerabilities" state={state} defaultValues={values?.vulnerabilities} options={VULNERABILITIES.values.map((v) => ({ value: v, label: VULNERABILITIES.label[v] }))} hint="Choose at least one." />
        {narrowed ? (
          <AgencyNarrow narrowed={narrowed} hint="There are too many partner agencies to list: choose a type, or find them by name, for the lead agency and the shares below. Those already chosen are kept, and so is everything entered." form={PERSON_NARROW.id} />
        ) : null}
        <SelectField name="leadAgencyId" label="Lead agency" state={state} defaultValue={values?.leadAgencyId} placeholder="No lead agency yet" options={agencies} hint={`The partner agency leading on safeguarding. Its practitioners can see this person.${cut}`} />
        <CheckboxField name="consentRecorded" label="Consent to share recorded" state={state} defaultChecked={values?.consentRecorded} hint="Tick when the person's (or for a child, the appropriate) consent to share information is recorded." />
        <CheckboxGroup name="sharedAgencyIds" label="Share with partner agencies" state={state} defaultValues={values?.sharedAgencyIds} options={agencies} hint={`Practitioners in these agencies will see this person, without police notes or links to nominals.${cut}`} />
      </fieldset>

      <TextAreaField name="notes" label="Police notes" state={state} defaultValue={values?.notes} rows={6} hint="Police only: never shown to partner agencies." />

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create person at risk"}</SubmitButton>
        <Link href={cancel} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
