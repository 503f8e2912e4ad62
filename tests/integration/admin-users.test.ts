import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createUser, listUsers, updateUser } from "@/lib/dal/users";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { buildWorld } from "../support/world";

let world: Awaited<ReturnType<typeof buildWorld>>;
beforeAll(async () => {
  world = await buildWorld();
});

const list = { page: 1, pageSize: 25, sort: "name", dir: "asc" } as const;

function newUser(overrides: Partial<Parameters<typeof createUser>[1]> = {}) {
  return { name: "Kim Osei", email: `kim.${Math.random().toString(36).slice(2)}@locus.test`, role: "OFFICER" as const, agencyId: world.police.id, neighbourhoodIds: [world.patch[0]!.id], password: "a-long-enough-pass", ...overrides };
}

describe("user administration", () => {
  it("lets an administrator create a user, recording the change in the same transaction", async () => {
    const input = newUser();
    const { id } = await createUser(world.admin, input);
    const user = await db().user.findUniqueOrThrow({ where: { id }, include: { neighbourhoods: true } });
    expect(user).toMatchObject({ name: "Kim Osei", email: input.email, role: "OFFICER" });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.neighbourhoods.map((n) => n.neighbourhoodId)).toEqual([world.patch[0]!.id]);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: id, action: "user.created" } });
    expect(audit.actorId).toBe(world.admin.id);
    expect(JSON.stringify(audit.details)).not.toContain("a-long-enough-pass");
  });

  it("refuses every other role, whatever the entry point", async () => {
    for (const actor of [world.officer, world.analyst, world.supervisor, world.partner]) {
      await expect(createUser(actor, newUser())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listUsers(actor, list, {})).rejects.toBeInstanceOf(ForbiddenError);
      await expect(updateUser(actor, world.officer.id, { ...newUser(), active: true, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("reports a duplicate email on the email field", async () => {
    const input = newUser();
    await createUser(world.admin, input);
    const error = await createUser(world.admin, { ...input, email: input.email }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields).toEqual({ email: ["A user with this email already exists"] });
  });

  it("enforces the agency rule: partners in partner agencies, police roles in the force", async () => {
    const partnerInPolice = await createUser(world.admin, newUser({ role: "PARTNER", agencyId: world.police.id })).catch((e) => e);
    expect(partnerInPolice.fields.role[0]).toMatch(/partner agency/);
    const officerInHousing = await createUser(world.admin, newUser({ role: "OFFICER", agencyId: world.housing.id })).catch((e) => e);
    expect(officerInHousing.fields.role[0]).toMatch(/police force/);
  });

  it("refuses a stale edit and says who changed the record and when", async () => {
    const input = newUser();
    const { id } = await createUser(world.admin, input);
    const otherAdmin = { ...world.admin, id: (await db().user.create({ data: { email: `second.admin.${id}@locus.test`, name: "Second Admin", passwordHash: "x", role: "ADMIN", agencyId: world.police.id } })).id, name: "Second Admin" };

    await updateUser(otherAdmin, id, { ...input, name: "Kim Osei-Bonsu", active: true, version: 1 });
    const stale = await updateUser(world.admin, id, { ...input, name: "Kim O.", active: true, version: 1 }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.changedBy).toBe("Second Admin");
    expect(stale.message).toMatch(/changed by Second Admin at .* since you opened it/);
    expect((await db().user.findUniqueOrThrow({ where: { id } })).name).toBe("Kim Osei-Bonsu");
  });

  it("ends the sessions of a user who is disabled or changes role", async () => {
    const input = newUser();
    const { id } = await createUser(world.admin, input);
    const before = await db().user.findUniqueOrThrow({ where: { id } });
    expect(await loadActor(id, before.sessionVersion, null)).not.toBeNull();

    // A new role ends the old session; the new one works.
    await updateUser(world.admin, id, { ...input, password: undefined, role: "ANALYST", active: true, version: before.version });
    expect(await loadActor(id, before.sessionVersion, null)).toBeNull();
    expect((await loadActor(id, before.sessionVersion + 1, null))?.role).toBe("ANALYST");

    await updateUser(world.admin, id, { ...input, password: undefined, role: "ANALYST", active: false, version: before.version + 1 });
    expect(await loadActor(id, before.sessionVersion + 2, null)).toBeNull();
    const audit = await db().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "user.disabled" } });
    expect(audit.summary).toBe(`Disabled user ${input.name}`);
  });

  it("will not let administrators disable themselves", async () => {
    const me = await db().user.findUniqueOrThrow({ where: { id: world.admin.id } });
    const error = await updateUser(world.admin, me.id, { name: me.name, email: me.email, role: "ADMIN", agencyId: me.agencyId, neighbourhoodIds: [], active: false, version: me.version }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fields.active).toBeDefined();
  });

  it("answers not found for an id that is not a user, malformed or not", async () => {
    await expect(updateUser(world.admin, "not-a-uuid", { ...newUser(), active: true, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateUser(world.admin, "0190a7a0-0000-7000-8000-000000000001", { ...newUser(), active: true, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("filters, sorts and pages in the database", async () => {
    for (const name of ["Zed Filterable", "Amy Filterable", "Bob Filterable"]) await createUser(world.admin, newUser({ name }));
    const page = await listUsers(world.admin, { page: 1, pageSize: 25, sort: "name", dir: "desc" }, { q: "filterable" });
    expect(page.rows.map((r) => r.name)).toEqual(["Zed Filterable", "Bob Filterable", "Amy Filterable"]);
    expect(page.total).toBe(3);
    const second = await listUsers(world.admin, { page: 2, pageSize: 25, sort: "name", dir: "asc" }, { q: "filterable" });
    expect(second.rows).toEqual([]);
  });
});
