// The meetings API (app/api/v1/meetings), through its real route handlers with the real policy,
// data layer and database. Only the session boundary is replaced, as in api-records.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeNeighbourhood } from "@/lib/db/factories";
import { makeGroup } from "@/lib/db/factories-records";
import { RESPONSE_SCHEMAS } from "@/lib/http/openapi";
import { ORIGIN, type Answer } from "../support/route-caller";
import { buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as meetingsRoute from "@/app/api/v1/meetings/route";
import * as meetingRoute from "@/app/api/v1/meetings/[id]/route";
import * as agendaRoute from "@/app/api/v1/meetings/[id]/agenda/route";
import * as itemsRoute from "@/app/api/v1/meetings/[id]/items/route";
import * as itemRoute from "@/app/api/v1/meetings/[id]/items/[itemId]/route";
import * as moveRoute from "@/app/api/v1/meetings/[id]/items/[itemId]/move/route";
import * as itemActionsRoute from "@/app/api/v1/meetings/[id]/items/[itemId]/actions/route";
import * as statusRoute from "@/app/api/v1/meetings/[id]/status/route";
import * as minutesRoute from "@/app/api/v1/meetings/[id]/minutes/route";
import * as packPdfRoute from "@/app/api/v1/meetings/[id]/pack.pdf/route";
import * as minutesPdfRoute from "@/app/api/v1/meetings/[id]/minutes.pdf/route";

const MARKER = "POLICE-ONLY-ASSESSMENT-5521";
type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

/** Calls a route handler as `as`, with its path parameters; a body is sent as JSON. */
async function call(handler: unknown, as: Actor | null, method: string, url: string, params: Record<string, string> = {}, body?: unknown): Promise<Answer & { bytes: Buffer }> {
  session.actor = as;
  const request = new Request(ORIGIN + url, { method, headers: body === undefined ? {} : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const response = await (handler as Handler)(request, { params: Promise.resolve(params) as Promise<never> });
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = response.headers.get("content-type")?.startsWith("application/json") ? bytes.toString("utf8") : "";
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : null, bytes };
}

let world: Awaited<ReturnType<typeof buildWorld>>;
let scope: string;
let group: { id: string };
const body = (over: Record<string, unknown> = {}) => ({
  title: "Northbridge East partnership tasking", type: "PARTNERSHIP", startsAt: "2027-03-12T10:00", neighbourhoodIds: [scope], chairId: world.supervisor.id,
  attendeeIds: [world.partner.id, world.officer.id], agencyIds: [world.council.id], ...over,
});

beforeAll(async () => {
  world = await buildWorld();
  scope = (await makeNeighbourhood(db())).id;
  group = await makeGroup(db(), { name: "Birch Court Boys", assessment: MARKER, partnerSummary: "Shared summary.", sharedAgencyIds: [world.council.id], neighbourhoodIds: [scope] });
  await db().organisedCrimeGroup.update({ where: { id: group.id }, data: { band: "1c", score: 74 } });
});

describe("/api/v1/meetings", () => {
  let id: string;

  it("POST: 201 with Location for a supervisor, the agenda proposed; 422 with field errors; 403 for an officer", async () => {
    const answer = await call(meetingsRoute.POST, world.supervisor, "POST", "/api/v1/meetings", {}, body());
    expect(answer.status).toBe(201);
    id = answer.json.data.id;
    expect(answer.headers.get("location")).toBe(`${ORIGIN}/api/v1/meetings/${id}`);
    expect(await db().meetingItem.count({ where: { meetingId: id, groupId: group.id, kind: "PRIORITY_GROUP" } })).toBe(1);

    const invalid = await call(meetingsRoute.POST, world.supervisor, "POST", "/api/v1/meetings", {}, body({ title: "", neighbourhoodIds: [], startsAt: "next Tuesday" }));
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["neighbourhoodIds", "startsAt", "title"]);
    const badChair = await call(meetingsRoute.POST, world.supervisor, "POST", "/api/v1/meetings", {}, body({ chairId: world.officer.id }));
    expect(badChair.status).toBe(422);
    expect(badChair.json.error.fields.chairId).toBeDefined();

    const before = await db().meeting.count();
    expect((await call(meetingsRoute.POST, world.officer, "POST", "/api/v1/meetings", {}, body())).status).toBe(403);
    expect((await call(meetingsRoute.POST, world.partner, "POST", "/api/v1/meetings", {}, body())).status).toBe(403);
    expect(await db().meeting.count()).toBe(before);
  });

  it("GET: the list for police and attending partners, as rows; 403 for an administrator", async () => {
    const police = await call(meetingsRoute.GET, world.officer, "GET", `/api/v1/meetings?neighbourhoodId=${scope}`);
    expect(police.status).toBe(200);
    expect(police.json).toMatchObject({ audience: "police", total: 1 });
    for (const row of police.json.data) expect(RESPONSE_SCHEMAS.MeetingRow.strict().safeParse(row).success, JSON.stringify(row)).toBe(true);
    const partner = await call(meetingsRoute.GET, world.partner, "GET", "/api/v1/meetings?when=upcoming");
    expect(partner.json.data.map((r: { id: string }) => r.id)).toContain(id);
    expect((await call(meetingsRoute.GET, world.officer, "GET", "/api/v1/meetings?status=SOMETIMES")).status).toBe(422);
    expect((await call(meetingsRoute.GET, world.admin, "GET", "/api/v1/meetings")).status).toBe(403);
  });

  it("GET one: the partner view for an attendee, 404 for a partner who does not attend", async () => {
    const view = await call(meetingRoute.GET, world.partner, "GET", `/api/v1/meetings/${id}`, { id });
    expect(view.status).toBe(200);
    expect(view.json.data).toMatchObject({ audience: "partner", minutes: "" });
    expect(view.text).not.toContain(MARKER);
    const scope2 = (await makeNeighbourhood(db())).id;
    const other = await call(meetingsRoute.POST, world.supervisor, "POST", "/api/v1/meetings", {}, body({ neighbourhoodIds: [scope2], attendeeIds: [], agencyIds: [] }));
    const hidden = await call(meetingRoute.GET, world.partner, "GET", `/api/v1/meetings/${other.json.data.id}`, { id: other.json.data.id });
    expect(hidden.status).toBe(404);
    expect(hidden.json.error.code).toBe("NOT_FOUND");
    expect((await call(meetingRoute.GET, world.partner, "GET", "/api/v1/meetings/not-a-uuid", { id: "not-a-uuid" })).status).toBe(404);
  });

  it("the agenda: refresh, free item, move, decide, task an action, remove; stale versions answer 409", async () => {
    const refreshed = await call(agendaRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/agenda`, { id }, { version: 1 });
    expect(refreshed.json.data).toEqual({ id, version: 2, added: 0 });
    const stale = await call(agendaRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/agenda`, { id }, { version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.changedBy).toBe(world.supervisor.name);

    const free = await call(itemsRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/items`, { id }, { version: 2, title: "Any other business", partnerTitle: "Any other business" });
    expect(free.status).toBe(201);
    const itemId = free.json.data.id;
    expect((await call(moveRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/items/${itemId}/move`, { id, itemId }, { version: 3, direction: "up" })).json.data).toEqual({ id, version: 4 });

    const groupItem = await db().meetingItem.findFirstOrThrow({ where: { meetingId: id, groupId: group.id } });
    const decided = await call(itemRoute.PATCH, world.supervisor, "PATCH", `/api/v1/meetings/${id}/items/${groupItem.id}`, { id, itemId: groupItem.id }, { version: 1, decision: "ADOPT", rationale: "Proportionate" });
    expect(decided.json.data).toEqual({ id: groupItem.id, version: 2 });
    expect((await call(itemRoute.PATCH, world.supervisor, "PATCH", `/api/v1/meetings/${id}/items/${groupItem.id}`, { id, itemId: groupItem.id }, { version: 2, decision: "SOMETHING" })).status).toBe(422);

    const tasked = await call(itemActionsRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/items/${groupItem.id}/actions`, { id, itemId: groupItem.id }, { strand: "PREVENT", title: "Youth outreach", owningAgencyId: world.council.id, dueDate: "2027-04-30", priority: "MEDIUM" });
    expect(tasked.status).toBe(201);
    expect(tasked.headers.get("location")).toBe(`${ORIGIN}/api/v1/actions/${tasked.json.data.id}`);
    expect(await db().action.findUniqueOrThrow({ where: { id: tasked.json.data.id } })).toMatchObject({ groupId: group.id, meetingItemId: groupItem.id });

    const removed = await call(itemRoute.DELETE, world.supervisor, "DELETE", `/api/v1/meetings/${id}/items/${itemId}`, { id, itemId }, { version: 4 });
    expect(removed.status).toBe(204);
    expect((await call(itemRoute.DELETE, world.officer, "DELETE", `/api/v1/meetings/${id}/items/${groupItem.id}`, { id, itemId: groupItem.id }, { version: 5 })).status).toBe(403);
  });

  it("status, minutes and the PDFs: application/pdf attachments, partners only once published", async () => {
    const pack = await call(packPdfRoute.GET, world.partner, "GET", `/api/v1/meetings/${id}/pack.pdf`, { id });
    expect(pack.status).toBe(200);
    expect(pack.headers.get("content-type")).toBe("application/pdf");
    expect(pack.headers.get("content-disposition")).toMatch(/^attachment; filename="meeting-pack-2027-03-12-[a-z0-9-]+\.pdf"$/);
    expect(pack.headers.get("cache-control")).toBe("no-store");
    expect(pack.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect((await call(minutesPdfRoute.GET, world.partner, "GET", `/api/v1/meetings/${id}/minutes.pdf`, { id })).status).toBe(404);

    expect((await call(statusRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/status`, { id }, { version: 5, status: "CLOSED" })).status).toBe(422);
    expect((await call(statusRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/status`, { id }, { version: 5, status: "IN_PROGRESS" })).status).toBe(200);
    expect((await call(statusRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/status`, { id }, { version: 6, status: "CLOSED" })).status).toBe(200);
    const published = await call(minutesRoute.POST, world.supervisor, "POST", `/api/v1/meetings/${id}/minutes`, { id }, { version: 7, minutes: `Police minutes ${MARKER}`, partnerMinutes: "Partner minutes." });
    expect(published.json.data).toEqual({ id, version: 8 });

    const minutes = await call(minutesPdfRoute.GET, world.partner, "GET", `/api/v1/meetings/${id}/minutes.pdf`, { id });
    expect(minutes.status).toBe(200);
    expect(minutes.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(minutes.bytes.toString("latin1")).not.toContain(MARKER);
    expect((await call(minutesPdfRoute.GET, world.officer, "GET", `/api/v1/meetings/${id}/minutes.pdf`, { id })).status).toBe(200);
    expect((await call(packPdfRoute.GET, world.admin, "GET", `/api/v1/meetings/${id}/pack.pdf`, { id })).status).toBe(403);
    const audit = await db().auditEvent.findMany({ where: { entityType: "Meeting", entityId: id, action: { in: ["meeting.pack_downloaded", "meeting.minutes_downloaded"] } }, select: { action: true, actorId: true } });
    expect(audit).toHaveLength(3);
  });
});
