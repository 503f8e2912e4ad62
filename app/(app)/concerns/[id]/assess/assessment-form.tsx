"use client";
// The analyst's assessment of a concern: 3x5x2 grading, the sanitised summary, links to known
// records and the outcome. Fields that only apply to some choices are revealed by client state
// but stay in the DOM (hidden), so a value typed before switching choice is still there after.
import Link from "next/link";
import { startTransition, useActionState, useRef, useState } from "react";
import { StaleSaveGuard } from "@/components/forms/conflict-note";
import { ErrorSummary, TextAreaField, TextField } from "@/components/forms/fields";
import { BoundedAgencySelect } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import { RecordPicker } from "@/components/records/record-picker";
import { RECORD_KIND, RECORD_PATH } from "@/lib/domain/case-record";
import { CONCERN_OUTCOME, HANDLING_CODE, INTEL_ASSESSMENT, SOURCE_EVALUATION } from "@/lib/domain/concerns";
import type { FormState } from "@/lib/forms";
import type { PartnerAgencyFormOptions } from "@/lib/dal/groups";
import type { RecordKind } from "@/lib/generated/prisma/enums";

export type ChosenLink = { kind: RecordKind; id: string; name: string };
export type AssessmentExisting = {
  version: number;
  sourceEvaluation: string;
  intelAssessment: string;
  handlingCode: string;
  gradingReason: string;
  handlingConditions: string;
  sanitisedSummary: string;
  outcome: string;
  outcomeNote: string;
  referredAgencyId: string;
  group: { id: string; name: string } | null;
  links: ChosenLink[];
};

const LABELS: Record<string, string> = {
  version: "Version",
  sourceEvaluation: "Source evaluation",
  intelAssessment: "Intelligence assessment",
  handlingCode: "Handling code",
  gradingReason: "Reason for the grading",
  handlingConditions: "Handling conditions",
  sanitisedSummary: "Sanitised summary",
  links: "Links",
  outcome: "Outcome",
  outcomeNote: "Outcome note",
  referredAgencyId: "Partner agency",
  groupId: "Group",
  newGroupName: "New group's name",
  newGroupReference: "New group's reference",
};

const NO_OUTCOME = "";

function errorOf(state: FormState, name: string): string | undefined {
  return state.errors?.[name]?.join(". ");
}

/** What a RecordPicker match says about itself: its id, and the name shown in bold. */
function pickedRecord(target: EventTarget): { id: string; name: string } | null {
  if (!(target instanceof HTMLInputElement) || target.type !== "radio" || !target.value) return null;
  const label = target.closest("label");
  const name = label?.querySelector("span > span")?.textContent?.trim() || label?.textContent?.trim() || "Chosen record";
  return { id: target.value, name };
}

function RadioGroup({ name, legend, options, value, onChange, state, hint, required = true, columns = "sm:grid-cols-2" }: { name: string; legend: string; options: { value: string; label: string }[]; value: string; onChange: (value: string) => void; state: FormState; hint?: string; required?: boolean; columns?: string }) {
  const id = `field-${name}`;
  const error = errorOf(state, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy}>
      <legend id={id} tabIndex={-1} className="text-sm font-semibold text-slate-900">
        {legend}
        {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((o) => (
          <label key={o.value || "none"} className={`flex min-h-11 cursor-pointer items-center gap-3 rounded-md border bg-white px-3 py-2 text-sm ${error ? "border-red-700" : "border-slate-200"} has-checked:border-brand-700 has-checked:bg-brand-50`}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} className="size-5 shrink-0 accent-brand-700" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  existing: AssessmentExisting;
  agencies: PartnerAgencyFormOptions["agencies"];
  /** Set past a hundred partner agencies: the list is one type's and those found by name. */
  agenciesNarrowed?: PartnerAgencyFormOptions["agenciesNarrowed"];
  /** This page, where the agency narrowing is sent. */
  narrowHref: string;
  currentHref: string;
  cancelHref: string;
};

/** Past a hundred partner agencies, a NarrowForm lists a type's or finds them by name: only that and the agency chosen travel in the URL; the grading, links and all typed stay on screen. */
export const ASSESSMENT_NARROW: NarrowSpec = { id: "assessment-agency-narrow", source: "assessment-form", carry: ["referredAgencyId"] };

export function AssessmentForm(props: Props) {
  return <WithNarrowForm narrow={props.agenciesNarrowed ? { ...ASSESSMENT_NARROW, action: props.narrowHref } : undefined}><ConcernAssessmentForm {...props} /></WithNarrowForm>;
}

function ConcernAssessmentForm({ action, existing, agencies, agenciesNarrowed, currentHref, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [sourceEvaluation, setSourceEvaluation] = useState(existing.sourceEvaluation);
  const [intelAssessment, setIntelAssessment] = useState(existing.intelAssessment);
  const [handlingCode, setHandlingCode] = useState(existing.handlingCode);
  const [outcome, setOutcome] = useState(existing.outcome);
  const [group, setGroup] = useState(existing.group);
  const [links, setLinks] = useState<ChosenLink[]>(existing.links);
  const [linkKind, setLinkKind] = useState<RecordKind>("NOMINAL");
  const [candidate, setCandidate] = useState<{ id: string; name: string } | null>(null);
  const [pickerRound, setPickerRound] = useState(0);
  const [linkStatus, setLinkStatus] = useState("");
  const linksRef = useRef<HTMLDivElement>(null);

  const reasonShown = sourceEvaluation === "NOT_RELIABLE" || intelAssessment === "E";
  const conditionsShown = handlingCode === "C";
  const linksError = errorOf(state, "links");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    // With JavaScript the action is dispatched here rather than by the form itself: React resets
    // a form after its action, which would clear the radio choices and the record pickers.
    event.preventDefault();
    // Enter in a record search box (the pickers) means "search", not "save the assessment".
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && active.type === "search" && event.currentTarget.contains(active)) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  function addLink() {
    if (!candidate) {
      setLinkStatus("Choose a record from the matches first.");
      return;
    }
    if (links.some((l) => l.kind === linkKind && l.id === candidate.id)) {
      setLinkStatus(`${candidate.name} is already linked.`);
      return;
    }
    setLinks([...links, { kind: linkKind, id: candidate.id, name: candidate.name }]);
    setLinkStatus(`Linked ${candidate.name} (${RECORD_KIND.label[linkKind].toLowerCase()}).`);
    setCandidate(null);
    setPickerRound((n) => n + 1);
  }

  function removeLink(link: ChosenLink) {
    setLinks(links.filter((l) => !(l.kind === link.kind && l.id === link.id)));
    setLinkStatus(`Removed the link to ${link.name}.`);
    linksRef.current?.focus();
  }

  return (
    <form id={ASSESSMENT_NARROW.source} action={formAction} onSubmit={onSubmit} className="space-y-6" noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <StaleSaveGuard state={state} version={existing.version} recordHref={currentHref} />

      <section aria-labelledby="grading-heading" className="card space-y-5">
        <h2 id="grading-heading" className="text-xl font-bold">
          Grading (3x5x2)
        </h2>
        <RadioGroup name="sourceEvaluation" legend="Source evaluation" state={state} value={sourceEvaluation} onChange={setSourceEvaluation} columns="sm:grid-cols-3" options={SOURCE_EVALUATION.values.map((v) => ({ value: v, label: SOURCE_EVALUATION.label[v] }))} />
        <RadioGroup name="intelAssessment" legend="Intelligence assessment" state={state} value={intelAssessment} onChange={setIntelAssessment} options={INTEL_ASSESSMENT.values.map((v) => ({ value: v, label: INTEL_ASSESSMENT.label[v] }))} />
        <div hidden={!reasonShown}>
          <TextAreaField name="gradingReason" label="Reason for the grading" required state={state} defaultValue={existing.gradingReason} rows={3} hint="Required for source 3 (not reliable) or assessment E (suspected to be false)." />
        </div>
        <RadioGroup name="handlingCode" legend="Handling code" state={state} value={handlingCode} onChange={setHandlingCode} options={HANDLING_CODE.values.map((v) => ({ value: v, label: HANDLING_CODE.label[v] }))} />
        <div hidden={!conditionsShown}>
          <TextAreaField name="handlingConditions" label="Handling conditions" required state={state} defaultValue={existing.handlingConditions} rows={3} hint="Whoever receives this intelligence will be shown these conditions." />
        </div>
      </section>

      <section aria-labelledby="summary-heading" className="card space-y-3">
        <h2 id="summary-heading" className="text-xl font-bold">
          Sanitised summary
        </h2>
        <TextAreaField name="sanitisedSummary" label="Sanitised summary" required={!!outcome} state={state} defaultValue={existing.sanitisedSummary} rows={5} hint="What the reporting officer and any partner will read. Remove anything that identifies the source." />
      </section>

      <section aria-labelledby="links-heading" className="card space-y-4">
        <h2 id="links-heading" className="text-xl font-bold">
          Links to known records <span className="text-base font-normal text-slate-600">({links.length})</span>
        </h2>
        <div id="field-links" ref={linksRef} tabIndex={-1} aria-describedby={linksError ? "field-links-error" : undefined} className="space-y-2">
          <p className="text-sm text-slate-600">Nominals, people at risk, locations and groups this concern is about. Each linked record&rsquo;s page will list the concern. A group chosen as the outcome is linked as well.</p>
          {linksError ? (
            <p id="field-links-error" className="text-sm font-semibold text-red-700">
              <span className="sr-only">Error: </span>
              {linksError}
            </p>
          ) : null}
          {links.length ? (
            <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
              {links.map((l) => (
                <li key={`${l.kind}:${l.id}`} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                  <span className="min-w-0 break-words">
                    <Link href={`${RECORD_PATH[l.kind]}/${l.id}`} target="_blank">
                      {l.name}
                      <span className="sr-only"> (opens in a new tab)</span>
                    </Link>{" "}
                    <span className="text-slate-600">({RECORD_KIND.label[l.kind]})</span>
                  </span>
                  <input type="hidden" name="links" value={JSON.stringify(l)} />
                  <button type="button" onClick={() => removeLink(l)} className="btn-secondary">
                    Remove<span className="sr-only"> the link to {l.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">No records linked yet.</p>
          )}
        </div>

        <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
          <h3 className="font-semibold">Add a link</h3>
          <div>
            <label htmlFor="link-kind" className="block text-sm font-semibold">
              Record type
            </label>
            <select
              id="link-kind"
              value={linkKind}
              onChange={(e) => {
                setLinkKind(e.target.value as RecordKind);
                setCandidate(null);
              }}
              className="input mt-1"
            >
              {RECORD_KIND.values.map((k) => (
                <option key={k} value={k}>
                  {RECORD_KIND.label[k]}
                </option>
              ))}
            </select>
          </div>
          <div
            onChange={(e) => {
              const picked = pickedRecord(e.target);
              if (picked) setCandidate(picked);
            }}
          >
            <RecordPicker key={`${linkKind}-${pickerRound}`} name="linkCandidate" kind={linkKind} label={`Find the ${RECORD_KIND.label[linkKind].toLowerCase()}`} hint="Closest names first." />
          </div>
          <p className="text-sm text-slate-700">
            Not known yet? Create a{" "}
            <a href="/nominals/new" target="_blank">
              new nominal
            </a>
            ,{" "}
            <a href="/people/new" target="_blank">
              person at risk
            </a>{" "}
            or{" "}
            <a href="/locations/new" target="_blank">
              location
            </a>{" "}
            (each opens in a new tab), then find it here.
          </p>
          <button type="button" onClick={addLink} className="btn-secondary text-left break-words">
            {candidate ? `Add link to ${candidate.name}` : "Add link"}
          </button>
          <p role="status" className="text-sm text-slate-700">
            {linkStatus}
          </p>
        </div>
      </section>

      <section aria-labelledby="outcome-heading" className="card space-y-4">
        <h2 id="outcome-heading" className="text-xl font-bold">
          Outcome
        </h2>
        <RadioGroup
          name="outcome"
          legend="What happens next"
          required={false}
          state={state}
          value={outcome}
          onChange={setOutcome}
          hint="Choose an outcome when the assessment is complete: the reporting officer is then told the outcome and shown the sanitised summary."
          columns="sm:grid-cols-1"
          options={[{ value: NO_OUTCOME, label: "No outcome yet \u2014 save grading" }, ...CONCERN_OUTCOME.values.map((v) => ({ value: v, label: CONCERN_OUTCOME.label[v] }))]}
        />

        <div hidden={outcome !== "LINKED_TO_GROUP"}>
          <div id="field-groupId" tabIndex={-1} className="space-y-2">
            {group ? (
              <p className="text-sm">
                Linked group: <strong>{group.name}</strong>
              </p>
            ) : null}
            <input type="hidden" name="groupId" value={group?.id ?? ""} />
            <div
              onChange={(e) => {
                const picked = pickedRecord(e.target);
                if (picked) setGroup(picked);
              }}
            >
              <RecordPicker name="groupCandidate" kind="GROUP" label={group ? "Search for a different group" : "Find the group"} error={errorOf(state, "groupId")} hint="By name or reference; closest first." />
            </div>
          </div>
        </div>

        <div hidden={outcome !== "NEW_EMERGING_GROUP"}>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="newGroupName" label="New group's name" required state={state} autoComplete="off" />
            <TextField name="newGroupReference" label="New group's reference" required state={state} autoComplete="off" hint="Like 05/00283. The group is created as emerging." />
          </div>
        </div>

        <div hidden={outcome !== "REFERRED"} className="space-y-4">
          <BoundedAgencySelect
            name="referredAgencyId"
            label="Partner agency"
            required
            state={state}
            defaultValue={existing.referredAgencyId}
            options={{ agencies, agenciesNarrowed }}
            form={ASSESSMENT_NARROW.id}
            hint="Its staff will see the sanitised summary and any handling conditions."
          />
        </div>

        <div hidden={!outcome}>
          <TextAreaField
            name="outcomeNote"
            label={outcome === "NO_FURTHER_ACTION" ? "Reason for no further action" : "Outcome note"}
            required={outcome === "NO_FURTHER_ACTION"}
            state={state}
            defaultValue={existing.outcomeNote}
            rows={3}
            hint="For police only; not shown to the reporting officer or partners."
          />
        </div>
      </section>

      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn-primary" disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : outcome ? "Save assessment and outcome" : "Save grading"}
        </button>
        <Link href={cancelHref} className="btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
