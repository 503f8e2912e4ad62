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
  const where: Prisma.AuditEventWhereInput = {
    ...(filters.actorId ? { actorId: filters.actorId } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from || filters.to ? { at: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {}),
  };
  const goingBack = cursor?.after !== undefined;
  const rows = await db().auditEvent.findMany({
    where: { ...where, ...(cursor?.before !== undefined ? { id: { lt: cursor.before } } : goingBack ? { id: { gt: cursor.after } } : {}) },
    orderBy: { id: goingBack ? "asc" : "desc" },
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

/** The entity types that can be filtered on (each has an index on (entityType, entityId, at)). */
export const AUDIT_ENTITY_TYPES = ["User", "Agency", "Neighbourhood"] as const;

/** Resolves the "user" filter, typed as an email, to an actor id (null: no such user). */
export async function auditActorByEmail(actor: Actor, email: string): Promise<string | null> {
  if (!can(actor, "audit:read")) throw new ForbiddenError();
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}
