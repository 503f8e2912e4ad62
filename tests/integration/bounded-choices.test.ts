// Choices stay bounded on a national dataset, and every filter they drive narrows in the database:
// the people list's agency type and lead agency, the area command on the group list and the triage
// queue (with their capped totals and the API's list contracts), the subjects of an action on a big
// group's plan (a member beyond the first 50 can be found and chosen), and the meeting form's chairs
// and agencies (a bounded list that says it is cut, with a name search to reach the rest).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createAction } from "@/lib/dal/actions";
import { AGENCY_LIST_ALL_MAX, agencyChoices } from "@/lib/dal/agencies";
import { listTriage } from "@/lib/dal/concerns";
import { listGroups } from "@/lib/dal/groups";
import type { ListParams } from "@/lib/dal/list-params";
import { CHAIRS_LIST_ALL_MAX, meetingFormOptions } from "@/lib/dal/meetings";
import { listPeople } from "@/lib/dal/people";
import { groupPlanSubjects, SUBJECTS_LIST_ALL_MAX, SUBJECTS_SHOWN } from "@/lib/dal/plan-subjects";
import { db } from "@/lib/db/client";
import { makeAgency, makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { makeConcern, makeGroup, makeLink, makeLocation, makeMembership, makeNominal, makePerson } from "@/lib/db/factories-records";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { searchTextOf } from "@/lib/dal/search";
import { routeCaller } from "../support/route-caller";
import { buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as concernsRoute from "@/app/api/v1/concerns/route";
import * as groupsRoute from "@/app/api/v1/groups/route";
import * as peopleRoute from "@/app/api/v1/people-at-risk/route";

const call = routeCaller(session);
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
const small = { page: 1, pageSize: 100, dir: "asc" as const };

let world: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  world = await buildWorld();
});

describe("the people list's agency filter", () => {
  let health: { id: string; name: string };
  const people: Record<string, { id: string }> = {};

  beforeAll(async () => {
    health = await makeAgency(db(), { type: "HEALTH", name: "Northbridge Health Trust" });
    people.council1 = await makePerson(db(), { name: "Led By Council One", leadAgencyId: world.council.id });
    people.council2 = await makePerson(db(), { name: "Led By Council Two", leadAgencyId: world.council.id });
    people.housing = await makePerson(db(), { name: "Led By Housing", leadAgencyId: world.housing.id });
    people.health = await makePerson(db(), { name: "Led By Health", leadAgencyId: health.id });
    people.none = await makePerson(db(), { name: "Led By Nobody" });
  });

  it("the agency type alone narrows the list in the database, and the capped total agrees", async () => {
    const byType = await listPeople(world.analyst, { ...small, sort: "name" }, { agencyType: "CHILDRENS_SOCIAL_CARE" });
    expect(ids(byType.rows)).toEqual(ids([people.council1!, people.council2!]));
    expect(byType).toMatchObject({ total: 2, totalIsLowerBound: false });
    const capped = await listPeople(world.analyst, { ...small, sort: "name" }, { agencyType: "CHILDRENS_SOCIAL_CARE" }, { countCap: 1 });
    expect(capped).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(capped.rows).toHaveLength(2);
    expect(ids((await listPeople(world.analyst, { ...small, sort: "name" }, { agencyType: "HEALTH" })).rows)).toEqual([people.health!.id]);
    // Type and agency together: both must hold.
    expect((await listPeople(world.analyst, { ...small, sort: "name" }, { agencyType: "HEALTH", leadAgencyId: world.council.id })).total).toBe(0);
    expect((await listPeople(world.analyst, { ...small, sort: "name" }, { agencyType: "HOUSING", leadAgencyId: world.housing.id })).rows.map((r) => r.id)).toEqual([people.housing!.id]);
  });

  it("a partner's list filtered by type stays within what they may see", async () => {
    const page = await listPeople(world.partner, { ...small, sort: "name" }, { agencyType: "HOUSING" });
    expect(page.rows).toEqual([]);
    expect(page.total).toBe(0);
    expect(ids((await listPeople(world.partner, { ...small, sort: "name" }, { agencyType: "CHILDRENS_SOCIAL_CARE" })).rows)).toEqual(ids([people.council1!, people.council2!]));
  });

  it("lists every partner agency while few, narrowed to a type once one is chosen", async () => {
    const every = await agencyChoices({ partnersOnly: true });
    expect(every.all).toBe(true);
    expect(every.agencies.map((a) => a.id)).toEqual(expect.arrayContaining([world.council.id, world.housing.id, health.id]));
    expect(every.agencies.some((a) => a.id === world.police.id)).toBe(false);
    expect(every.types).toEqual(["CHILDRENS_SOCIAL_CARE", "HOUSING", "HEALTH"]);
    const housing = await agencyChoices({ partnersOnly: true, type: "HOUSING" });
    expect(housing.agencies.map((a) => a.id)).toEqual([world.housing.id]);
  });

  it("past the threshold, lists only the chosen type's; infers the type from the chosen agency, drops one of another type", async () => {
    const asked = await agencyChoices({ partnersOnly: true }, 2);
    expect(asked).toMatchObject({ all: false, type: undefined, agencies: [], selected: [] });
    const ofType = await agencyChoices({ partnersOnly: true, type: "CHILDRENS_SOCIAL_CARE" }, 2);
    expect(ofType.agencies.map((a) => a.id)).toEqual([world.council.id]);
    const inferred = await agencyChoices({ partnersOnly: true, selectedIds: [health.id] }, 2);
    expect(inferred.type).toBe("HEALTH");
    expect(inferred.selected.map((a) => a.id)).toEqual([health.id]);
    const moved = await agencyChoices({ partnersOnly: true, type: "HOUSING", selectedIds: [health.id, "nonsense"] }, 2);
    expect(moved.selected).toEqual([]);
    expect(moved.agencies.map((a) => a.id)).toEqual([world.housing.id]);
    const found = await agencyChoices({ partnersOnly: true, query: "health trust" }, 2);
    expect(found.agencies.map((a) => a.id)).toEqual([health.id]);
    expect(AGENCY_LIST_ALL_MAX).toBe(100);
  });

  it("the API takes agencyType, keeps it with leadAgencyId, and refuses an unknown one", async () => {
    const answer = await call(peopleRoute.GET, world.analyst, "GET", "/api/v1/people-at-risk?agencyType=CHILDRENS_SOCIAL_CARE&pageSize=100");
    expect(answer.status).toBe(200);
    expect(ids(answer.json.data)).toEqual(ids([people.council1!, people.council2!]));
    expect(answer.json).toMatchObject({ total: 2, totalIsLowerBound: false });
    const both = await call(peopleRoute.GET, world.analyst, "GET", `/api/v1/people-at-risk?agencyType=HEALTH&leadAgencyId=${world.council.id}`);
    expect(both.json.total).toBe(0);
    const bad = await call(peopleRoute.GET, world.analyst, "GET", "/api/v1/people-at-risk?agencyType=SPACE_AGENCY");
    expect(bad.status).toBe(422);
    expect(bad.json.error.fields.agencyType).toBeDefined();
  });
});

describe("the area command as a results filter", () => {
  const north: { id: string }[] = [];
  let south: { id: string };
  const groups: Record<string, { id: string }> = {};
  const concerns: Record<string, { id: string }> = {};

  beforeAll(async () => {
    north.push(await makeNeighbourhood(db(), { name: "Area Filter North A", areaCommand: "Area Filter North" }));
    north.push(await makeNeighbourhood(db(), { name: "Area Filter North B", areaCommand: "Area Filter North" }));
    south = await makeNeighbourhood(db(), { name: "Area Filter South", areaCommand: "Area Filter South" });
    groups.northA = await makeGroup(db(), { name: "North A Crew", neighbourhoodIds: [north[0]!.id] });
    groups.northB = await makeGroup(db(), { name: "North B Crew", neighbourhoodIds: [north[1]!.id], sharedAgencyIds: [world.council.id] });
    groups.both = await makeGroup(db(), { name: "North And South Crew", neighbourhoodIds: [north[0]!.id, south.id] });
    groups.south = await makeGroup(db(), { name: "South Crew", neighbourhoodIds: [south.id], sharedAgencyIds: [world.council.id] });
    const reporter = { reportedById: world.officer.id, reporterAgencyId: world.police.id };
    concerns.northA = await makeConcern(db(), { ...reporter, neighbourhoodId: north[0]!.id });
    concerns.northB = await makeConcern(db(), { ...reporter, neighbourhoodId: north[1]!.id });
    concerns.northB2 = await makeConcern(db(), { ...reporter, neighbourhoodId: north[1]!.id, immediateRisk: true });
    concerns.south = await makeConcern(db(), { ...reporter, neighbourhoodId: south.id });
    concerns.nowhere = await makeConcern(db(), { ...reporter, neighbourhoodId: null });
  });

  it("groups: any of a group's neighbourhoods in the area command, with the count to match", async () => {
    const page = await listGroups(world.analyst, { ...small, sort: "name" }, { areaCommand: "Area Filter North" });
    expect(ids(page.page.rows)).toEqual(ids([groups.northA!, groups.northB!, groups.both!]));
    expect(page.page).toMatchObject({ total: 3, totalIsLowerBound: false });
    expect((await listGroups(world.analyst, { ...small, sort: "name" }, { areaCommand: "Area Filter North" }, { countCap: 2 })).page).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(ids((await listGroups(world.analyst, { ...small, sort: "name" }, { areaCommand: "Area Filter South" })).page.rows)).toEqual(ids([groups.both!, groups.south!]));
    // With a neighbourhood too, both hold.
    expect(ids((await listGroups(world.analyst, { ...small, sort: "name" }, { areaCommand: "Area Filter North", neighbourhoodId: north[1]!.id })).page.rows)).toEqual([groups.northB!.id]);
    expect((await listGroups(world.analyst, { ...small, sort: "name" }, { areaCommand: "Area Filter South", neighbourhoodId: north[1]!.id })).page.total).toBe(0);
    expect((await listGroups(world.analyst, { ...small, sort: "name" }, { areaCommand: "Atlantis" })).page.total).toBe(0);
    // A partner's groups stay theirs.
    expect(ids((await listGroups(world.partner, { ...small, sort: "name" }, { areaCommand: "Area Filter North" })).page.rows)).toEqual([groups.northB!.id]);
  });

  it("triage: concerns in the area command's neighbourhoods, with the capped count to match", async () => {
    const params: ListParams<"createdAt"> = { ...small, sort: "createdAt" };
    const page = await listTriage(world.analyst, params, { areaCommand: "Area Filter North" });
    expect(ids(page.rows)).toEqual(ids([concerns.northA!, concerns.northB!, concerns.northB2!]));
    expect(page).toMatchObject({ total: 3, totalIsLowerBound: false });
    const capped = await listTriage(world.analyst, params, { areaCommand: "Area Filter North" }, { countCap: 2 });
    expect(capped).toMatchObject({ total: 3, totalIsLowerBound: true });
    expect(capped.rows).toHaveLength(3);
    const risky = await listTriage(world.analyst, params, { areaCommand: "Area Filter North", immediateRisk: true });
    expect(ids(risky.rows)).toEqual([concerns.northB2!.id]);
    expect(risky.total).toBe(1);
    expect(ids((await listTriage(world.analyst, params, { areaCommand: "Area Filter North", neighbourhoodId: north[0]!.id })).rows)).toEqual([concerns.northA!.id]);
    expect((await listTriage(world.analyst, params, { areaCommand: "Area Filter South", neighbourhoodId: north[0]!.id })).total).toBe(0);
    expect(ids((await listTriage(world.analyst, params, { areaCommand: "Area Filter South" })).rows)).toEqual([concerns.south!.id]);
    expect((await listTriage(world.analyst, params, { areaCommand: "Atlantis" })).total).toBe(0);
  });

  it("the API lists take areaCommand", async () => {
    const g = await call(groupsRoute.GET, world.analyst, "GET", `/api/v1/groups?areaCommand=${encodeURIComponent("Area Filter North")}&pageSize=100`);
    expect(g.status).toBe(200);
    expect(ids(g.json.data)).toEqual(ids([groups.northA!, groups.northB!, groups.both!]));
    expect(g.json).toMatchObject({ total: 3, totalIsLowerBound: false });
    const c = await call(concernsRoute.GET, world.analyst, "GET", `/api/v1/concerns?areaCommand=${encodeURIComponent("Area Filter South")}&pageSize=100`);
    expect(c.status).toBe(200);
    expect(ids(c.json.data)).toEqual([concerns.south!.id]);
    expect(c.json).toMatchObject({ total: 1, totalIsLowerBound: false });
    const long = await call(concernsRoute.GET, world.analyst, "GET", `/api/v1/concerns?areaCommand=${"x".repeat(101)}`);
    expect(long.status).toBe(422);
    expect(long.json.error.fields.areaCommand).toBeDefined();
  });
});

describe("the subjects of an action on a group's plan", () => {
  const MEMBERS = 600;
  let big: { id: string; reference: string };
  let late: { id: string; name: string };

  beforeAll(async () => {
    big = await makeGroup(db(), { name: "Six Hundred Strong" });
    // Members sort by standing, then name: "Member 000" … "Member 599" all significant members.
    const nominals = await db().nominal.createManyAndReturn({
      data: Array.from({ length: MEMBERS }, (_, i) => {
        const name = `Member ${String(i).padStart(3, "0")}`;
        const aliases = i === 531 ? ["Skinny Lenny"] : [];
        return { name, aliases, searchText: searchTextOf(name, aliases) };
      }),
      select: { id: true, name: true },
    });
    await db().groupMembership.createMany({ data: nominals.map((n) => ({ groupId: big.id, nominalId: n.id, standing: "SIGNIFICANT_MEMBER" as const })) });
    late = nominals.find((n) => n.name === "Member 531")!;
  });

  it("a group with up to SUBJECTS_LIST_ALL_MAX members lists every one (more than the group page's 50)", async () => {
    const group = await makeGroup(db(), { name: "Sixty Strong" });
    for (let i = 0; i < 60; i++) await makeMembership(db(), { groupId: group.id, nominalId: (await makeNominal(db(), { name: `Sixty ${String(i).padStart(2, "0")}` })).id });
    const person = await makePerson(db(), { name: "Linked Person" });
    await makeLink(db(), { fromKind: "PERSON", fromId: person.id, toKind: "GROUP", toId: group.id });
    const place = await makeLocation(db(), { address: "1 Linked Place" });
    await makeLink(db(), { fromKind: "GROUP", fromId: group.id, toKind: "LOCATION", toId: place.id });
    // A linked nominal who is not a member cannot be an action's subject (createAction refuses it), so it is not offered.
    const associate = await makeNominal(db(), { name: "Associate Not Member" });
    await makeLink(db(), { fromKind: "NOMINAL", fromId: associate.id, toKind: "GROUP", toId: group.id });
    const plan = await groupPlanSubjects(world.analyst, group.id);
    expect(plan.narrowed).toBeUndefined();
    expect(plan).toMatchObject({ memberCount: 60, linkedCount: 2 });
    expect(plan.subjects[0]!.value).toBe(`GROUP:${group.id}`);
    expect(plan.subjects.filter((s) => s.value.startsWith("NOMINAL:"))).toHaveLength(60);
    expect(plan.subjects.map((s) => s.value)).toEqual(expect.arrayContaining([`PERSON:${person.id}`, `LOCATION:${place.id}`]));
    expect(plan.subjects.some((s) => s.value === `NOMINAL:${associate.id}`)).toBe(false);
    expect(plan.subjects.at(-1)!.label).toBe("Person at risk: Linked Person");
  });

  it("past the threshold, lists the first members and finds any other by name or alias, kept once chosen", async () => {
    expect(MEMBERS).toBeGreaterThan(SUBJECTS_LIST_ALL_MAX);
    const first = await groupPlanSubjects(world.analyst, big.id);
    expect(first.memberCount).toBe(MEMBERS);
    expect(first.narrowed).toMatchObject({ membersCut: true, linkedCut: false, query: undefined });
    expect(first.subjects).toHaveLength(1 + SUBJECTS_SHOWN);
    expect(first.subjects.some((s) => s.value === `NOMINAL:${late.id}`)).toBe(false);

    const found = await groupPlanSubjects(world.analyst, big.id, { query: "member 531" });
    expect(found.subjects.map((s) => s.value)).toContain(`NOMINAL:${late.id}`);
    expect(found.subjects.find((s) => s.value === `NOMINAL:${late.id}`)!.label).toBe("Member: Member 531 (significant group member)");
    expect((await groupPlanSubjects(world.analyst, big.id, { query: "LENNY" })).subjects.map((s) => s.value)).toContain(`NOMINAL:${late.id}`);
    // The search is audited, like every search of the records.
    const audit = await db().auditEvent.findFirst({ where: { action: "search", entityId: big.id }, orderBy: { id: "desc" } });
    expect(audit?.summary).toMatch(/for "LENNY" \(1 result\)/);

    const kept = await groupPlanSubjects(world.analyst, big.id, { selected: `NOMINAL:${late.id}` });
    expect(kept.subjects.map((s) => s.value)).toContain(`NOMINAL:${late.id}`);
    expect(kept.subjects).toHaveLength(2 + SUBJECTS_SHOWN);
    // Something that is not on this plan is not offered.
    const stranger = await makeNominal(db(), { name: "Not In The Group" });
    expect((await groupPlanSubjects(world.analyst, big.id, { selected: `NOMINAL:${stranger.id}` })).subjects.some((s) => s.value.endsWith(stranger.id))).toBe(false);

    // And the member found can be the action's subject.
    const action = await createAction(world.analyst, {
      groupId: big.id, strand: "PURSUE", title: "Arrest enquiry", description: "", owningAgencyId: world.police.id, dueDate: "2030-01-31", priority: "HIGH",
      subjectKind: "NOMINAL", subjectId: late.id, sharedWithPartnership: false,
    });
    expect((await db().action.findUniqueOrThrow({ where: { id: action.id } })).subjectId).toBe(late.id);
  });

  it("past the threshold of linked people and places, finds them by name too", async () => {
    const group = await makeGroup(db(), { name: "Many Places" });
    const places = await db().location.createManyAndReturn({
      data: Array.from({ length: SUBJECTS_LIST_ALL_MAX + 5 }, (_, i) => {
        const address = `${String(i).padStart(3, "0")} Long Road`;
        return { address, searchText: searchTextOf(address), type: "RESIDENTIAL" as const };
      }),
      select: { id: true, address: true },
    });
    await db().link.createMany({ data: places.map((p) => ({ fromKind: "GROUP" as const, fromId: group.id, toKind: "LOCATION" as const, toId: p.id, type: "CONTROLS" as const })) });
    const target = places.find((p) => p.address === "199 Long Road")!;
    const plan = await groupPlanSubjects(world.analyst, group.id);
    expect(plan).toMatchObject({ linkedCount: SUBJECTS_LIST_ALL_MAX + 5, narrowed: { membersCut: false, linkedCut: true } });
    expect(plan.subjects).toHaveLength(1 + SUBJECTS_SHOWN);
    expect(plan.subjects.some((s) => s.value === `LOCATION:${target.id}`)).toBe(false);
    const found = await groupPlanSubjects(world.analyst, group.id, { query: "199 long" });
    expect(found.subjects.map((s) => s.value)).toContain(`LOCATION:${target.id}`);
    expect((await groupPlanSubjects(world.analyst, group.id, { selected: `LOCATION:${target.id}` })).subjects.map((s) => s.value)).toContain(`LOCATION:${target.id}`);
  });

  it("needs actions:create, and is police only: a group that does not exist is a 404", async () => {
    await expect(groupPlanSubjects(world.partner, big.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(groupPlanSubjects(world.officer, big.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(groupPlanSubjects(world.analyst, "0190a7a0-0000-7000-8000-000000000009")).rejects.toBeInstanceOf(NotFoundError);
    await expect(groupPlanSubjects(world.analyst, "not-an-id")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the meeting form's chairs and agencies", () => {
  it("are every supervisor and agency while few", async () => {
    const small = await meetingFormOptions(world.supervisor);
    expect(small.chairsNarrowed).toBeUndefined();
    expect(small.agenciesNarrowed).toBeUndefined();
    expect(small.chairs.map((c) => c.id)).toContain(world.supervisor.id);
    expect(small.chairs.find((c) => c.id === world.supervisor.id)!.agency).toBe(world.police.name);
    expect(small.agencies.map((a) => a.id)).toEqual(expect.arrayContaining([world.police.id, world.council.id, world.housing.id]));
  });

  it("past the threshold: own force's supervisors, the chosen chair and those found by name; agencies by type or name, chosen ones kept", async () => {
    const otherForce = await makeAgency(db(), { type: "POLICE", name: "Southshire Police" });
    await db().user.createMany({ data: Array.from({ length: CHAIRS_LIST_ALL_MAX + 10 }, (_, i) => ({ email: `insp-${i}@southshire.test`, name: `Insp. Southshire ${String(i).padStart(3, "0")}`, passwordHash: "x", role: "SUPERVISOR" as const, agencyId: otherForce.id })) });
    const ownColleague = await makeUser(db(), { role: "SUPERVISOR", agencyId: world.police.id, name: "Insp. Own Force" });
    const chosen = await db().user.findFirstOrThrow({ where: { email: "insp-77@southshire.test" } });
    await db().agency.createMany({ data: Array.from({ length: AGENCY_LIST_ALL_MAX + 10 }, (_, i) => ({ name: `Bulk Housing ${String(i).padStart(3, "0")}`, type: "HOUSING" as const })) });
    const rare = await makeAgency(db(), { type: "PROBATION", name: "Southshire Probation" });

    const options = await meetingFormOptions(world.supervisor, { chairId: chosen.id, chairQuery: "southshire 10", agencyIds: [world.council.id], agencyQuery: "probation" });
    expect(options.chairsNarrowed).toMatchObject({ query: "southshire 10", agency: world.police.name, ownTruncated: false, queryTruncated: false });
    expect(options.chairsNarrowed!.total).toBeGreaterThan(CHAIRS_LIST_ALL_MAX);
    const chairNames = options.chairs.map((c) => c.name);
    expect(chairNames).toEqual(expect.arrayContaining([world.supervisor.name, ownColleague.name, chosen.name, "Insp. Southshire 100", "Insp. Southshire 109"]));
    expect(chairNames).not.toContain("Insp. Southshire 010");
    expect(options.chairs.length).toBeLessThan(20);

    expect(options.agenciesNarrowed).toMatchObject({ query: "probation", type: undefined, typeTruncated: false, queryTruncated: false });
    expect(options.agenciesNarrowed!.types).toEqual(expect.arrayContaining(["POLICE", "HOUSING", "PROBATION"]));
    expect(options.agencies.map((a) => a.id).sort()).toEqual([world.police.id, world.council.id, rare.id].sort());

    const housing = await meetingFormOptions(world.supervisor, { agencyType: "HOUSING" });
    expect(housing.agenciesNarrowed?.type).toBe("HOUSING");
    expect(housing.agencies.filter((a) => a.type === "HOUSING")).toHaveLength(AGENCY_LIST_ALL_MAX + 11);
    expect(housing.agencies.map((a) => a.id)).toContain(world.police.id);
  });
});
