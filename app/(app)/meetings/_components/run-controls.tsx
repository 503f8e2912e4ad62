"use client";
// The chair's controls for the meeting as a whole: start, close (after a second, explicit
// confirmation), and refresh the proposed agenda.
import { useActionState, useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/components/forms/fields";
import type { MeetingFormState } from "../actions";
import { ErrorSummary } from "@/components/forms/fields";
import { Done, SecondarySubmit } from "./form-status";

type Action = (state: MeetingFormState, data: FormData) => Promise<MeetingFormState>;

export function StartMeetingForm({ action, version }: { action: Action; version: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      <ErrorSummary idPrefix="start-" state={state} labels={{}} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value="IN_PROGRESS" />
      <SubmitButton pendingText="Starting…">Start meeting</SubmitButton>
    </form>
  );
}

export function CloseMeetingForm({ action, version, undecided }: { action: Action; version: number; undecided: number }) {
  const [state, formAction] = useActionState(action, {});
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The button that opened the confirmation is gone: keyboard and screen-reader users land on its question.
  useEffect(() => {
    if (confirming) heading.current?.focus();
  }, [confirming]);
  if (!confirming && !state.message) {
    return (
      <button type="button" className="btn-secondary" onClick={() => setConfirming(true)}>
        Close meeting
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-3 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3" aria-labelledby="close-heading">
      <h3 id="close-heading" ref={heading} tabIndex={-1} className="font-semibold text-slate-900">
        Close the meeting?
      </h3>
      <ErrorSummary idPrefix="close-" state={state} labels={{}} />
      <p className="text-sm text-slate-900">
        Once closed, the agenda and decisions can no longer be changed; you can then publish the minutes.
        {undecided ? (
          <strong>
            {" "}
            {undecided} {undecided === 1 ? "item has" : "items have"} no decision yet.
          </strong>
        ) : null}
      </p>
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value="CLOSED" />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingText="Closing…">Yes, close the meeting</SubmitButton>
        <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
          Keep it open
        </button>
      </div>
    </form>
  );
}

export function RefreshAgendaForm({ action, version }: { action: Action; version: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="space-y-2">
      {state.done ? <Done>{state.done}</Done> : <ErrorSummary idPrefix="refresh-" state={state} labels={{}} />}
      <input type="hidden" name="version" value={version} />
      <SecondarySubmit pendingText="Refreshing…">Refresh proposed agenda</SecondarySubmit>
    </form>
  );
}
