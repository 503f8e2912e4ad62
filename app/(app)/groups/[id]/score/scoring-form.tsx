"use client";
// Scoring a group: every factor as a choice, with the score, band and working recalculated as
// the analyst chooses (the same pure function the server uses to record it).
import Link from "next/link";
import { useActionState, useState } from "react";
import { ErrorSummary, SubmitButton, TextAreaField } from "@/components/forms/fields";
import { CAPABILITY_FACTORS, CONFIDENCES, CONFIDENCE_LABELS, EXTENTS, EXTENT_LABELS, FACTOR_LABELS, HARM_FACTORS, scoreGroup, type Confidence, type Extent, type ScoringInput } from "@/lib/domain/scoring";
import type { FormState } from "@/lib/forms";

type Flat = Record<string, string>;

function Choice({ name, label, value, options, error, onChange }: { name: string; label: string; value: string; options: { value: string; label: string }[]; error?: string; onChange: (v: string) => void }) {
  return (
    <div>
      <label htmlFor={`field-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      {error ? (
        <p id={`field-${name}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <select id={`field-${name}`} name={name} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `field-${name}-error` : undefined} className="input mt-1">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ScoringForm({ action, initial, cancelHref }: { action: (state: FormState, data: FormData) => Promise<FormState>; initial: Flat; cancelHref: string }) {
  const [state, formAction] = useActionState(action, {});
  const [values, setValues] = useState<Flat>(initial);
  const set = (k: string) => (v: string) => setValues((prev) => ({ ...prev, [k]: v }));
  const extents = EXTENTS.map((e) => ({ value: e, label: EXTENT_LABELS[e] }));
  const input: ScoringInput = {
    capability: Object.fromEntries(CAPABILITY_FACTORS.map((f) => [f, (values[f] ?? "UNKNOWN") as Extent])) as ScoringInput["capability"],
    harm: Object.fromEntries(HARM_FACTORS.map((f) => [f, (values[f] ?? "UNKNOWN") as Extent])) as ScoringInput["harm"],
    likelihood: (values.likelihood ?? "UNKNOWN") as Extent,
    confidence: (values.confidence ?? "MEDIUM") as Confidence,
  };
  const preview = scoreGroup(input);
  const err = (k: string) => state.errors?.[k]?.join(". ");
  return (
    <form action={formAction} className="grid gap-6 lg:grid-cols-[1fr_22rem]" noValidate>
      <div className="card space-y-6">
        <ErrorSummary state={state} labels={{ ...FACTOR_LABELS, likelihood: "Likelihood", confidence: "Confidence", rationale: "Rationale" }} />
        <fieldset>
          <legend className="text-lg font-semibold">Capability</legend>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {CAPABILITY_FACTORS.map((f) => (
              <Choice key={f} name={f} label={FACTOR_LABELS[f]} value={values[f] ?? "UNKNOWN"} options={extents} error={err(f)} onChange={set(f)} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-lg font-semibold">Harm (MoRiLE-style)</legend>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {HARM_FACTORS.map((f) => (
              <Choice key={f} name={f} label={FACTOR_LABELS[f]} value={values[f] ?? "UNKNOWN"} options={extents} error={err(f)} onChange={set(f)} />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-lg font-semibold">Likelihood and confidence</legend>
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            <Choice name="likelihood" label="Likelihood" value={values.likelihood ?? "UNKNOWN"} options={extents} error={err("likelihood")} onChange={set("likelihood")} />
            <Choice name="confidence" label="Confidence in this assessment" value={values.confidence ?? "MEDIUM"} options={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))} error={err("confidence")} onChange={set("confidence")} />
          </div>
        </fieldset>
        <TextAreaField name="rationale" label="Rationale" state={state} required rows={4} hint="Why these ratings: what has changed, and what the intelligence shows. Kept with this scoring in the history." />
        <div className="flex gap-2">
          <SubmitButton>Record this scoring</SubmitButton>
          <Link href={cancelHref} className="btn-secondary">
            Cancel
          </Link>
        </div>
      </div>
      <aside aria-labelledby="preview-heading" className="card h-fit lg:sticky lg:top-4">
        <h2 id="preview-heading" className="text-lg font-semibold">
          How this would score
        </h2>
        <p className="mt-2 text-3xl font-bold" aria-live="polite">
          {preview.score}/100 · band {preview.band}
        </p>
        <p className="mt-1 text-sm text-slate-700">{preview.summary}</p>
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold">Show the working</summary>
          <table className="mt-2 w-full text-xs">
            <caption className="sr-only">Working</caption>
            <tbody>
              {preview.working.map((w, i) => (
                <tr key={i} className="border-t border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {w.label}
                    {w.note ? <span className="block text-slate-600">{w.note}</span> : null}
                  </th>
                  <td className="py-1 pr-2">{w.value}</td>
                  <td className="py-1 text-right font-semibold">{w.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <p className="mt-3 text-xs text-slate-600">
          Local scoring method, not the national OCGM algorithm: <Link href="/help/scoring">how it works</Link>.
        </p>
      </aside>
    </form>
  );
}
