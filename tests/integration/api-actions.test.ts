// The actions API (app/api/v1/actions), called through its real route handlers with the real
// policy, data layer and database. Only the session boundary is replaced, as in api-records.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/db/factories";
import { makeAction, makeGroup } from "@/lib/db/factories-records";
import { buildOpenApiDocument, RESPONSE_SCHEMAS } from "@/lib/http/openapi";
import { routeCaller, ORIGIN, type Answer } from "../support/route-caller";
import { asActor, buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as actionsRoute from "@/app/api/v1/actions/route";
import * as actionRoute from "@/app/api/v1/actions/[id]/route";


const DETAIL = "ACTION-DETAIL-W3 the source's address";
const NOTE = "UPDATE-NOTE-W3 the tenant named the dealer";
const MISSING = "00000000-0000-4000-8000-000000000000";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const call = routeCaller(session);
const read = (as: Actor | null, id: string) => call(actionRoute.GET, as, "GET", `/api/v1/actions/${id}`, { id });
const patch = (as: Actor | null, id: string, body: unknown) => call(actionRoute.PATCH, as, "PATCH", `/api/v1/actions/${id}`, { id, body });
const ids = (answer: Answer) => answer.json.data.map((r: { id: string }) => r.id) as string[];

let world: Awaited<ReturnType<typeof buildWorld>>;
let housingPartner: Actor;
/** Shared with the council (world.partner's agency). */
let group: { id: string };
let councils: { id: string };
let housingHidden: { id: string };
let housingShared: { id: string };
let policeOverdue: { id: string };

const body = (over: Record<string, unknown> = {}) => ({
  groupId: group.id, strand: "PREVENT", title: "School engagement sessions on the estate", description: DETAIL, owningAgencyId: world.council.id,
  assigneeId: world.partner.id, dueDate: "2027-02-15", priority: "MEDIUM", subjectKind: "GROUP", subjectId: group.id, sharedWithPartnership: true, ...over,
});

beforeAll(async () => {
  world = await buildWorld();
  housingPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
  group = await makeGroup(db(), { name: "Birch Court Boys", sharedAgencyIds: [world.council.id] });
  const g = { groupId: group.id };
  councils = await makeAction(db(), { ...g, owningAgencyId: world.council.id, title: "Return home interviews", description: DETAIL, createdById: world.analyst.id, dueDate: "2027-03-01" });
  housingHidden = await makeAction(db(), { ...g, owningAgencyId: world.housing.id, title: "Housing only", description: DETAIL, dueDate: "2027-03-02" });
  housingShared = await makeAction(db(), { ...g, owningAgencyId: world.housing.id, title: "Door entry at the block", description: DETAIL, sharedWithPartnership: true, createdById: world.analyst.id, dueDate: "2027-03-03" });
  await db().actionUpdate.create({ data: { actionId: housingShared.id, authorId: housingPartner.id, note: NOTE } });
  policeOverdue = await makeAction(db(), { ...g, owningAgencyId: world.police.id, assigneeId: world.officer.id, strand: "PURSUE", title: "Drugs warrant", description: DETAIL, status: "IN_PROGRESS", dueDate: "2026-09-01" });
});

describe("GET /api/v1/actions", () => {
  it("a partner's list holds their agency's actions and those shared with the partnership, as rows", async () => {
    const answer = await call(actionsRoute.GET, world.partner, "GET", `/api/v1/actions?groupId=${group.id}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.json).toMatchObject({ audience: "partner", page: 1, pageSize: 25, total: 2 });
    expect(ids(answer)).toEqual([councils.id, housingShared.id]);
    for (const row of answer.json.data) expect(RESPONSE_SCHEMAS.ActionRow.strict().safeParse(row).success, JSON.stringify(row)).toBe(true);
    expect(answer.json.data[0].dueDate).toBe("2027-03-01T00:00:00.000Z");
    expect(answer.text).not.toContain(DETAIL);
    expect(answer.text).not.toContain(NOTE);
    // Nor anything from the rest of the database.
    expect(ids(await call(actionsRoute.GET, world.partner, "GET", "/api/v1/actions?pageSize=100"))).not.toContain(housingHidden.id);
    expect(ids(await call(actionsRoute.GET, world.partner, "GET", "/api/v1/actions?myAgency=true"))).toEqual([councils.id]);
  });

  it("the police list every action, with the filters and paging", async () => {
    const all = await call(actionsRoute.GET, world.analyst, "GET", `/api/v1/actions?groupId=${group.id}`);
    expect(all.json).toMatchObject({ audience: "police", total: 4 });
    expect(ids(all)).toEqual([policeOverdue.id, councils.id, housingHidden.id, housingShared.id]);
    expect(all.json.data[0]).toMatchObject({ overdue: true, assignee: world.officer.name, plan: { kind: "GROUP", id: group.id } });
    const query = async (q: string) => ids(await call(actionsRoute.GET, world.officer, "GET", `/api/v1/actions?groupId=${group.id}&${q}`));
    expect(await query("overdue=true")).toEqual([policeOverdue.id]);
    expect(await query("mine=true")).toEqual([policeOverdue.id]);
    expect(await query("status=IN_PROGRESS")).toEqual([policeOverdue.id]);
    expect(await query("status=OPEN_ANY&overdue=false")).toHaveLength(4);
    expect(await query("sort=dueDate&dir=desc")).toEqual([housingShared.id, housingHidden.id, councils.id, policeOverdue.id]);
    expect(await query("pageSize=25&page=2")).toEqual([]);
  });

  it("422 for a filter value that is not allowed; 401 without a session; 403 for an administrator", async () => {
    const bad = await call(actionsRoute.GET, world.analyst, "GET", "/api/v1/actions?status=LATE&overdue=maybe&groupId=nope");
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["groupId", "overdue", "status"]);
    expect((await call(actionsRoute.GET, null, "GET", "/api/v1/actions")).status).toBe(401);
    expect((await call(actionsRoute.GET, world.admin, "GET", "/api/v1/actions")).status).toBe(403);
  });
});

describe("GET /api/v1/actions/:id", () => {
  it("404 for another agency's action, a malformed id or one that does not exist", async () => {
    for (const id of [housingHidden.id, "not-a-uuid", MISSING]) {
      const answer = await read(world.partner, id);
      expect(answer.status, id).toBe(404);
      expect(answer.json.error.code).toBe("NOT_FOUND");
      expect(answer.text).not.toContain("Housing only");
    }
  });

  it("shared with the partnership: the bare action, never its description or history", async () => {
    const answer = await read(world.partner, housingShared.id);
    expect(answer.status).toBe(200);
    expect(answer.json.data).toMatchObject({ audience: "partnership", canUpdate: false, title: "Door entry at the block", description: "", updates: [], subject: null, owningAgency: { name: world.housing.name } });
    expect(answer.text).not.toContain(DETAIL);
    expect(answer.text).not.toContain(NOTE);
  });

  it("the owner and the police get the description and history, dates as ISO strings", async () => {
    const owner = await read(housingPartner, housingShared.id);
    expect(owner.json.data).toMatchObject({ audience: "owner", canUpdate: true, description: DETAIL, version: 1 });
    expect(owner.json.data.updates.map((u: { note: string }) => u.note)).toEqual(["Action created.", NOTE]);
    const police = await read(world.officer, policeOverdue.id);
    expect(police.json.data).toMatchObject({ audience: "police", overdue: true, dueDate: "2026-09-01T00:00:00.000Z", subject: { kind: "GROUP", id: group.id, name: expect.stringContaining("Birch Court Boys") } });
    expect(police.json.data.updatedAt).toMatch(ISO);
    expect((await read(world.admin, policeOverdue.id)).status).toBe(403);
    expect((await read(null, policeOverdue.id)).status).toBe(401);
  });
});

describe("POST /api/v1/actions", () => {
  it("creates (201 + Location) for an analyst, and the assignee is notified", async () => {
    const answer = await call(actionsRoute.POST, world.analyst, "POST", "/api/v1/actions", { body: body() });
    expect(answer.status).toBe(201);
    const id = answer.json.data.id as string;
    expect(answer.headers.get("location")).toBe(`${ORIGIN}/api/v1/actions/${id}`);
    expect(await db().action.findUniqueOrThrow({ where: { id } })).toMatchObject({ owningAgencyId: world.council.id, sharedWithPartnership: true, strand: "PREVENT" });
    expect(await db().notification.count({ where: { userId: world.partner.id, href: `/actions/${id}`, kind: "action.assigned" } })).toBe(1);
    // The partner then sees it as theirs.
    expect((await read(world.partner, id)).json.data.audience).toBe("owner");
  });

  it("403 for partners and officers, before the body is read", async () => {
    const before = await db().action.count();
    for (const actor of [world.partner, housingPartner, world.officer, world.admin]) {
      const answer = await call(actionsRoute.POST, actor, "POST", "/api/v1/actions", { body: body() });
      expect(answer.status).toBe(403);
      expect(answer.json.error.code).toBe("FORBIDDEN");
      expect((await call(actionsRoute.POST, actor, "POST", "/api/v1/actions", { body: "{not json" })).status).toBe(403);
    }
    expect(await db().action.count()).toBe(before);
  });

  it("422 with a message per field; 404 for a group that does not exist", async () => {
    const invalid = await call(actionsRoute.POST, world.supervisor, "POST", "/api/v1/actions", { body: body({ title: "", dueDate: "31/12/2026", strand: "PURSUIT" }) });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["dueDate", "strand", "title"]);
    const planless = await call(actionsRoute.POST, world.supervisor, "POST", "/api/v1/actions", { body: body({ groupId: undefined }) });
    expect(planless.json.error.fields).toEqual({ groupId: ["An action belongs to a group's plan or a person's safeguarding plan"] });
    const wrongAssignee = await call(actionsRoute.POST, world.supervisor, "POST", "/api/v1/actions", { body: body({ assigneeId: housingPartner.id }) });
    expect(wrongAssignee.json.error.fields).toEqual({ assigneeId: ["The assignee must be an active user of the owning agency"] });
    expect((await call(actionsRoute.POST, world.supervisor, "POST", "/api/v1/actions", { body: body({ groupId: MISSING }) })).status).toBe(404);
    expect((await call(actionsRoute.POST, world.supervisor, "POST", "/api/v1/actions", { body: JSON.stringify(body()), contentType: "text/plain" })).status).toBe(415);
  });
});

describe("PATCH /api/v1/actions/:id", () => {
  it("the owning agency updates with the version (200), a stale version is a 409 naming who saved it", async () => {
    const action = await makeAction(db(), { groupId: group.id, owningAgencyId: world.council.id, strand: "PROTECT" });
    const saved = await patch(world.partner, action.id, { version: 1, status: "IN_PROGRESS", note: NOTE });
    expect(saved.status).toBe(200);
    expect(saved.json.data).toEqual({ id: action.id, version: 2 });
    const stale = await patch(world.supervisor, action.id, { version: 1, status: "BLOCKED", note: "Waiting on the court" });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "CONFLICT", changedBy: world.partner.name, changedAt: expect.stringMatching(ISO) });
    expect(await db().action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ status: "IN_PROGRESS", version: 2 });
  });

  it("422 for the outcome rules and a missing version", async () => {
    const pursue = await makeAction(db(), { groupId: group.id, owningAgencyId: world.police.id, strand: "PURSUE" });
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ version: 1, status: "DONE" }, { outcomeNote: ["Say what was achieved: a done action needs its outcome"] }],
      [{ version: 1, status: "DONE", outcomeNote: "Warrant executed" }, { disruptionOutcome: ["Record the disruption outcome of a completed Pursue action"] }],
      [{ version: 1, status: "OPEN" }, { note: ["Write an update, or change the status"] }],
      [{ status: "IN_PROGRESS", note: "x" }, { version: ["Version is missing; reload the page"] }],
      [{ version: 1, status: "DONE", outcomeNote: "x", disruptionOutcome: "HUGE" }, { disruptionOutcome: ["Choose the disruption outcome"] }],
    ];
    for (const [sent, fields] of cases) {
      const answer = await patch(world.analyst, pursue.id, sent);
      expect(answer.status, JSON.stringify(sent)).toBe(422);
      expect(answer.json.error.fields).toEqual(fields);
    }
    const done = await patch(world.analyst, pursue.id, { version: 1, status: "DONE", outcomeNote: "Warrant executed", disruptionOutcome: "MAJOR" });
    expect(done.status).toBe(200);
    expect(await db().action.findUniqueOrThrow({ where: { id: pursue.id } })).toMatchObject({ status: "DONE", disruptionOutcome: "MAJOR" });
  });

  it("404 for a partner on another agency's action, shared or not; 403 for an administrator", async () => {
    for (const id of [housingHidden.id, housingShared.id, policeOverdue.id]) {
      const answer = await patch(world.partner, id, { version: 1, status: "CANCELLED", note: "Not ours" });
      expect(answer.status, id).toBe(404);
    }
    expect((await patch(world.admin, councils.id, { version: 1, status: "CANCELLED", note: "x" })).status).toBe(403);
    expect(await db().action.count({ where: { id: { in: [housingHidden.id, housingShared.id, policeOverdue.id, councils.id] }, version: 1 } })).toBe(4);
  });
});

describe("the OpenAPI document", () => {
  it("documents the four operations, the list filters and the request bodies", () => {
    const doc = buildOpenApiDocument({ audience: "police" });
    expect(Object.keys(doc.paths["/api/v1/actions"]!).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/actions/{id}"]!).sort()).toEqual(["get", "patch"]);
    const list = doc.paths["/api/v1/actions"]!.get as { parameters: { name: string; schema: { enum?: string[] } }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(["page", "pageSize", "sort", "dir", "mine", "myAgency", "owningAgencyId", "groupId", "personId", "status", "overdue"]);
    expect(list.parameters.find((p) => p.name === "sort")!.schema.enum).toEqual(["dueDate", "priority", "updatedAt"]);
    const schemas = doc.components.schemas as Record<string, { required?: string[] }>;
    expect(schemas.ActionInput!.required).toEqual(["strand", "title", "owningAgencyId", "dueDate", "priority", "subjectKind", "subjectId"]);
    expect(schemas.ActionUpdate!.required).toEqual(["version", "status"]);
  });

  it("a partner's copy has listing, reading and updating, but not creating", () => {
    const doc = buildOpenApiDocument({ audience: "partner" });
    expect(Object.keys(doc.paths["/api/v1/actions"]!)).toEqual(["get"]);
    expect(Object.keys(doc.paths["/api/v1/actions/{id}"]!).sort()).toEqual(["get", "patch"]);
    const text = JSON.stringify(doc);
    expect(text).not.toContain("ActionInput");
    expect(text).not.toMatch(/nominal/i);
  });
});
