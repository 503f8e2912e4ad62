// Tasking meetings through the data layer: each agenda rule proposes what it should and nothing
// else; the previous meeting sets the window; refresh adds only what is new; decisions and the
// actions tasked from items (which land in the right plan); stale versions; the status rules;
// publishing tells the attendees; and what a partner is given: only meetings they attend, only
// items their agency is party to, and none of the police-only text, in the view or the PDF's document.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createAction } from "@/lib/dal/actions";
import {
  addFreeItem, createActionFromItem, createMeeting, decideItem, getMeeting, listMeetings, meetingDocument, meetingFormOptions, moveItem, parseMeetingStart, proposeAgenda,
  publishMinutes, refreshAgenda, removeItem, setMeetingStatus, supervisorHome, type ProposedItem,
} from "@/lib/dal/meetings";
import { db } from "@/lib/db/client";
import { makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { makeAction, makeConcern, makeGroup, makeLink, makeLocation, makeMembership, makeNominal, makePerson, makeScoring } from "@/lib/db/factories-records";
import type { AgendaItemKind, RecordKind } from "@/lib/generated/prisma/enums";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createActionSchema } from "@/lib/validation/actions";
import { createMeetingSchema, decisionSchema, freeItemSchema, itemActionSchema, publishMinutesSchema } from "@/lib/validation/meetings";
import { asActor, buildWorld } from "../support/world";

/** The tests' "now": Wednesday 10 March 2027, noon; meetings start on Friday 12 March at 10:00. */
const NOW = new Date("2027-03-10T12:00:00Z");
const STARTS = "2027-03-12T10:00";
const at = (iso: string) => new Date(iso);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

let world: Awaited<ReturnType<typeof buildWorld>>;

const level = (l: "LOW" | "HIGH") => ({
  capability: { violence: l, weapons: l, infiltration: l, tacticalAwareness: l, criminalExpertise: l, resilience: l },
  harm: { physical: l, psychological: l, financial: l, community: l, victimVulnerability: l, geographicScope: l },
  likelihood: l,
});
const ofKind = (items: ProposedItem[], kind: AgendaItemKind) => items.filter((i) => i.kind === kind);
const idsOf = (items: ProposedItem[], kind: AgendaItemKind, key: "groupId" | "personId" | "concernId" | "actionId" | "referralId") => ofKind(items, kind).map((i) => i[key]);
const propose = (neighbourhoodIds: string[], starts = STARTS) => proposeAgenda(world.supervisor, { neighbourhoodIds, startsAt: parseMeetingStart(starts) }, NOW);
const meetingInput = (over: Record<string, unknown>) =>
  createMeetingSchema.parse({ title: "Tactical tasking", type: "POLICE_TACTICAL", startsAt: STARTS, chairId: world.supervisor.id, attendeeIds: [], agencyIds: [], ...over });
const errorOf = async (work: Promise<unknown>) => work.then(() => null, (e: unknown) => e);
const fieldsOf = async (work: Promise<unknown>) => {
  const error = await errorOf(work);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
};
async function setScore(groupId: string, band: string, score: number) {
  await db().organisedCrimeGroup.update({ where: { id: groupId }, data: { band, score } });
}
async function highRisk(name: string, over: Parameters<typeof makePerson>[1] = {}) {
  return makePerson(db(), { name, riskLevel: "HIGH", ...over });
}
const link = (fromKind: RecordKind, fromId: string, toKind: RecordKind, toId: string) => makeLink(db(), { fromKind, fromId, toKind, toId });

beforeAll(async () => {
  world = await buildWorld();
});

describe("London time", () => {
  it("reads a datetime-local value as London wall-clock time, either side of a clock change; an offset is absolute", () => {
    expect(parseMeetingStart("2026-12-03T10:00").toISOString()).toBe("2026-12-03T10:00:00.000Z");
    expect(parseMeetingStart("2026-07-03T10:00").toISOString()).toBe("2026-07-03T09:00:00.000Z");
    expect(parseMeetingStart("2027-03-28T09:00").toISOString()).toBe("2027-03-28T08:00:00.000Z");
    expect(parseMeetingStart("2027-03-27T09:00").toISOString()).toBe("2027-03-27T09:00:00.000Z");
    expect(parseMeetingStart("2026-07-03T10:00:00Z").toISOString()).toBe("2026-07-03T10:00:00.000Z");
    expect(parseMeetingStart("2026-07-03T10:00+02:00").toISOString()).toBe("2026-07-03T08:00:00.000Z");
    expect(() => parseMeetingStart("2027-02-30T10:00")).toThrow(ValidationError);
  });
});

describe("the agenda rules", () => {
  let scope: string;
  let elsewhere: string;
  const g: Record<string, { id: string }> = {};
  const p: Record<string, { id: string }> = {};
  const c: Record<string, { id: string }> = {};
  const a: Record<string, { id: string }> = {};
  const r: Record<string, { id: string }> = {};
  let items: ProposedItem[];

  beforeAll(async () => {
    scope = (await makeNeighbourhood(db())).id;
    elsewhere = (await makeNeighbourhood(db())).id;
    const other = (await makeNeighbourhood(db())).id;
    const reporter = { reportedById: world.officer.id, reporterAgencyId: world.police.id };

    // 1. Concerns escalated to tasking.
    c.inScope = await makeConcern(db(), { ...reporter, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-03-01T10:00:00Z") });
    c.tooOld = await makeConcern(db(), { ...reporter, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-01-01T10:00:00Z") });
    c.elsewhere = await makeConcern(db(), { ...reporter, neighbourhoodId: elsewhere, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-03-01T10:00:00Z") });
    c.referred = await makeConcern(db(), { ...reporter, neighbourhoodId: scope, outcome: "REFERRED", outcomeAt: at("2027-03-01T10:00:00Z") });
    c.decided = await makeConcern(db(), { ...reporter, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-03-02T10:00:00Z") });
    // Decided at an earlier meeting for another neighbourhood (which does not move this scope's window).
    const earlier = await createMeeting(world.supervisor, meetingInput({ startsAt: "2027-03-05T10:00", neighbourhoodIds: [other] }), NOW);
    const earlierItem = await db().meetingItem.create({ data: { meetingId: earlier.id, position: 1, kind: "ESCALATED_CONCERN", title: "x", concernId: c.decided.id, decision: "MONITOR", decidedAt: at("2027-03-05T11:00:00Z") } });
    expect(earlierItem.id).toBeTruthy();

    // 2 and 3. Groups.
    g.priority = await makeGroup(db(), { name: "Priority 1b", neighbourhoodIds: [scope] });
    await setScore(g.priority.id, "1b", 80);
    g.emerging = await makeGroup(db(), { name: "Emerging 2c", status: "EMERGING", neighbourhoodIds: [scope] });
    await setScore(g.emerging.id, "2c", 40);
    g.lowBand = await makeGroup(db(), { name: "Band 3a", neighbourhoodIds: [scope] });
    await setScore(g.lowBand.id, "3a", 35);
    g.dormant = await makeGroup(db(), { name: "Dormant 1a", status: "DORMANT", neighbourhoodIds: [scope] });
    await setScore(g.dormant.id, "1a", 95);
    g.archived = await makeGroup(db(), { name: "Archived 1a", status: "ARCHIVED", neighbourhoodIds: [scope] });
    await setScore(g.archived.id, "1a", 96);
    g.elsewhere = await makeGroup(db(), { name: "Elsewhere 2a", neighbourhoodIds: [elsewhere] });
    await setScore(g.elsewhere.id, "2a", 66);
    g.rose = await makeGroup(db(), { name: "Risen", neighbourhoodIds: [scope] });
    await makeScoring(db(), { groupId: g.rose.id, authorId: world.analyst.id, ...level("LOW"), createdAt: at("2027-01-05T10:00:00Z") });
    await makeScoring(db(), { groupId: g.rose.id, authorId: world.analyst.id, ...level("HIGH"), createdAt: at("2027-03-01T10:00:00Z") });
    g.roseBefore = await makeGroup(db(), { name: "Rose before the window", neighbourhoodIds: [scope] });
    await makeScoring(db(), { groupId: g.roseBefore.id, authorId: world.analyst.id, ...level("LOW"), createdAt: at("2026-12-01T10:00:00Z") });
    await makeScoring(db(), { groupId: g.roseBefore.id, authorId: world.analyst.id, ...level("HIGH"), createdAt: at("2027-01-10T10:00:00Z") });
    g.fell = await makeGroup(db(), { name: "Fell", neighbourhoodIds: [scope] });
    await makeScoring(db(), { groupId: g.fell.id, authorId: world.analyst.id, ...level("HIGH"), createdAt: at("2027-01-05T10:00:00Z") });
    await makeScoring(db(), { groupId: g.fell.id, authorId: world.analyst.id, ...level("LOW"), createdAt: at("2027-03-02T10:00:00Z") });

    // 4. People at high risk: in scope by a link to a group in scope, or to a place in scope (either direction).
    const place = await makeLocation(db(), { neighbourhoodId: scope });
    p.viaGroup = await highRisk("Via Group");
    await link("PERSON", p.viaGroup.id, "GROUP", g.priority.id);
    p.viaPlace = await highRisk("Via Place");
    await link("LOCATION", place.id, "PERSON", p.viaPlace.id);
    p.protected = await highRisk("Has Protect");
    await link("PERSON", p.protected.id, "GROUP", g.priority.id);
    await makeAction(db(), { personId: p.protected.id, owningAgencyId: world.council.id, strand: "PROTECT", status: "IN_PROGRESS", dueDate: "2027-06-01" });
    p.protectDone = await highRisk("Protect Done");
    await link("GROUP", g.priority.id, "PERSON", p.protectDone.id);
    await makeAction(db(), { personId: p.protectDone.id, owningAgencyId: world.council.id, strand: "PROTECT", status: "DONE" });
    await makeAction(db(), { personId: p.protectDone.id, owningAgencyId: world.council.id, strand: "PREVENT", status: "OPEN", dueDate: "2027-06-01" });
    p.medium = await makePerson(db(), { name: "Medium Risk", riskLevel: "MEDIUM" });
    await link("PERSON", p.medium.id, "GROUP", g.priority.id);
    p.elsewhere = await highRisk("Elsewhere");
    await link("PERSON", p.elsewhere.id, "GROUP", g.elsewhere.id);

    // 5. Overdue actions (today is 10 March 2027 in London).
    a.overdueGroup = await makeAction(db(), { groupId: g.lowBand.id, owningAgencyId: world.housing.id, dueDate: "2027-03-01", status: "BLOCKED" });
    a.overduePerson = await makeAction(db(), { personId: p.viaPlace.id, owningAgencyId: world.council.id, strand: "PREVENT", dueDate: "2027-03-09" });
    a.dueToday = await makeAction(db(), { groupId: g.lowBand.id, owningAgencyId: world.police.id, dueDate: "2027-03-10" });
    a.doneLate = await makeAction(db(), { groupId: g.lowBand.id, owningAgencyId: world.police.id, dueDate: "2027-02-01", status: "DONE" });
    a.elsewhere = await makeAction(db(), { groupId: g.elsewhere.id, owningAgencyId: world.police.id, dueDate: "2027-02-01" });

    // 6. NRM referrals (late: no reasonable grounds decision, referred more than 5 days ago, still live).
    const referral = (personId: string, over: Record<string, unknown>) =>
      db().referral.create({ data: { personId, type: "NRM", receivingAgencyId: world.police.id, referredOn: day("2027-03-01"), consent: false, ...over } });
    r.late = await referral(p.viaGroup.id, {});
    r.notYet = await referral(p.viaGroup.id, { referredOn: day("2027-03-05") });
    r.decided = await referral(p.viaGroup.id, { referredOn: day("2027-02-01"), reasonableGroundsOn: day("2027-02-04") });
    r.declined = await referral(p.viaGroup.id, { referredOn: day("2027-02-01"), status: "DECLINED" });
    r.mash = await referral(p.viaGroup.id, { type: "MASH" });
    r.elsewhere = await referral(p.elsewhere.id, {});

    items = await propose([scope]);
  });

  it("1. concerns escalated to tasking in scope since the previous meeting, not already decided", () => {
    expect(idsOf(items, "ESCALATED_CONCERN", "concernId")).toEqual([c.inScope!.id]);
  });

  it("2. groups in scope in a priority band, highest score first, not dormant or archived", () => {
    // (The group that rose before the window is simply a priority now.)
    expect(idsOf(items, "PRIORITY_GROUP", "groupId")).toEqual([g.roseBefore!.id, g.priority!.id, g.emerging!.id]);
    expect(ofKind(items, "PRIORITY_GROUP")[1]!.title).toMatch(/^\d{2}\/\d{5} Priority 1b — band 1b, score 80$/);
  });

  it("3. groups whose newest scoring since the previous meeting rose, once, with the band in the reason", async () => {
    expect(idsOf(items, "GROUP_SCORE_ROSE", "groupId")).toEqual([g.rose!.id]);
    const rose = ofKind(items, "GROUP_SCORE_ROSE")[0]!;
    const group = await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id: g.rose!.id } });
    expect(rose.reason).toContain(`band ${group.band}`);
    expect(rose.reason).toMatch(/rose by \d+/);
    // A risen group in a priority band is not proposed twice.
    expect(items.filter((i) => i.groupId === g.rose!.id)).toHaveLength(1);
  });

  it("4. people in scope at high risk with no open Protect action", () => {
    expect(idsOf(items, "PERSON_HIGH_RISK", "personId").sort()).toEqual([p.viaGroup!.id, p.viaPlace!.id, p.protectDone!.id].sort());
  });

  it("5. open actions past their due day on plans in scope", () => {
    expect(idsOf(items, "OVERDUE_ACTION", "actionId")).toEqual([a.overdueGroup!.id, a.overduePerson!.id]);
  });

  it("6. NRM referrals of people in scope whose reasonable grounds decision is late", () => {
    expect(idsOf(items, "LATE_REFERRAL", "referralId")).toEqual([r.late!.id]);
  });

  it("proposals come in rule order", () => {
    const order: AgendaItemKind[] = ["ESCALATED_CONCERN", "PRIORITY_GROUP", "GROUP_SCORE_ROSE", "PERSON_HIGH_RISK", "OVERDUE_ACTION", "LATE_REFERRAL", "ACTION_REVIEW"];
    const ranks = items.map((i) => order.indexOf(i.kind));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(ofKind(items, "ACTION_REVIEW")).toEqual([]);
  });

  it("only police may run the rules", async () => {
    await expect(proposeAgenda(world.partner, { neighbourhoodIds: [scope], startsAt: NOW })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(proposeAgenda(world.admin, { neighbourhoodIds: [scope], startsAt: NOW })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("who and what is in scope for the people rules (each kind and direction of link, several neighbourhoods)", () => {
  it("a person is in scope by a link to a group in scope or a place in scope, either direction, and only by a direct link", async () => {
    const scope = (await makeNeighbourhood(db())).id;
    const elsewhere = (await makeNeighbourhood(db())).id;
    const group = await makeGroup(db(), { neighbourhoodIds: [scope] });
    const groupElsewhere = await makeGroup(db(), { neighbourhoodIds: [elsewhere] });
    const place = await makeLocation(db(), { neighbourhoodId: scope });
    const placeElsewhere = await makeLocation(db(), { neighbourhoodId: elsewhere });
    const nominal = await makeNominal(db());

    const toPlace = await highRisk("Lives At Place");
    await link("PERSON", toPlace.id, "LOCATION", place.id);
    const fromGroup = await highRisk("Exploited By Group");
    await link("GROUP", group.id, "PERSON", fromGroup.id);
    const both = await highRisk("Both Group And Place");
    await link("PERSON", both.id, "GROUP", group.id);
    await link("PERSON", both.id, "LOCATION", place.id);
    await link("LOCATION", place.id, "PERSON", both.id);
    const placeElsewhereOnly = await highRisk("Place Elsewhere");
    await link("PERSON", placeElsewhereOnly.id, "LOCATION", placeElsewhere.id);
    const groupElsewhereOnly = await highRisk("Group Elsewhere, Reverse");
    await link("GROUP", groupElsewhere.id, "PERSON", groupElsewhereOnly.id);
    const viaNominal = await highRisk("Only Through A Nominal");
    await link("PERSON", viaNominal.id, "NOMINAL", nominal.id);
    await link("NOMINAL", nominal.id, "GROUP", group.id);

    // Rule 5's person side and rule 6 reach the same people (one overdue action and one late referral each).
    const overdue = new Map<string, string>();
    const late = new Map<string, string>();
    for (const person of [toPlace, fromGroup, both, placeElsewhereOnly, groupElsewhereOnly, viaNominal]) {
      overdue.set(person.id, (await makeAction(db(), { personId: person.id, owningAgencyId: world.council.id, strand: "PREVENT", dueDate: "2027-03-01" })).id);
      late.set(person.id, (await db().referral.create({ data: { personId: person.id, type: "NRM", receivingAgencyId: world.police.id, referredOn: day("2027-03-01"), consent: false } })).id);
    }

    const inScope = [toPlace.id, fromGroup.id, both.id].sort();
    const items = await propose([scope]);
    expect(idsOf(items, "PERSON_HIGH_RISK", "personId").sort()).toEqual(inScope);
    expect(idsOf(items, "OVERDUE_ACTION", "actionId").sort()).toEqual(inScope.map((id) => overdue.get(id)).sort());
    expect(idsOf(items, "LATE_REFERRAL", "referralId").sort()).toEqual(inScope.map((id) => late.get(id)).sort());
    // Linked three ways, proposed once per rule.
    expect(items.filter((i) => i.personId === both.id)).toHaveLength(1);
  });

  it("overdue actions: the first 30 by due day across groups' and people's plans, a group in two scope neighbourhoods counted once", async () => {
    const a = (await makeNeighbourhood(db())).id;
    const b = (await makeNeighbourhood(db())).id;
    const twice = await makeGroup(db(), { neighbourhoodIds: [a, b] });
    const later = await makeGroup(db(), { neighbourhoodIds: [a] });
    const place = await makeLocation(db(), { neighbourhoodId: b });
    const person = await makePerson(db(), { name: "Overdue Person" });
    await link("PERSON", person.id, "LOCATION", place.id);
    const due = (n: number) => new Date(Date.UTC(2027, 0, n)); // day n of January 2027 (n > 31 runs into February)
    // Group plan: odd days 1..39 (20); the person's plan: even days 2..20 (10); the other group: days 41..45 (all later).
    const groupActions = [];
    for (let n = 1; n <= 39; n += 2) groupActions.push({ id: (await makeAction(db(), { groupId: twice.id, owningAgencyId: world.police.id, dueDate: due(n) })).id, n });
    const personActions = [];
    for (let n = 2; n <= 20; n += 2) personActions.push({ id: (await makeAction(db(), { personId: person.id, owningAgencyId: world.council.id, strand: "PREVENT", dueDate: due(n) })).id, n });
    for (let n = 41; n <= 45; n++) await makeAction(db(), { groupId: later.id, owningAgencyId: world.police.id, dueDate: due(n) });

    const expected = [...groupActions, ...personActions].sort((x, y) => x.n - y.n).map((x) => x.id);
    const items = await propose([a, b]);
    expect(idsOf(items, "OVERDUE_ACTION", "actionId")).toEqual(expected);
    expect(ofKind(items, "OVERDUE_ACTION")[1]!.title).toContain("Overdue Person's safeguarding plan");
  });
});

describe("the previous meeting, and actions from it coming back for review", () => {
  it("the window starts at the previous meeting sharing a neighbourhood; its open actions are reviewed", async () => {
    const scope = (await makeNeighbourhood(db())).id;
    const reporter = { reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING" as const };
    const beforePrevious = await makeConcern(db(), { ...reporter, outcomeAt: at("2027-02-15T10:00:00Z") });
    const afterPrevious = await makeConcern(db(), { ...reporter, outcomeAt: at("2027-02-25T10:00:00Z") });
    // With no earlier meeting: the last 28 days, so both.
    expect(idsOf(await propose([scope]), "ESCALATED_CONCERN", "concernId")).toEqual([beforePrevious.id, afterPrevious.id]);

    const group = await makeGroup(db(), { neighbourhoodIds: [scope] });
    await setScore(group.id, "1c", 75);
    const previous = await createMeeting(world.supervisor, meetingInput({ startsAt: "2027-02-20T10:00", neighbourhoodIds: [scope] }), at("2027-02-19T10:00:00Z"));
    const item = await db().meetingItem.findFirstOrThrow({ where: { meetingId: previous.id, groupId: group.id } });
    const open = await createActionFromItem(world.supervisor, previous.id, item.id, itemActionSchema.parse({ strand: "PURSUE", title: "Warrant", owningAgencyId: world.police.id, dueDate: "2027-04-01", priority: "HIGH" }));
    const done = await createActionFromItem(world.supervisor, previous.id, item.id, itemActionSchema.parse({ strand: "PREVENT", title: "Diversion", owningAgencyId: world.council.id, dueDate: "2027-04-01", priority: "LOW" }));
    await db().action.update({ where: { id: done.id }, data: { status: "DONE" } });
    // A later meeting sharing the neighbourhood is not "previous".
    await createMeeting(world.supervisor, meetingInput({ startsAt: "2027-04-20T10:00", neighbourhoodIds: [scope] }), NOW);

    const items = await propose([scope]);
    expect(idsOf(items, "ESCALATED_CONCERN", "concernId")).toEqual([afterPrevious.id]);
    expect(idsOf(items, "ACTION_REVIEW", "actionId")).toEqual([open.id]);
    expect(ofKind(items, "ACTION_REVIEW")[0]!.reason).toContain("previous meeting");
  });
});

describe("planning a meeting and its agenda", () => {
  let scope: string;
  let group: { id: string };
  let person: { id: string };
  let meetingId: string;

  beforeAll(async () => {
    scope = (await makeNeighbourhood(db())).id;
    group = await makeGroup(db(), { name: "Larch Walk Crew", neighbourhoodIds: [scope] });
    await setScore(group.id, "1a", 90);
    person = await highRisk("Robin Vale", { leadAgencyId: world.council.id });
    await link("PERSON", person.id, "GROUP", group.id);
    await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-03-03T10:00:00Z") });
  });

  it("createMeeting saves the proposals as items 1..n in rule order, with its audit event; officers may not plan", async () => {
    await expect(createMeeting(world.officer, meetingInput({ neighbourhoodIds: [scope] }), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    const fields = await fieldsOf(createMeeting(world.supervisor, meetingInput({ neighbourhoodIds: [scope], chairId: world.analyst.id }), NOW));
    expect(fields.chairId).toBeDefined();

    const { id } = await createMeeting(world.supervisor, meetingInput({ neighbourhoodIds: [scope], attendeeIds: [world.officer.id, world.partner.id], agencyIds: [world.council.id] }), NOW);
    meetingId = id;
    const stored = await db().meetingItem.findMany({ where: { meetingId: id }, orderBy: { position: "asc" } });
    expect(stored.map((i) => [i.position, i.kind])).toEqual([[1, "ESCALATED_CONCERN"], [2, "PRIORITY_GROUP"], [3, "PERSON_HIGH_RISK"]]);
    expect(stored[1]!.title).toMatch(/Larch Walk Crew — band 1a, score 90$/);
    expect(await db().meeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PLANNED", startsAt: at("2027-03-12T10:00:00Z"), version: 1 });
    expect(await db().auditEvent.count({ where: { entityType: "Meeting", entityId: id, action: "meeting.created" } })).toBe(1);
  });

  it("refresh adds only proposals not already on the agenda, and moves the version on", async () => {
    expect(await refreshAgenda(world.supervisor, meetingId, { version: 1 }, NOW)).toEqual({ added: 0 });
    const newer = await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-03-09T10:00:00Z") });
    expect(await refreshAgenda(world.supervisor, meetingId, { version: 2 }, NOW)).toEqual({ added: 1 });
    const last = await db().meetingItem.findFirstOrThrow({ where: { meetingId }, orderBy: { position: "desc" } });
    expect(last).toMatchObject({ position: 4, kind: "ESCALATED_CONCERN", concernId: newer.id });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).version).toBe(3);
  });

  it("a stale agenda change is refused with who made the change", async () => {
    const error = await errorOf(refreshAgenda(world.supervisor, meetingId, { version: 1 }, NOW));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).changedBy).toBe(world.supervisor.name);
  });

  it("free items, moving and removing keep positions 1..n", async () => {
    const free = await addFreeItem(world.supervisor, meetingId, freeItemSchema.parse({ version: 3, title: "Summer activities", partnerTitle: "Summer activities on the estate", groupId: group.id }));
    expect((await fieldsOf(addFreeItem(world.supervisor, meetingId, freeItemSchema.parse({ version: 4, title: "x", personId: "00000000-0000-4000-8000-000000000000" })))).personId).toBeDefined();
    await moveItem(world.supervisor, meetingId, free.id, { version: 4, direction: "up" });
    const order = async () => (await db().meetingItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true, position: true, kind: true } }));
    expect((await order()).map((i) => [i.position, i.kind])).toEqual([[1, "ESCALATED_CONCERN"], [2, "PRIORITY_GROUP"], [3, "PERSON_HIGH_RISK"], [4, "FREE"], [5, "ESCALATED_CONCERN"]]);
    const first = (await order())[0]!;
    expect((await fieldsOf(moveItem(world.supervisor, meetingId, first.id, { version: 5, direction: "up" }))).direction).toBeDefined();
    await removeItem(world.supervisor, meetingId, first.id, { version: 5 });
    expect((await order()).map((i) => i.position)).toEqual([1, 2, 3, 4]);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).version).toBe(6);
  });

  it("decisions, and actions tasked from items landing in the right plan", async () => {
    const items = await db().meetingItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
    const groupItem = items.find((i) => i.kind === "PRIORITY_GROUP")!;
    const personItem = items.find((i) => i.kind === "PERSON_HIGH_RISK")!;
    const concernItem = items.find((i) => i.kind === "ESCALATED_CONCERN")!;

    await decideItem(world.supervisor, meetingId, groupItem.id, decisionSchema.parse({ version: 1, decision: "ADOPT", rationale: "Proportionate", partnerNote: "Agreed" }));
    const stale = await errorOf(decideItem(world.supervisor, meetingId, groupItem.id, decisionSchema.parse({ version: 1, decision: "MONITOR", rationale: "Stale" })));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).changedBy).toBe(world.supervisor.name);
    expect(await db().meetingItem.findUniqueOrThrow({ where: { id: groupItem.id } })).toMatchObject({ decision: "ADOPT", rationale: "Proportionate", partnerNote: "Agreed", decidedById: world.supervisor.id, version: 2 });

    const input = itemActionSchema.parse({ strand: "PURSUE", title: "Warrant at the flat", owningAgencyId: world.police.id, assigneeId: world.officer.id, dueDate: "2027-04-01", priority: "HIGH" });
    const onGroup = await createActionFromItem(world.supervisor, meetingId, groupItem.id, input);
    expect(await db().action.findUniqueOrThrow({ where: { id: onGroup.id } })).toMatchObject({ groupId: group.id, personId: null, subjectKind: "GROUP", subjectId: group.id, meetingItemId: groupItem.id, owningAgencyId: world.police.id });
    expect(await db().notification.count({ where: { userId: world.officer.id, href: `/actions/${onGroup.id}` } })).toBe(1);

    const onPerson = await createActionFromItem(world.supervisor, meetingId, personItem.id, { ...input, strand: "PROTECT", owningAgencyId: world.council.id, assigneeId: undefined });
    expect(await db().action.findUniqueOrThrow({ where: { id: onPerson.id } })).toMatchObject({ groupId: null, personId: person.id, subjectKind: "PERSON", subjectId: person.id, meetingItemId: personItem.id });

    expect((await fieldsOf(createActionFromItem(world.supervisor, meetingId, concernItem.id, input)))._form).toEqual(["This item has no group or person to plan an action for"]);
    expect((await fieldsOf(createActionFromItem(world.supervisor, meetingId, groupItem.id, { ...input, assigneeId: world.partner.id }))).assigneeId).toBeDefined();
    await expect(createActionFromItem(world.analyst, meetingId, groupItem.id, input)).rejects.toBeInstanceOf(ForbiddenError);
    // An item actions were tasked from stays on the agenda.
    expect((await fieldsOf(removeItem(world.supervisor, meetingId, groupItem.id, { version: 6 })))._form).toBeDefined();

    const view = await getMeeting(world.officer, meetingId, NOW);
    expect(view.items.find((i) => i.id === groupItem.id)).toMatchObject({ decision: "ADOPT", rationale: "Proportionate", plan: { kind: "GROUP", id: group.id }, actions: [expect.objectContaining({ id: onGroup.id, title: "Warrant at the flat", assignee: world.officer.name })] });
    expect(view.canManage).toBe(false);
    expect((await getMeeting(world.supervisor, meetingId, NOW)).canManage).toBe(true);

    const home = await supervisorHome(world.supervisor, NOW);
    expect(home.upcoming.map((m) => m.id)).toContain(meetingId);
    await expect(supervisorHome(world.officer, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("status goes planned → in progress → closed only; a closed meeting's agenda no longer changes; publishing tells the attendees", async () => {
    expect((await fieldsOf(publishMinutes(world.supervisor, meetingId, publishMinutesSchema.parse({ version: 6, minutes: "Too early" })))).minutes).toBeDefined();
    expect((await fieldsOf(setMeetingStatus(world.supervisor, meetingId, { version: 6, status: "CLOSED" }))).status).toBeDefined();
    await setMeetingStatus(world.supervisor, meetingId, { version: 6, status: "IN_PROGRESS" });
    await setMeetingStatus(world.supervisor, meetingId, { version: 7, status: "CLOSED" });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).closedAt).toBeInstanceOf(Date);
    expect((await fieldsOf(setMeetingStatus(world.supervisor, meetingId, { version: 8, status: "IN_PROGRESS" }))).status).toBeDefined();
    const item = await db().meetingItem.findFirstOrThrow({ where: { meetingId }, orderBy: { position: "asc" } });
    expect((await fieldsOf(decideItem(world.supervisor, meetingId, item.id, decisionSchema.parse({ version: item.version, decision: "MONITOR", rationale: "x" })))).status).toBeDefined();
    expect((await fieldsOf(refreshAgenda(world.supervisor, meetingId, { version: 8 }, NOW))).status).toBeDefined();

    await publishMinutes(world.supervisor, meetingId, publishMinutesSchema.parse({ version: 8, minutes: "Police minutes", partnerMinutes: "Partner minutes" }));
    const told = await db().notification.findMany({ where: { kind: "meeting.minutes_published", href: `/meetings/${meetingId}` }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([world.officer.id, world.partner.id].sort());
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutesPublishedAt).toBeInstanceOf(Date);
  });
});

describe("createAction: what an action is about belongs to its plan", () => {
  it("the group itself, a member, a linked person or place, or the plan's person; anything else is refused on subjectId", async () => {
    const group = await makeGroup(db());
    const other = await makeGroup(db());
    const member = await makeNominal(db());
    await makeMembership(db(), { groupId: group.id, nominalId: member.id });
    const stranger = await makeNominal(db());
    const linkedPerson = await makePerson(db());
    await link("PERSON", linkedPerson.id, "GROUP", group.id);
    const unlinkedPerson = await makePerson(db());
    const linkedPlace = await makeLocation(db());
    await link("GROUP", group.id, "LOCATION", linkedPlace.id);
    const unlinkedPlace = await makeLocation(db());
    const base = { groupId: group.id, strand: "PURSUE", title: "Disrupt", owningAgencyId: world.police.id, dueDate: "2027-05-01", priority: "MEDIUM" };
    const make = (over: Record<string, unknown>) => createAction(world.analyst, createActionSchema.parse({ ...base, ...over }));

    for (const ok of [{ subjectKind: "GROUP", subjectId: group.id }, { subjectKind: "NOMINAL", subjectId: member.id }, { subjectKind: "PERSON", subjectId: linkedPerson.id }, { subjectKind: "LOCATION", subjectId: linkedPlace.id }]) {
      expect((await make(ok)).id).toBeTruthy();
    }
    expect((await createAction(world.analyst, createActionSchema.parse({ ...base, groupId: undefined, personId: unlinkedPerson.id, strand: "PROTECT", subjectKind: "PERSON", subjectId: unlinkedPerson.id }))).id).toBeTruthy();
    for (const bad of [{ subjectKind: "GROUP", subjectId: other.id }, { subjectKind: "NOMINAL", subjectId: stranger.id }, { subjectKind: "PERSON", subjectId: unlinkedPerson.id }, { subjectKind: "LOCATION", subjectId: unlinkedPlace.id }]) {
      expect((await fieldsOf(make(bad))).subjectId, JSON.stringify(bad)).toBeDefined();
    }
    expect((await fieldsOf(createAction(world.analyst, createActionSchema.parse({ ...base, groupId: undefined, personId: linkedPerson.id, strand: "PROTECT", subjectKind: "PERSON", subjectId: unlinkedPerson.id })))).subjectId).toBeDefined();
  });
});

describe("what a partner is given", () => {
  const MARKERS = {
    assessment: "POLICE-ONLY-ASSESSMENT-7731",
    description: "POLICE-ONLY-DESCRIPTION-7731",
    peopleMentioned: "POLICE-ONLY-PEOPLE-7731",
    reason: "POLICE-ONLY-REASON-7731",
    rationale: "POLICE-ONLY-RATIONALE-7731",
    minutes: "POLICE-ONLY-MINUTES-7731",
    policeTitle: "POLICE-ONLY-TITLE-7731",
    hiddenGroup: "Hidden Firm 7731",
    hiddenPerson: "Hidden Person 7731",
  };
  let meetingId: string;
  let housingPartner: Actor;
  let shared: { id: string };
  let sharedPerson: { id: string };
  let concernItemId: string;

  beforeAll(async () => {
    housingPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
    const scope = (await makeNeighbourhood(db())).id;
    shared = await makeGroup(db(), { name: "Shared Crew", assessment: MARKERS.assessment, partnerSummary: "Exploits children on the estate.", sharedAgencyIds: [world.council.id], neighbourhoodIds: [scope] });
    await setScore(shared.id, "1b", 82);
    const hidden = await makeGroup(db(), { name: MARKERS.hiddenGroup, assessment: MARKERS.assessment, neighbourhoodIds: [scope] });
    await setScore(hidden.id, "2a", 64);
    sharedPerson = await highRisk("Casey Shared", { leadAgencyId: world.council.id, notes: MARKERS.assessment });
    await link("PERSON", sharedPerson.id, "GROUP", shared.id);
    const hiddenPerson = await highRisk(MARKERS.hiddenPerson, { leadAgencyId: world.housing.id });
    await link("PERSON", hiddenPerson.id, "GROUP", hidden.id);
    // A concern about an unscored group the council may not see.
    const quiet = await makeGroup(db(), { name: "Quiet Crew 7731" });
    await makeConcern(db(), {
      reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: scope, outcome: "ESCALATED_TO_TASKING", outcomeAt: at("2027-03-08T10:00:00Z"),
      description: MARKERS.description, peopleMentioned: MARKERS.peopleMentioned, sanitisedSummary: "Possible exploitation near the school.", groupId: quiet.id,
    });
    const { id } = await createMeeting(world.supervisor, meetingInput({ title: "Partnership tasking", type: "PARTNERSHIP", neighbourhoodIds: [scope], attendeeIds: [world.partner.id], agencyIds: [world.council.id] }), NOW);
    meetingId = id;
    // Police wording and reasons carry markers.
    await db().meetingItem.updateMany({ where: { meetingId }, data: { reason: MARKERS.reason } });
    await db().meetingItem.updateMany({ where: { meetingId, kind: "ESCALATED_CONCERN" }, data: { title: MARKERS.policeTitle } });
    let version = 1;
    await addFreeItem(world.supervisor, meetingId, freeItemSchema.parse({ version: version++, title: `${MARKERS.policeTitle} chair's item`, reason: MARKERS.reason, partnerTitle: "Summer activities on the estate" }));
    await addFreeItem(world.supervisor, meetingId, freeItemSchema.parse({ version: version++, title: `${MARKERS.policeTitle} covert briefing`, reason: MARKERS.reason }));
    const items = await db().meetingItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } });
    for (const item of items) await decideItem(world.supervisor, meetingId, item.id, decisionSchema.parse({ version: 1, decision: "ADOPT", rationale: MARKERS.rationale, partnerNote: "Partners to support." }));
    // An action tasked from the concern's item, owned by the council: that makes the council party to it.
    concernItemId = items.find((i) => i.kind === "ESCALATED_CONCERN")!.id;
    await createActionFromItem(world.supervisor, meetingId, concernItemId, itemActionSchema.parse({ strand: "PREVENT", title: "School awareness session", owningAgencyId: world.council.id, dueDate: "2027-04-01", priority: "MEDIUM" }));
    // A police-only action on the shared group's item (not shared with the partnership).
    const groupItem = items.find((i) => i.kind === "PRIORITY_GROUP" && i.groupId === shared.id)!;
    await createActionFromItem(world.supervisor, meetingId, groupItem.id, itemActionSchema.parse({ strand: "PURSUE", title: `${MARKERS.policeTitle} warrant`, owningAgencyId: world.police.id, dueDate: "2027-04-01", priority: "HIGH" }));
    await setMeetingStatus(world.supervisor, meetingId, { version, status: "IN_PROGRESS" });
    await setMeetingStatus(world.supervisor, meetingId, { version: version + 1, status: "CLOSED" });
    await publishMinutes(world.supervisor, meetingId, publishMinutesSchema.parse({ version: version + 2, minutes: MARKERS.minutes, partnerMinutes: "Partner minutes: support agreed." }));
  });

  it("a partner who does not attend (nor their agency) gets 404; an administrator 403", async () => {
    await expect(getMeeting(housingPartner, meetingId, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(meetingDocument(housingPartner, meetingId, "pack", NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listMeetings(housingPartner, { page: 1, pageSize: 100, sort: "startsAt", dir: "desc" }, {})).rows.map((r) => r.id)).not.toContain(meetingId);
    await expect(getMeeting(world.admin, meetingId, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listMeetings(world.admin, { page: 1, pageSize: 25, sort: "startsAt", dir: "desc" }, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(meetingFormOptions(world.partner)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("an attending partner gets only the items their agency is party to, in partner-safe wording", async () => {
    const view = await getMeeting(world.partner, meetingId, NOW);
    expect(view.audience).toBe("partner");
    expect(view.items.map((i) => [i.kind, i.title])).toEqual([
      ["ESCALATED_CONCERN", "Concern escalated to tasking"],
      ["PRIORITY_GROUP", `Priority group: ${(await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id: shared.id } })).reference} Shared Crew`],
      ["PERSON_HIGH_RISK", "High-risk person with no Protect action: Casey Shared"],
      ["FREE", "Summer activities on the estate"],
    ]);
    const group = view.items[1]!;
    expect(group).toMatchObject({ reason: "", rationale: "", partnerNote: "Partners to support.", decision: "ADOPT", subject: { kind: "GROUP", id: shared.id, summary: "Exploits children on the estate." }, actions: [] });
    expect(view.items[0]!.actions.map((a) => a.title)).toEqual(["School awareness session"]);
    expect(view.items[2]!.subject).toEqual({ kind: "PERSON", id: sharedPerson.id, label: "Casey Shared", summary: "High risk" });
    expect(view).toMatchObject({ minutes: "", partnerMinutes: "Partner minutes: support agreed." });
    expect((await listMeetings(world.partner, { page: 1, pageSize: 100, sort: "startsAt", dir: "desc" }, {})).rows.find((r) => r.id === meetingId)).toMatchObject({ itemCount: 4 });

    const text = JSON.stringify(view);
    for (const marker of Object.values(MARKERS)) expect(text, marker).not.toContain(marker);
  });

  it("the partner's pack and minutes documents hold none of the police-only text, and each download is audited", async () => {
    for (const kind of ["pack", "minutes"] as const) {
      const doc = await meetingDocument(world.partner, meetingId, kind, NOW);
      expect(doc).toMatchObject({ kind, audience: "partner", marking: expect.stringMatching(/^OFFICIAL: partner version/) });
      expect(doc.items).toHaveLength(4);
      const text = JSON.stringify(doc);
      for (const marker of Object.values(MARKERS)) expect(text, marker).not.toContain(marker);
    }
    expect((await meetingDocument(world.partner, meetingId, "minutes", NOW)).minutes).toBe("Partner minutes: support agreed.");
    const audit = await db().auditEvent.findMany({ where: { entityType: "Meeting", entityId: meetingId, actorId: world.partner.id }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["meeting.minutes_downloaded", "meeting.minutes_downloaded", "meeting.pack_downloaded"]);
  });

  it("the police get everything, marked OFFICIAL-SENSITIVE", async () => {
    const view = await getMeeting(world.officer, meetingId, NOW);
    expect(view.items).toHaveLength(7);
    expect(JSON.stringify(view)).toContain(MARKERS.rationale);
    const doc = await meetingDocument(world.officer, meetingId, "minutes", NOW);
    expect(doc).toMatchObject({ marking: "OFFICIAL-SENSITIVE", minutes: MARKERS.minutes });
    expect(JSON.stringify(doc)).toContain(MARKERS.hiddenGroup);
  });

  it("minutes are not a document before they exist: police before closing, partners before publishing", async () => {
    const scope = (await makeNeighbourhood(db())).id;
    const { id } = await createMeeting(world.supervisor, meetingInput({ neighbourhoodIds: [scope], attendeeIds: [world.partner.id] }), NOW);
    await expect(meetingDocument(world.officer, id, "minutes", NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(meetingDocument(world.partner, id, "minutes", NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await meetingDocument(world.partner, id, "pack", NOW)).items).toEqual([]);
  });
});
