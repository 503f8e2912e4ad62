// Saving a location or a group checks every id it refers to, so a bad one is a message on its
// field, never a database error (a 500): the neighbourhood(s) must exist and be active, and the
// Lead and Senior Responsible Officers must be active users of a role the form offers (not an
// administrator). A value the record already has is checked too once it is disabled: the forms
// still offer it, so an edit never drops it unseen, and saving says what is wrong with it.
// Checked three ways: the data layer, the REST API (422 with the field) and the form's server
// action (FormState with the field's error and what was typed).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createGroup, updateGroup } from "@/lib/dal/groups";
import { createLocation, updateLocation } from "@/lib/dal/locations";
import { db } from "@/lib/db/client";
import { makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { makeGroup, makeLocation, nextGroupReference } from "@/lib/db/factories-records";
import { ValidationError } from "@/lib/errors";
import { groupSchema, locationSchema, updateGroupSchema, updateLocationSchema } from "@/lib/validation/records";
import { routeCaller } from "../support/route-caller";
import { buildWorld } from "../support/world";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/actor", () => ({
  getActor: async () => session.actor,
  requireActor: async () => session.actor,
  requirePermission: async () => session.actor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { redirectedTo: url });
  },
}));

import * as groupsRoute from "@/app/api/v1/groups/route";
import * as groupRoute from "@/app/api/v1/groups/[id]/route";
import * as locationsRoute from "@/app/api/v1/locations/route";
import * as locationRoute from "@/app/api/v1/locations/[id]/route";
import { createGroupAction, updateGroupAction } from "@/app/(app)/groups/actions";
import { createLocationAction, updateLocationAction } from "@/app/(app)/locations/actions";

const MISSING = "0190a7a0-0000-7000-8000-00000000abcd";
const call = routeCaller(session);

let world: Awaited<ReturnType<typeof buildWorld>>;
let active: { id: string; name: string };
let closed: { id: string; name: string };
let adminUser: { id: string };
let departed: { id: string };
let partnerUser: { id: string };

/** The field errors of the ValidationError `promise` rejects with (fails if it resolves or fails otherwise). */
async function fieldErrors(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
}

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const groupInput = (extra: Record<string, unknown> = {}) =>
  groupSchema.parse({ reference: nextGroupReference(), name: "Refs Crew", status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], ...extra });
const locationInput = (extra: Record<string, unknown> = {}) => locationSchema.parse({ address: "7 Wharf Lane", type: "RESIDENTIAL", ...extra });

beforeAll(async () => {
  world = await buildWorld();
  active = await makeNeighbourhood(db(), { name: "Open Fields" });
  closed = await makeNeighbourhood(db(), { name: "Closed Corner" });
  await db().neighbourhood.update({ where: { id: closed.id }, data: { active: false } });
  adminUser = { id: world.admin.id };
  departed = await makeUser(db(), { agencyId: world.police.id, role: "OFFICER", name: "Dee Parted", active: false });
  partnerUser = { id: world.partner.id };
});

describe("a location's neighbourhood", () => {
  it("an unknown neighbourhood is refused on the field, and nothing is saved", async () => {
    const before = await db().location.count();
    expect(await fieldErrors(createLocation(world.analyst, locationInput({ neighbourhoodId: MISSING })))).toEqual({ neighbourhoodId: ["Choose an active neighbourhood"] });
    expect(await db().location.count()).toBe(before);
  });

  it("a disabled neighbourhood is refused for a new location", async () => {
    expect(await fieldErrors(createLocation(world.analyst, locationInput({ neighbourhoodId: closed.id })))).toEqual({ neighbourhoodId: ["Closed Corner is no longer active: choose an active neighbourhood"] });
  });

  it("an active neighbourhood, or none, is saved", async () => {
    const { id } = await createLocation(world.analyst, locationInput({ neighbourhoodId: active.id }));
    expect((await db().location.findUniqueOrThrow({ where: { id } })).neighbourhoodId).toBe(active.id);
    const none = await createLocation(world.analyst, locationInput());
    expect((await db().location.findUniqueOrThrow({ where: { id: none.id } })).neighbourhoodId).toBeNull();
  });

  it("on edit: an unknown one is refused; one the location already has but since disabled is refused until another is chosen", async () => {
    const location = await makeLocation(db(), { neighbourhoodId: closed.id });
    const edit = (extra: Record<string, unknown>) => updateLocationSchema.parse({ address: "9 Wharf Lane", type: "RESIDENTIAL", version: 1, ...extra });
    expect(await fieldErrors(updateLocation(world.analyst, location.id, edit({ neighbourhoodId: MISSING })))).toEqual({ neighbourhoodId: ["Choose an active neighbourhood"] });
    expect(await fieldErrors(updateLocation(world.analyst, location.id, edit({ neighbourhoodId: closed.id })))).toEqual({ neighbourhoodId: [expect.stringContaining("Closed Corner is no longer active")] });
    expect((await db().location.findUniqueOrThrow({ where: { id: location.id } })).address).not.toBe("9 Wharf Lane");
    await updateLocation(world.analyst, location.id, edit({ neighbourhoodId: active.id }));
    expect(await db().location.findUniqueOrThrow({ where: { id: location.id } })).toMatchObject({ address: "9 Wharf Lane", neighbourhoodId: active.id, version: 2 });
  });

  it("the API answers 422 on the field, not 500", async () => {
    const body = { address: "3 Dock Road", type: "RESIDENTIAL" };
    const unknown = await call(locationsRoute.POST, world.analyst, "POST", "/api/v1/locations", { body: { ...body, neighbourhoodId: MISSING } });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error).toMatchObject({ code: "INVALID", fields: { neighbourhoodId: ["Choose an active neighbourhood"] } });
    const disabled = await call(locationsRoute.POST, world.analyst, "POST", "/api/v1/locations", { body: { ...body, neighbourhoodId: closed.id } });
    expect(disabled.status).toBe(422);
    expect(disabled.json.error.fields.neighbourhoodId).toEqual([expect.stringContaining("no longer active")]);
    const created = await call(locationsRoute.POST, world.analyst, "POST", "/api/v1/locations", { body: { ...body, neighbourhoodId: active.id } });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    const patched = await call(locationRoute.PATCH, world.analyst, "PATCH", `/api/v1/locations/${id}`, { id, body: { ...body, neighbourhoodId: MISSING, version: 1 } });
    expect(patched.status).toBe(422);
    expect(patched.json.error.fields).toEqual({ neighbourhoodId: ["Choose an active neighbourhood"] });
  });

  it("the form keeps what was typed and shows the error on the field", async () => {
    session.actor = world.analyst;
    const state = await createLocationAction({}, form({ address: "5 Typed Street", type: "RESIDENTIAL", neighbourhoodId: closed.id }));
    expect(state.errors).toEqual({ neighbourhoodId: ["Closed Corner is no longer active: choose an active neighbourhood"] });
    expect(state.values).toMatchObject({ address: "5 Typed Street", neighbourhoodId: closed.id });
    const location = await makeLocation(db(), { neighbourhoodId: active.id });
    const edit = await updateLocationAction(location.id, {}, form({ address: "6 Typed Street", type: "RESIDENTIAL", neighbourhoodId: MISSING, version: "1" }));
    expect(edit.errors).toEqual({ neighbourhoodId: ["Choose an active neighbourhood"] });
    await expect(createLocationAction({}, form({ address: "5 Typed Street", type: "RESIDENTIAL", neighbourhoodId: active.id }))).rejects.toMatchObject({ redirectedTo: expect.stringMatching(/^\/locations\/[0-9a-f-]{36}\?saved=1$/) });
  });
});

describe("a group's neighbourhoods", () => {
  it("an unknown neighbourhood is refused on the field, and nothing is saved", async () => {
    const input = groupInput({ neighbourhoodIds: [active.id, MISSING] });
    expect(await fieldErrors(createGroup(world.analyst, input))).toEqual({ neighbourhoodIds: ["Choose an active neighbourhood"] });
    expect(await db().organisedCrimeGroup.findUnique({ where: { reference: input.reference } })).toBeNull();
  });

  it("a disabled neighbourhood is refused for a new group, naming it", async () => {
    expect(await fieldErrors(createGroup(world.analyst, groupInput({ neighbourhoodIds: [active.id, closed.id] })))).toEqual({ neighbourhoodIds: ["Closed Corner is no longer active: untick it or choose an active neighbourhood"] });
  });

  it("active neighbourhoods (a repeated one once) are saved", async () => {
    const { id } = await createGroup(world.analyst, groupInput({ neighbourhoodIds: [active.id, world.patch[0]!.id, active.id] }));
    const saved = await db().groupNeighbourhood.findMany({ where: { groupId: id }, select: { neighbourhoodId: true } });
    expect(saved.map((n) => n.neighbourhoodId).sort()).toEqual([active.id, world.patch[0]!.id].sort());
  });

  it("on edit: one the group already has but since disabled is refused until it is unticked", async () => {
    const group = await makeGroup(db(), { neighbourhoodIds: [closed.id, active.id] });
    const edit = (neighbourhoodIds: string[]) => updateGroupSchema.parse({ reference: group.reference, name: group.name, status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], neighbourhoodIds, version: 1 });
    expect(await fieldErrors(updateGroup(world.analyst, group.id, edit([closed.id, active.id])))).toEqual({ neighbourhoodIds: [expect.stringContaining("Closed Corner is no longer active")] });
    expect(await fieldErrors(updateGroup(world.analyst, group.id, edit([MISSING])))).toEqual({ neighbourhoodIds: ["Choose an active neighbourhood"] });
    await updateGroup(world.analyst, group.id, edit([active.id]));
    expect((await db().groupNeighbourhood.findMany({ where: { groupId: group.id } })).map((n) => n.neighbourhoodId)).toEqual([active.id]);
  });

  it("the API answers 422 on the field, not 500", async () => {
    const body = { reference: nextGroupReference(), name: "API Refs Crew", status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], neighbourhoodIds: [MISSING] };
    const unknown = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error).toMatchObject({ code: "INVALID", fields: { neighbourhoodIds: ["Choose an active neighbourhood"] } });
    const created = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body: { ...body, neighbourhoodIds: [active.id] } });
    expect(created.status).toBe(201);
    const id = created.json.data.id as string;
    const patched = await call(groupRoute.PATCH, world.analyst, "PATCH", `/api/v1/groups/${id}`, { id, body: { ...body, neighbourhoodIds: [closed.id], version: 1 } });
    expect(patched.status).toBe(422);
    expect(patched.json.error.fields).toEqual({ neighbourhoodIds: [expect.stringContaining("Closed Corner is no longer active")] });
  });
});

describe("a group's Lead and Senior Responsible Officers", () => {
  it("an administrator is refused on the field, as LRO or SRO", async () => {
    expect(await fieldErrors(createGroup(world.analyst, groupInput({ lroId: adminUser.id })))).toEqual({ lroId: [expect.stringContaining("An administrator cannot be Lead Responsible Officer")] });
    expect(await fieldErrors(createGroup(world.analyst, groupInput({ sroId: adminUser.id })))).toEqual({ sroId: [expect.stringContaining("An administrator cannot be Senior Responsible Officer")] });
  });

  it("an inactive or unknown user is refused on the field; every wrong field is reported at once", async () => {
    expect(await fieldErrors(createGroup(world.analyst, groupInput({ lroId: departed.id })))).toEqual({ lroId: ["Choose an active user as Lead Responsible Officer"] });
    expect(await fieldErrors(createGroup(world.analyst, groupInput({ lroId: MISSING, sroId: departed.id, neighbourhoodIds: [closed.id] })))).toEqual({
      lroId: ["Choose an active user as Lead Responsible Officer"],
      sroId: ["Choose an active user as Senior Responsible Officer"],
      neighbourhoodIds: [expect.stringContaining("Closed Corner")],
    });
  });

  it("police or partner staff are saved, and the same person may hold both", async () => {
    const { id } = await createGroup(world.analyst, groupInput({ lroId: partnerUser.id, sroId: world.supervisor.id }));
    expect(await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id }, select: { lroId: true, sroId: true } })).toEqual({ lroId: partnerUser.id, sroId: world.supervisor.id });
    const both = await createGroup(world.analyst, groupInput({ lroId: world.officer.id, sroId: world.officer.id }));
    expect(await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id: both.id }, select: { lroId: true, sroId: true } })).toEqual({ lroId: world.officer.id, sroId: world.officer.id });
  });

  it("on edit: an LRO the group already has whose account is since disabled is refused", async () => {
    const leaving = await makeUser(db(), { agencyId: world.police.id, role: "ANALYST" });
    const group = await makeGroup(db(), { lroId: leaving.id });
    await db().user.update({ where: { id: leaving.id }, data: { active: false } });
    const edit = (lroId: string) => updateGroupSchema.parse({ reference: group.reference, name: group.name, status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], lroId, version: 1 });
    expect(await fieldErrors(updateGroup(world.analyst, group.id, edit(leaving.id)))).toEqual({ lroId: ["Choose an active user as Lead Responsible Officer"] });
    await updateGroup(world.analyst, group.id, edit(world.analyst.id));
    expect((await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id: group.id } })).lroId).toBe(world.analyst.id);
  });

  it("the API answers 422 on the field", async () => {
    const body = { reference: nextGroupReference(), name: "API Officer Crew", status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"] };
    const admin = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body: { ...body, lroId: adminUser.id } });
    expect(admin.status).toBe(422);
    expect(Object.keys(admin.json.error.fields)).toEqual(["lroId"]);
    const unknown = await call(groupsRoute.POST, world.analyst, "POST", "/api/v1/groups", { body: { ...body, sroId: MISSING } });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.fields).toEqual({ sroId: ["Choose an active user as Senior Responsible Officer"] });
  });

  it("the form keeps what was typed and shows each error on its field", async () => {
    session.actor = world.analyst;
    const typed = { reference: nextGroupReference(), name: "Typed Crew", status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], neighbourhoodIds: [closed.id], lroId: adminUser.id };
    const state = await createGroupAction({}, form(typed));
    expect(Object.keys(state.errors ?? {}).sort()).toEqual(["lroId", "neighbourhoodIds"]);
    expect(state.values).toMatchObject({ name: "Typed Crew", neighbourhoodIds: [closed.id], lroId: adminUser.id });
    const group = await makeGroup(db(), { neighbourhoodIds: [active.id] });
    const edit = await updateGroupAction(group.id, {}, form({ ...typed, reference: group.reference, neighbourhoodIds: [active.id], lroId: departed.id, version: "1" }));
    expect(edit.errors).toEqual({ lroId: ["Choose an active user as Lead Responsible Officer"] });
    await expect(createGroupAction({}, form({ ...typed, neighbourhoodIds: [active.id], lroId: world.officer.id }))).rejects.toMatchObject({ redirectedTo: expect.stringMatching(/^\/groups\/[0-9a-f-]{36}\?saved=1$/) });
  });
});
