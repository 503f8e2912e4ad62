"use client";
import Link from "next/link";
import { useActionState } from "react";
import { StaleSaveGuard, useLoaded, type RecordFormProps } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { AgencyNarrow, agencyListHint, AreaCommandPicker, countOf, NarrowSearch, neighbourhoodListHint, neighbourhoodLabel } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import type { GroupFormOptions } from "@/lib/dal/groups";
import { CRIME_TYPES, GROUP_STATUS } from "@/lib/domain/case-record";

/** What the form shows: a saved group. */
export type GroupFormValues = { reference: string; name: string; aliases: string[]; status: string; crimeTypes: string[]; neighbourhoodIds: string[]; assessment: string; partnerSummary: string; lroId: string; sroId: string; sharedAgencyIds: string[] };

const LABELS = { reference: "Reference", name: "Name", aliases: "Aliases", status: "Status", crimeTypes: "Crime types", neighbourhoodIds: "Neighbourhoods", assessment: "Assessment", partnerSummary: "Partner-safe summary", lroId: "Lead Responsible Officer", sroId: "Senior Responsible Officer", sharedAgencyIds: "Shared with" };

/** Where a narrowed LRO/SRO list comes from, and the search that adds to both. */
function OfficerSearch({ narrowed, form }: { narrowed: NonNullable<GroupFormOptions["officersNarrowed"]>; form: string }) {
  const hint =
    `There are ${countOf(narrowed.total, "person", "people")} who could be responsible officers: listed are those of ${narrowed.agency}${narrowed.ownTruncated ? " (not all of them: find the others by name)" : ""}, the ones chosen and those found by name.` +
    (narrowed.queryTruncated ? " More people match the name than are listed: type more of it." : "") +
    " Adds the people found to both lists. What you have entered is kept.";
  return <NarrowSearch name="officerQuery" label="Find a responsible officer by name" hint={hint} defaultValue={narrowed.query} button="Find people" form={form} />;
}

/** Past the caps, the lists are narrowed through a NarrowForm: only the narrowing and the chosen ids travel in the URL, never the assessment or anything typed. */
export const GROUP_NARROW: NarrowSpec = { id: "group-narrow", source: "group-form", carry: ["neighbourhoodIds", "lroId", "sroId", "sharedAgencyIds"] };

export function GroupForm(props: RecordFormProps<GroupFormOptions, GroupFormValues>) {
  const { neighbourhoodsNarrowed, agenciesNarrowed, officersNarrowed } = props.options;
  const narrowed = !!(neighbourhoodsNarrowed || agenciesNarrowed || officersNarrowed);
  return (
    <WithNarrowForm narrow={narrowed ? { ...GROUP_NARROW, action: props.narrowHref } : undefined}>
      <GroupRecordForm {...props} />
    </WithNarrowForm>
  );
}

function GroupRecordForm({ action, options, values: shown, existing }: RecordFormProps<GroupFormOptions, GroupFormValues>) {
  const [state, formAction] = useActionState(action, {});
  const values = useLoaded(shown);
  const form = GROUP_NARROW.id;
  const cancel = existing ? `/groups/${existing.id}` : "/groups";
  const officers = options.officers.map((o) => ({ value: o.id, label: o.label }));
  const hoods = options.neighbourhoodsNarrowed;
  const agencies = options.agenciesNarrowed;
  const shareHint = "Each agency ticked sees the name, reference, status, crime types, neighbourhoods and the partner-safe summary: never the assessment, scores or people.";
  return (
    <form id={GROUP_NARROW.source} action={formAction} className="card max-w-3xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <StaleSaveGuard state={state} version={existing?.version} recordHref={cancel} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="reference" label="Reference" state={state} defaultValue={values?.reference} required hint="As your force writes it, e.g. 05/00283" autoComplete="off" />
        <SelectField name="status" label="Status" state={state} defaultValue={values?.status ?? "EMERGING"} required options={GROUP_STATUS.values.map((v) => ({ value: v, label: GROUP_STATUS.label[v] }))} />
      </div>
      <TextField name="name" label="Name" state={state} defaultValue={values?.name} required autoComplete="off" />
      <TextAreaField name="aliases" label="Aliases" state={state} defaultValue={values?.aliases?.join("\n")} rows={2} hint="One per line." />
      <CheckboxGroup name="crimeTypes" label="Crime types" required state={state} defaultValues={values?.crimeTypes} options={CRIME_TYPES.values.map((v) => ({ value: v, label: CRIME_TYPES.label[v] }))} hint="Choose at least one." />
      {hoods ? <AreaCommandPicker areaCommands={hoods.areaCommands} areaCommand={hoods.areaCommand} kept="Those already ticked are kept, and so is everything entered." form={form} /> : null}
      <CheckboxGroup
        name="neighbourhoodIds"
        label="Neighbourhoods affected"
        state={state}
        defaultValues={values?.neighbourhoodIds}
        options={options.neighbourhoods.map((n) => ({ value: n.id, label: neighbourhoodLabel(n, { areaCommand: !!hoods }) }))}
        hint={hoods ? neighbourhoodListHint(hoods, "those ticked") : undefined}
      />
      <TextAreaField name="assessment" label="Assessment (police only)" state={state} defaultValue={values?.assessment} rows={6} hint="Intelligence assessment. Never shown to partner agencies." />
      <TextAreaField name="partnerSummary" label="Partner-safe summary" state={state} defaultValue={values?.partnerSummary} rows={4} hint="What partner agencies it is shared with may read. Nothing that identifies a source or a nominal." />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="lroId" label="Lead Responsible Officer" state={state} defaultValue={values?.lroId} options={officers} placeholder="Not yet assigned" hint="Owns the 4P plan; may be police or partner staff." />
        <SelectField name="sroId" label="Senior Responsible Officer" state={state} defaultValue={values?.sroId} options={officers} placeholder="Not yet assigned" hint="Sets the objectives." />
      </div>
      {options.officersNarrowed ? <OfficerSearch narrowed={options.officersNarrowed} form={form} /> : null}
      {agencies ? <AgencyNarrow narrowed={agencies} hint="There are too many partner agencies to list: choose a type, or find them by name. Those already ticked are kept, and so is everything entered." form={form} /> : null}
      <CheckboxGroup
        name="sharedAgencyIds"
        label="Shared with partner agencies"
        state={state}
        defaultValues={values?.sharedAgencyIds}
        options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
        hint={agencies ? `${shareHint} ${agencyListHint(agencies, "those ticked")}` : shareHint}
      />
      <div className="flex gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create group"}</SubmitButton>
        <Link href={cancel} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
