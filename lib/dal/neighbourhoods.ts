// Neighbourhoods (areas): administration, and the list every signed-in user may pick from.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NeighbourhoodInput, UpdateNeighbourhoodInput } from "@/lib/validation/admin";
import { guardedUpdate } from "./guarded-update";
import { assertId } from "./ids";
import type { ListParams, Page } from "./list-params";

function requireAdmin(actor: Actor) {
  if (!can(actor, "neighbourhoods:manage")) throw new ForbiddenError();
}

export const NEIGHBOURHOOD_SORTS = ["name", "code", "areaCommand"] as const;
export type NeighbourhoodSort = (typeof NEIGHBOURHOOD_SORTS)[number];
export type NeighbourhoodRow = { id: string; name: string; code: string; areaCommand: string; active: boolean; officerCount: number };

export async function listNeighbourhoods(actor: Actor, params: ListParams<NeighbourhoodSort>, filters: { q?: string; active?: boolean }): Promise<Page<NeighbourhoodRow>> {
  requireAdmin(actor);
  const where: Prisma.NeighbourhoodWhereInput = {
    ...(filters.active === undefined ? {} : { active: filters.active }),
    ...(filters.q ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { code: { contains: filters.q.toUpperCase() } }, { areaCommand: { contains: filters.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().neighbourhood.findMany({
      where, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], skip: (params.page - 1) * params.pageSize, take: params.pageSize,
      select: { id: true, name: true, code: true, areaCommand: true, active: true, _count: { select: { officers: true } } },
    }),
    db().neighbourhood.count({ where }),
  ]);
  return { rows: rows.map(({ _count, ...n }) => ({ ...n, officerCount: _count.officers })), total, page: params.page, pageSize: params.pageSize };
}

export async function getNeighbourhoodForEdit(actor: Actor, id: string) {
  requireAdmin(actor);
  assertId(id, "Neighbourhood");
  const n = await db().neighbourhood.findUnique({ where: { id }, select: { id: true, name: true, code: true, areaCommand: true, active: true, version: true, updatedAt: true } });
  if (!n) throw new NotFoundError("Neighbourhood");
  return n;
}

/** Names of the given neighbourhoods, for showing an actor's own patch. */
export async function neighbourhoodNames(ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db().neighbourhood.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" }, select: { name: true } });
  return rows.map((r) => r.name);
}

async function checkCodeFree(tx: Tx, code: string, exceptId?: string) {
  const existing = await tx.neighbourhood.findUnique({ where: { code }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new ValidationError({ code: ["Another neighbourhood already uses this code"] });
}

export async function createNeighbourhood(actor: Actor, input: NeighbourhoodInput): Promise<{ id: string }> {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    await checkCodeFree(tx, input.code);
    const n = await tx.neighbourhood.create({ data: { ...input, updatedById: actor.id }, select: { id: true } });
    await recordAudit(tx, actor, { action: "neighbourhood.created", entityType: "Neighbourhood", entityId: n.id, summary: `Created neighbourhood ${input.name} (${input.code})`, details: input });
    return n;
  });
}

export async function updateNeighbourhood(actor: Actor, id: string, input: UpdateNeighbourhoodInput): Promise<void> {
  requireAdmin(actor);
  assertId(id, "Neighbourhood");
  await db().$transaction(async (tx) => {
    const before = await tx.neighbourhood.findUnique({ where: { id }, select: { name: true, code: true, areaCommand: true, active: true } });
    if (!before) throw new NotFoundError("Neighbourhood");
    await checkCodeFree(tx, input.code, id);
    await guardedUpdate(
      tx, "Neighbourhood",
      () => tx.neighbourhood.updateMany({ where: { id, version: input.version }, data: { name: input.name, code: input.code, areaCommand: input.areaCommand, active: input.active, version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.neighbourhood.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    const action = before.active && !input.active ? "neighbourhood.disabled" : "neighbourhood.updated";
    await recordAudit(tx, actor, { action, entityType: "Neighbourhood", entityId: id, summary: `${action === "neighbourhood.disabled" ? "Disabled" : "Updated"} neighbourhood ${input.name}`, details: { changes: changedFields(before, { name: input.name, code: input.code, areaCommand: input.areaCommand, active: input.active }) } });
  });
}
