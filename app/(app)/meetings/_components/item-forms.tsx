"use client";
// The forms inside one agenda item: its place on the agenda, the decision, and an action tasked
// from it. Each form's ids carry the item's id, so labels and error links stay with their item.
import Link from "next/link";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/forms/fields";
import type { MeetingFormOptions } from "@/lib/dal/meetings";
import { ACTION_PRIORITY, PLAN_STRAND, STRAND_PURPOSE } from "@/lib/domain/actions";
import { MEETING_DECISION } from "@/lib/domain/meetings";
import type { MeetingDecision } from "@/lib/generated/prisma/enums";
import type { MeetingFormState } from "../actions";
import { CheckboxField, ErrorSummary, RadioCards, SelectField, TextAreaField, TextField } from "@/components/forms/fields";
import { Done } from "./form-status";

type Action = (state: MeetingFormState, data: FormData) => Promise<MeetingFormState>;

const DECISION_HINT: Record<MeetingDecision, string> = {
  ADOPT: "Take it on: task actions from this item.",
  MONITOR: "Keep it under review; no new action yet.",
  NO_FURTHER_ACTION: "Nothing more for this meeting to do.",
  REFER: "Pass it to another agency or process.",
  ESCALATE: "Raise it to a strategic meeting or a senior officer.",
};

/** Move up, move down and remove: three one-button forms carrying the meeting's version. */
export function ItemOrderControls({
  number,
  version,
  moveAction,
  removeAction,
  first,
  last,
}: {
  number: number;
  version: number;
  moveAction: Action;
  removeAction: Action;
  first: boolean;
  last: boolean;
}) {
  const [upState, up] = useActionState(moveAction, {});
  const [downState, down] = useActionState(moveAction, {});
  const [removeState, remove] = useActionState(removeAction, {});
  const problem = [upState, downState, removeState].find((s) => s.message);
  const done = [upState, downState].find((s) => s.done && !s.message);
  const small = "btn-secondary min-w-11 px-3";
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {!first ? (
          <form action={up}>
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="direction" value="up" />
            <button type="submit" className={small} aria-label={`Move item ${number} up`}>
              <span aria-hidden="true">↑</span> Up
            </button>
          </form>
        ) : null}
        {!last ? (
          <form action={down}>
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="direction" value="down" />
            <button type="submit" className={small} aria-label={`Move item ${number} down`}>
              <span aria-hidden="true">↓</span> Down
            </button>
          </form>
        ) : null}
        <form action={remove}>
          <input type="hidden" name="version" value={version} />
          <button type="submit" className={`${small} text-red-800`} aria-label={`Remove item ${number}`}>
            Remove
          </button>
        </form>
      </div>
      {problem ? (
        <p role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-2 text-sm text-slate-900">
          {problem.message}
        </p>
      ) : done ? (
        <p role="status" className="sr-only">
          {done.done}
        </p>
      ) : null}
    </div>
  );
}

export function DecisionForm({
  itemId,
  number,
  action,
  version,
  decision,
  rationale,
  partnerNote,
  initiallyOpen,
}: {
  itemId: string;
  number: number;
  action: Action;
  version: number;
  initiallyOpen: boolean;
  decision: MeetingDecision | null;
  rationale: string;
  partnerNote: string;
}) {
  const [state, formAction] = useActionState(action, {});
  // Opened or closed by the chair only: a decision being saved must not fold its own form away.
  const [open, setOpen] = useState(initiallyOpen);
  const prefix = `decide-${itemId}-`;
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-2.5 font-semibold text-brand-700">
        {decision ? "Change the decision" : "Record a decision"}
        <span className="sr-only"> on item {number}</span>
      </summary>
      <form action={formAction} className="space-y-4 px-3 pb-3" noValidate aria-label={`Decision on item ${number}`}>
        {state.done ? <Done>{state.done}</Done> : <ErrorSummary idPrefix={prefix} state={state} labels={{ decision: "Decision", rationale: "Rationale", partnerNote: "Note for partners", version: "Version" }} />}
        {state.conflict ? <p className="text-sm">The item now shows its latest decision and version: saving again replaces it with what you see here.</p> : null}
        <input type="hidden" name="version" value={version} />
        <RadioCards
          idPrefix={prefix}
          name="decision"
          label="Decision"
          state={state}
          required
          defaultValue={decision ?? undefined}
          columns="sm:grid-cols-2 xl:grid-cols-3"
          options={MEETING_DECISION.values.map((v) => ({ value: v, label: MEETING_DECISION.label[v], hint: DECISION_HINT[v] }))}
        />
        <TextAreaField idPrefix={prefix} name="rationale" label="Rationale" state={state} required defaultValue={rationale} rows={3} hint="Why the meeting decided this. Police only: partners never see it." />
        <TextAreaField idPrefix={prefix} name="partnerNote" label="Note for partners" state={state} defaultValue={partnerNote} rows={2} hint="What partner attendees are told about the decision. Nothing that identifies a source or a nominal." />
        <SubmitButton>
          {decision ? "Save decision" : "Record decision"}
          <span className="sr-only"> on item {number}</span>
        </SubmitButton>
      </form>
    </details>
  );
}

export function ItemActionForm({
  itemId,
  number,
  action,
  plan,
  agencies,
  users,
  agenciesNarrowed = false,
  usersNarrowed = false,
  editHref,
  initiallyOpen = false,
}: {
  itemId: string;
  number: number;
  action: Action;
  plan: { kind: "GROUP" | "PERSON"; label: string };
  agencies: MeetingFormOptions["agencies"];
  users: MeetingFormOptions["users"];
  /** Too many agencies to list: only the meeting's and the actor's own are (see meetingFormOptions). */
  agenciesNarrowed?: boolean;
  /** Too many users to list: only the meeting's people and police analysts and supervisors are. */
  usersNarrowed?: boolean;
  /** The meeting's edit page, where agencies and attendees are added. */
  editHref?: string;
  /** Open on arrival (the page was asked to task this item). */
  initiallyOpen?: boolean;
}) {
  const [state, formAction] = useActionState(action, {});
  const [open, setOpen] = useState(initiallyOpen);
  const prefix = `task-${itemId}-`;
  // The assignee list follows the owning agency chosen on screen (or sent, after a refused save).
  // A choice belongs to the state it was made under: once the form comes back, it starts again.
  const [picked, setPicked] = useState<{ under: MeetingFormState; agencyId: string } | null>(null);
  const sent = state.values?.owningAgencyId;
  const agencyId = picked?.under === state ? picked.agencyId : typeof sent === "string" ? sent : "";
  const agency = agencies.find((a) => a.id === agencyId);
  const people = agency ? users.filter((u) => u.agency === agency.name) : [];
  const planLine = plan.kind === "GROUP" ? `the 4P plan of ${plan.label}` : `the safeguarding plan of ${plan.label}`;
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer px-3 py-2.5 font-semibold text-brand-700">
        Create an action from this item<span className="sr-only"> ({number})</span>
      </summary>
      <form action={formAction} className="space-y-4 px-3 pb-3" noValidate aria-label={`Action from item ${number}`}>
        <p className="text-sm text-slate-800">Lands in {planLine}, linked to this item.</p>
        {state.done ? (
          <Done>{state.done}</Done>
        ) : (
          <ErrorSummary
            idPrefix={prefix}
            state={state}
            labels={{ strand: "Strand", title: "Title", description: "Description", owningAgencyId: "Owning agency", assigneeId: "Assignee", dueDate: "Due date", priority: "Priority", sharedWithPartnership: "Share with the partnership" }}
          />
        )}
        <SelectField idPrefix={prefix} name="strand" label="Strand" state={state} required defaultValue={plan.kind === "PERSON" ? "PROTECT" : undefined} options={PLAN_STRAND.values.map((v) => ({ value: v, label: `${PLAN_STRAND.label[v]}: ${STRAND_PURPOSE[v].toLowerCase()}` }))} />
        <TextField idPrefix={prefix} name="title" label="Title" state={state} required hint="What is to be done, in a line. The owning agency reads it." />
        <TextAreaField idPrefix={prefix} name="description" label="Description" state={state} rows={3} hint="Detail the owner needs. The owning agency sees it; other partner agencies never do." />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            idPrefix={prefix}
            name="owningAgencyId"
            label="Owning agency"
            state={state}
            required
            options={agencies.map((a) => ({ value: a.id, label: a.name }))}
            onChange={(value) => setPicked({ under: state, agencyId: value })}
            hint={agenciesNarrowed ? "Listed: your own agency and the agencies taking part in this meeting. To task another agency, add it to the meeting first." : undefined}
          />
          {/* Re-mounted when the agency changes, so a user of another agency is never left selected. */}
          <div key={agencyId || "none"}>
            <SelectField
              idPrefix={prefix}
              name="assigneeId"
              label="Assignee"
              state={state}
              options={people.map((u) => ({ value: u.id, label: u.name }))}
              placeholder={agency ? `Not assigned: anyone at ${agency.name}` : "Choose the owning agency first"}
              hint={
                usersNarrowed
                  ? "A person in the owning agency. Left empty, the whole agency is told. Listed: the agency's attendees, officers of the meeting's neighbourhoods, police analysts and supervisors and practitioners of the agencies taking part. To assign someone else, add them to the meeting's attendees first."
                  : "A person in the owning agency. Left empty, the whole agency is told."
              }
            />
          </div>
          <TextField idPrefix={prefix} name="dueDate" label="Due date" type="date" state={state} required />
          <SelectField idPrefix={prefix} name="priority" label="Priority" state={state} required defaultValue="MEDIUM" options={ACTION_PRIORITY.values.map((v) => ({ value: v, label: ACTION_PRIORITY.label[v] }))} />
        </div>
        {(agenciesNarrowed || usersNarrowed) && editHref ? (
          <p className="text-sm">
            <Link href={editHref}>Add agencies or attendees to this meeting</Link>
          </p>
        ) : null}
        {plan.kind === "GROUP" ? (
          <CheckboxField idPrefix={prefix} name="sharedWithPartnership" label="Share with the partnership" state={state} hint="Partner agencies that can see this group see the action's title, strand, owner, due date and status, never its description or notes." />
        ) : null}
        <SubmitButton pendingText="Creating…">
          Create action<span className="sr-only"> from item {number}</span>
        </SubmitButton>
      </form>
    </details>
  );
}
