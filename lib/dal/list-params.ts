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

/** An export pages through a list itself and audits once, instead of once per page. */
export type ListOptions = { auditSearch?: boolean };

export type Page<T> = { rows: T[]; total: number; page: number; pageSize: number };

export function searchParamsOf(url: string | URL): SearchParams {
  const out: SearchParams = {};
  for (const [key, value] of new URL(url).searchParams) {
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
