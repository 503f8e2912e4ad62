"use client";
// Forms about the agenda and the record of the meeting: the chair's own item, and the minutes.
import { useActionState, useState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { SubmitButton } from "@/components/forms/fields";
import type { MeetingFormState } from "../actions";
import { ErrorSummary, TextAreaField, TextField } from "@/components/forms/fields";
import { Done } from "./form-status";

type Action = (state: MeetingFormState, data: FormData) => Promise<MeetingFormState>;

export function FreeItemForm({ action, version }: { action: Action; version: number }) {
  const [state, formAction] = useActionState(action, {});
  const [open, setOpen] = useState(false);
  const prefix = "free-";
  return (
    <details className="card" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer py-2.5 font-semibold text-brand-700">Add an item</summary>
      <form action={formAction} className="mt-3 space-y-4" noValidate aria-label="Add an item">
        {state.done ? <Done>{state.done}</Done> : <ErrorSummary idPrefix={prefix} state={state} labels={{ title: "Item", reason: "Note", partnerTitle: "Partner wording", version: "Version" }} />}
        <input type="hidden" name="version" value={version} />
        <TextField idPrefix={prefix} name="title" label="Item" state={state} required hint="The chair's own item, as police attendees read it." />
        <TextAreaField idPrefix={prefix} name="reason" label="Note" state={state} rows={3} hint="Why it is on the agenda. Police only." />
        <TextField idPrefix={prefix} name="partnerTitle" label="Partner wording" state={state} hint="Leave empty to keep the item police-only. Filled in, partner attendees see the item in these words." />
        <SubmitButton pendingText="Adding…">Add item</SubmitButton>
      </form>
    </details>
  );
}

export function MinutesForm({ action, version, minutes, partnerMinutes, published, currentHref }: { action: Action; version: number; minutes: string; partnerMinutes: string; published: boolean; currentHref: string }) {
  const [state, formAction] = useActionState(action, {});
  const prefix = "minutes-";
  return (
    <form action={formAction} className="space-y-4" noValidate aria-labelledby="publish-heading">
      <h3 id="publish-heading" className="text-lg font-bold">
        {published ? "Correct and republish the minutes" : "Publish minutes"}
      </h3>
      <ErrorSummary idPrefix={prefix} state={state} labels={{ minutes: "Minutes", partnerMinutes: "Partner minutes", version: "Version" }} />
      <ConflictNote state={state} currentHref={currentHref} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField idPrefix={prefix} name="minutes" label="Minutes" state={state} required defaultValue={minutes} rows={8} hint="The police record of the meeting. Police only." />
      <TextAreaField
        idPrefix={prefix}
        name="partnerMinutes"
        label="Partner minutes"
        state={state}
        defaultValue={partnerMinutes}
        rows={6}
        hint="What partner attendees read. Nothing that identifies a source or a nominal. Left empty, partners get no minutes text."
      />
      <SubmitButton pendingText="Publishing…">{published ? "Republish minutes" : "Publish minutes"}</SubmitButton>
      <p className="text-sm text-slate-700">Publishing tells the attendees; partners can then download their version of the minutes.</p>
    </form>
  );
}
