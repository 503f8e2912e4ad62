"use client";
import Link from "next/link";
import { useActionState } from "react";
import { StaleSaveGuard, useLoaded, type RecordFormProps } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { AreaCommandPicker, neighbourhoodListHint, neighbourhoodLabel } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import type { NeighbourhoodFormOptions } from "@/lib/dal/groups";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";

/** What the form shows: a saved location. */
export type LocationFormValues = {
  address: string;
  postcode: string;
  neighbourhoodId: string;
  type: string;
  flags: string[];
  latitude: string;
  longitude: string;
  notes: string;
};

const LABELS = {
  address: "Address",
  postcode: "Postcode",
  neighbourhoodId: "Neighbourhood",
  type: "Type",
  flags: "Flags",
  latitude: "Latitude",
  longitude: "Longitude",
  notes: "Notes",
  version: "Version",
};

/** Past a force's worth of neighbourhoods, a NarrowForm lists an area command's: only it and the one chosen travel in the URL, never the notes or anything typed. */
export const LOCATION_NARROW: NarrowSpec = { id: "location-narrow", source: "location-form", carry: ["neighbourhoodId"] };

export function LocationForm(props: RecordFormProps<NeighbourhoodFormOptions, LocationFormValues>) {
  return (
    <WithNarrowForm narrow={props.options.neighbourhoodsNarrowed ? { ...LOCATION_NARROW, action: props.narrowHref } : undefined}>
      <LocationRecordForm {...props} />
    </WithNarrowForm>
  );
}

function LocationRecordForm({ action, options, values: shown, existing }: RecordFormProps<NeighbourhoodFormOptions, LocationFormValues>) {
  const [state, formAction] = useActionState(action, {});
  const values = useLoaded(shown);
  const cancel = existing ? `/locations/${existing.id}` : "/locations";
  const hoods = options.neighbourhoodsNarrowed;
  return (
    <form id={LOCATION_NARROW.source} action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <StaleSaveGuard state={state} version={existing?.version} recordHref={cancel} />

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">Where it is</legend>
        <TextField name="address" label="Address" state={state} defaultValue={values?.address} required autoComplete="off" hint="Number or name, street and town, e.g. Flat 3, 12 High Street, Leeds." />
        <TextField name="postcode" label="Postcode" state={state} defaultValue={values?.postcode} autoComplete="off" hint="For example LS1 4AB. Saved in capitals." />
        {hoods ? <AreaCommandPicker areaCommands={hoods.areaCommands} areaCommand={hoods.areaCommand} kept="The one already chosen is kept, and so is everything entered." form={LOCATION_NARROW.id} /> : null}
        <SelectField
          name="neighbourhoodId"
          label="Neighbourhood"
          state={state}
          defaultValue={values?.neighbourhoodId}
          placeholder="Not in a neighbourhood"
          options={options.neighbourhoods.map((n) => ({ value: n.id, label: neighbourhoodLabel(n, { code: true, areaCommand: !!hoods }) }))}
          hint={hoods ? neighbourhoodListHint(hoods, "the one chosen") : undefined}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="latitude" label="Latitude" state={state} defaultValue={values?.latitude} autoComplete="off" inputMode="decimal" hint="Decimal degrees, e.g. 53.7997." />
          <TextField name="longitude" label="Longitude" state={state} defaultValue={values?.longitude} autoComplete="off" inputMode="decimal" hint="Decimal degrees, e.g. -1.5492 (west is negative)." />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">What it is</legend>
        <SelectField name="type" label="Type" state={state} defaultValue={values?.type} required options={LOCATION_TYPE.values.map((v) => ({ value: v, label: LOCATION_TYPE.label[v] }))} />
        <CheckboxGroup name="flags" label="Flags" state={state} defaultValues={values?.flags} options={LOCATION_FLAGS.values.map((v) => ({ value: v, label: LOCATION_FLAGS.label[v] }))} hint="What the location is known or suspected to be used for." />
      </fieldset>

      <TextAreaField name="notes" label="Notes" state={state} defaultValue={values?.notes} rows={6} hint="Police only: never shown to partner agencies." />

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create location"}</SubmitButton>
        <Link href={cancel} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
