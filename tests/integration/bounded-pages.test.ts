// Pages stay bounded on a national dataset: a group's page shows its first members and newest links,
// and every record page its most recently linked concerns, with the totals (the rest are paged in
// the database), and neighbourhood filters list one area command's neighbourhoods instead of all of
// them once there are too many.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { v7 as uuidv7 } from "uuid";
import { concernRow, makeGroup, makeLink, makeLocation, makeMembership, makeNominal, makePerson } from "@/lib/db/factories-records";
import { makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { concernsForRecord, CONCERNS_SHOWN, countRecordConcerns, listRecordConcerns } from "@/lib/dal/concerns";
import { getGroup, GROUP_MEMBERS_SHOWN, listGroupMembers } from "@/lib/dal/groups";
import { countLinks, linksOf, LINKS_SHOWN, listRecordLinks } from "@/lib/dal/links";
import { meetingFormOptions } from "@/lib/dal/meetings";
import { neighbourhoodChoices } from "@/lib/dal/neighbourhoods";
import { getNominal } from "@/lib/dal/nominals";
import { triageOptions } from "@/lib/dal/triage-options";
import { NotFoundError } from "@/lib/errors";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { buildWorld } from "../support/world";

let world: Awaited<ReturnType<typeof buildWorld>>;
let groupId: string;
let nominalId: string;
const north: { id: string; name: string }[] = [];
let south: { id: string; name: string };
let locationId: string;
let personId: string;
/** The busy location's 60 concern ids, most recently linked first (ties broken by the higher id). */
let locationOrder: string[];

beforeAll(async () => {
  world = await buildWorld();
  const group = await makeGroup(db(), { sharedAgencyIds: [world.council.id] });
  groupId = group.id;
  // 60 members: 10 leaders (they sort first, by standing) and 50 significant members.
  for (let i = 0; i < 60; i++) {
    const nominal = await makeNominal(db(), { name: `Member ${String(i).padStart(2, "0")}` });
    await makeMembership(db(), { groupId, nominalId: nominal.id, standing: i >= 50 ? "PRINCIPAL_SUBJECT" : "SIGNIFICANT_MEMBER" });
  }
  // 120 links on one nominal, 30 on the group.
  nominalId = (await makeNominal(db(), { name: "Well Connected" })).id;
  const others = await Promise.all(Array.from({ length: 120 }, (_, i) => makeNominal(db(), { name: `Associate ${i}` })));
  for (const [i, other] of others.entries()) await makeLink(db(), { fromKind: "NOMINAL", fromId: nominalId, toKind: "NOMINAL", toId: other.id, createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)) });
  for (const other of others.slice(0, 30)) await makeLink(db(), { fromKind: "NOMINAL", fromId: other.id, toKind: "GROUP", toId: groupId });
  for (const name of ["Northgate", "Northfield", "North End"]) north.push(await makeNeighbourhood(db(), { name, areaCommand: "North" }));
  south = await makeNeighbourhood(db(), { name: "Southside", areaCommand: "South" });

  // 60 concerns linked to one location, linked two to a minute (so half the order is the id's
  // tie-break), inserted in an order unrelated to either; 3 on the group; one on a person at risk
  // that the partner's agency leads (a record the partner may see, but not its concerns).
  locationId = (await makeLocation(db(), { address: "1 Busy Street" })).id;
  personId = (await makePerson(db(), { name: "Led By Council", leadAgencyId: world.council.id })).id;
  const reporter = { reportedById: world.officer.id, reporterAgencyId: world.police.id };
  const rows = Array.from({ length: 60 }, (_, i) => ({ id: uuidv7(), linkedAt: new Date(Date.UTC(2025, 2, 1, 0, Math.floor(((i * 37) % 60) / 2))) }));
  const extra = Array.from({ length: 4 }, () => uuidv7());
  await db().concern.createMany({ data: [...rows.map((r) => concernRow({ id: r.id, ...reporter })), ...extra.map((id) => concernRow({ id, ...reporter }))] });
  await db().concernLink.createMany({
    data: [
      ...rows.map((r) => ({ concernId: r.id, kind: "LOCATION" as const, recordId: locationId, createdAt: r.linkedAt })),
      ...extra.slice(0, 3).map((id) => ({ concernId: id, kind: "GROUP" as const, recordId: groupId })),
      { concernId: extra[3]!, kind: "PERSON" as const, recordId: personId },
    ],
  });
  locationOrder = [...rows].sort((a, b) => b.linkedAt.getTime() - a.linkedAt.getTime() || (a.id < b.id ? 1 : -1)).map((r) => r.id);
});

describe("a group's members", () => {
  it("getGroup returns the first 25 by standing, with the total", async () => {
    const group = await getGroup(world.analyst, groupId);
    if (group.audience !== "police") throw new Error("expected the police view");
    expect(GROUP_MEMBERS_SHOWN).toBe(25);
    expect(group.members).toHaveLength(25);
    expect(group.memberCount).toBe(60);
    // Principals come first in standing order, then by name.
    expect(group.members.slice(0, 10).every((m) => m.standing === "PRINCIPAL_SUBJECT")).toBe(true);
    expect(group.members[0]!.nominal.name).toBe("Member 50");
    expect(group).not.toHaveProperty("_count");
  });

  it("pages all members in the database, sorted", async () => {
    const page1 = await listGroupMembers(world.officer, groupId, { page: 1, pageSize: 50, sort: "standing", dir: "asc" });
    const page2 = await listGroupMembers(world.officer, groupId, { page: 2, pageSize: 50, sort: "standing", dir: "asc" });
    expect(page1.page.total).toBe(60);
    expect(page1.page.rows).toHaveLength(50);
    expect(page2.page.rows).toHaveLength(10);
    expect(new Set([...page1.page.rows, ...page2.page.rows].map((m) => m.id)).size).toBe(60);
    expect(page1.group.id).toBe(groupId);
    const byName = await listGroupMembers(world.officer, groupId, { page: 1, pageSize: 25, sort: "name", dir: "desc" });
    expect(byName.page.rows[0]!.nominal.name).toBe("Member 59");
  });

  it("shows partners no members, even of a group shared with them", async () => {
    const group = await getGroup(world.partner, groupId);
    expect(group.audience).toBe("partner");
    expect(group).not.toHaveProperty("members");
    await expect(listGroupMembers(world.partner, groupId, { page: 1, pageSize: 50, sort: "standing", dir: "asc" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listGroupMembers(world.analyst, "not-an-id", { page: 1, pageSize: 50, sort: "standing", dir: "asc" })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a record's links", () => {
  it("record pages get the newest 25 and the total", async () => {
    const nominal = await getNominal(world.analyst, nominalId);
    expect(LINKS_SHOWN).toBe(25);
    expect(nominal.links).toHaveLength(25);
    expect(nominal.links[0]!.other.name).toBe("Associate 119");
    expect(await countLinks(world.analyst, "NOMINAL", nominalId)).toBe(120);
    const group = await getGroup(world.analyst, groupId);
    if (group.audience !== "police") throw new Error("expected the police view");
    expect(group.links).toHaveLength(25);
    expect(group.linkCount).toBe(30);
  });

  it("pages all links, newest first", async () => {
    const page1 = await listRecordLinks(world.officer, "NOMINAL", nominalId, { page: 1, pageSize: 100 });
    const page2 = await listRecordLinks(world.officer, "NOMINAL", nominalId, { page: 2, pageSize: 100 });
    expect(page1.name).toBe("Well Connected");
    expect(page1.total).toBe(120);
    expect(page2.rows).toHaveLength(20);
    expect(page2.rows.at(-1)!.other.name).toBe("Associate 0");
    expect(new Set([...page1.rows, ...page2.rows].map((l) => l.id)).size).toBe(120);
  });

  it("partners see no links", async () => {
    expect(await linksOf(world.partner, "GROUP", groupId)).toEqual([]);
    expect(await countLinks(world.partner, "GROUP", groupId)).toBe(0);
    await expect(listRecordLinks(world.partner, "GROUP", groupId, { page: 1, pageSize: 100 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRecordLinks(world.analyst, "GROUP", "0190a7a0-0000-7000-8000-000000000009", { page: 1, pageSize: 100 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a record's concerns", () => {
  const page = (n: number) => ({ page: n, pageSize: 25 });

  it("record pages get the most recently linked few and the true total, capped", async () => {
    expect(CONCERNS_SHOWN).toBe(10);
    const shown = await concernsForRecord(world.officer, "LOCATION", locationId);
    expect(shown.map((c) => c.id)).toEqual(locationOrder.slice(0, 10));
    expect(shown[0]).toMatchObject({ reportedBy: { name: world.officer.name }, linkedAt: new Date(Date.UTC(2025, 2, 1, 0, 29)) });
    expect(await countRecordConcerns(world.officer, "LOCATION", locationId)).toEqual({ total: 60, totalIsLowerBound: false });
    expect(await countRecordConcerns(world.officer, "LOCATION", locationId, 50)).toEqual({ total: 51, totalIsLowerBound: true });
    expect(await countRecordConcerns(world.analyst, "GROUP", groupId)).toEqual({ total: 3, totalIsLowerBound: false });
    expect(await concernsForRecord(world.analyst, "GROUP", groupId)).toHaveLength(3);
  });

  it("pages every concern in the database, 25 a page, in one stable order", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((n) => listRecordConcerns(world.analyst, "LOCATION", locationId, page(n))));
    expect(pages.map((p) => p.rows.length)).toEqual([25, 25, 10, 0]);
    expect(pages.flatMap((p) => p.rows.map((c) => c.id))).toEqual(locationOrder);
    for (const p of pages) expect(p).toMatchObject({ name: "1 Busy Street", total: 60, totalIsLowerBound: false, pageSize: 25 });
    // The record page's few are the first page's first.
    expect((await concernsForRecord(world.analyst, "LOCATION", locationId)).map((c) => c.id)).toEqual(pages[0]!.rows.slice(0, 10).map((c) => c.id));
    const capped = await listRecordConcerns(world.analyst, "LOCATION", locationId, page(2), { countCap: 30 });
    expect(capped).toMatchObject({ total: 31, totalIsLowerBound: true });
    expect(capped.rows.map((c) => c.id)).toEqual(locationOrder.slice(25, 50));
    expect((await listRecordConcerns(world.analyst, "GROUP", groupId, page(1))).name).toMatch(/ /);
  });

  it("partners and administrators get no concerns, and 404 for the paged page, even on a record they may see", async () => {
    const shared: [RecordKind, string][] = [["GROUP", groupId], ["PERSON", personId], ["LOCATION", locationId]];
    expect((await getGroup(world.partner, groupId)).audience).toBe("partner");
    for (const actor of [world.partner, world.admin]) {
      for (const [kind, id] of shared) {
        expect(await concernsForRecord(actor, kind, id)).toEqual([]);
        expect(await countRecordConcerns(actor, kind, id)).toEqual({ total: 0, totalIsLowerBound: false });
        await expect(listRecordConcerns(actor, kind, id, page(1))).rejects.toBeInstanceOf(NotFoundError);
      }
    }
  });

  it("an unknown record, or a record of another kind, is 404 with no concerns", async () => {
    await expect(listRecordConcerns(world.analyst, "NOMINAL", "0190a7a0-0000-7000-8000-000000000009", page(1))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listRecordConcerns(world.analyst, "NOMINAL", "not-an-id", page(1))).rejects.toBeInstanceOf(NotFoundError);
    // The location's id under another kind names no record.
    await expect(listRecordConcerns(world.analyst, "NOMINAL", locationId, page(1))).rejects.toBeInstanceOf(NotFoundError);
    const empty = await listRecordConcerns(world.analyst, "NOMINAL", nominalId, page(1));
    expect(empty).toMatchObject({ name: "Well Connected", rows: [], total: 0 });
  });
});

describe("neighbourhood choices", () => {
  it("list every neighbourhood while there are few (the demo)", async () => {
    const choices = await neighbourhoodChoices(world.analyst);
    expect(choices.all).toBe(true);
    expect(choices.areaCommands).toEqual([]);
    expect(choices.neighbourhoods.map((n) => n.id)).toEqual(expect.arrayContaining([...north.map((n) => n.id), south.id, ...world.patch.map((n) => n.id)]));
    const triage = await triageOptions(world.analyst, { neighbourhoodId: south.id });
    expect(triage.neighbourhoods.all).toBe(true);
    expect(triage.neighbourhoods.selected.map((n) => n.id)).toEqual([south.id]);
  });

  it("past the threshold, list only the chosen area command's", async () => {
    const choices = await neighbourhoodChoices(world.analyst, { areaCommand: "North" }, 3);
    expect(choices.all).toBe(false);
    expect(choices.areaCommands).toEqual(["Central", "North", "South"]);
    expect(choices.areaCommand).toBe("North");
    expect(choices.neighbourhoods.map((n) => n.name)).toEqual(["North End", "Northfield", "Northgate"]);
  });

  it("with no area command, offer the officer's own patch and ask for one", async () => {
    const officer = { ...world.officer, neighbourhoodIds: [south.id] };
    const choices = await neighbourhoodChoices(officer, {}, 3);
    expect(choices.areaCommand).toBeUndefined();
    expect(choices.neighbourhoods.map((n) => n.id)).toEqual([south.id]);
    expect((await neighbourhoodChoices(world.analyst, {}, 3)).neighbourhoods).toEqual([]);
  });

  it("keep the chosen neighbourhood: its area command is inferred, and a filter drops it for another area command", async () => {
    const inferred = await neighbourhoodChoices(world.analyst, { selectedIds: [north[0]!.id] }, 3);
    expect(inferred.areaCommand).toBe("North");
    expect(inferred.selected.map((n) => n.id)).toEqual([north[0]!.id]);
    expect(inferred.neighbourhoods).toHaveLength(3);
    const moved = await neighbourhoodChoices(world.analyst, { areaCommand: "South", selectedIds: [north[0]!.id] }, 3);
    expect(moved.selected).toEqual([]);
    expect(moved.neighbourhoods.map((n) => n.id)).toEqual([south.id]);
    const picker = await neighbourhoodChoices(world.analyst, { areaCommand: "South", selectedIds: [north[0]!.id, "nonsense"], keepSelected: true }, 3);
    expect(picker.neighbourhoods.map((n) => n.id).sort()).toEqual([north[0]!.id, south.id].sort());
  });

  it("ignore an unknown area command", async () => {
    const choices = await neighbourhoodChoices(world.analyst, { areaCommand: "Atlantis" }, 3);
    expect(choices.areaCommand).toBeUndefined();
    expect(choices.neighbourhoods).toEqual([]);
  });
});

describe("the meeting form's attendees", () => {
  it("are everyone while few, and a bounded subset once there are many", async () => {
    const small = await meetingFormOptions(world.supervisor);
    expect(small.usersNarrowed).toBeUndefined();
    expect(small.users.map((u) => u.id)).toEqual(expect.arrayContaining([world.officer.id, world.partner.id]));

    const patchOfficer = await makeUser(db(), { role: "OFFICER", agencyId: world.police.id, name: "Patch Officer", neighbourhoodIds: [south.id] });
    await db().user.createMany({ data: Array.from({ length: 220 }, (_, i) => ({ email: `bulk-${i}@locus.test`, name: `Bulk Officer ${i}`, passwordHash: "x", role: "OFFICER" as const, agencyId: world.police.id })) });
    const chosen = (await db().user.findFirstOrThrow({ where: { email: "bulk-7@locus.test" } })).id;
    const big = await meetingFormOptions(world.supervisor, { neighbourhoodIds: [south.id], attendeeIds: [chosen], agencyIds: [world.council.id], attendeeQuery: "bulk officer 21" });
    expect(big.usersNarrowed).toEqual({ query: "bulk officer 21" });
    expect(big.users.length).toBeLessThanOrEqual(200);
    const names = big.users.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(["Bulk Officer 7", "Patch Officer", "Bulk Officer 21", "Bulk Officer 210", world.partner.name, world.analyst.name, world.supervisor.name]));
    expect(names).not.toContain("Bulk Officer 8");
    expect(big.users.some((u) => u.id === patchOfficer.id)).toBe(true);
  });
});

