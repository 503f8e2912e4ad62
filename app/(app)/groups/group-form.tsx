"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { CRIME_TYPES, GROUP_STATUS } from "@/lib/domain/case-record";
import type { FormState } from "@/lib/forms";

type Options = { neighbourhoods: { id: string; name: string; code: string }[]; agencies: { id: string; name: string }[]; officers: { id: string; label: string }[] };
export type GroupFormValues = { reference: string; name: string; aliases: string[]; status: string; crimeTypes: string[]; neighbourhoodIds: string[]; assessment: string; partnerSummary: string; lroId: string | null; sroId: string | null; sharedAgencyIds: string[]; version: number };

const LABELS = { reference: "Reference", name: "Name", aliases: "Aliases", status: "Status", crimeTypes: "Crime types", neighbourhoodIds: "Neighbourhoods", assessment: "Assessment", partnerSummary: "Partner-safe summary", lroId: "Lead Responsible Officer", sroId: "Senior Responsible Officer", sharedAgencyIds: "Shared with" };

export function GroupForm({ action, options, existing, cancelHref }: { action: (state: FormState, data: FormData) => Promise<FormState>; options: Options; existing?: GroupFormValues; cancelHref: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="card max-w-3xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <ConflictNote state={state} currentHref={cancelHref} /> : null}
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="reference" label="Reference" state={state} defaultValue={existing?.reference} required hint="As your force writes it, e.g. 05/00283" autoComplete="off" />
        <SelectField name="status" label="Status" state={state} defaultValue={existing?.status ?? "EMERGING"} required options={GROUP_STATUS.values.map((v) => ({ value: v, label: GROUP_STATUS.label[v] }))} />
      </div>
      <TextField name="name" label="Name" state={state} defaultValue={existing?.name} required autoComplete="off" />
      <TextAreaField name="aliases" label="Aliases" state={state} defaultValue={existing?.aliases.join("\n")} rows={2} hint="One per line." />
      <CheckboxGroup name="crimeTypes" label="Crime types" required state={state} defaultValues={existing?.crimeTypes} options={CRIME_TYPES.values.map((v) => ({ value: v, label: CRIME_TYPES.label[v] }))} hint="Choose at least one." />
      <CheckboxGroup name="neighbourhoodIds" label="Neighbourhoods affected" state={state} defaultValues={existing?.neighbourhoodIds} options={options.neighbourhoods.map((n) => ({ value: n.id, label: n.name }))} />
      <TextAreaField name="assessment" label="Assessment (police only)" state={state} defaultValue={existing?.assessment} rows={6} hint="Intelligence assessment. Never shown to partner agencies." />
      <TextAreaField name="partnerSummary" label="Partner-safe summary" state={state} defaultValue={existing?.partnerSummary} rows={4} hint="What partner agencies it is shared with may read. Nothing that identifies a source or a nominal." />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="lroId" label="Lead Responsible Officer" state={state} defaultValue={existing?.lroId ?? ""} options={options.officers.map((o) => ({ value: o.id, label: o.label }))} placeholder="Not yet assigned" hint="Owns the 4P plan; may be police or partner staff." />
        <SelectField name="sroId" label="Senior Responsible Officer" state={state} defaultValue={existing?.sroId ?? ""} options={options.officers.map((o) => ({ value: o.id, label: o.label }))} placeholder="Not yet assigned" hint="Sets the objectives." />
      </div>
      <CheckboxGroup name="sharedAgencyIds" label="Shared with partner agencies" state={state} defaultValues={existing?.sharedAgencyIds} options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} hint="Each agency ticked sees the name, reference, status, crime types, neighbourhoods and the partner-safe summary: never the assessment, scores or people." />
      <div className="flex gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create group"}</SubmitButton>
        <Link href={cancelHref} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
