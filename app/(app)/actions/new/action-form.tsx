"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { CheckboxField, ErrorSummary, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/fields";
import { AgencyNarrow, agencyListHint, countOf, NarrowSearch } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import type { ActionFormChoices } from "@/lib/dal/actions";
import { ACTION_PRIORITY, PLAN_STRAND, STRAND_PURPOSE } from "@/lib/domain/actions";
import type { FormState } from "@/lib/forms";

const LABELS = {
  groupId: "Plan",
  personId: "Plan",
  strand: "Strand",
  title: "Title",
  description: "Description",
  owningAgencyId: "Owning agency",
  assigneeId: "Assignee",
  dueDate: "Due date",
  priority: "Priority",
  subject: "What the action is about",
  sharedWithPartnership: "Share with the partnership",
};

export type ActionFormOptions = ActionFormChoices & {
  /** "KIND:id" values for the subject select; one entry means it is fixed (a person's plan). */
  subjects: { value: string; label: string }[];
  /** Set when a group has too many members or linked people and places to list (see groupPlanSubjects). */
  subjectsNarrowed?: { query?: string; memberCount: number; linkedCount: number; membersCut: boolean; linkedCut: boolean; queryTruncated: boolean };
};

function subjectHint(narrowed: NonNullable<ActionFormOptions["subjectsNarrowed"]>) {
  const cut = [
    narrowed.membersCut ? `${countOf(narrowed.memberCount, "member", "members")} (the first by standing are listed)` : null,
    narrowed.linkedCut ? `${countOf(narrowed.linkedCount, "linked person or place", "linked people and places")} (the first by name are listed)` : null,
  ].filter(Boolean);
  return `This group has ${cut.join(" and ")}: the one chosen and those found by name are listed too.` + (narrowed.queryTruncated ? " More match the name than are listed: type more of it." : "");
}

/** The assignee select's hint: past a few hundred users only the owning agency's people are listed, once it is chosen and listed. */
function assigneeHint(options: ActionFormOptions, agency: { id: string; name: string } | undefined) {
  const base = "A person in the owning agency. Left empty, the whole agency is told.";
  const narrowed = options.usersNarrowed;
  if (!narrowed || !agency) return base;
  if (narrowed.agencyId !== agency.id) return `${base} To choose a person at ${agency.name}, use “List its people” below.`;
  return base + (narrowed.truncated ? " Not everyone at this agency is listed: find the others by name below." : "") + (narrowed.queryTruncated ? " More people match the name than are listed: type more of it." : "");
}

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: ActionFormOptions;
  plan: { kind: "GROUP" | "PERSON"; id: string };
  /** The strand the page was opened for. */
  strand?: string;
  defaultStrand?: string;
  cancelHref: string;
  /** This page, where the form's NarrowForm sends the narrowing of its lists: subjects, agencies, assignees. */
  narrowHref: string;
};

/**
 * Past the caps, a NarrowForm narrows the agencies, assignees and a group's subjects: only the narrowing,
 * the plan and the agency, assignee and subject chosen travel in the URL, never the description or
 * anything typed. The owning agency goes along so that "List its people" lists that agency's.
 */
export const ACTION_NARROW: NarrowSpec = { id: "action-narrow", source: "action-form", carry: ["owningAgencyId", "assigneeId", "subject"] };

export function ActionForm(props: Props) {
  const { options, plan, strand } = props;
  const narrowed = !!(options.agenciesNarrowed || options.usersNarrowed || options.subjectsNarrowed);
  // The page needs the plan (and the strand it was opened for) in its URL, with or without JS.
  const fixed = { [plan.kind === "GROUP" ? "groupId" : "personId"]: plan.id, ...(strand ? { strand } : {}) };
  return (
    <WithNarrowForm narrow={narrowed ? { ...ACTION_NARROW, action: props.narrowHref, fixed } : undefined}>
      <NewActionForm {...props} />
    </WithNarrowForm>
  );
}

function NewActionForm({ action, options, plan, defaultStrand, cancelHref }: Props) {
  const [state, formAction] = useActionState(action, {});
  const form = ACTION_NARROW.id;
  // The assignee list follows the owning agency chosen on screen (or sent, after a refused save).
  const [pickedAgency, setPickedAgency] = useState<string | null>(null);
  const sentAgency = state.values?.owningAgencyId;
  const agencyId = pickedAgency ?? (typeof sentAgency === "string" ? sentAgency : "");
  const agency = options.agencies.find((a) => a.id === agencyId);
  // Past a few hundred users only the owning agency's people are loaded: another agency chosen on screen is listed once "List its people" is pressed.
  const people = !options.usersNarrowed || options.usersNarrowed.agencyId === agencyId ? options.users.filter((u) => u.agencyId === agencyId) : [];
  const fixedSubject = options.subjects.length === 1 ? options.subjects[0] : undefined;

  return (
    <form
      id={ACTION_NARROW.source}
      action={formAction}
      className="card max-w-3xl space-y-5"
      noValidate
      onChange={(e) => {
        const target = e.nativeEvent.target;
        if (target instanceof HTMLSelectElement && target.name === "owningAgencyId") setPickedAgency(target.value);
      }}
    >
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name={plan.kind === "GROUP" ? "groupId" : "personId"} value={plan.id} />
      <SelectField
        name="strand"
        label="Strand"
        state={state}
        defaultValue={defaultStrand}
        required
        options={PLAN_STRAND.values.map((v) => ({ value: v, label: `${PLAN_STRAND.label[v]}: ${STRAND_PURPOSE[v].toLowerCase()}` }))}
      />
      <TextField name="title" label="Title" state={state} required autoComplete="off" hint="What is to be done, in a line." />
      <TextAreaField name="description" label="Description" state={state} rows={4} hint="Detail the owner needs. The owning agency sees it; other partner agencies never do." />
      {options.agenciesNarrowed ? <AgencyNarrow narrowed={options.agenciesNarrowed} hint="There are too many agencies to list: choose a type, or find them by name. The one already chosen is kept, and so is everything entered." form={form} /> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="owningAgencyId"
          label="Owning agency"
          state={state}
          required
          options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
          hint={options.agenciesNarrowed ? `Any agency may own an action. ${agencyListHint(options.agenciesNarrowed, "your own, the one chosen")}` : "Any agency may own an action."}
        />
        {/* Re-mounted when the agency changes, so a user of another agency is never left selected. */}
        <div key={agencyId || "none"}>
          <SelectField
            name="assigneeId"
            label="Assignee"
            state={state}
            options={people.map((u) => ({ value: u.id, label: u.name }))}
            placeholder={agency ? `Not assigned: anyone at ${agency.name}` : "Choose the owning agency first"}
            hint={assigneeHint(options, agency)}
          />
        </div>
      </div>
      {options.usersNarrowed ? (
        <NarrowSearch
          name="assigneeQuery"
          label="Find a person to assign"
          hint="Lists the people of the owning agency chosen above, or those of them whose name contains what you type. What you have entered is kept."
          defaultValue={options.usersNarrowed.query}
          button="List its people"
          form={form}
        />
      ) : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="dueDate" label="Due date" type="date" state={state} required />
        <SelectField name="priority" label="Priority" state={state} defaultValue="MEDIUM" required options={ACTION_PRIORITY.values.map((v) => ({ value: v, label: ACTION_PRIORITY.label[v] }))} />
      </div>
      {fixedSubject ? (
        <div>
          <p className="text-sm font-semibold text-slate-900">What the action is about</p>
          <p className="mt-1">{fixedSubject.label}</p>
          <input type="hidden" name="subject" value={fixedSubject.value} />
          {state.errors?.subject ? <p className="mt-1 text-sm font-semibold text-red-700">{state.errors.subject.join(". ")}</p> : null}
        </div>
      ) : (
        <div className="space-y-3">
          <SelectField
            name="subject"
            label="What the action is about"
            state={state}
            defaultValue={options.subjects[0]?.value}
            required
            options={options.subjects}
            hint={`The group itself, or one of its members, linked people or places.${options.subjectsNarrowed ? ` ${subjectHint(options.subjectsNarrowed)}` : ""}`}
          />
          {options.subjectsNarrowed ? (
            <NarrowSearch name="subjectQuery" label="Find a member, person or place by name" hint="Adds the matches to the list above. What you have entered is kept." defaultValue={options.subjectsNarrowed.query} button="Find" form={form} />
          ) : null}
        </div>
      )}
      {plan.kind === "GROUP" ? (
        <CheckboxField
          name="sharedWithPartnership"
          label="Share with the partnership"
          state={state}
          hint="Partner agencies that can see this group will see the action's title, strand, owner, due date and status, never its description or notes."
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton>Add action</SubmitButton>
        <Link href={cancelHref} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
