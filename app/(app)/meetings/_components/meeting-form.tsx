"use client";
import Link from "next/link";
import { useActionState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, RadioCards, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { NarrowButton } from "@/components/forms/narrow-button";
import { AgencyNarrow, agencyListHint, AreaCommandPicker, NarrowSearch } from "@/components/forms/narrow-fields";
import { ROLE_LABELS } from "@/lib/auth/policy";
import type { MeetingFormOptions } from "@/lib/dal/meetings";
import { MEETING_TYPE } from "@/lib/domain/meetings";
import type { FormState } from "@/lib/forms";
import type { MeetingType, Role } from "@/lib/generated/prisma/enums";

const LABELS = {
  title: "Title",
  type: "Type of meeting",
  startsAt: "Date and time",
  neighbourhoodIds: "Neighbourhoods in scope",
  chairId: "Chair",
  attendeeIds: "Attendees",
  agencyIds: "Agencies taking part",
  version: "Version",
};

const TYPE_HINT: Record<MeetingType, string> = {
  POLICE_TACTICAL: "Police only: the full picture, intelligence included.",
  PARTNERSHIP: "Police and partner agencies: partners see a partner-safe version.",
};

export type MeetingFormValues = {
  title: string;
  type: MeetingType;
  startsAt: string;
  neighbourhoodIds: string[];
  chairId: string;
  attendeeIds: string[];
  agencyIds: string[];
  version: number;
};

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The chair: every supervisor while few; otherwise the actor's own force's, the chosen one and those found by name. */
function ChairField({ state, options, defaultValue, narrowHref }: { state: FormState; options: MeetingFormOptions; defaultValue?: string; narrowHref?: string }) {
  const narrowed = options.chairsNarrowed;
  const hint = narrowed
    ? `There are ${count(narrowed.total, "supervisor", "supervisors")}: listed are those of ${narrowed.agency}${narrowed.ownTruncated ? " (not all of them: find the others by name)" : ""}, the chosen chair and those found by name.` +
      (narrowed.queryTruncated ? " More supervisors match the name than are listed: type more of it." : "")
    : undefined;
  return (
    <div className="space-y-3">
      <SelectField name="chairId" label="Chair" state={state} required defaultValue={defaultValue} options={options.chairs.map((c) => ({ value: c.id, label: `${c.name} (${c.agency})` }))} hint={hint} />
      {narrowed && narrowHref ? (
        <NarrowSearch name="chairQuery" label="Find a supervisor by name" hint="Adds the supervisors found to the Chair list. What you have entered is kept." defaultValue={narrowed.query} button="Find supervisors" narrowHref={narrowHref} />
      ) : null}
    </div>
  );
}

/** Agencies taking part: every agency while few; otherwise those ticked, the actor's own, one type's and those found by name. */
function AgenciesField({ state, options, defaultValues, narrowHref }: { state: FormState; options: MeetingFormOptions; defaultValues?: string[]; narrowHref?: string }) {
  const narrowed = options.agenciesNarrowed;
  const base = "Every practitioner of a partner agency ticked here can read the meeting's partner version.";
  const hint = narrowed ? `${base} ${agencyListHint(narrowed, "those ticked, your own")}` : base;
  return (
    <div className="space-y-3">
      {narrowed && narrowHref ? <AgencyNarrow narrowed={narrowed} narrowHref={narrowHref} hint="There are too many agencies to list: choose a type, or find them by name. Those already ticked are kept." /> : null}
      <CheckboxGroup name="agencyIds" label="Agencies taking part" state={state} defaultValues={defaultValues} options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} hint={hint} />
    </div>
  );
}

/** Attendees, one group per agency: a long list stays scannable on a phone. */
function AttendeesField({ state, users, defaultValues, usersNarrowed, narrowHref }: { state: FormState; users: MeetingFormOptions["users"]; defaultValues: string[]; usersNarrowed?: MeetingFormOptions["usersNarrowed"]; narrowHref?: string }) {
  const id = "field-attendeeIds";
  const error = state.errors?.attendeeIds?.join(". ");
  const raw = state.values ? state.values.attendeeIds : defaultValues;
  const selected = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  const byAgency = new Map<string, MeetingFormOptions["users"]>();
  for (const u of [...users].sort((a, b) => a.agency.localeCompare(b.agency))) byAgency.set(u.agency, [...(byAgency.get(u.agency) ?? []), u]);
  return (
    <fieldset aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend id={id} tabIndex={-1} className="text-sm font-semibold text-slate-900">
        Attendees <span className="font-normal text-slate-600">(optional)</span>
      </legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        Partner attendees can open this meeting and read its partner version: only the items their agency is party to, and the partner minutes.
        {usersNarrowed ? " Listed: those chosen, officers of the neighbourhoods in scope, police analysts and supervisors, practitioners of the agencies taking part, and anyone found by name." : null}
      </p>
      {usersNarrowed && narrowHref ? (
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="field-attendeeQuery" className="block text-sm font-semibold text-slate-900">
              Find people by name
            </label>
            <input id="field-attendeeQuery" name="attendeeQuery" type="search" defaultValue={usersNarrowed.query ?? ""} autoComplete="off" className="input mt-1" />
          </div>
          <NarrowButton href={narrowHref}>Find people</NarrowButton>
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 space-y-2">
        {[...byAgency].map(([agency, people]) => {
          const chosen = people.filter((p) => selected.has(p.id)).length;
          return (
            <details key={agency} className="rounded-md border border-slate-200 bg-slate-50" open={chosen > 0 || undefined}>
              <summary className="cursor-pointer px-3 py-3 text-sm font-semibold">
                {agency}
                <span className="ml-1 font-normal text-slate-700">
                  ({people.length} {people.length === 1 ? "person" : "people"}
                  {chosen ? `, ${chosen} chosen` : ""})
                </span>
              </summary>
              <fieldset className="min-w-0 px-3 pb-3">
                <legend className="sr-only">{agency}</legend>
                <div className="grid gap-2 sm:grid-cols-2">
                  {people.map((p) => (
                    <label key={p.id} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-1 text-sm">
                      <input type="checkbox" name="attendeeIds" value={p.id} defaultChecked={selected.has(p.id)} key={`${p.id}-${selected.has(p.id)}`} className="size-5 shrink-0 accent-brand-700" />
                      <span className="min-w-0">
                        {p.name}
                        <span className="text-slate-700"> · {ROLE_LABELS[p.role as Role] ?? p.role}</span>
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </details>
          );
        })}
      </div>
    </fieldset>
  );
}

export function MeetingForm({
  action,
  options,
  existing,
  initial,
  defaultChairId,
  cancelHref,
  narrowHref,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: MeetingFormOptions;
  existing?: MeetingFormValues;
  /** Values carried over from a GET (after narrowing a list), for a new meeting. */
  initial?: Partial<MeetingFormValues>;
  defaultChairId?: string;
  cancelHref: string;
  /** Where the form is re-submitted as a GET to narrow its long lists (no client JS needed). */
  narrowHref?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const values = existing ?? initial;
  return (
    <form action={formAction} className="card max-w-3xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {existing ? <ConflictNote state={state} currentHref={cancelHref} /> : null}
      {existing ? <input type="hidden" name="version" value={existing.version} /> : null}
      <TextField name="title" label="Title" state={state} defaultValue={values?.title} required autoComplete="off" hint="For example: Northbridge East tactical tasking, December." />
      <RadioCards
        name="type"
        label="Type of meeting"
        state={state}
        required
        defaultValue={values?.type}
        options={MEETING_TYPE.values.map((v) => ({ value: v, label: MEETING_TYPE.label[v], hint: TYPE_HINT[v] }))}
      />
      <TextField name="startsAt" label="Date and time" type="datetime-local" state={state} defaultValue={values?.startsAt} required hint="UK time (London)." />
      {options.narrowed && narrowHref ? <AreaCommandPicker areaCommands={options.narrowed.areaCommands} areaCommand={options.narrowed.areaCommand} narrowHref={narrowHref} /> : null}
      <CheckboxGroup
        name="neighbourhoodIds"
        label="Neighbourhoods in scope"
        state={state}
        required
        defaultValues={values?.neighbourhoodIds}
        options={options.neighbourhoods.map((n) => ({ value: n.id, label: `${n.name} (${n.areaCommand})` }))}
        hint="Locus proposes the agenda from these neighbourhoods: escalated concerns, priority groups, high-risk people, overdue actions and late NRM decisions."
      />
      <ChairField state={state} options={options} defaultValue={values?.chairId ?? defaultChairId} narrowHref={narrowHref} />
      <AttendeesField state={state} users={options.users} defaultValues={values?.attendeeIds ?? []} usersNarrowed={options.usersNarrowed} narrowHref={narrowHref} />
      <AgenciesField state={state} options={options} defaultValues={values?.agencyIds} narrowHref={narrowHref} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{existing ? "Save changes" : "Plan meeting"}</SubmitButton>
        <Link href={cancelHref} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
