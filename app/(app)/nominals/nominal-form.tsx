"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { RISK_LEVEL, WARNING_MARKERS } from "@/lib/domain/case-record";
import type { FormState } from "@/lib/forms";

export type NominalFormValues = {
  id: string;
  name: string;
  aliases: string[];
  dateOfBirth?: string;
  pncNumber: string | null;
  croNumber: string | null;
  phoneNumbers: string[];
  vehicles: string[];
  addresses: string[];
  warningMarkers: string[];
  mainOffences: string[];
  risk: string | null;
  notes: string;
  version: number;
};

const LABELS = {
  name: "Name",
  aliases: "Aliases",
  dateOfBirth: "Date of birth",
  pncNumber: "PNC number",
  croNumber: "CRO number",
  phoneNumbers: "Phone numbers",
  vehicles: "Vehicles",
  addresses: "Addresses",
  warningMarkers: "Warning markers",
  mainOffences: "Main offences",
  risk: "Risk",
  notes: "Notes",
  version: "Version",
};

export function NominalForm({ action, existing }: { action: (state: FormState, data: FormData) => Promise<FormState>; existing?: NominalFormValues }) {
  const [state, formAction] = useActionState(action, {});
  const cancel = existing ? `/nominals/${existing.id}` : "/nominals";
  return (
    <form action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <ConflictNote state={state} currentHref={`/nominals/${existing.id}`} /> : null}
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">Identity</legend>
        <TextField name="name" label="Name" state={state} defaultValue={existing?.name} required autoComplete="off" hint="Full name as known to police, e.g. John Michael Smith." />
        <TextAreaField name="aliases" label="Aliases and nicknames" state={state} defaultValue={existing?.aliases.join("\n")} rows={3} hint="One per line. Searching by name also searches these." />
        <TextField name="dateOfBirth" label="Date of birth" type="date" state={state} defaultValue={existing?.dateOfBirth} autoComplete="off" hint="For example 1994-03-31." />
        <TextField name="pncNumber" label="PNC number" state={state} defaultValue={existing?.pncNumber ?? undefined} autoComplete="off" hint="Police National Computer ID, e.g. 98/1234567A." />
        <TextField name="croNumber" label="CRO number" state={state} defaultValue={existing?.croNumber ?? undefined} autoComplete="off" hint="Criminal Records Office number, e.g. 123456/98A." />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">Risk and markers</legend>
        <SelectField name="risk" label="Risk" state={state} defaultValue={existing?.risk ?? undefined} placeholder="Not assessed" options={RISK_LEVEL.values.map((v) => ({ value: v, label: RISK_LEVEL.label[v] }))} hint="The risk this person poses." />
        <CheckboxGroup name="warningMarkers" label="Warning markers" state={state} defaultValues={existing?.warningMarkers} options={WARNING_MARKERS.values.map((v) => ({ value: v, label: WARNING_MARKERS.label[v] }))} hint="Officer-safety markers shown wherever this nominal appears." />
        <TextAreaField name="mainOffences" label="Main offences" state={state} defaultValue={existing?.mainOffences.join("\n")} rows={3} hint="One offence per line, e.g. Possession with intent to supply class A." />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">Contact, vehicles and addresses</legend>
        <TextAreaField name="phoneNumbers" label="Phone numbers" state={state} defaultValue={existing?.phoneNumbers.join("\n")} rows={3} hint="One number per line." />
        <TextAreaField name="vehicles" label="Vehicles" state={state} defaultValue={existing?.vehicles.join("\n")} rows={3} hint="One registration per line, e.g. AB12 CDE. Saved in capitals." />
        <TextAreaField name="addresses" label="Addresses" state={state} defaultValue={existing?.addresses.join("\n")} rows={3} hint="One address per line. Link to a location record as well to connect people and places." />
      </fieldset>

      <TextAreaField name="notes" label="Notes" state={state} defaultValue={existing?.notes} rows={6} hint="Police only: never shown to partner agencies." />

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create nominal"}</SubmitButton>
        <Link href={cancel} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
