// The REST API (app/api/v1), called through its real route handlers with the real policy, data
// layer and database. Only the session boundary is replaced: getActor returns the actor a test
// chooses (or null, for "not signed in").
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeGroup, makeLocation, makeMembership, makeNominal, makePerson, makeScoring, nextGroupReference } from "@/lib/db/factories-records";
import { buildOpenApiDocument, RESPONSE_SCHEMAS } from "@/lib/http/openapi";
import { groupSchema, linkSchema, membershipSchema, nominalSchema, personSchema, scoringSchema, updateGroupSchema, updatePersonSchema } from "@/lib/validation/records";
import { buildWorld } from "../support/world";
import { routeCaller, ORIGIN } from "../support/route-caller";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as groupsRoute from "@/app/api/v1/groups/route";
import * as groupRoute from "@/app/api/v1/groups/[id]/route";
import * as scoringsRoute from "@/app/api/v1/groups/[id]/scorings/route";
import * as membersRoute from "@/app/api/v1/groups/[id]/members/route";
import * as nominalsRoute from "@/app/api/v1/nominals/route";
import * as nominalRoute from "@/app/api/v1/nominals/[id]/route";
import * as peopleRoute from "@/app/api/v1/people-at-risk/route";
import * as personRoute from "@/app/api/v1/people-at-risk/[id]/route";
import * as locationsRoute from "@/app/api/v1/locations/route";
import * as locationRoute from "@/app/api/v1/locations/[id]/route";
import * as linksRoute from "@/app/api/v1/links/route";
import * as linkRoute from "@/app/api/v1/links/[id]/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";


const MARKER = "ZEBRA-MARKER-7731";
const MISSING = "00000000-0000-4000-8000-000000000000";

/** Calls a route handler as `as` (null: nobody signed in). A body is sent as JSON unless it is already a string. */
const call = routeCaller(session);

let world: Awaited<ReturnType<typeof buildWorld>>;
let shared: { id: string; name: string };
let unshared: { id: string };
let member: { id: string; name: string };
let location: { id: string };

const groupBody = (over: Record<string, unknown> = {}) => ({
  reference: nextGroupReference(),
  name: "Ashgrove Boys",
  aliases: ["AGB"],
  status: "ACTIVE",
  crimeTypes: ["COUNTY_LINES"],
  neighbourhoodIds: [world.patch[0]!.id],
  assessment: `POLICE-ONLY ${MARKER}`,
  partnerSummary: "A group exploiting children to sell drugs on the estate.",
  sharedAgencyIds: [world.council.id],
  ...over,
});
const ratings = (level: "LOW" | "MEDIUM" | "HIGH") => ({
  capability: { violence: level, weapons: level, infiltration: level, tacticalAwareness: level, criminalExpertise: level, resilience: level },
  harm: { physical: level, psychological: level, financial: level, community: level, victimVulnerability: level, geographicScope: level },
  likelihood: level,
  confidence: "MEDIUM",
  rationale: `All ${level.toLowerCase()}`,
});
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

beforeAll(async () => {
  world = await buildWorld();
  const group = await makeGroup(db(), { name: "Riverside Crew", assessment: `Informant says ${MARKER}`, partnerSummary: "Shared summary.", sharedAgencyIds: [world.council.id], neighbourhoodIds: [world.patch[0]!.id], createdById: world.analyst.id });
  shared = group;
  await makeScoring(db(), { groupId: group.id, authorId: world.analyst.id });
  member = await makeNominal(db(), { name: `Dex ${MARKER}`, warningMarkers: ["WEAPONS"], dateOfBirth: new Date("1990-01-02") });
  await makeMembership(db(), { groupId: group.id, nominalId: member.id, role: "Enforcer" });
  unshared = await makeGroup(db(), { name: "Hollow Lane Firm", sharedAgencyIds: [world.housing.id] });
  location = await makeLocation(db(), { address: `12 Mill Road ${MARKER}` });
});

describe("authentication and permissions", () => {
  it("answers 401 with the error shape when nobody is signed in", async () => {
    for (const [handler, method, url] of [[groupsRoute.GET, "GET", "/api/v1/groups"], [groupsRoute.POST, "POST", "/api/v1/groups"], [nominalsRoute.GET, "GET", "/api/v1/nominals"], [openapiRoute.GET, "GET", "/api/v1/openapi.json"]] as const) {
      const answer = await call(handler, null, method, url, method === "POST" ? { body: groupBody() } : {});
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue" } });
    }
    const byId = await call(groupRoute.GET, null, "GET", `/api/v1/groups/${shared.id}`, { id: shared.id });
    expect(byId.status).toBe(401);
    expect(byId.text).not.toContain(shared.name);
  });

  it("refuses an officer who tries to create a group (403), before reading the body", async () => {
    const before = await db().organisedCrimeGroup.count();
    const answer = await call(groupsRoute.POST, world.officer, "POST", "/api/v1/groups", { body: groupBody() });
    expect(answer.status).toBe(403);
    expect(answer.json.error.code).toBe("FORBIDDEN");
    expect((await call(groupsRoute.POST, world.officer, "POST", "/api/v1/groups", { body: "{not json" })).status).toBe(403);
    expect(await db().organisedCrimeGroup.count()).toBe(before);
  });

  it("refuses an officer who tries to score (403) and an administrator who lists groups (403)", async () => {
    expect((await call(scoringsRoute.POST, world.officer, "POST", `/api/v1/groups/${shared.id}/scorings`, { id: shared.id, body: ratings("HIGH") })).status).toBe(403);
    expect((await call(groupsRoute.GET, world.admin, "GET", "/api/v1/groups")).status).toBe(403);
    // Only partners are told "nothing here" for police intelligence; other roles keep the 403.
    expect((await call(nominalsRoute.GET, world.admin, "GET", "/api/v1/nominals")).status).toBe(403);
  });
});

describe("what a partner is given", () => {
  it("404 for a group not shared with their agency, and for a malformed id", async () => {
    const answer = await call(groupRoute.GET, world.partner, "GET", `/api/v1/groups/${unshared.id}`, { id: unshared.id });
    expect(answer.status).toBe(404);
    expect(answer.json.error.code).toBe("NOT_FOUND");
    expect(answer.text).not.toContain("Hollow Lane");
    expect((await call(groupRoute.GET, world.partner, "GET", "/api/v1/groups/not-a-uuid", { id: "not-a-uuid" })).status).toBe(404);
  });

  it("only the partner-safe fields of a shared group", async () => {
    const answer = await call(groupRoute.GET, world.partner, "GET", `/api/v1/groups/${shared.id}`, { id: shared.id });
    expect(answer.status).toBe(200);
    const data = answer.json.data;
    expect(data).toMatchObject({ audience: "partner", id: shared.id, name: "Riverside Crew", partnerSummary: "Shared summary." });
    for (const hidden of ["assessment", "score", "band", "members", "scorings", "links", "shares", "lro", "sro", "version"]) expect(data).not.toHaveProperty(hidden);
    expect(answer.text).not.toContain(MARKER);
    expect(answer.text).not.toContain(member.id);
    // Exactly the documented partner view, nothing more (the schema is strict).
    expect(RESPONSE_SCHEMAS.GroupPartnerView.safeParse(data).success).toBe(true);
  });

  it("the group list holds only shared groups, as partner-safe rows", async () => {
    const answer = await call(groupsRoute.GET, world.partner, "GET", "/api/v1/groups?band=1a&sort=score");
    expect(answer.status).toBe(200);
    expect(answer.json.audience).toBe("partner");
    const ids = answer.json.data.map((r: { id: string }) => r.id);
    expect(ids).toContain(shared.id);
    expect(ids).not.toContain(unshared.id);
    for (const row of answer.json.data) {
      expect(RESPONSE_SCHEMAS.GroupPartnerRow.strict().safeParse(row).success).toBe(true);
      expect(row).not.toHaveProperty("score");
    }
    expect(answer.text).not.toContain(MARKER);
  });

  it("404 for any nominal, location or link, by id or as a list, read or write", async () => {
    const attempts: [unknown, string, string, { id?: string; body?: unknown }][] = [
      [nominalRoute.GET, "GET", `/api/v1/nominals/${member.id}`, { id: member.id }],
      [nominalRoute.PATCH, "PATCH", `/api/v1/nominals/${member.id}`, { id: member.id, body: { name: "x", version: 1 } }],
      [nominalsRoute.GET, "GET", "/api/v1/nominals", {}],
      [nominalsRoute.POST, "POST", "/api/v1/nominals", { body: { name: "x" } }],
      [locationRoute.GET, "GET", `/api/v1/locations/${location.id}`, { id: location.id }],
      [locationsRoute.GET, "GET", "/api/v1/locations", {}],
      [locationsRoute.POST, "POST", "/api/v1/locations", { body: { address: "x", type: "OTHER" } }],
      [linksRoute.POST, "POST", "/api/v1/links", { body: { fromKind: "NOMINAL", fromId: member.id, toKind: "LOCATION", toId: location.id, type: "LIVES_AT" } }],
      [linkRoute.DELETE, "DELETE", `/api/v1/links/${member.id}`, { id: member.id }],
    ];
    for (const [handler, method, url, options] of attempts) {
      const answer = await call(handler, world.partner, method, url, options);
      expect(answer.status, `${method} ${url}`).toBe(404);
      expect(answer.json.error.code).toBe("NOT_FOUND");
      expect(answer.text).not.toContain(MARKER);
    }
    expect(await db().nominal.count({ where: { name: "x" } })).toBe(0);
  });

  it("a shared person at risk without police notes; 404 for one not shared", async () => {
    const sharedPerson = await makePerson(db(), { name: "Kai Shared", notes: `Police note ${MARKER}`, sharedAgencyIds: [world.council.id] });
    const otherPerson = await makePerson(db(), { name: "Lou Private", sharedAgencyIds: [world.housing.id] });
    const answer = await call(personRoute.GET, world.partner, "GET", `/api/v1/people-at-risk/${sharedPerson.id}`, { id: sharedPerson.id });
    expect(answer.status).toBe(200);
    expect(answer.json.data).toMatchObject({ audience: "partner", name: "Kai Shared", links: [] });
    expect(answer.json.data).not.toHaveProperty("notes");
    expect(answer.text).not.toContain(MARKER);
    expect((await call(personRoute.GET, world.partner, "GET", `/api/v1/people-at-risk/${otherPerson.id}`, { id: otherPerson.id })).status).toBe(404);
    const list = await call(peopleRoute.GET, world.partner, "GET", "/api/v1/people-at-risk");
    expect(list.json.audience).toBe("partner");
    expect(list.json.data.map((p: { id: string }) => p.id)).toContain(sharedPerson.id);
    expect(list.json.data.map((p: { id: string }) => p.id)).not.toContain(otherPerson.id);
  });
});

describe("groups for the police", () => {
  it("lists with scores and bands, dates as ISO strings, filters and paging", async () => {
    const answer = await call(groupsRoute.GET, world.officer, "GET", "/api/v1/groups?pageSize=50&status=ACTIVE");
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.json).toMatchObject({ audience: "police", page: 1, pageSize: 50 });
    expect(answer.json.total).toBeGreaterThanOrEqual(2);
    const row = answer.json.data.find((r: { id: string }) => r.id === shared.id);
    expect(RESPONSE_SCHEMAS.GroupPoliceRow.parse(row)).toMatchObject({ memberCount: 1, band: expect.any(String), score: expect.any(Number) });
    expect(row.updatedAt).toMatch(ISO);
    const searched = await call(groupsRoute.GET, world.officer, "GET", "/api/v1/groups?q=riverside");
    expect(searched.json.data[0]?.id).toBe(shared.id);
    const dormant = await call(groupsRoute.GET, world.officer, "GET", "/api/v1/groups?status=DORMANT");
    expect(dormant.json.data.map((r: { id: string }) => r.id)).not.toContain(shared.id);
  });

  it("422 for a filter value that is not allowed, naming the parameter", async () => {
    const answer = await call(groupsRoute.GET, world.officer, "GET", "/api/v1/groups?status=NOPE&band=9z");
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.json.error.fields).sort()).toEqual(["band", "status"]);
  });

  it("the full police view by id", async () => {
    const answer = await call(groupRoute.GET, world.officer, "GET", `/api/v1/groups/${shared.id}`, { id: shared.id });
    expect(answer.status).toBe(200);
    expect(answer.json.data).toMatchObject({ audience: "police", assessment: `Informant says ${MARKER}`, version: expect.any(Number) });
    expect(answer.json.data.members).toHaveLength(1);
    expect(answer.json.data.members[0].nominal.id).toBe(member.id);
    expect(answer.json.data.scoredAt).toMatch(ISO);
    expect(answer.text).not.toContain("passwordHash");
  });

  it("creates (201 + Location), then updates with the version, and refuses a stale update with 409", async () => {
    const body = groupBody();
    const created = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    expect(created.headers.get("location")).toBe(`${ORIGIN}/api/v1/groups/${id}`);

    const saved = await call(groupRoute.PATCH, world.analyst, "PATCH", `/api/v1/groups/${id}`, { id, body: { ...body, name: "Ashgrove Boys (renamed)", version: 1 } });
    expect(saved.status).toBe(200);
    expect(saved.json.data).toEqual({ id, version: 2 });

    const stale = await call(groupRoute.PATCH, world.supervisor, "PATCH", `/api/v1/groups/${id}`, { id, body: { ...body, name: "Someone else's edit", version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "CONFLICT", changedBy: world.analyst.name, changedAt: expect.stringMatching(ISO) });
    const row = await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Ashgrove Boys (renamed)", version: 2 });
  });

  it("PATCH without a version is a 422 on the version field", async () => {
    const answer = await call(groupRoute.PATCH, world.analyst, "PATCH", `/api/v1/groups/${shared.id}`, { id: shared.id, body: groupBody() });
    expect(answer.status).toBe(422);
    expect(answer.json.error.fields.version).toBeDefined();
  });

  it("422 with a message per field for a bad body; 400 for a body that is not JSON; 415 for one not sent as JSON", async () => {
    const invalid = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body: { reference: "nope", name: "", crimeTypes: [], sharedAgencyIds: ["x"] } });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.code).toBe("INVALID");
    expect(invalid.json.error.fields).toMatchObject({
      reference: ["Reference must look like 05/00283"],
      name: ["Name is required"],
      status: ["Choose a status"],
      crimeTypes: ["Choose at least one crime type"],
      sharedAgencyIds: [expect.stringContaining("agency")],
    });

    const notJson = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body: '{"name": ' });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error.code).toBe("BAD_REQUEST");

    const form = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body: JSON.stringify(groupBody()), contentType: "text/plain" });
    expect(form.status).toBe(415);
  });

  it("a duplicate reference is a 422 on the reference field (a data-layer check)", async () => {
    const body = groupBody();
    expect((await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body })).status).toBe(201);
    const again = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body });
    expect(again.status).toBe(422);
    expect(again.json.error.fields).toEqual({ reference: ["Another group already has this reference"] });
  });

  it("scores a group: 201 with score, band and working", async () => {
    const answer = await call(scoringsRoute.POST, world.analyst, "POST", `/api/v1/groups/${shared.id}/scorings`, { id: shared.id, body: ratings("HIGH") });
    expect(answer.status).toBe(201);
    expect(answer.json.data).toMatchObject({ score: 100, band: "1a" });
    expect(RESPONSE_SCHEMAS.ScoringResult.parse(answer.json).data.working.length).toBeGreaterThan(0);
    const bad = await call(scoringsRoute.POST, world.analyst, "POST", `/api/v1/groups/${shared.id}/scorings`, { id: shared.id, body: { ...ratings("LOW"), likelihood: "SOMETIMES", rationale: "" } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["likelihood", "rationale"]);
    expect((await call(scoringsRoute.POST, world.analyst, "POST", `/api/v1/groups/${MISSING}/scorings`, { id: MISSING, body: ratings("LOW") })).status).toBe(404);
  });

  it("adds a member (201), and refuses the same nominal twice (422)", async () => {
    const nominal = await makeNominal(db(), { name: "Fin Carter" });
    const body = { nominalId: nominal.id, standing: "PERIPHERAL_SUBJECT", role: "Courier", fromDate: "2024-01-01" };
    const added = await call(membersRoute.POST, world.analyst, "POST", `/api/v1/groups/${shared.id}/members`, { id: shared.id, body });
    expect(added.status).toBe(201);
    expect(added.json.data.id).toEqual(expect.any(String));
    const twice = await call(membersRoute.POST, world.analyst, "POST", `/api/v1/groups/${shared.id}/members`, { id: shared.id, body });
    expect(twice.status).toBe(422);
    expect(twice.json.error.fields.nominalId[0]).toContain("already a member");
    const backwards = await call(membersRoute.POST, world.analyst, "POST", `/api/v1/groups/${shared.id}/members`, { id: shared.id, body: { ...body, toDate: "2023-01-01" } });
    expect(backwards.json.error.fields).toEqual({ toDate: ["To must be on or after From"] });
  });
});

describe("nominals, people at risk, locations and links for the police", () => {
  it("nominals: create, read (ISO dates, no index column), list, update, stale update", async () => {
    const created = await call(nominalsRoute.POST, world.analyst, "POST", "/api/v1/nominals", { body: { name: "Jordan Pike", aliases: ["JP"], dateOfBirth: "1999-05-06", vehicles: ["ab12 cde"], warningMarkers: ["DRUGS"], risk: "HIGH" } });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    expect(created.headers.get("location")).toBe(`${ORIGIN}/api/v1/nominals/${id}`);

    const read = await call(nominalRoute.GET, world.officer, "GET", `/api/v1/nominals/${id}`, { id });
    expect(read.status).toBe(200);
    expect(read.json.data).toMatchObject({ id, name: "Jordan Pike", dateOfBirth: "1999-05-06T00:00:00.000Z", vehicles: ["AB12 CDE"], version: 1, links: [] });
    expect(read.json.data).not.toHaveProperty("searchText");

    const list = await call(nominalsRoute.GET, world.officer, "GET", "/api/v1/nominals?marker=WEAPONS");
    expect(list.status).toBe(200);
    expect(list.json.data.map((n: { id: string }) => n.id)).toEqual([member.id]);
    expect(RESPONSE_SCHEMAS.NominalRow.parse(list.json.data[0]).groups[0]?.id).toBe(shared.id);

    expect((await call(nominalRoute.PATCH, world.officer, "PATCH", `/api/v1/nominals/${id}`, { id, body: { name: "x", version: 1 } })).status).toBe(403);
    const saved = await call(nominalRoute.PATCH, world.analyst, "PATCH", `/api/v1/nominals/${id}`, { id, body: { name: "Jordan Pike", risk: "MEDIUM", version: 1 } });
    expect(saved.json.data).toEqual({ id, version: 2 });
    const stale = await call(nominalRoute.PATCH, world.supervisor, "PATCH", `/api/v1/nominals/${id}`, { id, body: { name: "Jordan P", version: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.changedBy).toBe(world.analyst.name);
    expect((await call(nominalRoute.GET, world.officer, "GET", `/api/v1/nominals/${MISSING}`, { id: MISSING })).status).toBe(404);
  });

  it("people at risk: create, read with notes, list, update, and the cross-field rule", async () => {
    const body = { name: "Mia Shaw", ageGroup: "CHILD", ageYears: 15, vulnerabilities: ["CCE"], riskLevel: "HIGH", consentRecorded: true, sharedAgencyIds: [world.council.id], leadAgencyId: world.council.id, notes: "Police note" };
    const created = await call(peopleRoute.POST, world.analyst, "POST", "/api/v1/people-at-risk", { body });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    const read = await call(personRoute.GET, world.officer, "GET", `/api/v1/people-at-risk/${id}`, { id });
    expect(read.json.data).toMatchObject({ audience: "police", notes: "Police note", leadAgency: { id: world.council.id } });
    const list = await call(peopleRoute.GET, world.officer, "GET", "/api/v1/people-at-risk?riskLevel=HIGH&ageGroup=CHILD");
    expect(RESPONSE_SCHEMAS.PersonRow.array().parse(list.json.data).map((p) => p.id)).toContain(id);
    expect((await call(personRoute.PATCH, world.analyst, "PATCH", `/api/v1/people-at-risk/${id}`, { id, body: { ...body, riskLevel: "MEDIUM", version: 1 } })).json.data).toEqual({ id, version: 2 });
    const tooOld = await call(peopleRoute.POST, world.analyst, "POST", "/api/v1/people-at-risk", { body: { ...body, ageYears: 19 } });
    expect(tooOld.status).toBe(422);
    expect(tooOld.json.error.fields).toEqual({ ageYears: ["A child must be under 18"] });
    expect((await call(peopleRoute.POST, world.officer, "POST", "/api/v1/people-at-risk", { body })).status).toBe(403);
  });

  it("locations: create, read, list, update", async () => {
    const created = await call(locationsRoute.POST, world.analyst, "POST", "/api/v1/locations", { body: { address: "4 Canal Street", postcode: "nb1 2cd", type: "NAIL_BAR", flags: ["EXPLOITATION_SITE"], latitude: 52.4, longitude: -1.5, neighbourhoodId: world.patch[1]!.id } });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    const read = await call(locationRoute.GET, world.officer, "GET", `/api/v1/locations/${id}`, { id });
    expect(read.json.data).toMatchObject({ address: "4 Canal Street", postcode: "NB1 2CD", neighbourhood: { id: world.patch[1]!.id } });
    expect(read.json.data).not.toHaveProperty("searchText");
    const list = await call(locationsRoute.GET, world.officer, "GET", `/api/v1/locations?flag=EXPLOITATION_SITE&neighbourhoodId=${world.patch[1]!.id}`);
    expect(RESPONSE_SCHEMAS.LocationRow.array().parse(list.json.data).map((l) => l.id)).toEqual([id]);
    const outOfArea = await call(locationRoute.PATCH, world.analyst, "PATCH", `/api/v1/locations/${id}`, { id, body: { address: "4 Canal Street", type: "NAIL_BAR", latitude: 40, version: 1 } });
    expect(outOfArea.status).toBe(422);
    expect(Object.keys(outOfArea.json.error.fields)).toEqual(["latitude"]);
    expect((await call(locationRoute.PATCH, world.analyst, "PATCH", `/api/v1/locations/${id}`, { id, body: { address: "4 Canal St", type: "NAIL_BAR", version: 1 } })).status).toBe(200);
  });

  it("links: create (201), shown on both records, delete (204), delete again (404)", async () => {
    const body = { fromKind: "NOMINAL", fromId: member.id, toKind: "LOCATION", toId: location.id, type: "LIVES_AT", fromDate: "2024-02-01", sourceNote: "Stop check" };
    const created = await call(linksRoute.POST, world.analyst, "POST", "/api/v1/links", { body });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    const onLocation = await call(locationRoute.GET, world.officer, "GET", `/api/v1/locations/${location.id}`, { id: location.id });
    expect(onLocation.json.data.links).toEqual([expect.objectContaining({ id, type: "LIVES_AT", direction: "in", fromDate: "2024-02-01T00:00:00.000Z" })]);
    expect((await call(linksRoute.POST, world.analyst, "POST", "/api/v1/links", { body: { ...body, toKind: "NOMINAL", toId: member.id } })).json.error.fields).toEqual({ toId: ["A record cannot be linked to itself"] });
    expect((await call(linkRoute.DELETE, world.officer, "DELETE", `/api/v1/links/${id}`, { id })).status).toBe(403);
    const removed = await call(linkRoute.DELETE, world.analyst, "DELETE", `/api/v1/links/${id}`, { id });
    expect(removed.status).toBe(204);
    expect(removed.text).toBe("");
    expect((await call(linkRoute.DELETE, world.analyst, "DELETE", `/api/v1/links/${id}`, { id })).status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  const EXPECTED: Record<string, string[]> = {
    "/api/v1/groups": ["get", "post"],
    "/api/v1/groups/{id}": ["get", "patch"],
    "/api/v1/groups/{id}/scorings": ["post"],
    "/api/v1/groups/{id}/members": ["post"],
    "/api/v1/nominals": ["get", "post"],
    "/api/v1/nominals/{id}": ["get", "patch"],
    "/api/v1/people-at-risk": ["get", "post"],
    "/api/v1/people-at-risk/{id}": ["get", "patch"],
    "/api/v1/locations": ["get", "post"],
    "/api/v1/locations/{id}": ["get", "patch"],
    "/api/v1/links": ["post"],
    "/api/v1/links/{id}": ["delete"],
    "/api/v1/concerns": ["get", "post"],
    "/api/v1/concerns/{id}": ["get"],
    "/api/v1/concerns/{id}/assessment": ["patch"],
    "/api/v1/actions": ["get", "post"],
    "/api/v1/actions/{id}": ["get", "patch"],
    "/api/v1/referrals": ["get", "post"],
    "/api/v1/referrals/{id}": ["get", "patch"],
    "/api/v1/export/{kind}": ["get"],
    "/api/v1/meetings": ["get", "post"],
    "/api/v1/meetings/{id}": ["get", "patch"],
    "/api/v1/meetings/{id}/agenda": ["post"],
    "/api/v1/meetings/{id}/items": ["post"],
    "/api/v1/meetings/{id}/items/{itemId}": ["patch", "delete"],
    "/api/v1/meetings/{id}/items/{itemId}/move": ["post"],
    "/api/v1/meetings/{id}/items/{itemId}/actions": ["post"],
    "/api/v1/meetings/{id}/status": ["post"],
    "/api/v1/meetings/{id}/minutes": ["post"],
    "/api/v1/meetings/{id}/pack.pdf": ["get"],
    "/api/v1/meetings/{id}/minutes.pdf": ["get"],
    "/api/v1/openapi.json": ["get"],
  };

  /** Keys zod itself reports missing when given an empty object: the fields a client must send. */
  const zodRequired = (schema: z.ZodType) => [...new Set((schema.safeParse({}).error?.issues ?? []).map((i) => String(i.path[0])))].sort();

  it("is OpenAPI 3.1 with every path and method, served to a signed-in user", async () => {
    const answer = await call(openapiRoute.GET, world.analyst, "GET", "/api/v1/openapi.json");
    expect(answer.status).toBe(200);
    const doc = answer.json;
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [p, methods] of Object.entries(EXPECTED)) {
      expect(Object.keys(doc.paths[p]).sort(), p).toEqual([...methods].sort());
      for (const method of methods) {
        const op = doc.paths[p][method];
        expect(op.responses["401"], `${method} ${p}`).toEqual({ $ref: "#/components/responses/Unauthenticated" });
        if (p.includes("{id}")) expect(op.parameters).toContainEqual(expect.objectContaining({ name: "id", in: "path", required: true }));
        if (p.includes("{itemId}")) expect(op.parameters).toContainEqual(expect.objectContaining({ name: "itemId", in: "path", required: true }));
        if (["post", "patch"].includes(method)) expect(op.responses["422"]).toBeDefined();
      }
    }
    expect(doc.paths["/api/v1/groups/{id}"].patch.responses["409"]).toEqual({ $ref: "#/components/responses/Conflict" });
    expect(doc.paths["/api/v1/groups"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["page", "pageSize", "sort", "dir", "q", "status", "band", "neighbourhoodId", "areaCommand", "crimeType"]);
    expect(doc.paths["/api/v1/nominals"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["groupId", "risk", "marker"]));
    expect(doc.paths["/api/v1/people-at-risk"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["riskLevel", "vulnerability", "leadAgencyId", "agencyType", "ageGroup"]));
    expect(doc.paths["/api/v1/locations"].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["type", "flag", "neighbourhoodId"]));

    // The error shape, and every $ref resolves.
    expect(doc.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
    for (const [, name] of answer.text.matchAll(/"#\/components\/(?:schemas|responses)\/(\w+)"/g)) {
      expect(doc.components.schemas[name!] ?? doc.components.responses[name!], name).toBeDefined();
    }
  });

  it("request bodies are the zod schemas, with the fields zod requires", async () => {
    const { schemas } = (await call(openapiRoute.GET, world.analyst, "GET", "/api/v1/openapi.json")).json.components;
    const bodies: Record<string, z.ZodType> = { GroupInput: groupSchema, GroupUpdate: updateGroupSchema, ScoringInput: scoringSchema, MembershipInput: membershipSchema, NominalInput: nominalSchema, PersonInput: personSchema, PersonUpdate: updatePersonSchema, LinkInput: linkSchema };
    for (const [name, schema] of Object.entries(bodies)) expect([...schemas[name].required].sort(), name).toEqual(zodRequired(schema));
    expect(schemas.GroupInput.required).toEqual(["reference", "name", "status", "crimeTypes"]);
    expect(schemas.GroupUpdate.required).toContain("version");
    expect(schemas.NominalUpdate.required).toEqual(["name", "version"]);
    expect(schemas.LocationUpdate.required).toEqual(["address", "type", "version"]);
    expect(schemas.ScoringInput.properties.capability.required).toHaveLength(6);
    expect(schemas.GroupInput.properties.status.enum).toEqual(["EMERGING", "ACTIVE", "DORMANT", "ARCHIVED"]);
    expect(schemas.GroupInput.properties.crimeTypes).toMatchObject({ type: "array", minItems: 1 });
    expect(schemas.GroupInput).not.toHaveProperty("$schema");
    const post = (await call(openapiRoute.GET, world.analyst, "GET", "/api/v1/openapi.json")).json.paths["/api/v1/groups"].post;
    expect(post.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/GroupInput" });
  });

  it("every documented operation has a route handler, and every route handler is documented", async () => {
    const doc = buildOpenApiDocument({ audience: "police" });
    const root = path.resolve(process.cwd(), "app/api/v1");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    const served = new Set<string>();
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      const urlPath = "/api/v1/" + path.dirname(file).split(path.sep).join("/").replace(/\[(\w+)\]/g, "{$1}");
      for (const method of ["GET", "POST", "PATCH", "PUT", "DELETE"]) if (typeof mod[method] === "function") served.add(`${method.toLowerCase()} ${urlPath}`);
    }
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p}`)));
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it("a partner is given only what partners may use", async () => {
    const answer = await call(openapiRoute.GET, world.partner, "GET", "/api/v1/openapi.json");
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json.paths).sort()).toEqual(["/api/v1/actions", "/api/v1/actions/{id}", "/api/v1/concerns", "/api/v1/concerns/{id}", "/api/v1/groups", "/api/v1/groups/{id}", "/api/v1/meetings", "/api/v1/meetings/{id}", "/api/v1/meetings/{id}/minutes.pdf", "/api/v1/meetings/{id}/pack.pdf", "/api/v1/openapi.json", "/api/v1/people-at-risk", "/api/v1/people-at-risk/{id}", "/api/v1/referrals", "/api/v1/referrals/{id}"]);
    // Partners read what is shared with them, may log a concern, and update their own agency's actions.
    const methods: Record<string, string[]> = { "/api/v1/concerns": ["post"], "/api/v1/actions/{id}": ["get", "patch"], "/api/v1/referrals": ["get", "post"], "/api/v1/referrals/{id}": ["get", "patch"] };
    for (const [p, ops] of Object.entries(answer.json.paths)) expect(Object.keys(ops as object).sort(), p).toEqual(methods[p] ?? ["get"]);
    // (A concern's status IN_ASSESSMENT is theirs to see; an assessment is not. The outcome note of
    // their own agency's action is theirs to write, so updating an action is left out of this check.)
    const rest = structuredClone(answer.json);
    delete rest.paths["/api/v1/actions/{id}"].patch;
    delete rest.components.schemas.ActionUpdate;
    expect(JSON.stringify(rest)).not.toMatch(/nominal|\/locations|\/links|GroupPoliceRow|(?<!IN_)assessment|gradingReason|outcomeNote/i);
    expect(answer.json.paths["/api/v1/groups"].get.parameters.map((p: { name: string }) => p.name)).not.toContain("band");
  });
});
