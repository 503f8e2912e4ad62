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
import { assertId, isUuid } from "./ids";
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

// ─── Choosing neighbourhoods (filters and pickers) ──────────────────────────────────────────

/**
 * Up to this many active neighbourhoods, filters and pickers simply list them all (a force or the
 * demo). Beyond it (a national dataset: 2,000), they ask for an area command first and list only
 * its neighbourhoods, never the whole vocabulary.
 */
export const NEIGHBOURHOOD_LIST_ALL_MAX = 100;
/** A safety bound on one area command's neighbourhoods. */
const AREA_COMMAND_MAX = 300;

/** `inactive`: disabled since it was chosen; offered only because a record or the form already has it. */
export type NeighbourhoodOption = { id: string; name: string; code: string; areaCommand: string; inactive?: boolean };
export type NeighbourhoodChoices = {
  /** Every active neighbourhood is listed: no area-command step. */
  all: boolean;
  /** The distinct area commands of active neighbourhoods (empty when `all`). */
  areaCommands: string[];
  /** The area command the list is narrowed to, when there is one. */
  areaCommand?: string;
  /** What to offer: all, or the area command's, or (with none chosen) the actor's own; plus `selected`. */
  neighbourhoods: NeighbourhoodOption[];
  /** The asked-for ids that exist and still fit the chosen area command: safe to filter on. */
  selected: NeighbourhoodOption[];
};

const OPTION = { id: true, name: true, code: true, areaCommand: true } as const;
const byName = (a: NeighbourhoodOption, b: NeighbourhoodOption) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id);

/**
 * Neighbourhoods for a filter or picker, bounded for a national dataset. Any signed-in user may
 * pick from neighbourhoods. `selectedIds` are the ones already chosen (from the URL or a record):
 * they are always offered. With `keepSelected` false (a filter) a chosen neighbourhood outside the
 * chosen area command is dropped, since the user just narrowed to another area; a picker keeps them.
 * With no area command asked for, it is inferred from the first chosen neighbourhood.
 */
export async function neighbourhoodChoices(
  actor: Actor,
  query: { areaCommand?: string; selectedIds?: string[]; keepSelected?: boolean } = {},
  listAllMax = NEIGHBOURHOOD_LIST_ALL_MAX,
): Promise<NeighbourhoodChoices> {
  const ids = [...new Set((query.selectedIds ?? []).filter(isUuid))].slice(0, 200);
  const [total, found] = await Promise.all([
    db().neighbourhood.count({ where: { active: true } }),
    ids.length
      ? db().neighbourhood.findMany({ where: { id: { in: ids } }, select: { ...OPTION, active: true } }).then((rows) => rows.map(({ active, ...n }): NeighbourhoodOption => (active ? n : { ...n, inactive: true })))
      : Promise.resolve([]),
  ]);
  const merge = (list: NeighbourhoodOption[], extra: NeighbourhoodOption[]) => [...list, ...extra.filter((e) => !list.some((n) => n.id === e.id))].sort(byName);
  if (total <= listAllMax) {
    const every = await db().neighbourhood.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: OPTION });
    return { all: true, areaCommands: [], neighbourhoods: merge(every, found), selected: found };
  }
  // GROUP BY on the indexed column: a few per force, a few hundred nationally at most.
  const areaCommands = (await db().neighbourhood.groupBy({ by: ["areaCommand"], where: { active: true }, orderBy: { areaCommand: "asc" } })).map((r) => r.areaCommand);
  const asked = query.areaCommand?.trim();
  const areaCommand = asked && areaCommands.includes(asked) ? asked : !asked && found[0] && areaCommands.includes(found[0].areaCommand) ? found[0].areaCommand : undefined;
  const selected = query.keepSelected || !areaCommand ? found : found.filter((n) => n.areaCommand === areaCommand);
  const listed = areaCommand
    ? await db().neighbourhood.findMany({ where: { active: true, areaCommand }, orderBy: [{ name: "asc" }, { id: "asc" }], take: AREA_COMMAND_MAX, select: OPTION })
    : actor.neighbourhoodIds.length
      ? await db().neighbourhood.findMany({ where: { active: true, id: { in: actor.neighbourhoodIds } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: AREA_COMMAND_MAX, select: OPTION })
      : [];
  return { all: false, areaCommands, areaCommand, neighbourhoods: merge(listed, selected), selected };
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
