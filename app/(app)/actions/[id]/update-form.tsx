"use client";
import { useActionState, useState } from "react";
import { ConflictNote } from "@/components/forms/conflict-note";
import { ErrorSummary, SelectField, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { ACTION_STATUS, DISRUPTION_OUTCOME } from "@/lib/domain/actions";
import type { FormState } from "@/lib/forms";
import type { ActionStatus, PlanStrand } from "@/lib/generated/prisma/enums";

const LABELS = { status: "Status", note: "Update note", outcomeNote: "Outcome", disruptionOutcome: "Disruption outcome", version: "Version" };

function DisruptionOutcomeField({ state, defaultValue }: { state: FormState; defaultValue: string | null }) {
  const id = "field-disruptionOutcome";
  const error = state.errors?.disruptionOutcome?.join(". ");
  const typed = state.values?.disruptionOutcome;
  const selected = typeof typed === "string" ? typed : (defaultValue ?? "");
  return (
    <fieldset aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")} aria-invalid={error ? true : undefined}>
      <legend id={id} tabIndex={-1} className="text-sm font-semibold text-slate-900">
        Disruption outcome
      </legend>
      <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
        Required for a completed Pursue action: its effect on the group, from major to negative.
      </p>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {DISRUPTION_OUTCOME.values.map((v) => (
          <label key={v} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
            <input type="radio" name="disruptionOutcome" value={v} defaultChecked={selected === v} key={`${v}-${selected === v}`} className="size-5 shrink-0 accent-brand-700" />
            {DISRUPTION_OUTCOME.label[v]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function UpdateForm({
  action,
  version,
  status,
  strand,
  outcomeNote,
  disruptionOutcome,
  currentHref,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  version: number;
  status: ActionStatus;
  strand: PlanStrand;
  outcomeNote: string;
  disruptionOutcome: string | null;
  currentHref: string;
}) {
  const [state, formAction] = useActionState(action, {});
  // The status chosen on screen decides which outcome fields show; after a refused save it is
  // the one the user sent.
  const [picked, setPicked] = useState<string | null>(null);
  const sent = state.values?.status;
  const chosen = picked ?? (typeof sent === "string" ? sent : status);
  const done = chosen === "DONE";
  return (
    <form
      action={formAction}
      className="card space-y-5"
      noValidate
      aria-labelledby="update-heading"
      onChange={(e) => {
        const target = e.nativeEvent.target;
        if (target instanceof HTMLSelectElement && target.name === "status") setPicked(target.value);
      }}
    >
      <h2 id="update-heading" className="text-xl font-bold">
        Update this action
      </h2>
      <ErrorSummary state={state} labels={LABELS} />
      <ConflictNote state={state} currentHref={currentHref} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="status" label="Status" state={state} defaultValue={status} required options={ACTION_STATUS.values.map((v) => ({ value: v, label: ACTION_STATUS.label[v] }))} />
      <TextAreaField name="note" label="Update note" state={state} rows={4} hint="What has been done, what is next, anything blocking it. Write a note, change the status, or both." />
      {done ? (
        <TextAreaField name="outcomeNote" label="Outcome" state={state} defaultValue={outcomeNote} rows={4} required hint="What was achieved. Required when the action is done." />
      ) : null}
      {done && strand === "PURSUE" ? <DisruptionOutcomeField state={state} defaultValue={disruptionOutcome} /> : null}
      <SubmitButton>Save update</SubmitButton>
    </form>
  );
}
