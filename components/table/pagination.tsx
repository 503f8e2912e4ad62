import Link from "next/link";
import type { SearchParams } from "@/lib/dal/list-params";

function hrefWith(basePath: string, params: SearchParams, changes: Record<string, string | null>) {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) next.append(key, v);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  const qs = next.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/** Numbered paging for lists with a known total. */
export function Pagination({ basePath, params, page, pageSize, total }: { basePath: string; params: SearchParams; page: number; pageSize: number; total: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label="Pagination" className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-700">
        {total === 0 ? "No results" : `Showing ${from.toLocaleString("en-GB")}–${to.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")}`}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className="btn-secondary" href={hrefWith(basePath, params, { page: String(page - 1) })} rel="prev">
            Previous<span className="sr-only"> page</span>
          </Link>
        ) : null}
        <span className="self-center text-slate-700">
          Page {page} of {pages}
        </span>
        {page < pages ? (
          <Link className="btn-secondary" href={hrefWith(basePath, params, { page: String(page + 1) })} rel="next">
            Next<span className="sr-only"> page</span>
          </Link>
        ) : null}
      </div>
    </nav>
  );
}

/** Older/newer paging for keyset-paginated lists (no total: counting millions of rows is waste). */
export function CursorPagination({ basePath, params, older, newer }: { basePath: string; params: SearchParams; older: string | null; newer: string | null }) {
  return (
    <nav aria-label="Pagination" className="mt-3 flex justify-end gap-2 text-sm">
      {newer ? (
        <Link className="btn-secondary" href={hrefWith(basePath, params, { after: newer, before: null })}>
          Newer
        </Link>
      ) : null}
      {older ? (
        <Link className="btn-secondary" href={hrefWith(basePath, params, { before: older, after: null })}>
          Older
        </Link>
      ) : null}
    </nav>
  );
}

/** "Export CSV" for a list, carrying its current filters and sort (not its page). */
export function ExportLink({ kind, params }: { kind: "groups" | "nominals" | "people" | "locations"; params: SearchParams }) {
  return (
    <a className="btn-secondary" href={hrefWith(`/api/v1/export/${kind}`, params, { page: null, pageSize: null, saved: null })} download>
      Export CSV
    </a>
  );
}
