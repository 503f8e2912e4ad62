// Fuzzy name and alias search with pg_trgm: "Jon Smyth" finds "John Smith". The ids come back
// ranked by similarity and are then combined with the caller's visibility rule in Prisma's where.
import type { Actor } from "@/lib/auth/actor";
import { recordStandaloneAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

const SEARCHABLE = {
  OrganisedCrimeGroup: Prisma.raw(`"OrganisedCrimeGroup"`),
  Nominal: Prisma.raw(`"Nominal"`),
  PersonAtRisk: Prisma.raw(`"PersonAtRisk"`),
  Location: Prisma.raw(`"Location"`),
} as const;

export type SearchableTable = keyof typeof SEARCHABLE;

/** What the data layer stores in `searchText`: every name a record goes by, lower-cased. */
export function searchTextOf(...parts: (string | string[] | null | undefined)[]): string {
  return parts
    .flat()
    .filter((p): p is string => !!p && !!p.trim())
    .map((p) => p.trim().toLowerCase())
    .join(" | ");
}

/**
 * Ids of the records whose names best match `query`, best first. Uses the trigram index
 * (`<%` word similarity at 0.3, plus a substring match for short exact fragments).
 */
export async function fuzzyIds(table: SearchableTable, query: string, limit = 200): Promise<string[]> {
  const q = query.trim().toLowerCase().slice(0, 100);
  if (!q) return [];
  // word_similarity compares the query with the best-matching stretch of the names, so one
  // alias among several still matches; 0.3 is pg_trgm's own default for plain similarity.
  const [, rows] = await db().$transaction([
    db().$executeRaw`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`,
    db().$queryRaw<{ id: string }[]>`
      select id from ${SEARCHABLE[table]}
      where ${q} <% "searchText" or "searchText" like ${"%" + q.replace(/[\\%_]/g, (c) => "\\" + c) + "%"}
      order by word_similarity(${q}, "searchText") desc, similarity(${q}, "searchText") desc, id
      limit ${limit}`,
  ]);
  return rows.map((r) => r.id);
}

/** Re-orders rows to follow the ranked ids (Prisma's `in` does not keep order). */
export function inRankOrder<T extends { id: string }>(rows: T[], rankedIds: string[]): T[] {
  const rank = new Map(rankedIds.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}

/** Every search of the record is audited: who looked for what, and how much they found. */
export async function auditSearch(actor: Actor, entityType: string, query: string, results: number) {
  await recordStandaloneAudit(db(), actor, { action: "search", entityType, summary: `Searched ${entityType} for "${query.slice(0, 100)}" (${results} result${results === 1 ? "" : "s"})`, details: { query: query.slice(0, 100), results } });
}
