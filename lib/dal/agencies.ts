// Agencies: administration, and the bounded lists every signed-in user may pick from.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AGENCY_TYPE_LABELS, AGENCY_TYPES, can } from "@/lib/auth/policy";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AgencyType, Prisma } from "@/lib/generated/prisma/client";
import type { AgencyInput, UpdateAgencyInput } from "@/lib/validation/admin";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import type { ListParams, Page } from "./list-params";

function requireAdmin(actor: Actor) {
  if (!can(actor, "agencies:manage")) throw new ForbiddenError();
}

export const AGENCY_SORTS = ["name", "type", "createdAt"] as const;
export type AgencySort = (typeof AGENCY_SORTS)[number];
export type AgencyRow = { id: string; name: string; type: AgencyType; active: boolean; userCount: number };

export async function listAgencies(actor: Actor, params: ListParams<AgencySort>, filters: { q?: string; type?: AgencyType; active?: boolean }): Promise<Page<AgencyRow>> {
  requireAdmin(actor);
  const where: Prisma.AgencyWhereInput = {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.active === undefined ? {} : { active: filters.active }),
    ...(filters.q ? { name: { contains: filters.q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db().agency.findMany({
      where, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], skip: (params.page - 1) * params.pageSize, take: params.pageSize,
      select: { id: true, name: true, type: true, active: true, _count: { select: { users: true } } },
    }),
    db().agency.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...a }) => ({ ...a, userCount: _count.users })), total, page: params.page, pageSize: params.pageSize };
}

export async function getAgencyForEdit(actor: Actor, id: string) {
  requireAdmin(actor);
  assertId(id, "Agency");
  const agency = await db().agency.findUnique({ where: { id }, select: { id: true, name: true, type: true, active: true, version: true, updatedAt: true } });
  if (!agency) throw new NotFoundError("Agency");
  return agency;
}

async function checkNameFree(tx: Tx, name: string, exceptId?: string) {
  const existing = await tx.agency.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new ValidationError({ name: ["An agency with this name already exists"] });
}

export async function createAgency(actor: Actor, input: AgencyInput): Promise<{ id: string }> {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    await checkNameFree(tx, input.name);
    const agency = await tx.agency.create({ data: { ...input, updatedById: actor.id }, select: { id: true } });
    await recordAudit(tx, actor, { action: "agency.created", entityType: "Agency", entityId: agency.id, summary: `Created agency ${input.name} (${AGENCY_TYPE_LABELS[input.type]})`, details: input });
    return agency;
  });
}

export async function updateAgency(actor: Actor, id: string, input: UpdateAgencyInput): Promise<void> {
  requireAdmin(actor);
  assertId(id, "Agency");
  if (id === actor.agencyId && !input.active) throw new ValidationError({ active: ["You cannot disable your own agency"] });
  await db().$transaction(async (tx) => {
    const before = await tx.agency.findUnique({ where: { id }, select: { name: true, type: true, active: true } });
    if (!before) throw new NotFoundError("Agency");
    await checkNameFree(tx, input.name, id);
    if (input.type !== before.type) {
      // Changing a police force into a partner (or back) would break the agency rule for its users.
      const users = await tx.user.count({ where: { agencyId: id } });
      if (users > 0 && (input.type === "POLICE") !== (before.type === "POLICE")) {
        throw new ValidationError({ type: [`This agency has ${users} user(s); it cannot switch between police and partner`] });
      }
    }
    await guardedUpdate(
      tx, "Agency",
      () => tx.agency.updateMany({ where: { id, version: input.version }, data: { name: input.name, type: input.type, active: input.active, version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.agency.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    const action = before.active && !input.active ? "agency.disabled" : "agency.updated";
    await recordAudit(tx, actor, { action, entityType: "Agency", entityId: id, summary: `${action === "agency.disabled" ? "Disabled" : "Updated"} agency ${input.name}`, details: { changes: changedFields(before, { name: input.name, type: input.type, active: input.active }) } });
  });
}

// ─── Choosing agencies (filters and pickers) ────────────────────────────────────────────────

/**
 * Up to this many active agencies (of the kinds offered), filters and pickers simply list them all
 * (a force, the demo). Beyond it (a national dataset: 360), they ask for an agency type first and
 * list only its agencies (about forty nationally: one per force), or those found by name.
 */
export const AGENCY_LIST_ALL_MAX = 100;
/** A safety bound on one type's agencies; past it the list says so and the rest are found by name. */
export const AGENCY_TYPE_MAX = 300;
/** At most this many agencies found by name. */
export const AGENCY_QUERY_MAX = 50;

export type AgencyOption = { id: string; name: string; type: AgencyType };
export type AgencyChoices = {
  /** Every active agency (of `type`, when one is chosen) is listed. */
  all: boolean;
  /** Active agencies of the kinds offered. */
  total: number;
  /** The types those agencies have, in the vocabulary's order. */
  types: AgencyType[];
  /** The type the list is narrowed to, when there is one. */
  type?: AgencyType;
  /** The name search, when there is one (only used past the threshold). */
  query?: string;
  /** What to offer, by name: all, or the type's and those found by name; plus `also` and `selected`. */
  agencies: AgencyOption[];
  /** The type has more than AGENCY_TYPE_MAX agencies: only the first are listed, the rest are found by name. */
  typeTruncated: boolean;
  /** More than AGENCY_QUERY_MAX agencies match the name search: only the first are listed. */
  queryTruncated: boolean;
  /** The asked-for ids that exist (and, for a filter, fit the chosen type): safe to filter on. */
  selected: AgencyOption[];
};

/** What a form says about a cut agency list and offers to narrow it: undefined while every agency is listed. */
export type AgencyNarrowing = Pick<AgencyChoices, "total" | "types" | "type" | "query" | "typeTruncated" | "queryTruncated">;

export function agencyNarrowing(choices: AgencyChoices): AgencyNarrowing | undefined {
  if (choices.all) return undefined;
  return { total: choices.total, types: choices.types, type: choices.type, query: choices.query, typeTruncated: choices.typeTruncated, queryTruncated: choices.queryTruncated };
}

const AGENCY_OPTION = { id: true, name: true, type: true } as const;
const agencyByName = (a: AgencyOption, b: AgencyOption) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id);

/**
 * Agencies for a filter or picker, bounded for a national dataset, like neighbourhoodChoices: any
 * signed-in user may pick from agencies. `partnersOnly` leaves police forces out (a lead agency).
 * `selectedIds` (from the URL or a record) are always offered (by a picker, `keepSelected`, while
 * active). A filter drops one of another type than the chosen one, and with no type asked for infers
 * the type from the first chosen agency. `alsoIds` are offered too (the actor's own agency, say).
 */
export async function agencyChoices(
  request: { partnersOnly?: boolean; type?: string; query?: string; selectedIds?: (string | undefined)[]; keepSelected?: boolean; alsoIds?: string[] } = {},
  listAllMax = AGENCY_LIST_ALL_MAX,
): Promise<AgencyChoices> {
  const kinds: Prisma.AgencyWhereInput = { active: true, ...(request.partnersOnly ? { type: { not: "POLICE" as const } } : {}) };
  const ids = [...new Set((request.selectedIds ?? []).filter((id): id is string => isUuid(id)))].slice(0, 200);
  const alsoIds = [...new Set((request.alsoIds ?? []).filter((id) => isUuid(id)))].slice(0, 20);
  const [total, byType, found, also] = await Promise.all([
    db().agency.count({ where: kinds }),
    db().agency.groupBy({ by: ["type"], where: kinds }),
    // A filter keeps a chosen agency even if it has since been disabled (filtering on it still works);
    // a picker offers only active ones, since only they can be saved.
    ids.length ? db().agency.findMany({ where: { id: { in: ids }, ...(request.keepSelected ? { active: true } : {}) }, select: AGENCY_OPTION }) : Promise.resolve([]),
    alsoIds.length ? db().agency.findMany({ where: { ...kinds, id: { in: alsoIds } }, select: AGENCY_OPTION }) : Promise.resolve([]),
  ]);
  const present = new Set(byType.map((r) => r.type));
  const types = AGENCY_TYPES.filter((t) => present.has(t));
  const asked = types.find((t) => t === request.type);
  const type = asked ?? (!request.type && !request.keepSelected && found[0] && present.has(found[0].type) ? found[0].type : undefined);
  const selected = request.keepSelected || !type ? found : found.filter((a) => a.type === type);
  const merge = (...lists: AgencyOption[][]) => {
    const seen = new Set<string>();
    return lists.flat().filter((a) => !seen.has(a.id) && !!seen.add(a.id)).sort(agencyByName);
  };
  const ofType = type ? { ...kinds, type } : kinds;
  if (total <= listAllMax) {
    // A filter lists the chosen type's; a picker (no type select while all fit) lists every one.
    const every = await db().agency.findMany({ where: request.keepSelected ? kinds : ofType, orderBy: [{ name: "asc" }, { id: "asc" }], select: AGENCY_OPTION });
    return { all: true, total, types, type, agencies: merge(every, also, selected), typeTruncated: false, queryTruncated: false, selected };
  }
  const query = request.query?.trim().slice(0, 100) || undefined;
  const [listed, matches] = await Promise.all([
    type ? db().agency.findMany({ where: ofType, orderBy: [{ name: "asc" }, { id: "asc" }], take: AGENCY_TYPE_MAX + 1, select: AGENCY_OPTION }) : Promise.resolve([]),
    query ? db().agency.findMany({ where: { ...kinds, name: { contains: query, mode: "insensitive" } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: AGENCY_QUERY_MAX + 1, select: AGENCY_OPTION }) : Promise.resolve([]),
  ]);
  return {
    all: false, total, types, type, query,
    agencies: merge(listed.slice(0, AGENCY_TYPE_MAX), matches.slice(0, AGENCY_QUERY_MAX), also, selected),
    typeTruncated: listed.length > AGENCY_TYPE_MAX,
    queryTruncated: matches.length > AGENCY_QUERY_MAX,
    selected,
  };
}
