"use client";
// Form fields that show their own error, are labelled for screen readers, and take back what the
// user typed (state.values) when the server returns the form.
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/forms";

/** `idPrefix`: for a page with several forms holding the same field names (one per agenda item, say), so ids stay unique. */
type Base = { name: string; label: string; state: FormState; hint?: string; required?: boolean; idPrefix?: string };

function fieldError(state: FormState, name: string): string | undefined {
  return state.errors?.[name]?.join(". ");
}

function valueOf(state: FormState, name: string, fallback?: string): string {
  const v = state.values?.[name];
  if (v === undefined) return fallback ?? "";
  return Array.isArray(v) ? (v[0] ?? "") : v;
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

/** A field's label, saying "(optional)" unless the field is required. */
function Label({ id, label, required }: { id: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
      {label}
      {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
    </label>
  );
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function TextField({ name, label, state, hint, required, defaultValue, type = "text", autoComplete, inputMode, idPrefix = "field-" }: Base & { defaultValue?: string; type?: string; autoComplete?: string; inputMode?: "text" | "email" | "numeric" | "decimal" | "tel" }) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Described id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type={type}
        // Passwords are never echoed back; everything else keeps what was typed.
        defaultValue={type === "password" ? undefined : valueOf(state, name, defaultValue)}
        key={type === "password" ? undefined : valueOf(state, name, defaultValue)}
        required={required}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="input mt-1"
      />
    </div>
  );
}

export function SelectField({ name, label, state, hint, required, defaultValue, options, placeholder = "Choose…", onChange, idPrefix = "field-" }: Base & { defaultValue?: string; options: { value: string; label: string }[]; placeholder?: string; onChange?: (value: string) => void }) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
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

export function CheckboxField({ name, label, state, hint, defaultChecked, idPrefix = "field-" }: Omit<Base, "required"> & { defaultChecked?: boolean }) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
  const checked = state.values ? state.values[name] === "on" : !!defaultChecked;
  return (
    <div>
      <div className="flex items-center gap-3">
        <input key={String(checked)} id={id} name={name} type="checkbox" defaultChecked={checked} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="size-5 rounded border-slate-400 accent-brand-700" />
        <label htmlFor={id} className="text-sm font-semibold text-slate-900">
          {label}
        </label>
      </div>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxGroup({ name, label, state, hint, required, defaultValues = [], options, idPrefix = "field-" }: Base & { defaultValues?: string[]; options: { value: string; label: string }[] }) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
  const raw = state.values ? state.values[name] : defaultValues;
  const selected = new Set(Array.isArray(raw) ? raw : raw ? [raw] : []);
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
      <legend id={id} tabIndex={-1} className="text-sm font-semibold text-slate-900">
        {label}
        {required ? null : <span className="font-normal text-slate-600"> (optional)</span>}
      </legend>
      <Described id={id} hint={hint} error={error} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-200 bg-white px-3 text-sm">
            <input type="checkbox" name={name} value={o.value} defaultChecked={selected.has(o.value)} key={`${o.value}-${selected.has(o.value)}`} className="size-5 accent-brand-700" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Lists every field error at the top, each linking to its field (GOV.UK pattern). */
export function ErrorSummary({ state, labels, idPrefix = "field-" }: { state: FormState; labels: Record<string, string>; idPrefix?: string }) {
  if (!state.message) return null;
  const entries = Object.entries(state.errors ?? {});
  return (
    <div role="alert" tabIndex={-1} className={`rounded-md border-l-4 p-4 ${state.conflict ? "border-amber-600 bg-amber-50" : "border-red-700 bg-red-50"}`}>
      <h2 className="font-semibold text-slate-900">{state.conflict ? "Not saved: someone else changed this record" : "There is a problem"}</h2>
      <p className="mt-1 text-sm text-slate-900">{state.message}</p>
      {entries.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {entries.map(([field, messages]) => (
            <li key={field}>
              {field === "_form" ? (
                messages.join(". ")
              ) : (
                <a href={`#${idPrefix}${field}`} className="text-red-800 underline">
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

export function SubmitButton({ children, pendingText = "Saving…" }: { children: React.ReactNode; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn-primary" disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </button>
  );
}

export function TextAreaField({ name, label, state, hint, required, defaultValue, rows = 4, idPrefix = "field-" }: Base & { defaultValue?: string; rows?: number }) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
  const value = valueOf(state, name, defaultValue);
  return (
    <div>
      <Label id={id} label={label} required={required} />
      <Described id={id} hint={hint} error={error} />
      <textarea key={value} id={id} name={name} rows={rows} defaultValue={value} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} className="input mt-1" />
    </div>
  );
}

/** One choice from a few, as large tappable cards (each option may carry a line of explanation). */
export function RadioCards({ name, label, state, hint, required, defaultValue, options, columns = "sm:grid-cols-2", idPrefix = "field-" }: Base & { defaultValue?: string; options: { value: string; label: string; hint?: string }[]; columns?: string }) {
  const id = `${idPrefix}${name}`;
  const error = fieldError(state, name);
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
