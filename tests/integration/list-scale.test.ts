// Lists at national scale (issue 7, findings 3–5 in docs/benchmarks.md): counts capped at
// COUNT_CAP with a lower-bound flag (tested with a small cap rather than 10,001 rows), the
// owningAgencyId filter behind the supervisor's "overdue actions by agency" chart, a partner's
// action visibility unchanged by resolving their groups and people to ids first (every branch of
// the rule), and one record's audit trail paged in its index's order.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit";
import { groupPlan, listActions, myActions, PLAN_ROWS_PER_STRAND, type ActionFilters, type ActionSort } from "@/lib/dal/actions";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/dal/audit-trail";
import { listTriage } from "@/lib/dal/concerns";
import { listGroups } from "@/lib/dal/groups";
import { capTotal, COUNT_CAP, type ListParams } from "@/lib/dal/list-params";
import { listLocations } from "@/lib/dal/locations";
import { listNominals } from "@/lib/dal/nominals";
import { UNREAD_SHOWN_MAX, unreadCount } from "@/lib/dal/notifications";
import { listPeople } from "@/lib/dal/people";
import { actionsVisibleTo, actionsWhere, groupsVisibleTo, groupsWhere, partnerActionBranches, peopleVisibleTo, peopleWhere } from "@/lib/dal/visibility";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { makeAction, makeConcern, makeGroup, makeLocation, makeMembership, makePerson } from "@/lib/db/factories-records";
import { NotFoundError } from "@/lib/errors";
import { RESPONSE_SCHEMAS } from "@/lib/http/openapi";
import { routeCaller } from "../support/route-caller";
import { asActor, buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as actionsRoute from "@/app/api/v1/actions/route";

const call = routeCaller(session);
const PAGE: ListParams<ActionSort> = { page: 1, pageSize: 100, sort: "dueDate", dir: "asc" };
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  world = await buildWorld();
});

describe("capped counts", () => {
  it("capTotal: exact up to the cap, then cap + 1 and a lower bound", () => {
    expect(capTotal(0)).toEqual({ total: 0, totalIsLowerBound: false });
    expect(capTotal(COUNT_CAP)).toEqual({ total: COUNT_CAP, totalIsLowerBound: false });
    expect(capTotal(COUNT_CAP + 1)).toEqual({ total: COUNT_CAP + 1, totalIsLowerBound: true });
    expect(capTotal(250_000)).toEqual({ total: COUNT_CAP + 1, totalIsLowerBound: true });
    expect(capTotal(12, 10)).toEqual({ total: 11, totalIsLowerBound: true });
  });

  it("every list counts only up to its cap and says when its total is a lower bound", async () => {
    const patch = await makeNeighbourhood(db());
    const group = await makeGroup(db(), { name: "Twelve Actions Crew", crimeTypes: ["FRAUD"], neighbourhoodIds: [patch.id] });
    for (let i = 0; i < 12; i++) {
      await makeAction(db(), { groupId: group.id, owningAgencyId: world.police.id, dueDate: `2027-01-${String(i + 1).padStart(2, "0")}` });
      await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: patch.id });
      await makePerson(db(), { leadAgencyId: world.housing.id, riskLevel: "HIGH" });
      await makeMembership(db(), { groupId: group.id });
      await makeLocation(db(), { neighbourhoodId: patch.id });
    }
    const small = { page: 1, pageSize: 25, dir: "asc" as const };
    const counted = async (cap: number) => ({
      actions: await listActions(world.analyst, PAGE, { groupId: group.id }, new Date(), { countCap: cap }),
      triage: await listTriage(world.analyst, { ...small, sort: "createdAt" }, { neighbourhoodId: patch.id }, { countCap: cap }),
      people: await listPeople(world.analyst, { ...small, sort: "name" }, { leadAgencyId: world.housing.id, riskLevel: "HIGH" }, { countCap: cap }),
      nominals: await listNominals(world.analyst, { ...small, sort: "name" }, { groupId: group.id }, { countCap: cap }),
      locations: await listLocations(world.analyst, { ...small, sort: "address" }, { neighbourhoodId: patch.id }, { countCap: cap }),
    });
    for (const [name, page] of Object.entries(await counted(10))) {
      expect({ name, total: page.total, totalIsLowerBound: page.totalIsLowerBound }).toEqual({ name, total: 11, totalIsLowerBound: true });
      // The page itself is not cut by the cap.
      expect(page.rows, name).toHaveLength(12);
    }
    for (const [name, page] of Object.entries(await counted(12))) expect({ name, total: page.total, totalIsLowerBound: page.totalIsLowerBound }).toEqual({ name, total: 12, totalIsLowerBound: false });
    // Groups count exactly (a few thousand at most) and report the same way.
    const groups = await listGroups(world.analyst, { ...small, sort: "name" }, { neighbourhoodId: patch.id }, { countCap: 0 });
    expect(groups.page).toMatchObject({ total: 1, totalIsLowerBound: true });
    expect((await listGroups(world.analyst, { ...small, sort: "name" }, { neighbourhoodId: patch.id })).page).toMatchObject({ total: 1, totalIsLowerBound: false });
  });

  it("the API lists say whether their total is a lower bound", async () => {
    const answer = await call(actionsRoute.GET, world.analyst, "GET", "/api/v1/actions?pageSize=25");
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ totalIsLowerBound: false, audience: "police" });
    expect(typeof answer.json.total).toBe("number");
  });
});

describe("actions of one owning agency (the supervisor's overdue-by-agency chart)", () => {
  const now = new Date("2027-06-15T12:00:00Z");
  let overdueHousing: { id: string };
  let overdueHousingShared: { id: string };
  let dueHousing: { id: string };
  let doneHousing: { id: string };
  let overdueCouncil: { id: string };

  beforeAll(async () => {
    const group = await makeGroup(db(), { name: "Agency Filter Crew", sharedAgencyIds: [world.council.id] });
    const g = { groupId: group.id };
    overdueHousing = await makeAction(db(), { ...g, owningAgencyId: world.housing.id, dueDate: "2027-06-01" });
    overdueHousingShared = await makeAction(db(), { ...g, owningAgencyId: world.housing.id, dueDate: "2027-06-02", sharedWithPartnership: true, status: "BLOCKED" });
    dueHousing = await makeAction(db(), { ...g, owningAgencyId: world.housing.id, dueDate: "2027-06-15" });
    doneHousing = await makeAction(db(), { ...g, owningAgencyId: world.housing.id, dueDate: "2027-06-03", status: "DONE" });
    overdueCouncil = await makeAction(db(), { ...g, owningAgencyId: world.council.id, dueDate: "2027-06-04" });
  });

  it("police: one agency's overdue actions, and every action of that agency", async () => {
    const overdue = await listActions(world.supervisor, PAGE, { owningAgencyId: world.housing.id, overdue: true, status: "OPEN_ANY" }, now);
    expect(ids(overdue.rows)).toEqual(ids([overdueHousing, overdueHousingShared]));
    expect(overdue).toMatchObject({ total: 2, totalIsLowerBound: false });
    const all = await listActions(world.supervisor, PAGE, { owningAgencyId: world.housing.id }, now);
    expect(ids(all.rows)).toEqual(ids([overdueHousing, overdueHousingShared, dueHousing, doneHousing]));
    expect(all.total).toBe(4);
    expect(ids((await listActions(world.supervisor, PAGE, { owningAgencyId: world.council.id, overdue: true }, now)).rows)).toContain(overdueCouncil.id);
  });

  it("a partner filtering on another agency still sees only what is shared with them", async () => {
    const page = await listActions(world.partner, PAGE, { owningAgencyId: world.housing.id, overdue: true }, now);
    expect(ids(page.rows)).toEqual([overdueHousingShared.id]);
    expect(page.total).toBe(1);
  });

  it("the API takes owningAgencyId and refuses one that is not an id", async () => {
    const answer = await call(actionsRoute.GET, world.supervisor, "GET", `/api/v1/actions?owningAgencyId=${world.housing.id}&status=OPEN_ANY&pageSize=100`);
    expect(answer.status).toBe(200);
    const listed = answer.json.data.map((r: { id: string }) => r.id) as string[];
    expect(listed).toEqual(expect.arrayContaining([overdueHousing.id, overdueHousingShared.id, dueHousing.id]));
    expect(listed).not.toContain(overdueCouncil.id);
    expect(listed).not.toContain(doneHousing.id);
    for (const row of answer.json.data) expect(RESPONSE_SCHEMAS.ActionRow.strict().safeParse(row).success, JSON.stringify(row)).toBe(true);
    const bad = await call(actionsRoute.GET, world.supervisor, "GET", "/api/v1/actions?owningAgencyId=housing");
    expect(bad.status).toBe(422);
    expect(bad.json.error.fields.owningAgencyId).toBeDefined();
  });
});

describe("a partner's actions: every branch of the rule, resolved to ids first", () => {
  const seen: Record<string, { id: string }> = {};
  const hidden: Record<string, { id: string }> = {};
  let otherPartner: Actor;

  beforeAll(async () => {
    otherPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
    const councilUser = await makeUser(db(), { role: "PARTNER", agencyId: world.council.id });
    const sharedGroup = await makeGroup(db(), { name: "Shared With Council", sharedAgencyIds: [world.council.id] });
    const lroGroup = await makeGroup(db(), { name: "Council LRO", lroId: councilUser.id });
    const ownedGroup = await makeGroup(db(), { name: "Council Owns An Action" });
    const unseenGroup = await makeGroup(db(), { name: "Not For The Council", sharedAgencyIds: [world.housing.id] });
    const ledPerson = await makePerson(db(), { leadAgencyId: world.council.id });
    const sharedPerson = await makePerson(db(), { leadAgencyId: world.housing.id, sharedAgencyIds: [world.council.id] });
    const unseenPerson = await makePerson(db(), { leadAgencyId: world.housing.id });
    const housing = { owningAgencyId: world.housing.id };

    // (Owning an action opens its group to the agency: this one goes on a group of its own.)
    seen.ownAgency = await makeAction(db(), { groupId: (await makeGroup(db(), { name: "Council's Own Action" })).id, owningAgencyId: world.council.id });
    seen.assignee = await makeAction(db(), { ...housing, groupId: (await makeGroup(db(), { name: "Assigned To The Partner" })).id, assigneeId: world.partner.id });
    seen.sharedOnSharedGroup = await makeAction(db(), { ...housing, groupId: sharedGroup.id, sharedWithPartnership: true });
    seen.sharedOnLroGroup = await makeAction(db(), { ...housing, groupId: lroGroup.id, sharedWithPartnership: true });
    await makeAction(db(), { groupId: ownedGroup.id, owningAgencyId: world.council.id });
    seen.sharedOnOwnedGroup = await makeAction(db(), { ...housing, groupId: ownedGroup.id, sharedWithPartnership: true });
    seen.sharedOnLedPerson = await makeAction(db(), { ...housing, personId: ledPerson.id, strand: "PROTECT", sharedWithPartnership: true });
    seen.sharedOnSharedPerson = await makeAction(db(), { ...housing, personId: sharedPerson.id, strand: "PROTECT", sharedWithPartnership: true });

    hidden.notSharedOnSharedGroup = await makeAction(db(), { ...housing, groupId: sharedGroup.id });
    hidden.sharedOnUnseenGroup = await makeAction(db(), { ...housing, groupId: unseenGroup.id, sharedWithPartnership: true });
    hidden.notSharedOnLedPerson = await makeAction(db(), { ...housing, personId: ledPerson.id, strand: "PROTECT" });
    hidden.sharedOnUnseenPerson = await makeAction(db(), { ...housing, personId: unseenPerson.id, strand: "PROTECT", sharedWithPartnership: true });
    // On an unseen group's plan about a person the council sees: the group decides.
    hidden.sharedOnUnseenGroupAboutSeenPerson = await makeAction(db(), { ...housing, groupId: unseenGroup.id, personId: ledPerson.id, sharedWithPartnership: true });

    // Meeting three branches at once (owned, assigned, shared on a seen group): listed once. And
    // sort keys that differ, and tie, between branches, for the page order.
    seen.everyBranch = await makeAction(db(), { groupId: sharedGroup.id, owningAgencyId: world.council.id, assigneeId: world.partner.id, sharedWithPartnership: true, priority: "LOW", dueDate: "2027-01-05" });
    seen.dueFirstShared = await makeAction(db(), { ...housing, groupId: sharedGroup.id, sharedWithPartnership: true, priority: "HIGH", dueDate: "2026-12-01", status: "BLOCKED" });
    seen.doneOnSharedPerson = await makeAction(db(), { ...housing, personId: sharedPerson.id, strand: "PROTECT", sharedWithPartnership: true, priority: "HIGH", dueDate: "2027-01-05", status: "DONE" });
    seen.ownDoneLow = await makeAction(db(), { groupId: ownedGroup.id, owningAgencyId: world.council.id, priority: "LOW", dueDate: "2026-12-01", status: "DONE" });
  });

  /** Every action the relational rule lets the actor see, with the filter, in the list's order. */
  const byRule = (actor: Actor, where: Prisma.ActionWhereInput, sort: ActionSort, dir: "asc" | "desc") =>
    db().action.findMany({ where: { AND: [actionsVisibleTo(actor), where] }, orderBy: [{ [sort]: dir }, { id: dir }], select: { id: true } });

  it("pages through the partner's list in the list's order under every sort, as the relational rule orders it", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    for (const sort of ["dueDate", "priority", "updatedAt"] as const) {
      for (const dir of ["asc", "desc"] as const) {
        for (const [filters, where] of [[{}, {}], [{ status: "OPEN_ANY" }, { status: { in: ["OPEN", "IN_PROGRESS", "BLOCKED"] } }]] as [ActionFilters, Prisma.ActionWhereInput][]) {
          const want = (await byRule(world.partner, where, sort, dir)).map((r) => r.id);
          expect(want.length).toBeGreaterThan(6);
          const got: string[] = [];
          for (let page = 1; page <= Math.ceil(want.length / 4) + 1; page++) {
            const listed = await listActions(world.partner, { page, pageSize: 4, sort, dir }, filters, now);
            expect({ sort, dir, filters, page, total: listed.total, totalIsLowerBound: listed.totalIsLowerBound }).toEqual({ sort, dir, filters, page, total: want.length, totalIsLowerBound: false });
            got.push(...listed.rows.map((r) => r.id));
          }
          expect({ sort, dir, filters, got }).toEqual({ sort, dir, filters, got: want });
        }
      }
    }
  });

  it("lists what the relational rule shows under every filter, for both partners, owned and assigned views included", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    for (const actor of [world.partner, otherPartner]) {
      const cases: [ActionFilters, Prisma.ActionWhereInput][] = [
        [{ mine: true }, { assigneeId: actor.id }],
        [{ myAgency: true }, { owningAgencyId: actor.agencyId }],
        [{ owningAgencyId: actor.agencyId }, { owningAgencyId: actor.agencyId }],
        [{ owningAgencyId: world.housing.id }, { owningAgencyId: world.housing.id }],
        [{ owningAgencyId: world.council.id }, { owningAgencyId: world.council.id }],
        [{ status: "DONE" }, { status: "DONE" }],
        [{ overdue: true }, { status: { in: ["OPEN", "IN_PROGRESS", "BLOCKED"] }, dueDate: { lt: new Date("2027-01-10T00:00:00Z") } }],
        [{ myAgency: true, status: "OPEN_ANY" }, { owningAgencyId: actor.agencyId, status: { in: ["OPEN", "IN_PROGRESS", "BLOCKED"] } }],
      ];
      const [sharedGroupId, sharedPersonId] = await Promise.all([
        db().action.findUniqueOrThrow({ where: { id: seen.sharedOnSharedGroup!.id }, select: { groupId: true } }),
        db().action.findUniqueOrThrow({ where: { id: seen.sharedOnSharedPerson!.id }, select: { personId: true } }),
      ]);
      cases.push([{ groupId: sharedGroupId.groupId! }, { groupId: sharedGroupId.groupId! }], [{ personId: sharedPersonId.personId! }, { personId: sharedPersonId.personId! }]);
      for (const [filters, where] of cases) {
        const want = (await byRule(actor, where, "dueDate", "asc")).map((r) => r.id);
        const listed = await listActions(actor, { ...PAGE, pageSize: 100 }, filters, now);
        expect({ agency: actor.agencyId, filters, got: listed.rows.map((r) => r.id), total: listed.total }).toEqual({ agency: actor.agencyId, filters, got: want, total: want.length });
      }
    }
  });

  it("the partner's capped count: exact up to the cap, a lower bound past it, however the branches overlap", async () => {
    const visible = (await byRule(world.partner, {}, "dueDate", "asc")).length;
    for (const cap of [0, 1, 2, visible - 1, visible, visible + 1]) {
      const page = await listActions(world.partner, PAGE, {}, new Date(), { countCap: cap });
      expect({ cap, total: page.total, totalIsLowerBound: page.totalIsLowerBound }).toEqual({ cap, ...capTotal(visible, cap) });
    }
  });

  it("the rule's branches as SQL select what the relational rule does, with the ids as arrays, as subqueries (past SCOPE_ARRAY_LIMIT), or none", async () => {
    const sqlIds = async (branches: Prisma.Sql[]) => ids(await db().$queryRaw<{ id: string }[]>`select id from "Action" where ${Prisma.join(branches.map((b) => Prisma.sql`(${b})`), " or ")}`);
    for (const actor of [world.partner, otherPartner]) {
      const want = ids(await db().action.findMany({ where: actionsVisibleTo(actor), select: { id: true } }));
      expect(await sqlIds(await partnerActionBranches(actor)), "arrays").toEqual(want);
      expect(await sqlIds(await partnerActionBranches(actor, { groupIds: null, personIds: null })), "subqueries").toEqual(want);
    }
    // No groups or people to see: only the owned and assigned branches are left.
    const bare = await partnerActionBranches(world.partner, { groupIds: [], personIds: [] });
    expect(bare).toHaveLength(2);
    expect(await sqlIds(bare)).toEqual(ids(await db().action.findMany({ where: { OR: [{ owningAgencyId: world.council.id }, { assigneeId: world.partner.id }] }, select: { id: true } })));
  });

  it("lists exactly the actions of each visible branch, and none of the others", async () => {
    const page = await listActions(world.partner, PAGE, {});
    const listed = new Set(page.rows.map((r) => r.id));
    for (const [branch, action] of Object.entries(seen)) expect({ branch, listed: listed.has(action.id) }).toEqual({ branch, listed: true });
    for (const [branch, action] of Object.entries(hidden)) expect({ branch, listed: listed.has(action.id) }).toEqual({ branch, listed: false });
    expect(page.total).toBe(page.rows.length);
  });

  it("the id-resolved fragments select the same rows as the relational rules, for partners, police and admins", async () => {
    for (const actor of [world.partner, otherPartner, world.analyst, world.admin]) {
      const relational = await db().action.findMany({ where: actionsVisibleTo(actor), select: { id: true } });
      const resolved = await db().action.findMany({ where: await actionsWhere(actor), select: { id: true } });
      expect(ids(resolved), actor.role).toEqual(ids(relational));
      const groupRule = groupsVisibleTo(actor);
      const groupsResolved = await groupsWhere(actor);
      expect(groupsResolved === null, actor.role).toBe(groupRule === null);
      if (groupRule && groupsResolved) expect(ids(await db().organisedCrimeGroup.findMany({ where: groupsResolved, select: { id: true } }))).toEqual(ids(await db().organisedCrimeGroup.findMany({ where: groupRule, select: { id: true } })));
      const personRule = peopleVisibleTo(actor);
      const peopleResolved = await peopleWhere(actor);
      expect(peopleResolved === null, actor.role).toBe(personRule === null);
      if (personRule && peopleResolved) expect(ids(await db().personAtRisk.findMany({ where: peopleResolved, select: { id: true } }))).toEqual(ids(await db().personAtRisk.findMany({ where: personRule, select: { id: true } })));
    }
  });

  it("the capped count agrees with the page under every filter", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    const filters: ActionFilters[] = [{}, { mine: true }, { myAgency: true }, { owningAgencyId: world.housing.id }, { status: "OPEN_ANY" }, { status: "DONE" }, { overdue: true }, { status: "OPEN_ANY", overdue: true }];
    for (const actor of [world.partner, otherPartner, world.analyst]) {
      for (const f of filters) {
        const page = await listActions(actor, { ...PAGE, pageSize: 100 }, f, now);
        if (page.rows.length < 100) expect({ role: actor.role, f, total: page.total }).toEqual({ role: actor.role, f, total: page.rows.length });
      }
      const mine = await myActions(actor, { ...PAGE, pageSize: 100 });
      if (mine.rows.length < 100) expect(mine.total).toBe(mine.rows.length);
    }
  });
});

describe("one record's audit trail", () => {
  it("is found by its id alone (its type looked up) and pages back and forth in order", async () => {
    const entityId = "0195f0c0-0000-7000-8000-00000000a0d1";
    const count = AUDIT_PAGE_SIZE + 5;
    for (let i = 0; i < count; i++) await db().$transaction((tx) => recordAudit(tx, world.analyst, { action: "record.viewed", entityType: "OrganisedCrimeGroup", entityId, summary: `View ${i}` }));
    const first = await listAuditEvents(world.supervisor, { entityId });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.summary).toBe(`View ${count - 1}`);
    expect(first.newer).toBeNull();
    const older = await listAuditEvents(world.supervisor, { entityType: "OrganisedCrimeGroup", entityId }, { before: BigInt(first.older!) });
    expect(older.rows.map((r) => r.summary)).toEqual(["View 4", "View 3", "View 2", "View 1", "View 0"]);
    expect(older.older).toBeNull();
    const back = await listAuditEvents(world.supervisor, { entityType: "OrganisedCrimeGroup", entityId }, { after: BigInt(older.newer!) });
    expect(back.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    // The wrong type, or an id nothing was recorded for, finds nothing.
    expect((await listAuditEvents(world.supervisor, { entityType: "Nominal", entityId })).rows).toEqual([]);
    expect((await listAuditEvents(world.supervisor, { entityId: "0195f0c0-0000-7000-8000-00000000ffff" })).rows).toEqual([]);
  });
});

describe("a group's 4P board", () => {
  it("shows the first PLAN_ROWS_PER_STRAND actions of a strand, earliest due first, with exact counts; the list pages the rest", async () => {
    const group = await makeGroup(db(), { name: "Board Cap Group" });
    const extra = 5;
    for (let i = 0; i < PLAN_ROWS_PER_STRAND + extra; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      await makeAction(db(), { groupId: group.id, strand: "PURSUE", owningAgencyId: world.police.id, title: `Board action ${i}`, dueDate: `2027-0${1 + Math.floor(i / 28)}-${day}`, status: i < 3 ? "DONE" : "OPEN" });
    }
    const board = await groupPlan(world.analyst, group.id);
    const pursue = board.find((c) => c.strand === "PURSUE")!;
    expect(pursue.actions).toHaveLength(PLAN_ROWS_PER_STRAND);
    expect(pursue).toMatchObject({ count: PLAN_ROWS_PER_STRAND + extra, total: PLAN_ROWS_PER_STRAND + extra, done: 3 });
    const due = pursue.actions.map((a) => a.dueDate.getTime());
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(board.find((c) => c.strand === "PREVENT")).toMatchObject({ actions: [], count: 0 });
    // The "all actions on this plan" list the board links to holds every one of them.
    const all = await listActions(world.analyst, PAGE, { groupId: group.id });
    expect(all.total).toBe(PLAN_ROWS_PER_STRAND + extra);
  });

  it("shows a partner only the actions they may see, in every strand, and counts only those", async () => {
    const group = await makeGroup(db(), { name: "Board Partner Group", sharedAgencyIds: [world.council.id] });
    const make = (strand: "PURSUE" | "PREVENT" | "PROTECT", title: string, extra: { owningAgencyId: string; sharedWithPartnership?: boolean }) =>
      makeAction(db(), { groupId: group.id, strand, title, dueDate: "2027-03-01", ...extra });
    const own = await make("PREVENT", "Council's own", { owningAgencyId: world.council.id });
    const shared = await make("PURSUE", "Police, shared", { owningAgencyId: world.police.id, sharedWithPartnership: true });
    await make("PURSUE", "Police only", { owningAgencyId: world.police.id });
    await make("PROTECT", "Housing only", { owningAgencyId: world.housing.id });
    const partner = await groupPlan(world.partner, group.id);
    expect(partner.map((c) => [c.strand, c.actions.map((a) => a.id), c.count])).toEqual([
      ["PURSUE", [shared.id], 1],
      ["PREVENT", [own.id], 1],
      ["PROTECT", [], 0],
      ["PREPARE", [], 0],
    ]);
    // Police see all four.
    expect((await groupPlan(world.analyst, group.id)).map((c) => c.actions.length)).toEqual([2, 1, 1, 0]);
    // A group not shared with the partner's agency is not found at all.
    const hidden = await makeGroup(db(), { name: "Board Hidden Group" });
    await expect(groupPlan(world.partner, hidden.id)).rejects.toThrow(NotFoundError);
  });
});

describe("the bell's unread count", () => {
  it("counts a user's unread notifications up to 100 (shown as 99+), and only theirs", async () => {
    const user = await makeUser(db(), { role: "OFFICER", agencyId: world.police.id });
    const actor = asActor(user, world.police);
    expect(await unreadCount(actor)).toBe(0);
    await db().notification.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ userId: user.id, kind: "test", title: `Note ${i}`, body: "" })) });
    await db().notification.create({ data: { userId: user.id, kind: "test", title: "Already read", body: "", readAt: new Date() } });
    expect(await unreadCount(actor)).toBe(5);
    await db().notification.createMany({ data: Array.from({ length: 150 }, (_, i) => ({ userId: user.id, kind: "test", title: `More ${i}`, body: "" })) });
    expect(await unreadCount(actor)).toBe(UNREAD_SHOWN_MAX + 1);
    // Another user's count is their own (fewer than the cap here, so exact).
    expect(await unreadCount(world.officer)).toBe(await db().notification.count({ where: { userId: world.officer.id, readAt: null } }));
  });
});
