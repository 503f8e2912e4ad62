"use client";
import Link from "next/link";
import { useActionState } from "react";
import { StaleSaveGuard, useLoaded } from "@/components/forms/conflict-note";
import { CheckboxGroup, ErrorSummary, RadioCards, SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { AgencyNarrow, agencyListHint, AreaCommandPicker, NarrowSearch, neighbourhoodLabel } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
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
function ChairField({ state, options, defaultValue, form }: { state: FormState; options: MeetingFormOptions; defaultValue?: string; form: string }) {
  const narrowed = options.chairsNarrowed;
  const hint = narrowed
    ? `There are ${count(narrowed.total, "supervisor", "supervisors")}: listed are those of ${narrowed.agency}${narrowed.ownTruncated ? " (not all of them: find the others by name)" : ""}, the chosen chair and those found by name.` +
      (narrowed.queryTruncated ? " More supervisors match the name than are listed: type more of it." : "")
    : undefined;
  return (
    <div className="space-y-3">
      <SelectField name="chairId" label="Chair" state={state} required defaultValue={defaultValue} options={options.chairs.map((c) => ({ value: c.id, label: `${c.name} (${c.agency})` }))} hint={hint} />
      {narrowed ? (
        <NarrowSearch name="chairQuery" label="Find a supervisor by name" hint="Adds the supervisors found to the Chair list. What you have entered is kept." defaultValue={narrowed.query} button="Find supervisors" form={form} />
      ) : null}
    </div>
  );
}

/** Agencies taking part: every agency while few; otherwise those ticked, the actor's own, one type's and those found by name. */
function AgenciesField({ state, options, defaultValues, form }: { state: FormState; options: MeetingFormOptions; defaultValues?: string[]; form: string }) {
  const narrowed = options.agenciesNarrowed;
  const base = "Every practitioner of a partner agency ticked here can read the meeting's partner version.";
  const hint = narrowed ? `${base} ${agencyListHint(narrowed, "those ticked, your own")}` : base;
  return (
    <div className="space-y-3">
      {narrowed ? <AgencyNarrow narrowed={narrowed} hint="There are too many agencies to list: choose a type, or find them by name. Those already ticked are kept, and so is everything entered." form={form} /> : null}
      <CheckboxGroup name="agencyIds" label="Agencies taking part" state={state} defaultValues={defaultValues} options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} hint={hint} />
    </div>
  );
}

/** Attendees, one group per agency: a long list stays scannable on a phone. */
function AttendeesField({ state, users, defaultValues, usersNarrowed, form }: { state: FormState; users: MeetingFormOptions["users"]; defaultValues: string[]; usersNarrowed?: MeetingFormOptions["usersNarrowed"]; form: string }) {
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
      {usersNarrowed ? (
        <div className="mt-2">
          <NarrowSearch name="attendeeQuery" label="Find people by name" defaultValue={usersNarrowed.query} button="Find people" form={form} />
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

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: MeetingFormOptions;
  /** The saved meeting, `version` as it now is. */
  existing?: MeetingFormValues;
  defaultChairId?: string;
  cancelHref: string;
  /** This page, where the form's NarrowForm sends the narrowing of its long lists. */
  narrowHref: string;
};

/** Past the caps, a NarrowForm narrows the neighbourhoods, chairs, attendees and agencies: only the narrowing and the chosen ids travel in the URL, never the title. */
export const MEETING_NARROW: NarrowSpec = { id: "meeting-narrow", source: "meeting-form", carry: ["neighbourhoodIds", "chairId", "attendeeIds", "agencyIds"] };

export function MeetingForm(props: Props) {
  const { narrowed, chairsNarrowed, usersNarrowed, agenciesNarrowed } = props.options;
  const narrow = !!(narrowed || chairsNarrowed || usersNarrowed || agenciesNarrowed);
  return (
    <WithNarrowForm narrow={narrow ? { ...MEETING_NARROW, action: props.narrowHref } : undefined}>
      <PlanMeetingForm {...props} />
    </WithNarrowForm>
  );
}

function PlanMeetingForm({ action, options, existing, defaultChairId: chair, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  // What the form was loaded with: narrowing a list re-renders the page in place, and only the lists change.
  const values = useLoaded(existing);
  const defaultChairId = useLoaded(chair);
  const form = MEETING_NARROW.id;
  return (
    <form id={MEETING_NARROW.source} action={formAction} className="card max-w-3xl space-y-5" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <StaleSaveGuard state={state} version={existing?.version} recordHref={cancelHref} />
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
      {options.narrowed ? <AreaCommandPicker areaCommands={options.narrowed.areaCommands} areaCommand={options.narrowed.areaCommand} kept="Those already ticked are kept, and so is everything entered." form={form} /> : null}
      <CheckboxGroup
        name="neighbourhoodIds"
        label="Neighbourhoods in scope"
        state={state}
        required
        defaultValues={values?.neighbourhoodIds}
        options={options.neighbourhoods.map((n) => ({ value: n.id, label: neighbourhoodLabel(n, { areaCommand: true }) }))}
        hint="Locus proposes the agenda from these neighbourhoods: escalated concerns, priority groups, high-risk people, overdue actions and late NRM decisions."
      />
      <ChairField state={state} options={options} defaultValue={values?.chairId ?? defaultChairId} form={form} />
      <AttendeesField state={state} users={options.users} defaultValues={values?.attendeeIds ?? []} usersNarrowed={options.usersNarrowed} form={form} />
      <AgenciesField state={state} options={options} defaultValues={values?.agencyIds} form={form} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{existing ? "Save changes" : "Plan meeting"}</SubmitButton>
        <Link href={cancelHref} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
