/** What a list page shows while the database answers. */
export function ListLoading() {
  return (
    <div role="status" className="space-y-3">
      <p className="text-slate-700">Loading…</p>
      <div aria-hidden="true" className="animate-pulse space-y-3">
        <div className="h-8 w-48 max-w-full rounded bg-slate-200" />
        <div className="h-24 rounded-lg bg-slate-200" />
        <div className="h-64 rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}
