// The concerns API (app/api/v1/concerns), called through its real route handlers with the real
// policy, data layer and database. Only the session boundary is replaced, as in api-records.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { concernsForRecord } from "@/lib/dal/concerns";
import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/db/factories";
import { makeConcern, makeGroup } from "@/lib/db/factories-records";
import { buildOpenApiDocument, RESPONSE_SCHEMAS } from "@/lib/http/openapi";
import { routeCaller, ORIGIN } from "../support/route-caller";
import { asActor, buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as concernsRoute from "@/app/api/v1/concerns/route";
import * as concernRoute from "@/app/api/v1/concerns/[id]/route";
import * as assessmentRoute from "@/app/api/v1/concerns/[id]/assessment/route";


const RAW = "RAW-TEXT";
const REASON = "GRADING-REASON-K4 the informant owes the occupant money";
const NOTE = "OUTCOME-NOTE-K4 MASH referral made";
const CONDITIONS = "For safeguarding use only; not to be shared with the family.";
const SUMMARY = "A child from the area is believed to be at risk of criminal exploitation.";
const MISSING = "00000000-0000-4000-8000-000000000000";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const call = routeCaller(session);

let world: Awaited<ReturnType<typeof buildWorld>>;
let housingPartner: Actor;
let group: { id: string };

const concernBody = (over: Record<string, unknown> = {}) => ({
  category: "COUNTY_LINES",
  indicators: ["Several handsets", "Unexplained money, clothes or phones"],
  description: `${RAW} Boy about 15 with two phones and £300 outside the station, picked up by an older male.`,
  occurredAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
  address: "Station Approach",
  neighbourhoodId: world.patch[0]!.id,
  peopleMentioned: "Boy, 15; male driver, 20s",
  vehiclesMentioned: "Grey hatchback",
  source: "OWN_OBSERVATION",
  ...over,
});
const assessment = (over: Record<string, unknown> = {}) => ({ version: 1, sourceEvaluation: "UNTESTED", intelAssessment: "B", handlingCode: "P", ...over });
const logAs = async (actor: Actor, over: Record<string, unknown> = {}) => {
  const answer = await call(concernsRoute.POST, actor, "POST", "/api/v1/concerns", { body: concernBody(over) });
  expect(answer.status, answer.text).toBe(201);
  return answer.json.data.id as string;
};
const assess = (actor: Actor, id: string, body: Record<string, unknown>) => call(assessmentRoute.PATCH, actor, "PATCH", `/api/v1/concerns/${id}/assessment`, { id, body });

beforeAll(async () => {
  world = await buildWorld();
  housingPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
  group = await makeGroup(db(), { name: "Station Approach Line", neighbourhoodIds: [world.patch[0]!.id] });
});

describe("POST /api/v1/concerns", () => {
  it("logs a concern (201 + Location), as NEW, audited", async () => {
    const answer = await call(concernsRoute.POST, world.officer, "POST", "/api/v1/concerns", { body: concernBody() });
    expect(answer.status).toBe(201);
    const id = answer.json.data.id as string;
    expect(answer.headers.get("location")).toBe(`${ORIGIN}/api/v1/concerns/${id}`);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    // /api/v1 has no proxy: the answer carries the request id the audit event was written with.
    expect(answer.headers.get("x-request-id")).toBe(world.officer.requestId);
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", reportedById: world.officer.id, category: "COUNTY_LINES", source: "OWN_OBSERVATION" });
    expect(await db().auditEvent.count({ where: { entityId: id, action: "concern.logged", actorId: world.officer.id, requestId: world.officer.requestId } })).toBe(1);
  });

  it("answers 422 with a message per field", async () => {
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ category: undefined }, { category: ["Choose what kind of organised crime this looks like"] }],
      [{ description: "" }, { description: ["What you saw or heard is required"] }],
      [{ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }, { occurredAt: ["When cannot be in the future"] }],
      [{ address: "", neighbourhoodId: undefined }, { address: ["Say where: an address, a known location or at least the neighbourhood"] }],
      [{ indicators: ["Adverts"] }, { indicators: ["Tick indicators from the list for this category"] }],
    ];
    const before = await db().concern.count();
    for (const [over, fields] of cases) {
      const answer = await call(concernsRoute.POST, world.officer, "POST", "/api/v1/concerns", { body: concernBody(over) });
      expect(answer.status, JSON.stringify(over)).toBe(422);
      expect(answer.json.error).toEqual({ code: "INVALID", message: "Some fields need attention", fields });
    }
    expect(await db().concern.count()).toBe(before);
  });

  it("401 without a session; 415 for a body that is not JSON", async () => {
    expect((await call(concernsRoute.POST, null, "POST", "/api/v1/concerns", { body: concernBody() })).status).toBe(401);
    expect((await call(concernsRoute.POST, world.officer, "POST", "/api/v1/concerns", { body: "category=CSE", contentType: "application/x-www-form-urlencoded" })).status).toBe(415);
  });

  it("alerts every active supervisor when someone is at immediate risk", async () => {
    const second = await makeUser(db(), { role: "SUPERVISOR", agencyId: world.police.id });
    const id = await logAs(world.officer, { immediateRisk: true, indicators: ["Carrying weapons"] });
    const supervisors = await db().user.findMany({ where: { role: "SUPERVISOR", active: true }, select: { id: true } });
    expect(supervisors.map((s) => s.id)).toEqual(expect.arrayContaining([world.supervisor.id, second.id]));
    const alerted = await db().notification.findMany({ where: { href: `/concerns/${id}`, kind: "concern.immediate_risk" }, select: { userId: true } });
    expect(alerted.map((n) => n.userId).sort()).toEqual(supervisors.map((s) => s.id).sort());
  });
});

describe("GET /api/v1/concerns (the triage queue)", () => {
  it("gives analysts the open concerns, oldest first, with filters", async () => {
    const hood = world.patch[1]!.id;
    const by = { reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: hood };
    const older = await makeConcern(db(), { ...by, createdAt: new Date(Date.now() - 3 * 86_400_000), category: "CSE", indicators: ["Going missing"] });
    const newer = await makeConcern(db(), { ...by, createdAt: new Date(Date.now() - 86_400_000), immediateRisk: true });
    const answer = await call(concernsRoute.GET, world.analyst, "GET", `/api/v1/concerns?neighbourhoodId=${hood}`);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ audience: "police", page: 1, pageSize: 25, total: 2 });
    expect(answer.json.data.map((r: { id: string }) => r.id)).toEqual([older.id, newer.id]);
    for (const row of answer.json.data) expect(RESPONSE_SCHEMAS.ConcernTriageRow.strict().safeParse(row).success, JSON.stringify(row)).toBe(true);
    expect(answer.json.data[0].createdAt).toMatch(ISO);

    const filtered = async (query: string) => (await call(concernsRoute.GET, world.supervisor, "GET", `/api/v1/concerns?neighbourhoodId=${hood}&${query}`)).json.data.map((r: { id: string }) => r.id);
    expect(await filtered("immediateRisk=true")).toEqual([newer.id]);
    expect(await filtered("immediateRisk=false")).toEqual([older.id, newer.id]);
    expect(await filtered("category=CSE")).toEqual([older.id]);
    expect(await filtered("dir=desc")).toEqual([newer.id, older.id]);
    expect(await filtered("status=OUTCOME")).toEqual([]);
    expect(await filtered("status=NEW&sort=occurredAt")).toHaveLength(2);
  });

  it("422 for a filter value that is not allowed; 403 for officers and partners", async () => {
    const bad = await call(concernsRoute.GET, world.analyst, "GET", "/api/v1/concerns?status=CLOSED&immediateRisk=maybe&category=BURGLARY");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["category", "immediateRisk", "status"]);
    for (const actor of [world.officer, world.partner, world.admin]) expect((await call(concernsRoute.GET, actor, "GET", "/api/v1/concerns")).status).toBe(403);
    expect((await call(concernsRoute.GET, null, "GET", "/api/v1/concerns")).status).toBe(401);
  });
});

describe("PATCH /api/v1/concerns/:id/assessment", () => {
  it("grades (IN_ASSESSMENT), then decides (OUTCOME), each step audited, and feeds back to the reporter", async () => {
    const id = await logAs(world.officer);
    const graded = await assess(world.analyst, id, assessment({ sourceEvaluation: "NOT_RELIABLE", gradingReason: REASON }));
    expect(graded.status).toBe(200);
    expect(graded.json.data).toEqual({ id, version: 2 });
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_ASSESSMENT", outcome: null });

    const decided = await assess(world.supervisor, id, assessment({ version: 2, sanitisedSummary: SUMMARY, outcome: "LINKED_TO_GROUP", groupId: group.id, outcomeNote: NOTE }));
    expect(decided.status).toBe(200);
    expect(decided.json.data).toEqual({ id, version: 3 });
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OUTCOME", outcome: "LINKED_TO_GROUP", groupId: group.id });
    const actions = (await db().auditEvent.findMany({ where: { entityId: id }, orderBy: { id: "asc" }, select: { action: true } })).map((e) => e.action);
    expect(actions).toEqual(["concern.logged", "concern.graded", "concern.outcome"]);
    expect(await db().notification.findMany({ where: { userId: world.officer.id, kind: "concern.outcome", href: `/concerns/${id}` }, select: { body: true } })).toEqual([{ body: SUMMARY }]);

    // On the group's record (police only) through the linked concern.
    expect((await concernsForRecord(world.analyst, "GROUP", group.id)).map((c) => c.id)).toContain(id);
  });

  it("refuses officers and partners (403) before reading the body", async () => {
    const id = await logAs(world.officer);
    for (const actor of [world.officer, world.partner]) {
      const answer = await assess(actor, id, assessment({ sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING" }));
      expect(answer.status).toBe(403);
      expect(answer.json.error.code).toBe("FORBIDDEN");
      expect((await call(assessmentRoute.PATCH, actor, "PATCH", `/api/v1/concerns/${id}/assessment`, { id, body: "{not json" })).status).toBe(403);
    }
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", version: 1 });
  });

  it("applies the 3x5x2 rules (422 per field) and answers 404 for a concern that does not exist", async () => {
    const id = await logAs(world.officer);
    const rules: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ intelAssessment: "E" }, { gradingReason: ["Give a reason: it is required for source 3 or assessment E"] }],
      [{ handlingCode: "C" }, { handlingConditions: ["Write the conditions: handling code C requires them, and whoever receives it will see them"] }],
      [{ outcome: "NO_FURTHER_ACTION", sanitisedSummary: SUMMARY }, { outcomeNote: ["Give the reason for no further action"] }],
      [{ outcome: "REFERRED", sanitisedSummary: SUMMARY }, { referredAgencyId: ["Choose the partner agency it is referred to"] }],
      [{ outcome: "LINKED_TO_GROUP", sanitisedSummary: SUMMARY }, { groupId: ["Choose the group it is linked to"] }],
      [{ outcome: "ESCALATED_TO_TASKING" }, { sanitisedSummary: ["Write the sanitised summary the reporting officer and any partner will read"] }],
      [{ version: undefined }, { version: ["Version is missing; reload the page"] }],
    ];
    for (const [over, fields] of rules) {
      const answer = await assess(world.analyst, id, assessment(over));
      expect(answer.status, JSON.stringify(over)).toBe(422);
      expect(answer.json.error.fields).toEqual(fields);
    }
    expect((await assess(world.analyst, id, assessment({ outcome: "REFERRED", sanitisedSummary: SUMMARY, referredAgencyId: world.police.id }))).json.error.fields).toEqual({ referredAgencyId: ["Choose an active partner agency"] });
    expect((await assess(world.analyst, MISSING, assessment())).status).toBe(404);
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NEW", version: 1 });
  });

  it("409 with changedBy for a stale version", async () => {
    const id = await logAs(world.officer);
    expect((await assess(world.analyst, id, assessment())).status).toBe(200);
    const stale = await assess(world.supervisor, id, assessment({ sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING" }));
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "CONFLICT", changedBy: world.analyst.name, changedAt: expect.stringMatching(ISO) });
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_ASSESSMENT", version: 2 });
  });
});

describe("GET /api/v1/concerns/:id: who is given what", () => {
  let referred: string;
  let elsewhere: string;

  beforeAll(async () => {
    referred = await logAs(world.officer, { source: "PARTNER" });
    expect((await assess(world.analyst, referred, assessment({ sourceEvaluation: "NOT_RELIABLE", intelAssessment: "C", gradingReason: REASON, handlingCode: "C", handlingConditions: CONDITIONS, sanitisedSummary: SUMMARY, outcome: "REFERRED", referredAgencyId: world.council.id, outcomeNote: NOTE }))).status).toBe(200);
    elsewhere = await logAs(world.officer);
    expect((await assess(world.analyst, elsewhere, assessment({ sanitisedSummary: SUMMARY, outcome: "REFERRED", referredAgencyId: world.housing.id }))).status).toBe(200);
  });

  it("police get everything", async () => {
    const answer = await call(concernRoute.GET, world.officer, "GET", `/api/v1/concerns/${referred}`, { id: referred });
    expect(answer.status).toBe(200);
    expect(answer.json.data).toMatchObject({ audience: "police", gradingReason: REASON, outcomeNote: NOTE, source: "PARTNER", handlingConditions: CONDITIONS, referredAgency: { id: world.council.id } });
    expect(answer.text).toContain(RAW);
  });

  it("a partner gets 404 for a concern not referred to their agency and not theirs, as for one that does not exist", async () => {
    for (const [actor, id] of [[world.partner, elsewhere], [housingPartner, referred], [world.partner, MISSING], [world.partner, "not-a-uuid"]] as const) {
      const answer = await call(concernRoute.GET, actor, "GET", `/api/v1/concerns/${id}`, { id });
      expect(answer.status, id).toBe(404);
      expect(answer.json).toEqual({ error: { code: "NOT_FOUND", message: "Concern not found" } });
    }
  });

  it("the partner agency it was referred to gets only the category, date, neighbourhood, sanitised summary and handling code", async () => {
    const answer = await call(concernRoute.GET, world.partner, "GET", `/api/v1/concerns/${referred}`, { id: referred });
    expect(answer.status).toBe(200);
    const data = answer.json.data;
    expect(data).toMatchObject({ audience: "partner", id: referred, category: "COUNTY_LINES", neighbourhood: world.patch[0]!.name, sanitisedSummary: SUMMARY, handlingCode: "C", handlingConditions: CONDITIONS, outcome: "REFERRED", status: "OUTCOME" });
    expect(data.occurredAt).toMatch(ISO);
    // Exactly the documented partner view, nothing more (the schema is strict).
    expect(RESPONSE_SCHEMAS.ConcernPartnerView.safeParse(data).success).toBe(true);
    for (const hidden of ["description", "source", "gradingReason", "sourceEvaluation", "intelAssessment", "outcomeNote", "peopleMentioned", "vehiclesMentioned", "address", "reportedBy", "assessor", "links"]) expect(data).not.toHaveProperty(hidden);
    for (const secret of [RAW, REASON, NOTE, "PARTNER", "NOT_RELIABLE", "Grey hatchback", world.officer.name]) expect(answer.text).not.toContain(secret);
  });

  it("the reporter gets what they reported and the sanitised outcome, not the grading", async () => {
    const id = await logAs(housingPartner, { category: "CUCKOOING", indicators: ["Resident rarely seen"], source: "PARTNER", description: `${RAW} tenant in flat 2 not seen for weeks` });
    const waiting = await call(concernRoute.GET, housingPartner, "GET", `/api/v1/concerns/${id}`, { id });
    expect(waiting.json.data).toMatchObject({ audience: "reporter", status: "NEW", sanitisedSummary: "", handlingCode: null });
    expect((await assess(world.analyst, id, assessment({ intelAssessment: "E", gradingReason: REASON, sanitisedSummary: SUMMARY, outcome: "NO_FURTHER_ACTION", outcomeNote: NOTE }))).status).toBe(200);
    const answer = await call(concernRoute.GET, housingPartner, "GET", `/api/v1/concerns/${id}`, { id });
    expect(answer.status).toBe(200);
    expect(answer.json.data).toMatchObject({ audience: "reporter", status: "OUTCOME", outcome: "NO_FURTHER_ACTION", sanitisedSummary: SUMMARY, description: expect.stringContaining("flat 2") });
    expect(RESPONSE_SCHEMAS.ConcernReporterView.safeParse(answer.json.data).success).toBe(true);
    for (const hidden of ["gradingReason", "sourceEvaluation", "intelAssessment", "outcomeNote", "assessor"]) expect(answer.json.data).not.toHaveProperty(hidden);
    expect(answer.text).not.toContain(REASON);
    expect(answer.text).not.toContain(NOTE);
  });
});

describe("the OpenAPI document", () => {
  it("documents the concerns operations, with the triage filters and the request bodies", () => {
    const doc = buildOpenApiDocument({ audience: "police" });
    expect(Object.keys(doc.paths["/api/v1/concerns"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/concerns/{id}"]!)).toEqual(["get"]);
    expect(Object.keys(doc.paths["/api/v1/concerns/{id}/assessment"]!)).toEqual(["patch"]);
    const list = doc.paths["/api/v1/concerns"]!.get as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(["page", "pageSize", "sort", "dir", "status", "neighbourhoodId", "areaCommand", "category", "immediateRisk"]);
    const schemas = doc.components.schemas as Record<string, { required?: string[]; properties: Record<string, Record<string, unknown>> }>;
    expect(schemas.ConcernInput!.required).toEqual(["category", "description", "occurredAt", "source"]);
    expect(schemas.ConcernInput!.properties.occurredAt).toEqual({ type: "string", format: "date-time" });
    expect(schemas.ConcernAssessment!.required).toEqual(["version", "sourceEvaluation", "intelAssessment", "handlingCode"]);
    expect(schemas.ConcernAssessment!.properties.sourceEvaluation!.enum).toEqual(["RELIABLE", "UNTESTED", "NOT_RELIABLE"]);
  });

  it("a partner's copy has logging and reading, but not the queue or the assessment", () => {
    const doc = buildOpenApiDocument({ audience: "partner" });
    expect(Object.keys(doc.paths["/api/v1/concerns"]!)).toEqual(["post"]);
    expect(Object.keys(doc.paths["/api/v1/concerns/{id}"]!)).toEqual(["get"]);
    expect(doc.paths["/api/v1/concerns/{id}/assessment"]).toBeUndefined();
    // (Updating their own agency's actions, whose outcome note is theirs to write, is left out of this check.)
    const { "/api/v1/actions/{id}": _ownActions, ...paths } = doc.paths;
    const { ActionUpdate: _ownActionUpdate, ...schemas } = doc.components.schemas;
    const text = JSON.stringify({ ...doc, paths, components: { ...doc.components, schemas } });
    for (const hidden of ["ConcernTriageRow", "ConcernAssessment", "gradingReason", "sourceEvaluation", "outcomeNote", "/assessment"]) expect(text).not.toContain(hidden);
  });
});
