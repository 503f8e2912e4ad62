// Small helpers shared by the nominal, people-at-risk and location lists and forms.
import Link from "next/link";
import { first, type SearchParams } from "@/lib/dal/list-params";

/** Whole years between a date of birth and today (UTC dates: dates of birth are stored as dates). */
export function ageFrom(dateOfBirth: Date | string | null | undefined, today = new Date()): number | null {
  if (!dateOfBirth) return null;
  const dob = new Date(dateOfBirth);
  if (Number.isNaN(dob.getTime())) return null;
  let age = today.getUTCFullYear() - dob.getUTCFullYear();
  const months = today.getUTCMonth() - dob.getUTCMonth();
  if (months < 0 || (months === 0 && today.getUTCDate() < dob.getUTCDate())) age -= 1;
  return age >= 0 ? age : null;
}

/** A stored date as the value of an <input type="date">. */
export function dateInputValue(value: Date | string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** One of the allowed values, or undefined (a crafted URL filters on nothing). */
export function pick<K extends string>(values: readonly K[], raw: string | string[] | undefined): K | undefined {
  const v = first(raw);
  return values.find((x) => x === v);
}

/**
 * Hidden inputs that carry the current sort (and anything else named) through the GET filter
 * form, so a sort the user chose by clicking a column heading survives a new search.
 */
export function KeepParams({ params, names }: { params: SearchParams; names: readonly string[] }) {
  return (
    <>
      {names.map((name) => {
        const value = first(params[name]);
        return value ? <input key={name} type="hidden" name={name} value={value} /> : null;
      })}
    </>
  );
}

/** Says how a searched list is ordered, and offers best match when the user chose another sort. */
export function SearchOrderNote({ basePath, params, q, sort }: { basePath: string; params: SearchParams; q: string | undefined; sort: string }) {
  if (!q) return null;
  if (sort === "relevance") return <p className="mb-3 text-sm break-words text-slate-700">Best matches for “{q}” first.</p>;
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || key === "sort" || key === "dir" || key === "page") continue;
    for (const v of Array.isArray(value) ? value : [value]) next.append(key, v);
  }
  next.set("sort", "relevance");
  return (
    <p className="mb-3 text-sm break-words text-slate-700">
      Sorted by your chosen column. <Link href={`${basePath}?${next.toString()}`}>Show best matches for “{q}” first</Link>
    </p>
  );
}
