// Nominals (persons of interest): police intelligence. Partners get 404 for every nominal.
// Every view of a nominal's record is audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { changedFields, recordAudit, recordStandaloneAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { Prisma, type RiskLevel } from "@/lib/generated/prisma/client";
import type { NominalInput, UpdateNominalInput } from "@/lib/validation/records";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { linksOf } from "./links";
import { countUpTo } from "./counts";
import type { CappedPage, ListOptions, ListParams } from "./list-params";
import { auditSearch, fuzzyIds, inRankOrder, searchTextOf } from "./search";
import { policeOnly } from "./visibility";

export const NOMINAL_SORTS = ["name", "updatedAt", "dateOfBirth", "relevance"] as const;
export type NominalSort = (typeof NOMINAL_SORTS)[number];
export type NominalFilters = { q?: string; groupId?: string; risk?: RiskLevel; marker?: string };
export type NominalRow = { id: string; name: string; aliases: string[]; dateOfBirth: Date | null; risk: RiskLevel | null; warningMarkers: string[]; groups: { id: string; reference: string; name: string }[]; updatedAt: Date };

function requireReader(actor: Actor) {
  // A partner asking for a nominal learns nothing, not even that nominals exist.
  if (!policeOnly(actor)) throw new NotFoundError("Nominal");
}

export async function listNominals(actor: Actor, params: ListParams<NominalSort>, filters: NominalFilters, options: ListOptions = {}): Promise<CappedPage<NominalRow>> {
  if (!policeOnly(actor)) throw new ForbiddenError();
  const ranked = filters.q ? await fuzzyIds("Nominal", filters.q) : null;
  const groupId = filters.groupId && isUuid(filters.groupId) ? filters.groupId : null;
  const where: Prisma.NominalWhereInput = {
    AND: [
      ranked ? { id: { in: ranked } } : {},
      groupId ? { memberships: { some: { groupId } } } : {},
      filters.risk ? { risk: filters.risk } : {},
      filters.marker ? { warningMarkers: { has: filters.marker } } : {},
    ],
  };
  // The same conditions as SQL, for the capped count.
  const countSql = [
    ranked && Prisma.sql`id = any(${ranked}::uuid[])`,
    groupId && Prisma.sql`id in (select "nominalId" from "GroupMembership" where "groupId" = ${groupId}::uuid)`,
    filters.risk && Prisma.sql`risk = ${filters.risk}::"RiskLevel"`,
    filters.marker && Prisma.sql`"warningMarkers" @> array[${filters.marker}]::text[]`,
  ];
  const sort = params.sort === "relevance" && !ranked ? "name" : params.sort;
  const skip = (params.page - 1) * params.pageSize;
  const [rows, { total, totalIsLowerBound }] = await Promise.all([
    db().nominal.findMany({
      where,
      orderBy: sort === "relevance" ? undefined : sort === "dateOfBirth" ? [{ dateOfBirth: { sort: params.dir, nulls: "last" } }, { id: "asc" }] : [{ [sort]: params.dir }, { id: params.dir }],
      skip: sort === "relevance" ? 0 : skip,
      take: sort === "relevance" ? undefined : params.pageSize,
      select: { id: true, name: true, aliases: true, dateOfBirth: true, risk: true, warningMarkers: true, updatedAt: true, memberships: { select: { group: { select: { id: true, reference: true, name: true } } }, take: 5 } },
    }),
    countUpTo("Nominal", countSql, options.countCap),
  ]);
  const ordered = sort === "relevance" && ranked ? inRankOrder(rows, ranked).slice(skip, skip + params.pageSize) : rows;
  if (filters.q && options.auditSearch !== false) await auditSearch(actor, "Nominal", filters.q, total);
  return { rows: ordered.map(({ memberships, ...n }) => ({ ...n, groups: memberships.map((m) => m.group) })), total, totalIsLowerBound, page: params.page, pageSize: params.pageSize };
}

export async function getNominal(actor: Actor, id: string) {
  requireReader(actor);
  assertId(id, "Nominal");
  const nominal = await db().nominal.findUnique({
    where: { id },
    include: { memberships: { orderBy: { createdAt: "asc" }, include: { group: { select: { id: true, reference: true, name: true, status: true, band: true } } } } },
  });
  if (!nominal) throw new NotFoundError("Nominal");
  await recordStandaloneAudit(db(), actor, { action: "record.viewed", entityType: "Nominal", entityId: id, summary: `Viewed nominal ${nominal.name}` });
  return { ...nominal, links: await linksOf(actor, "NOMINAL", id) };
}

function nominalData(input: NominalInput) {
  return {
    name: input.name, aliases: input.aliases, searchText: searchTextOf(input.name, input.aliases), dateOfBirth: input.dateOfBirth ? new Date(input.dateOfBirth) : null,
    pncNumber: input.pncNumber ?? null, croNumber: input.croNumber ?? null, phoneNumbers: input.phoneNumbers, vehicles: input.vehicles.map((v) => v.toUpperCase()),
    addresses: input.addresses, warningMarkers: input.warningMarkers, mainOffences: input.mainOffences, risk: input.risk ?? null, notes: input.notes,
  };
}

export async function createNominal(actor: Actor, input: NominalInput): Promise<{ id: string }> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    const nominal = await tx.nominal.create({ data: { ...nominalData(input), createdById: actor.id, updatedById: actor.id }, select: { id: true } });
    await recordAudit(tx, actor, { action: "nominal.created", entityType: "Nominal", entityId: nominal.id, summary: `Created nominal ${input.name}` });
    return nominal;
  });
}

export async function updateNominal(actor: Actor, id: string, input: UpdateNominalInput): Promise<void> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(id, "Nominal");
  await db().$transaction(async (tx) => {
    const before = await tx.nominal.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Nominal");
    const data = nominalData(input);
    await guardedUpdate(
      tx, "Nominal",
      () => tx.nominal.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.nominal.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    const { searchText: _s, ...compared } = data;
    await recordAudit(tx, actor, { action: "nominal.updated", entityType: "Nominal", entityId: id, summary: `Updated nominal ${input.name}`, details: { changes: changedFields(before as unknown as Record<string, unknown>, compared) } });
  });
}

/** Search-as-you-type for pickers (adding a member, linking). */
export async function suggestNominals(actor: Actor, q: string) {
  if (!policeOnly(actor)) throw new ForbiddenError();
  const ranked = await fuzzyIds("Nominal", q, 10);
  const rows = await db().nominal.findMany({ where: { id: { in: ranked } }, select: { id: true, name: true, aliases: true, dateOfBirth: true } });
  return inRankOrder(rows, ranked);
}
