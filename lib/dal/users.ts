// Users: administration. Every function takes the actor and checks the policy itself, so pages,
// server actions, route handlers and scripts cannot skip the check.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, roleAgencyMismatchMessage, roleFitsAgency } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AgencyType, Prisma, Role } from "@/lib/generated/prisma/client";
import type { CreateUserInput, UpdateUserInput } from "@/lib/validation/admin";
import { agencyChoices, agencyNarrowing, type AgencyNarrowing, type AgencyOption } from "./agencies";
import type { NeighbourhoodFormOptions } from "./groups";
import { guardedUpdate } from "./guarded-update";
import { assertId } from "./ids";
import type { ListParams, Page } from "./list-params";
import { neighbourhoodChoices } from "./neighbourhoods";

function requireAdmin(actor: Actor) {
  if (!can(actor, "users:manage")) throw new ForbiddenError();
}

export const USER_SORTS = ["name", "email", "role", "lastSignInAt"] as const;
export type UserSort = (typeof USER_SORTS)[number];
/** `agencyType`: users whose agency is of that type (with `agencyId` too, both must hold). */
export type UserFilters = { q?: string; role?: Role; agencyId?: string; agencyType?: AgencyType; active?: boolean };

export type UserRow = { id: string; name: string; email: string; role: Role; agencyName: string; active: boolean; lastSignInAt: Date | null; lockedUntil: Date | null };

export async function listUsers(actor: Actor, params: ListParams<UserSort>, filters: UserFilters): Promise<Page<UserRow>> {
  requireAdmin(actor);
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.agencyId ? { agencyId: filters.agencyId } : {}),
    ...(filters.agencyType ? { agency: { type: filters.agencyType } } : {}),
    ...(filters.active === undefined ? {} : { active: filters.active }),
    ...(filters.q ? { OR: [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q.toLowerCase() } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [params.sort === "lastSignInAt" ? { lastSignInAt: { sort: params.dir, nulls: "last" } } : { [params.sort]: params.dir }, { id: "asc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
      select: { id: true, name: true, email: true, role: true, active: true, lastSignInAt: true, lockedUntil: true, agency: { select: { name: true } } },
    }),
    db().user.count({ where }),
  ]);
  return { rows: rows.map(({ agency, ...u }) => ({ ...u, agencyName: agency.name })), total, page: params.page, pageSize: params.pageSize };
}

export async function getUserForEdit(actor: Actor, id: string) {
  requireAdmin(actor);
  assertId(id, "User");
  const user = await db().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, agencyId: true, active: true, version: true, lastSignInAt: true, lockedUntil: true, failedAttempts: true, createdAt: true, updatedAt: true, neighbourhoods: { select: { neighbourhoodId: true } } },
  });
  if (!user) throw new NotFoundError("User");
  return { ...user, neighbourhoodIds: user.neighbourhoods.map((n) => n.neighbourhoodId) };
}

async function checkAgencyRule(tx: Tx, role: Role, agencyId: string) {
  const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: { type: true, active: true } });
  if (!agency || !agency.active) throw new ValidationError({ agencyId: ["Choose an active agency"] });
  if (!roleFitsAgency(role, agency.type)) throw new ValidationError({ role: [roleAgencyMismatchMessage(role)] });
}

async function checkEmailFree(tx: Tx, email: string, exceptId?: string) {
  const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (existing && existing.id !== exceptId) throw new ValidationError({ email: ["A user with this email already exists"] });
}

export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string }> {
  requireAdmin(actor);
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    await checkEmailFree(tx, input.email);
    await checkAgencyRule(tx, input.role, input.agencyId);
    const user = await tx.user.create({
      data: {
        name: input.name, email: input.email, role: input.role, agencyId: input.agencyId, passwordHash, updatedById: actor.id,
        neighbourhoods: { create: input.neighbourhoodIds.map((neighbourhoodId) => ({ neighbourhoodId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "user.created", entityType: "User", entityId: user.id, summary: `Created user ${input.name} (${input.email})`,
      details: { name: input.name, email: input.email, role: input.role, agencyId: input.agencyId, neighbourhoodIds: input.neighbourhoodIds },
    });
    return user;
  });
}

export async function updateUser(actor: Actor, id: string, input: UpdateUserInput): Promise<void> {
  requireAdmin(actor);
  assertId(id, "User");
  if (id === actor.id && (!input.active || input.role !== actor.role)) {
    throw new ValidationError({ [input.active ? "role" : "active"]: ["You cannot disable your own account or change your own role; ask another administrator"] });
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { name: true, email: true, role: true, agencyId: true, active: true, neighbourhoods: { select: { neighbourhoodId: true } } } });
    if (!before) throw new NotFoundError("User");
    await checkEmailFree(tx, input.email, id);
    await checkAgencyRule(tx, input.role, input.agencyId);
    // Disabling, a new role or agency, or a new password ends every session the user has.
    const endSessions = !input.active || input.role !== before.role || input.agencyId !== before.agencyId || !!passwordHash;
    await guardedUpdate(
      tx, "User",
      () => tx.user.updateMany({
        where: { id, version: input.version },
        data: {
          name: input.name, email: input.email, role: input.role, agencyId: input.agencyId, active: input.active,
          ...(passwordHash ? { passwordHash, failedAttempts: 0, lockedUntil: null } : {}),
          ...(endSessions ? { sessionVersion: { increment: 1 } } : {}),
          version: { increment: 1 }, updatedById: actor.id,
        },
      }),
      () => tx.user.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    await tx.userNeighbourhood.deleteMany({ where: { userId: id } });
    if (input.neighbourhoodIds.length) await tx.userNeighbourhood.createMany({ data: input.neighbourhoodIds.map((neighbourhoodId) => ({ userId: id, neighbourhoodId })) });
    const changes = changedFields(
      { ...before, neighbourhoodIds: before.neighbourhoods.map((n) => n.neighbourhoodId).sort() },
      { name: input.name, email: input.email, role: input.role, agencyId: input.agencyId, active: input.active, neighbourhoodIds: [...input.neighbourhoodIds].sort() },
    );
    const action = before.active && !input.active ? "user.disabled" : !before.active && input.active ? "user.enabled" : "user.updated";
    await recordAudit(tx, actor, {
      action, entityType: "User", entityId: id,
      summary: `${action === "user.disabled" ? "Disabled" : action === "user.enabled" ? "Re-enabled" : "Updated"} user ${input.name}${passwordHash ? " (password reset)" : ""}`,
      details: { changes, passwordReset: !!passwordHash },
    });
  });
}

export type UserFormOptions = NeighbourhoodFormOptions & { agencies: AgencyOption[]; agenciesNarrowed?: AgencyNarrowing };

/**
 * Options for the user form, bounded for a national dataset (360 agencies, 2,000 neighbourhoods):
 * every active agency and neighbourhood while few; otherwise agencies by type or name (see
 * agencyChoices) and one area command's neighbourhoods (see neighbourhoodChoices). The chosen
 * agency (while active) and the chosen neighbourhoods (even if since disabled, so an edit drops
 * none unseen) are always offered. createUser and updateUser still check them.
 */
export async function userFormOptions(
  actor: Actor,
  scope: { agencyType?: string; agencyQuery?: string; agencyIds?: (string | undefined)[]; areaCommand?: string; neighbourhoodIds?: string[] } = {},
): Promise<UserFormOptions> {
  requireAdmin(actor);
  const [agencies, neighbourhoods] = await Promise.all([
    agencyChoices({ type: scope.agencyType, query: scope.agencyQuery, selectedIds: scope.agencyIds, keepSelected: true }),
    neighbourhoodChoices(actor, { areaCommand: scope.areaCommand, selectedIds: scope.neighbourhoodIds, keepSelected: true }),
  ]);
  return {
    agencies: agencies.agencies,
    agenciesNarrowed: agencyNarrowing(agencies),
    neighbourhoods: neighbourhoods.neighbourhoods,
    neighbourhoodsNarrowed: neighbourhoods.all ? undefined : { areaCommands: neighbourhoods.areaCommands, areaCommand: neighbourhoods.areaCommand },
  };
}
