// The referrals API (app/api/v1/referrals), through its real route handlers with the real policy,
// data layer and database; only the session boundary is replaced. It proves the receiving agency
// can read and update what it was sent (named person only when shared with it), that any other
// agency gets 404 and learns nothing, and the list's paging, filters and late flag.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/db/factories";
import { makePerson } from "@/lib/db/factories-records";
import { routeCaller, ORIGIN, type Answer } from "../support/route-caller";
import { asActor, buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({ getActor: async () => session.actor }));

import * as referralsRoute from "@/app/api/v1/referrals/route";
import * as referralRoute from "@/app/api/v1/referrals/[id]/route";

const NOTES = "REFERRAL-NOTE-R7 mother says the cousin collects him";
const MISSING = "00000000-0000-4000-8000-000000000000";

const call = routeCaller(session);
const read = (as: Actor | null, id: string) => call(referralRoute.GET, as, "GET", `/api/v1/referrals/${id}`, { id });
const patch = (as: Actor | null, id: string, body: unknown) => call(referralRoute.PATCH, as, "PATCH", `/api/v1/referrals/${id}`, { id, body });
const ids = (answer: Answer) => answer.json.data.map((r: { id: string }) => r.id) as string[];

let world: Awaited<ReturnType<typeof buildWorld>>;
let housingPartner: Actor;
/** Led by the council (world.partner's agency); not shared with housing. */
let child: { id: string; name: string };
let toHousing: string;
let lateNrm: string;

beforeAll(async () => {
  world = await buildWorld();
  housingPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
  child = await makePerson(db(), { name: "Referral Api Child", ageGroup: "CHILD", leadAgencyId: world.council.id });
  const made = await call(referralsRoute.POST, world.analyst, "POST", "/api/v1/referrals", {
    body: { personId: child.id, type: "HOUSING", receivingAgencyId: world.housing.id, referredOn: "2026-10-01", consent: false, notes: NOTES },
  });
  expect(made.status).toBe(201);
  toHousing = made.json.data.id;
  const nrm = await call(referralsRoute.POST, world.analyst, "POST", "/api/v1/referrals", {
    body: { personId: child.id, type: "NRM", receivingAgencyId: world.council.id, referredOn: "2026-01-05", consent: false },
  });
  expect(nrm.status).toBe(201);
  lateNrm = nrm.json.data.id;
});

describe("POST /api/v1/referrals", () => {
  it("answers 201 with the new referral's address, and 422 on the field that is wrong", async () => {
    const made = await call(referralsRoute.POST, world.analyst, "POST", "/api/v1/referrals", {
      body: { personId: child.id, type: "MASH", receivingAgencyId: world.council.id, referredOn: "2026-10-02", consent: true },
    });
    expect(made.status).toBe(201);
    expect(made.headers.get("location")).toBe(`${ORIGIN}/api/v1/referrals/${made.json.data.id}`);
    // The Location it gives can be read back.
    expect((await read(world.analyst, made.json.data.id)).json.data).toMatchObject({ id: made.json.data.id, type: "MASH", status: "SENT" });

    const bad = await call(referralsRoute.POST, world.analyst, "POST", "/api/v1/referrals", { body: { personId: child.id, type: "NOPE", receivingAgencyId: world.council.id, referredOn: "2999-01-01" } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["referredOn", "type"]);
  });

  it("refuses an officer (403) and a partner of another agency who cannot see the person (404)", async () => {
    const body = { personId: child.id, type: "HOUSING", receivingAgencyId: world.housing.id, referredOn: "2026-10-01" };
    expect((await call(referralsRoute.POST, world.officer, "POST", "/api/v1/referrals", { body })).status).toBe(403);
    expect((await call(referralsRoute.POST, housingPartner, "POST", "/api/v1/referrals", { body })).status).toBe(404);
    expect((await call(referralsRoute.POST, world.admin, "POST", "/api/v1/referrals", { body })).status).toBe(403);
  });
});

describe("GET /api/v1/referrals/{id}", () => {
  it("gives the receiving agency the referral without naming a person not shared with it", async () => {
    const answer = await read(housingPartner, toHousing);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.json).toMatchObject({ audience: "partner", data: { id: toHousing, type: "HOUSING", status: "SENT", canUpdate: true, person: null, receivingAgency: { id: world.housing.id } } });
    expect(answer.text).not.toContain(child.name);
    expect(answer.text).not.toContain(child.id);
  });

  it("gives the lead agency (which sees the person) the person's name, and police everything", async () => {
    expect((await read(world.partner, toHousing)).json.data).toMatchObject({ person: { id: child.id, name: child.name }, canUpdate: false });
    expect((await read(world.officer, toHousing)).json.data).toMatchObject({ person: { id: child.id }, notes: NOTES, canUpdate: false });
  });

  it("answers 404 to an agency that neither received it nor sees the person, and for a missing id", async () => {
    const otherAgency = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
    expect((await read(otherAgency, lateNrm)).status).toBe(404);
    const hidden = await read(housingPartner, lateNrm);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain("NRM");
    expect((await read(world.analyst, MISSING)).status).toBe(404);
    expect((await read(world.admin, toHousing)).status).toBe(403);
  });
});

describe("PATCH /api/v1/referrals/{id}", () => {
  it("lets the receiving agency record its decision, then refuses the stale version with who changed it", async () => {
    const saved = await patch(housingPartner, toHousing, { version: 1, status: "ACCEPTED", decisionOn: "2026-10-03", notes: "Accepted for a tenancy review" });
    expect(saved.status).toBe(200);
    expect(saved.json.data).toEqual({ id: toHousing, version: 2 });
    expect((await read(world.analyst, toHousing)).json.data).toMatchObject({ status: "ACCEPTED", decisionOn: "2026-10-03T00:00:00.000Z", version: 2 });

    const stale = await patch(world.analyst, toHousing, { version: 1, status: "CLOSED" });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: "CONFLICT", changedBy: housingPartner.name });
    expect((await db().referral.findUniqueOrThrow({ where: { id: toHousing } })).status).toBe("ACCEPTED");
  });

  it("refuses another agency with 404, an officer with 403, and decision dates that do not fit", async () => {
    expect((await patch(housingPartner, lateNrm, { version: 1, status: "ACCEPTED" })).status).toBe(404);
    expect((await patch(world.officer, lateNrm, { version: 1, status: "ACCEPTED" })).status).toBe(403);
    const notNrm = await patch(world.analyst, toHousing, { version: 2, status: "ACCEPTED", reasonableGroundsOn: "2026-10-04" });
    expect(notNrm.status).toBe(422);
    expect(Object.keys(notNrm.json.error.fields)).toEqual(["reasonableGroundsOn"]);
    const future = await patch(world.partner, lateNrm, { version: 1, status: "ACCEPTED", reasonableGroundsOn: "2999-01-01" });
    expect(future.status).toBe(422);
    expect(Object.keys(future.json.error.fields)).toEqual(["reasonableGroundsOn"]);
  });
});

describe("GET /api/v1/referrals", () => {
  it("lists a partner agency's received referrals, paged, and never another agency's", async () => {
    const housing = await call(referralsRoute.GET, housingPartner, "GET", "/api/v1/referrals");
    expect(housing.status).toBe(200);
    expect(ids(housing)).toEqual([toHousing]);
    expect(housing.json).toMatchObject({ audience: "partner", total: 1, page: 1, pageSize: 25 });
    expect(housing.text).not.toContain(child.name);
  });

  it("lists every referral for the police, with the late filter worked out in the database", async () => {
    const late = await call(referralsRoute.GET, world.analyst, "GET", "/api/v1/referrals?late=true");
    expect(late.status).toBe(200);
    expect(ids(late)).toEqual([lateNrm]);
    expect(late.json.data[0]).toMatchObject({ late: true, type: "NRM" });
    const sent = await call(referralsRoute.GET, world.analyst, "GET", "/api/v1/referrals?status=SENT&type=NRM");
    expect(ids(sent)).toEqual([lateNrm]);
    const bad = await call(referralsRoute.GET, world.analyst, "GET", "/api/v1/referrals?status=MAYBE");
    expect(bad.status).toBe(422);
  });

  it("still lists one person's referrals with personId, and 404 for a person the partner may not see", async () => {
    const forChild = await call(referralsRoute.GET, world.partner, "GET", `/api/v1/referrals?personId=${child.id}`);
    expect(forChild.status).toBe(200);
    expect(ids(forChild)).toContain(lateNrm);
    expect((await call(referralsRoute.GET, housingPartner, "GET", `/api/v1/referrals?personId=${child.id}`)).status).toBe(404);
  });
});
