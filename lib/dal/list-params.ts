// Page, sort and filter parameters from a URL (or API query), validated against what each list
// allows, so a crafted URL can never sort or filter on an unindexed or hidden column.
export type SearchParams = Record<string, string | string[] | undefined>;
export type SortDir = "asc" | "desc";

export type ListParams<S extends string> = { page: number; pageSize: number; sort: S; dir: SortDir };

export const PAGE_SIZES = [25, 50, 100] as const;

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function parseListParams<S extends string>(
  params: SearchParams,
  sortable: readonly S[],
  defaults: { sort: S; dir: SortDir },
): ListParams<S> {
  const page = Math.max(1, Math.min(100_000, Number.parseInt(first(params.page) ?? "1", 10) || 1));
  const sizeParam = Number.parseInt(first(params.pageSize) ?? "", 10);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : PAGE_SIZES[0];
  const sortParam = first(params.sort) as S | undefined;
  const sort = sortParam && sortable.includes(sortParam) ? sortParam : defaults.sort;
  const dirParam = first(params.dir);
  const dir: SortDir = dirParam === "asc" || dirParam === "desc" ? dirParam : defaults.dir;
  return { page, pageSize, sort, dir };
}

/**
 * An export pages through a list itself and audits once, instead of once per page (`auditSearch`).
 * `countCap` replaces COUNT_CAP (tests use a small one rather than making 10,001 rows).
 */
export type ListOptions = { auditSearch?: boolean; countCap?: number };

/** Lists count their rows only this far (finding 4 in docs/benchmarks.md): "more than 10,000". */
export const COUNT_CAP = 10_000;

/**
 * A page of a list. `totalIsLowerBound`: the list holds more rows than were counted, and `total`
 * (COUNT_CAP + 1) is a lower bound: there are at least that many. The lists of records always say
 * true or false; the small administration lists, which count exactly, may leave it out.
 */
export type Page<T> = { rows: T[]; total: number; totalIsLowerBound?: boolean; page: number; pageSize: number };
/** A page of a list whose count is capped (every list of records). */
export type CappedPage<T> = Page<T> & { totalIsLowerBound: boolean };

export type CappedTotal = { total: number; totalIsLowerBound: boolean };

/**
 * A count as a list reports it: past the cap, cap + 1 and a lower bound. The big lists count with
 * `countUpTo` (lib/dal/counts.ts), which stops there; lists of small tables (groups, meetings) count
 * exactly and report the same way.
 */
export function capTotal(n: number, cap: number = COUNT_CAP): CappedTotal {
  return n > cap ? { total: cap + 1, totalIsLowerBound: true } : { total: n, totalIsLowerBound: false };
}

export function searchParamsOf(url: string | URL): SearchParams {
  const out: SearchParams = {};
  for (const [key, value] of new URL(url).searchParams) {
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
