"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";
import type { FormState } from "@/lib/forms";

export type LocationFormValues = {
  id: string;
  address: string;
  postcode: string | null;
  neighbourhoodId: string | null;
  type: string;
  flags: string[];
  latitude: number | null;
  longitude: number | null;
  notes: string;
  version: number;
};

type Options = { neighbourhoods: { id: string; name: string; code?: string }[] };

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

export function LocationForm({ action, options, existing }: { action: (state: FormState, data: FormData) => Promise<FormState>; options: Options; existing?: LocationFormValues }) {
  const [state, formAction] = useActionState(action, {});
  const cancel = existing ? `/locations/${existing.id}` : "/locations";
  return (
    <form action={formAction} className="card max-w-2xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <ConflictNote state={state} currentHref={`/locations/${existing.id}`} /> : null}
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">Where it is</legend>
        <TextField name="address" label="Address" state={state} defaultValue={existing?.address} required autoComplete="off" hint="Number or name, street and town, e.g. Flat 3, 12 High Street, Leeds." />
        <TextField name="postcode" label="Postcode" state={state} defaultValue={existing?.postcode ?? undefined} autoComplete="off" hint="For example LS1 4AB. Saved in capitals." />
        <SelectField name="neighbourhoodId" label="Neighbourhood" state={state} defaultValue={existing?.neighbourhoodId ?? undefined} placeholder="Not in a neighbourhood" options={options.neighbourhoods.map((n) => ({ value: n.id, label: n.code ? `${n.name} (${n.code})` : n.name }))} />
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField name="latitude" label="Latitude" state={state} defaultValue={existing?.latitude?.toString()} autoComplete="off" inputMode="decimal" hint="Decimal degrees, e.g. 53.7997." />
          <TextField name="longitude" label="Longitude" state={state} defaultValue={existing?.longitude?.toString()} autoComplete="off" inputMode="decimal" hint="Decimal degrees, e.g. -1.5492 (west is negative)." />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-slate-900">What it is</legend>
        <SelectField name="type" label="Type" state={state} defaultValue={existing?.type} required options={LOCATION_TYPE.values.map((v) => ({ value: v, label: LOCATION_TYPE.label[v] }))} />
        <CheckboxGroup name="flags" label="Flags" state={state} defaultValues={existing?.flags} options={LOCATION_FLAGS.values.map((v) => ({ value: v, label: LOCATION_FLAGS.label[v] }))} hint="What the location is known or suspected to be used for." />
      </fieldset>

      <TextAreaField name="notes" label="Notes" state={state} defaultValue={existing?.notes} rows={6} hint="Police only: never shown to partner agencies." />

      <div className="flex flex-wrap gap-2">
        <SubmitButton>{existing ? "Save changes" : "Create location"}</SubmitButton>
        <Link href={cancel} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
