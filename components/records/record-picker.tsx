"use client";
// Search-as-you-type for a record, as a labelled search box and a radio group of matches: works
// with a keyboard and a screen reader, and submits the chosen id under `name`.
import { useEffect, useId, useState } from "react";

type Suggestion = { id: string; label: string; detail: string };

export function RecordPicker({ name, kind, label, error, hint }: { name: string; kind: string; label: string; error?: string; hint?: string }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Suggestion[]>([]);
  const [chosen, setChosen] = useState<string>("");
  const [status, setStatus] = useState("");

  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/suggest?kind=${encodeURIComponent(kind)}&q=${encodeURIComponent(query)}`, { signal: controller.signal });
        const body = (await response.json()) as { data?: Suggestion[] };
        const data = body.data ?? [];
        setResults(data);
        setStatus(data.length ? `${data.length} match${data.length === 1 ? "" : "es"}` : "No matches");
      } catch {
        if (!controller.signal.aborted) setStatus("Search is not available right now");
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, kind]);

  return (
    <div>
      <label htmlFor={`${id}-q`} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? <p className="mt-1 text-sm text-slate-600">{hint}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <input
        id={`${id}-q`}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          if (e.target.value.trim().length < 2) {
            setResults([]);
            setStatus("");
          }
        }}
        placeholder="Type at least two letters"
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        className="input mt-1"
      />
      <p role="status" className="mt-1 text-sm text-slate-600">
        {status}
      </p>
      {results.length ? (
        <fieldset className="mt-1">
          <legend className="sr-only">Matches for {label.toLowerCase()}</legend>
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white">
            {results.map((r) => (
              <li key={r.id}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 px-3 py-2 text-sm">
                  <input type="radio" name={name} value={r.id} checked={chosen === r.id} onChange={() => setChosen(r.id)} className="size-5 accent-brand-700" />
                  <span>
                    <span className="font-semibold">{r.label}</span>
                    {r.detail ? <span className="block text-slate-600">{r.detail}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
