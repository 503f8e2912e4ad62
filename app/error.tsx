"use client";

// A plain page for anything unexpected (the database down, a bug): never a stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Sorry, something went wrong</h1>
      <p className="mt-2 text-slate-700">Locus could not complete that request. Nothing you saved earlier is lost. Try again in a moment; if it keeps happening, tell your administrator.</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="btn-primary mt-4">
        Try again
      </button>
    </main>
  );
}
