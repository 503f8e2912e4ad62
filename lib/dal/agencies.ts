// Agencies: administration.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AGENCY_TYPE_LABELS, can } from "@/lib/auth/policy";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AgencyType, Prisma } from "@/lib/generated/prisma/client";
import type { AgencyInput, UpdateAgencyInput } from "@/lib/validation/admin";
import { guardedUpdate } from "./guarded-update";
import { assertId } from "./ids";
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
