// Actions of 4P and safeguarding plans through the data layer: who may create them (analysts and
// supervisors), who may update them (police, and the owning agency's staff), what another agency
// sees (nothing, or when shared with the partnership the bare action: never its notes), the
// update rules (done needs an outcome; done Pursue its disruption outcome; stale versions are
// refused), and overdue worked out from the London calendar day.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actionCounts, createAction, getAction, listActions, myActions, personPlan, updateAction, type ActionSort } from "@/lib/dal/actions";
import { getGroup, listGroups } from "@/lib/dal/groups";
import type { ListParams } from "@/lib/dal/list-params";
import { db } from "@/lib/db/client";
import { makeAgency, makeUser } from "@/lib/db/factories";
import { makeAction, makeGroup, makePerson } from "@/lib/db/factories-records";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { RESPONSE_SCHEMAS } from "@/lib/http/openapi";
import { createActionSchema, updateActionSchema } from "@/lib/validation/actions";
import { asActor, buildWorld } from "../support/world";

const DETAIL = "ACTION-DETAIL-Z9 the informant lives at flat 3";
const NOTE = "UPDATE-NOTE-Z9 tenant disclosed who holds the keys";
const OUTCOME = "OUTCOME-NOTE-Z9 injunction granted";
const POLICE_ONLY = "POLICE-ONLY-Z9 assessment";
const PAGE: ListParams<ActionSort> = { page: 1, pageSize: 100, sort: "dueDate", dir: "asc" };

let world: Awaited<ReturnType<typeof buildWorld>>;
let housingPartner: Actor;
/** Shared with the council (world.partner's agency), not with housing. */
let group: { id: string; name: string };

const update = (over: Record<string, unknown>) => updateActionSchema.parse({ version: 1, status: "OPEN", ...over });
const create = (over: Record<string, unknown> = {}) =>
  createActionSchema.parse({
    groupId: group.id, strand: "PROTECT", title: "Cuckooing welfare visit", description: DETAIL, owningAgencyId: world.council.id,
    dueDate: "2027-01-31", priority: "HIGH", subjectKind: "GROUP", subjectId: group.id, ...over,
  });
const fieldsOf = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
};

beforeAll(async () => {
  world = await buildWorld();
  housingPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
  group = await makeGroup(db(), { name: "Larch Walk Crew", assessment: POLICE_ONLY, partnerSummary: "Partner-safe summary.", sharedAgencyIds: [world.council.id] });
});

describe("a partner's own agency's actions", () => {
  it("a partner updates their agency's action: the status and a note, kept in the history and audited", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.council.id, assigneeId: world.partner.id, strand: "PROTECT", description: DETAIL, createdById: world.analyst.id });
    await updateAction(world.partner, action.id, update({ status: "IN_PROGRESS", note: NOTE }));

    expect(await db().action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2, updatedById: world.partner.id });
    const history = await db().actionUpdate.findMany({ where: { actionId: action.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.authorId, h.statusFrom, h.statusTo, h.note])).toEqual([
      [world.analyst.id, null, "OPEN", "Action created."],
      [world.partner.id, "OPEN", "IN_PROGRESS", NOTE],
    ]);
    const audit = await db().auditEvent.findMany({ where: { entityType: "Action", entityId: action.id }, select: { action: true, actorId: true, actorAgencyId: true, details: true } });
    expect(audit).toEqual([{ action: "action.updated", actorId: world.partner.id, actorAgencyId: world.council.id, details: { statusFrom: "OPEN", statusTo: "IN_PROGRESS", disruptionOutcome: null } }]);

    const view = await getAction(world.partner, action.id);
    expect(view).toMatchObject({ audience: "owner", canUpdate: true, description: DETAIL, version: 2, group: { id: group.id, partnerSummary: "Partner-safe summary." } });
    expect(view.updates.map((u) => u.note)).toEqual(["Action created.", NOTE]);
    expect(JSON.stringify(view)).not.toContain(POLICE_ONLY);
  });

  it("an action owned by the agency but assigned to nobody is theirs to update too", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.council.id });
    await updateAction(world.partner, action.id, update({ note: "Spoke to the school." }));
    expect(await db().action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "OPEN", version: 2 });
  });
});

describe("another agency's actions", () => {
  it("404 to read or update, and not listed, unless shared with the partnership", async () => {
    const hidden = await makeAction(db(), { groupId: group.id, owningAgencyId: world.housing.id, title: "Housing-only action", description: DETAIL });
    await expect(getAction(world.partner, hidden.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAction(world.partner, hidden.id, update({ note: "Trying" }))).rejects.toBeInstanceOf(NotFoundError);
    expect((await listActions(world.partner, PAGE, { groupId: group.id })).rows.map((r) => r.id)).not.toContain(hidden.id);
    expect(await db().action.findUniqueOrThrow({ where: { id: hidden.id } })).toMatchObject({ version: 1, status: "OPEN" });
    // A person's plan action of another agency is just as invisible unless shared with the partnership.
    const person = await makePerson(db(), { name: "Robin Vale", sharedAgencyIds: [world.council.id] });
    const onPerson = await makeAction(db(), { personId: person.id, owningAgencyId: world.housing.id, description: DETAIL });
    await expect(getAction(world.partner, onPerson.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await personPlan(world.partner, person.id)).map((r) => r.id)).not.toContain(onPerson.id);
  });

  it("a person's safeguarding plan: actions shared with the partnership reach the agencies that see the person, read-only", async () => {
    const person = await makePerson(db(), { name: "Robin Vale Two", sharedAgencyIds: [world.council.id] });
    const hiddenPerson = await makePerson(db(), { name: "Not Shared Person" });
    const shared = await makeAction(db(), { personId: person.id, owningAgencyId: world.housing.id, sharedWithPartnership: true, strand: "PROTECT", title: "Target hardening at the flat", description: DETAIL });
    const elsewhere = await makeAction(db(), { personId: hiddenPerson.id, owningAgencyId: world.housing.id, sharedWithPartnership: true, description: DETAIL });
    expect(await getAction(world.partner, shared.id)).toMatchObject({ audience: "partnership", canUpdate: false, title: "Target hardening at the flat", description: "", updates: [] });
    expect((await personPlan(world.partner, person.id)).map((r) => r.id)).toEqual([shared.id]);
    await expect(updateAction(world.partner, shared.id, update({ note: "Trying" }))).rejects.toBeInstanceOf(NotFoundError);
    // Sharing reaches only those who may see the person.
    await expect(getAction(world.partner, elsewhere.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listActions(world.partner, { ...PAGE, pageSize: 100 }, {})).rows.map((r) => r.id)).not.toContain(elsewhere.id);
  });

  it("shared with the partnership: read-only, without its description, outcome, notes or history", async () => {
    const shared = await makeAction(db(), {
      groupId: group.id, owningAgencyId: world.housing.id, assigneeId: housingPartner.id, title: "Secure door entry at the flat", description: DETAIL,
      sharedWithPartnership: true, strand: "PURSUE", status: "DONE", outcomeNote: OUTCOME, disruptionOutcome: "MODERATE", createdById: world.analyst.id,
    });
    await db().actionUpdate.create({ data: { actionId: shared.id, authorId: housingPartner.id, note: NOTE } });

    const view = await getAction(world.partner, shared.id);
    expect(view).toMatchObject({ audience: "partnership", canUpdate: false, title: "Secure door entry at the flat", status: "DONE", owningAgency: { id: world.housing.id }, description: "", outcomeNote: "", disruptionOutcome: null, person: null, subject: null, updates: [] });
    const text = JSON.stringify(view);
    for (const secret of [DETAIL, NOTE, OUTCOME, POLICE_ONLY]) expect(text).not.toContain(secret);

    await expect(updateAction(world.partner, shared.id, update({ version: 2, status: "DONE", note: "Mine now", outcomeNote: "x", disruptionOutcome: "MAJOR" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().action.findUniqueOrThrow({ where: { id: shared.id } })).toMatchObject({ version: 1, outcomeNote: OUTCOME });

    const rows = (await listActions(world.partner, PAGE, { groupId: group.id })).rows;
    expect(rows.find((r) => r.id === shared.id)).toMatchObject({ title: "Secure door entry at the flat", owningAgency: world.housing.name, plan: { kind: "GROUP", id: group.id } });
    // The police see it all.
    expect(await getAction(world.officer, shared.id)).toMatchObject({ audience: "police", description: DETAIL, outcomeNote: OUTCOME, disruptionOutcome: "MODERATE" });
  });

  it("shared with the partnership, but on a group the partner may not see: 404", async () => {
    const elsewhere = await makeGroup(db(), { name: "Quarry Lane Firm" });
    const action = await makeAction(db(), { groupId: elsewhere.id, owningAgencyId: world.housing.id, sharedWithPartnership: true });
    await expect(getAction(world.partner, action.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("owning an action shares the group's partner-safe view", () => {
  it("the owning agency may then read the group: the partner-safe view only", async () => {
    const other = await makeGroup(db(), { name: "Mill Race Boys", assessment: POLICE_ONLY, partnerSummary: "Exploits young people along the canal." });
    await expect(getGroup(housingPartner, other.id)).rejects.toBeInstanceOf(NotFoundError);

    await createAction(world.supervisor, create({ groupId: other.id, subjectId: other.id, owningAgencyId: world.housing.id, strand: "PURSUE", title: "Tenancy enforcement at the flat" }));

    const view = await getGroup(housingPartner, other.id);
    expect(view).toEqual({ audience: "partner", id: other.id, reference: expect.any(String), name: "Mill Race Boys", status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], neighbourhoods: [], partnerSummary: "Exploits young people along the canal." });
    expect(RESPONSE_SCHEMAS.GroupPartnerView.safeParse(view).success).toBe(true);
    expect(JSON.stringify(view)).not.toContain(POLICE_ONLY);
    const list = await listGroups(housingPartner, { page: 1, pageSize: 100, sort: "name", dir: "asc" }, {});
    expect(list.audience).toBe("partner");
    expect(list.page.rows.map((r) => r.id)).toContain(other.id);
    // Another partner agency still gets nothing.
    await expect(getGroup(world.partner, other.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the update rules", () => {
  it("a stale update is refused with who changed it, and nothing is saved", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.police.id, createdById: world.analyst.id });
    await updateAction(world.supervisor, action.id, update({ status: "IN_PROGRESS", note: "Warrant applied for" }));
    const error = await updateAction(world.analyst, action.id, update({ status: "BLOCKED", note: "Stale" })).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changedBy).toBe(world.supervisor.name);
    expect(await db().action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2 });
    expect(await db().actionUpdate.count({ where: { actionId: action.id } })).toBe(2);
  });

  it("DONE without an outcome is refused on the outcome field", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.council.id, strand: "PROTECT" });
    expect(await fieldsOf(updateAction(world.partner, action.id, update({ status: "DONE", note: "Finished" })))).toEqual({ outcomeNote: ["Say what was achieved: a done action needs its outcome"] });
    expect(await db().action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "OPEN", version: 1 });
    // With it, done, and a disruption outcome sent for a non-Pursue action is not kept.
    await updateAction(world.partner, action.id, update({ status: "DONE", outcomeNote: OUTCOME, disruptionOutcome: "MAJOR" }));
    const done = await db().action.findUniqueOrThrow({ where: { id: action.id } });
    expect(done).toMatchObject({ status: "DONE", outcomeNote: OUTCOME, disruptionOutcome: null, version: 2 });
    expect(done.completedAt).toBeInstanceOf(Date);
  });

  it("a done Pursue action needs its disruption outcome", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.police.id, strand: "PURSUE" });
    expect(await fieldsOf(updateAction(world.officer, action.id, update({ status: "DONE", outcomeNote: OUTCOME })))).toEqual({ disruptionOutcome: ["Record the disruption outcome of a completed Pursue action"] });
    await updateAction(world.officer, action.id, update({ status: "DONE", outcomeNote: OUTCOME, disruptionOutcome: "NEGATIVE" }));
    expect(await db().action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "DONE", disruptionOutcome: "NEGATIVE" });
  });

  it("an update says something: a note, or a change of status", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.council.id });
    expect(await fieldsOf(updateAction(world.partner, action.id, update({})))).toEqual({ note: ["Write an update, or change the status"] });
  });
});

describe("overdue, from the dates", () => {
  // 00:30 BST on 15 July 2026: still the 14th in UTC, already the 15th in London.
  const now = new Date("2026-07-14T23:30:00Z");
  let team: Actor;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const agency = await makeAgency(db(), { type: "EDUCATION" });
    team = asActor(await makeUser(db(), { role: "PARTNER", agencyId: agency.id }), agency);
    const own = { groupId: group.id, owningAgencyId: agency.id };
    const specs = [
      ["late", "2026-07-10", "OPEN", team.id],
      ["yesterday", "2026-07-14", "IN_PROGRESS", null],
      ["today", "2026-07-15", "OPEN", team.id],
      ["week", "2026-07-22", "BLOCKED", null],
      ["later", "2026-08-30", "OPEN", null],
      ["done", "2026-07-01", "DONE", team.id],
      ["cancelled", "2026-07-02", "CANCELLED", null],
    ] as const;
    for (const [key, dueDate, status, assigneeId] of specs) ids[key] = (await makeAction(db(), { ...own, title: key, dueDate, status, assigneeId, outcomeNote: status === "DONE" ? OUTCOME : "" })).id;
  });

  it("my actions: the ones still to do, overdue first, soonest due first", async () => {
    const page = await myActions(team, PAGE, now);
    expect(page.rows.map((r) => r.title)).toEqual(["late", "yesterday", "today", "week", "later"]);
    expect(page.rows.map((r) => r.overdue)).toEqual([true, true, false, false, false]);
    expect(page.total).toBe(5);
  });

  it("counts overdue and due soon on the London day, and tells the assignee once", async () => {
    expect(await actionCounts(team, now)).toEqual({ overdue: 2, dueSoon: 2 });
    // An hour earlier (23:30 BST on the 14th) the one due on the 14th is due today, not overdue,
    // and the one due on the 22nd is eight days off.
    expect(await actionCounts(team, new Date("2026-07-14T22:30:00Z"))).toEqual({ overdue: 1, dueSoon: 2 });
    const told = await db().notification.findMany({ where: { userId: team.id, kind: "action.overdue" }, select: { href: true } });
    expect(told).toEqual([{ href: `/actions/${ids.late}` }]);
  });

  it("the overdue filter and the OPEN_ANY status filter", async () => {
    expect((await listActions(team, PAGE, { myAgency: true, overdue: true }, now)).rows.map((r) => r.title)).toEqual(["late", "yesterday"]);
    expect((await listActions(team, PAGE, { myAgency: true, status: "OPEN_ANY" }, now)).total).toBe(5);
    expect((await listActions(team, PAGE, { mine: true }, now)).rows.map((r) => r.title)).toEqual(["done", "late", "today"]);
  });
});

describe("creating actions", () => {
  it("adds the action, its first history entry and audit events, and notifies the assignee", async () => {
    const { id } = await createAction(world.analyst, create({ assigneeId: world.partner.id }));
    expect(await db().action.findUniqueOrThrow({ where: { id } })).toMatchObject({ owningAgencyId: world.council.id, assigneeId: world.partner.id, status: "OPEN", version: 1, createdById: world.analyst.id, dueDate: new Date("2027-01-31T00:00:00Z") });
    expect(await db().actionUpdate.findMany({ where: { actionId: id }, select: { authorId: true, note: true, statusTo: true } })).toEqual([{ authorId: world.analyst.id, note: "Action created.", statusTo: "OPEN" }]);
    expect((await db().auditEvent.findMany({ where: { action: "action.created", OR: [{ entityId: id }, { entityId: group.id }] }, select: { entityType: true } })).map((e) => e.entityType).sort()).toEqual(["Action", "OrganisedCrimeGroup"]);
    expect(await db().notification.findMany({ where: { href: `/actions/${id}` }, select: { userId: true, kind: true, title: true } })).toEqual([
      { userId: world.partner.id, kind: "action.assigned", title: "New action for you: Cuckooing welfare visit" },
    ]);
  });

  it("with no assignee, the owning agency's users are told", async () => {
    const { id } = await createAction(world.supervisor, create({ owningAgencyId: world.housing.id, title: "Tenancy audit" }));
    const told = await db().notification.findMany({ where: { href: `/actions/${id}` }, select: { userId: true } });
    expect(told).toEqual([{ userId: housingPartner.id }]);
  });

  it("the assignee must work for the owning agency", async () => {
    expect(await fieldsOf(createAction(world.analyst, create({ assigneeId: housingPartner.id })))).toEqual({ assigneeId: ["The assignee must be an active user of the owning agency"] });
  });

  it("officers, partners and administrators may not create actions", async () => {
    const before = await db().action.count();
    for (const actor of [world.officer, world.partner, housingPartner, world.admin]) await expect(createAction(actor, create())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db().action.count()).toBe(before);
  });
});

describe("administrators", () => {
  it("see no plan's actions, even those owned by the agency they sit in", async () => {
    const policeAction = await makeAction(db(), { groupId: group.id, owningAgencyId: world.police.id, title: "Police-owned action" });
    await expect(getAction(world.admin, policeAction.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateAction(world.admin, policeAction.id, updateActionSchema.parse({ version: 1, status: "IN_PROGRESS", note: "admin tries" }))).rejects.toBeInstanceOf(NotFoundError);
    const page = await listActions(world.admin, { page: 1, pageSize: 25, sort: "dueDate", dir: "asc" }, {});
    expect(page.total).toBe(0);
  });
});

describe("a done action", () => {
  it("keeps its outcome and completion time when a later note is added", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.council.id, strand: "PREVENT" });
    await updateAction(world.analyst, action.id, updateActionSchema.parse({ version: 1, status: "DONE", outcomeNote: "Schools briefed" }));
    const done = await db().action.findUniqueOrThrow({ where: { id: action.id } });
    await updateAction(world.analyst, action.id, updateActionSchema.parse({ version: 2, status: "DONE", note: "Follow-up call made" }));
    const after = await db().action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after.outcomeNote).toBe("Schools briefed");
    expect(after.completedAt).toEqual(done.completedAt);
  });
});
