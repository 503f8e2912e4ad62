// Capped counts (finding 4 in docs/benchmarks.md): a list counts its rows only up to COUNT_CAP + 1.
//
// Why raw SQL: Prisma 7 accepts `take` on `count`, but renders it as
// `select count(*) from (select id … ORDER BY id LIMIT n)`; the ORDER BY makes PostgreSQL read every
// matching row (with heap fetches for the id) and sort them before the LIMIT, which is slower than
// the plain count it was meant to cap (measured: 120 ms against 6 ms for the open triage queue of the
// force dataset). `select count(*) from (select 1 … limit n)` stops after n rows. Each list states its
// filters twice, side by side: once as the Prisma `where` for the page, once as SQL for the count.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { capTotal, COUNT_CAP, type CappedTotal } from "./list-params";

/** A condition, or a falsy value for "no condition" (so `filter && Prisma.sql`…`` reads naturally). */
export type SqlCondition = Prisma.Sql | null | undefined | false | "";

/** Counts the rows of `table` meeting every condition, stopping at cap + 1. */
export async function countUpTo(table: "Action" | "Concern" | "PersonAtRisk" | "Nominal" | "Location" | "Referral" | "Notification" | "ConcernLink", conditions: SqlCondition[], cap: number = COUNT_CAP): Promise<CappedTotal> {
  const where = conditions.filter((c): c is Prisma.Sql => !!c);
  const rows = await db().$queryRaw<{ n: number }[]>`
    select count(*)::int as n from (select 1 from ${Prisma.raw(`"${table}"`)} where ${where.length ? Prisma.join(where, " and ") : Prisma.sql`true`} limit ${cap + 1}) as capped`;
  return capTotal(Number(rows[0]?.n ?? 0), cap);
}

/** A date column's day, as the SQL date literal PostgreSQL compares it with (no time zone involved). */
export function sqlDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
