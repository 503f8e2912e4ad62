// Locations: addresses and premises of interest. Police intelligence: partners get 404.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma, type LocationType } from "@/lib/generated/prisma/client";
import type { LocationInput, UpdateLocationInput } from "@/lib/validation/records";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { linksOf } from "./links";
import { countUpTo } from "./counts";
import type { CappedPage, ListOptions, ListParams } from "./list-params";
import { auditSearch, fuzzyIds, inRankOrder, searchTextOf } from "./search";
import { policeOnly } from "./visibility";

export const LOCATION_SORTS = ["address", "type", "updatedAt", "relevance"] as const;
export type LocationSort = (typeof LOCATION_SORTS)[number];
export type LocationFilters = { q?: string; type?: LocationType; flag?: string; neighbourhoodId?: string };
export type LocationRow = { id: string; address: string; postcode: string | null; type: LocationType; flags: string[]; neighbourhood: string | null; updatedAt: Date };

export async function listLocations(actor: Actor, params: ListParams<LocationSort>, filters: LocationFilters, options: ListOptions = {}): Promise<CappedPage<LocationRow>> {
  if (!policeOnly(actor)) throw new ForbiddenError();
  const ranked = filters.q ? await fuzzyIds("Location", filters.q, 500) : null;
  const neighbourhoodId = filters.neighbourhoodId && isUuid(filters.neighbourhoodId) ? filters.neighbourhoodId : null;
  const where: Prisma.LocationWhereInput = {
    AND: [
      ranked ? { id: { in: ranked } } : {},
      filters.type ? { type: filters.type } : {},
      filters.flag ? { flags: { has: filters.flag } } : {},
      neighbourhoodId ? { neighbourhoodId } : {},
    ],
  };
  // The same conditions as SQL, for the capped count.
  const countSql = [
    ranked && Prisma.sql`id = any(${ranked}::uuid[])`,
    filters.type && Prisma.sql`type = ${filters.type}::"LocationType"`,
    filters.flag && Prisma.sql`flags @> array[${filters.flag}]::text[]`,
    neighbourhoodId && Prisma.sql`"neighbourhoodId" = ${neighbourhoodId}::uuid`,
  ];
  const sort = params.sort === "relevance" && !ranked ? "address" : params.sort;
  const skip = (params.page - 1) * params.pageSize;
  const [rows, { total, totalIsLowerBound }] = await Promise.all([
    db().location.findMany({
      where,
      orderBy: sort === "relevance" ? undefined : [{ [sort]: params.dir }, { id: params.dir }],
      skip: sort === "relevance" ? 0 : skip,
      take: sort === "relevance" ? undefined : params.pageSize,
      select: { id: true, address: true, postcode: true, type: true, flags: true, updatedAt: true, neighbourhood: { select: { name: true } } },
    }),
    countUpTo("Location", countSql, options.countCap),
  ]);
  const ordered = sort === "relevance" && ranked ? inRankOrder(rows, ranked).slice(skip, skip + params.pageSize) : rows;
  if (filters.q && options.auditSearch !== false) await auditSearch(actor, "Location", filters.q, total);
  return { rows: ordered.map(({ neighbourhood, ...l }) => ({ ...l, neighbourhood: neighbourhood?.name ?? null })), total, totalIsLowerBound, page: params.page, pageSize: params.pageSize };
}

export async function getLocation(actor: Actor, id: string) {
  if (!policeOnly(actor)) throw new NotFoundError("Location");
  assertId(id, "Location");
  const location = await db().location.findUnique({ where: { id }, include: { neighbourhood: { select: { id: true, name: true } } } });
  if (!location) throw new NotFoundError("Location");
  return { ...location, links: await linksOf(actor, "LOCATION", id) };
}

function locationData(input: LocationInput) {
  return { address: input.address, postcode: input.postcode ?? null, searchText: searchTextOf(input.address, input.postcode), neighbourhoodId: input.neighbourhoodId ?? null, type: input.type, flags: input.flags, latitude: input.latitude ?? null, longitude: input.longitude ?? null, notes: input.notes };
}

/**
 * A location's neighbourhood must exist and be active, so a bad id is a message on its field (never a
 * foreign-key error). The form offers the one already chosen even once disabled, so an edit never
 * drops it unseen: saving then asks for an active one.
 */
async function checkNeighbourhood(tx: Tx, neighbourhoodId: string | undefined) {
  if (!neighbourhoodId) return;
  const n = await tx.neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { name: true, active: true } });
  if (!n) throw new ValidationError({ neighbourhoodId: ["Choose an active neighbourhood"] });
  if (!n.active) throw new ValidationError({ neighbourhoodId: [`${n.name} is no longer active: choose an active neighbourhood`] });
}

export async function createLocation(actor: Actor, input: LocationInput): Promise<{ id: string }> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    await checkNeighbourhood(tx, input.neighbourhoodId);
    const location = await tx.location.create({ data: { ...locationData(input), createdById: actor.id, updatedById: actor.id }, select: { id: true } });
    await recordAudit(tx, actor, { action: "location.created", entityType: "Location", entityId: location.id, summary: `Created location ${input.address}` });
    return location;
  });
}

export async function updateLocation(actor: Actor, id: string, input: UpdateLocationInput): Promise<void> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(id, "Location");
  await db().$transaction(async (tx) => {
    const before = await tx.location.findUnique({ where: { id } });
    if (!before) throw new NotFoundError("Location");
    await checkNeighbourhood(tx, input.neighbourhoodId);
    const data = locationData(input);
    await guardedUpdate(
      tx, "Location",
      () => tx.location.updateMany({ where: { id, version: input.version }, data: { ...data, version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.location.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    const { searchText: _s, ...compared } = data;
    await recordAudit(tx, actor, { action: "location.updated", entityType: "Location", entityId: id, summary: `Updated location ${input.address}`, details: { changes: changedFields(before as unknown as Record<string, unknown>, compared) } });
  });
}
