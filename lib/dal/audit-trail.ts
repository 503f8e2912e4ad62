// Reading the audit trail: administrators and supervisors. Keyset pagination on the id (which
// grows with time), so the thousandth page costs what the first does.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditFilters = { actorId?: string; entityType?: string; entityId?: string; action?: string; from?: Date; to?: Date };
export type AuditRow = { id: string; at: Date; actorName: string | null; actorEmail: string | null; action: string; entityType: string; entityId: string | null; summary: string; requestId: string | null };

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(actor: Actor, filters: AuditFilters, cursor?: { before?: bigint; after?: bigint }) {
  if (!can(actor, "audit:read")) throw new ForbiddenError();
  // One record's history always names its type, so that the (entityType, entityId, at) index answers
  // it (finding 5): an id given alone is looked up first (at most one short probe of that index per type).
  const entityType = filters.entityId && !filters.entityType ? await entityTypeOf(filters.entityId) : filters.entityType;
  if (filters.entityId && !entityType) return { rows: [], older: null, newer: null };
  const oneRecord = !!(filters.entityId && entityType);
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(entityType ? { entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to ? { at: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {}),
  };
  const goingBack = cursor?.after !== undefined;
  const dir = goingBack ? "asc" : "desc";
  const rows = await db().auditEvent.findMany({
    where: { ...where, ...(await keyset(oneRecord, cursor)) },
    // One record's events in the index's own order (at, then id), so the first page reads ~50 index
    // entries instead of sorting all of the record's events by id.
    orderBy: oneRecord ? [{ at: dir }, { id: dir }] : { id: dir },
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, action: true, entityType: true, entityId: true, summary: true, requestId: true, actor: { select: { name: true, email: true } } },
  });
  const more = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (goingBack) page.reverse();
  const list: AuditRow[] = page.map((r) => ({ id: r.id.toString(), at: r.at, actorName: r.actor?.name ?? null, actorEmail: r.actor?.email ?? null, action: r.action, entityType: r.entityType, entityId: r.entityId, summary: r.summary, requestId: r.requestId }));
  return {
    rows: list,
    // Cursors for the neighbouring pages; null where there is nothing further that way.
    older: (goingBack ? true : more) && list.length ? list.at(-1)!.id : null,
    newer: (goingBack ? more : cursor?.before !== undefined) && list.length ? list[0]!.id : null,
  };
}

/**
 * The entity types that can be filtered on (each has an index on (entityType, entityId, at)): the
 * records whose changes and views are audited, and the administration entities.
 */
export const AUDIT_ENTITY_TYPES = ["OrganisedCrimeGroup", "Nominal", "PersonAtRisk", "Location", "Concern", "Action", "Referral", "Meeting", "User", "Agency", "Neighbourhood"] as const;

/** The type of the record an id belongs to, from its audit events (ids are UUIDs: one type each). */
async function entityTypeOf(entityId: string): Promise<string | null> {
  const row = await db().auditEvent.findFirst({ where: { entityType: { in: [...AUDIT_ENTITY_TYPES] }, entityId }, select: { entityType: true } });
  return row?.entityType ?? null;
}

/**
 * The keyset condition for the page after (`before`) or before (`after`) the cursor event. On the id
 * alone for the whole trail; for one record, on (at, id), the order its index gives.
 */
async function keyset(oneRecord: boolean, cursor?: { before?: bigint; after?: bigint }): Promise<Prisma.AuditEventWhereInput> {
  const id = cursor?.before ?? cursor?.after;
  if (id === undefined) return {};
  const older = cursor?.before !== undefined;
  if (!oneRecord) return { id: older ? { lt: id } : { gt: id } };
  const at = (await db().auditEvent.findUnique({ where: { id }, select: { at: true } }))?.at;
  if (!at) return { id: older ? { lt: id } : { gt: id } };
  return older ? { OR: [{ at: { lt: at } }, { at, id: { lt: id } }] } : { OR: [{ at: { gt: at } }, { at, id: { gt: id } }] };
}

/** Resolves the "user" filter, typed as an email, to an actor id (null: no such user). */
export async function auditActorByEmail(actor: Actor, email: string): Promise<string | null> {
  if (!can(actor, "audit:read")) throw new ForbiddenError();
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}
