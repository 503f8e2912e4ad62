import Link from "next/link";
import { COUNT_CAP, type SearchParams } from "@/lib/dal/list-params";

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

const n = (value: number) => value.toLocaleString("en-GB");

/**
 * Numbered paging. Lists count their rows only up to COUNT_CAP: past that the total is a lower
 * bound ("of more than 10,000"), there is no last page to show, and "Next" is offered for as long
 * as pages come back full. `totalIsLowerBound` defaults to what the total says (a capped count is
 * COUNT_CAP + 1); `rowCount`, the rows on this page, tells a full page from the last one.
 */
export function Pagination({ basePath, params, page, pageSize, total, totalIsLowerBound = total > COUNT_CAP, rowCount }: { basePath: string; params: SearchParams; page: number; pageSize: number; total: number; totalIsLowerBound?: boolean; rowCount?: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const shown = rowCount ?? (totalIsLowerBound ? pageSize : Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize)));
  const to = from + shown - 1;
  const hasNext = totalIsLowerBound ? shown === pageSize : page < pages;
  const summary =
    total === 0 || shown === 0 ? "No results" : totalIsLowerBound ? `Showing ${n(from)}–${n(to)} of more than ${n(total - 1)}` : `Showing ${n(from)}–${n(to)} of ${n(total)}`;
  return (
    <nav aria-label="Pagination" className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm">
      <p className="text-slate-700">{summary}</p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className="btn-secondary" href={hrefWith(basePath, params, { page: String(page - 1) })} rel="prev">
            Previous<span className="sr-only"> page</span>
          </Link>
        ) : null}
        <span className="self-center text-slate-700">{totalIsLowerBound ? `Page ${n(page)}` : `Page ${n(page)} of ${n(pages)}`}</span>
        {hasNext ? (
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
