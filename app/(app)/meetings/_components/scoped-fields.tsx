"use client";
// The meeting page holds one decision form (and one action form) per agenda item, so the usual
// fields' ids ("field-rationale") would repeat and labels would point at the wrong item. These
// mirror components/forms/fields.tsx with an id prefix per form ("item-3-"); with the default
// prefix "field-" they behave exactly like the shared ones.
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms";

type Base = { prefix?: string; name: string; label: string; state: FormState; hint?: string; required?: boolean };

function errorOf(state: FormState, name: string): string | undefined {
  return state.errors?.[name]?.join(". ");
}

function valueOf(state: FormState, name: string, fallback?: string): string {
  const v = state.values?.[name];
  if (v === undefined) return fallback ?? "";
  return Array.isArray(v) ? (v[0] ?? "") : v;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
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
    </>
  );
}

function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
      {label}
      {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
    </label>
  );
}

export function ScopedTextField({ prefix = "field-", name, label, state, hint, required, defaultValue, type = "text" }: Base & { defaultValue?: string; type?: string }) {
  const id = `${prefix}${name}`;
  const error = errorOf(state, name);
  const value = valueOf(state, name, defaultValue);
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Described id={id} hint={hint} error={error} />
      <input key={value} id={id} name={name} type={type} defaultValue={value} required={required} autoComplete="off" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="input mt-1" />
    </div>
  );
}

export function ScopedTextArea({ prefix = "field-", name, label, state, hint, required, defaultValue, rows = 4 }: Base & { defaultValue?: string; rows?: number }) {
  const id = `${prefix}${name}`;
  const error = errorOf(state, name);
  const value = valueOf(state, name, defaultValue);
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Described id={id} hint={hint} error={error} />
      <textarea key={value} id={id} name={name} rows={rows} defaultValue={value} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="input mt-1" />
    </div>
  );
}

export function ScopedSelect({ prefix = "field-", name, label, state, hint, required, defaultValue, options, placeholder = "Choose…", onChange }: Base & { defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string; onChange?: (value: string) => void }) {
  const id = `${prefix}${name}`;
  const error = errorOf(state, name);
  const value = valueOf(state, name, defaultValue);
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Described id={id} hint={hint} error={error} />
      <select key={value} id={id} name={name} defaultValue={value} required={required} onChange={onChange ? (e) => onChange(e.target.value) : undefined} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="input mt-1">
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ScopedCheckbox({ prefix = "field-", name, label, state, hint }: Omit<Base, "required">) {
  const id = `${prefix}${name}`;
  const error = errorOf(state, name);
  const checked = state.values ? state.values[name] === "on" : false;
  return (
    <div>
      <div className="flex items-center gap-3">
        <input key={String(checked)} id={id} name={name} type="checkbox" defaultChecked={checked} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="size-5 shrink-0 rounded border-slate-400 accent-brand-700" />
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          {label}
        </label>
      </div>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** One choice from a few, as large tappable cards (each option may carry a line of explanation). */
export function RadioCards({ prefix = "field-", name, label, state, hint, required, defaultValue, options, columns = "sm:grid-cols-2" }: Base & { defaultValue?: string; options: { value: string; label: string; hint?: string }[]; columns?: string }) {
  const id = `${prefix}${name}`;
  const error = errorOf(state, name);
  const selected = valueOf(state, name, defaultValue);
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} className="min-w-0">
      <legend id={id} tabIndex={-1} className="text-sm font-semibold text-slate-900">
        {label}
        {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </legend>
      <Described id={id} hint={hint} error={error} />
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-start gap-3 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-checked:border-brand-700 has-checked:bg-brand-50">
            <input type="radio" name={name} value={o.value} defaultChecked={selected === o.value} key={`${o.value}-${selected === o.value}`} className="mt-0.5 size-5 shrink-0 accent-brand-700" />
            <span className="min-w-0">
              <span className="font-semibold text-slate-900">{o.label}</span>
              {o.hint ? <span className="block text-slate-700">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Lists every field error at the top of one form, each linking to its field in that form. */
export function ScopedErrorSummary({ prefix = "field-", state, labels }: { prefix?: string; state: FormState; labels: Record<string, string> }) {
  if (!state.message) return null;
  const entries = Object.entries(state.errors ?? {});
  return (
    <div role="alert" tabIndex={-1} className={`rounded-md border-l-4 p-4 ${state.conflict ? "border-amber-600 bg-amber-50" : "border-red-700 bg-red-50"}`}>
      <p className="font-semibold text-slate-900">{state.conflict ? "Not saved: someone else changed this meeting" : "There is a problem"}</p>
      <p className="mt-1 text-sm text-slate-900">{state.message}</p>
      {entries.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {entries.map(([field, messages]) => (
            <li key={field}>
              {field === "_form" ? (
                messages.join(". ")
              ) : (
                <a href={`#${prefix}${field}`} className="text-red-800 underline">
                  {labels[field] ?? field}: {messages.join(". ")}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** What a small form says once it has worked (read out by screen readers). */
export function Done({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm text-slate-900">
      {children}
    </p>
  );
}

/** A submit button of a lesser weight than SubmitButton (btn-secondary), with the same pending state. */
export function SecondarySubmit({ children, pendingText }: { children: React.ReactNode; pendingText: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn-secondary" disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </button>
  );
}
