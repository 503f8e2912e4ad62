// Who sees what of the joined-up record, through the data layer every page and API route uses.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createGroup, getGroup, listGroups, scoreGroupRecord, updateGroup, addMember } from "@/lib/dal/groups";
import { createLocation, getLocation, listLocations } from "@/lib/dal/locations";
import { createNominal, getNominal, listNominals } from "@/lib/dal/nominals";
import { createPerson, getPerson, listPeople } from "@/lib/dal/people";
import { createLink } from "@/lib/dal/links";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { groupSchema, linkSchema, locationSchema, nominalSchema, personSchema } from "@/lib/validation/records";
import { buildWorld } from "../support/world";

let world: Awaited<ReturnType<typeof buildWorld>>;
let sharedGroupId: string;
let unsharedGroupId: string;
let nominalId: string;

// Inputs go through the same schemas the forms and the API use.
const groupInput = (over: Record<string, unknown> = {}) => groupSchema.parse({
  reference: `05/${String(Math.floor(Math.random() * 99999)).padStart(5, "0")}`,
  name: "Ashgrove Boys",
  aliases: ["AGB"],
  status: "ACTIVE" as const,
  crimeTypes: ["COUNTY_LINES"],
  neighbourhoodIds: [] as string[],
  assessment: "POLICE-ONLY source reporting says the line is run from flat 12",
  partnerSummary: "A group exploiting children to sell drugs on the estate.",
  sharedAgencyIds: [] as string[],
  ...over,
});
const list = { page: 1, pageSize: 25, sort: "name" as const, dir: "asc" as const };
const ratings = (level: "LOW" | "MEDIUM" | "HIGH") => ({
  capability: { violence: level, weapons: level, infiltration: level, tacticalAwareness: level, criminalExpertise: level, resilience: level },
  harm: { physical: level, psychological: level, financial: level, community: level, victimVulnerability: level, geographicScope: level },
  likelihood: level,
  confidence: "MEDIUM" as const,
  rationale: `All ${level.toLowerCase()}`,
});

beforeAll(async () => {
  world = await buildWorld();
  sharedGroupId = (await createGroup(world.analyst, groupInput({ name: "Shared Crew", sharedAgencyIds: [world.council.id] }))).id;
  unsharedGroupId = (await createGroup(world.analyst, groupInput({ name: "Hidden Crew" }))).id;
  nominalId = (await createNominal(world.analyst, nominalSchema.parse({ name: "John Smith", aliases: "Smithy", warningMarkers: ["WEAPONS"], notes: "POLICE-ONLY informant notes" }))).id;
});

describe("groups", () => {
  it("gives police the full profile", async () => {
    const group = await getGroup(world.officer, sharedGroupId);
    expect(group.audience).toBe("police");
    expect(JSON.stringify(group)).toContain("POLICE-ONLY");
  });

  it("gives a partner only the partner-safe view of a group shared with their agency", async () => {
    const group = await getGroup(world.partner, sharedGroupId);
    expect(Object.keys(group).sort()).toEqual(["audience", "crimeTypes", "id", "name", "neighbourhoods", "partnerSummary", "reference", "status"]);
    expect(JSON.stringify(group)).not.toContain("POLICE-ONLY");
  });

  it("answers 404 to a partner for a group not shared with their agency, as if it did not exist", async () => {
    await expect(getGroup(world.partner, unsharedGroupId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getGroup(world.partner, "0190a7a0-0000-7000-8000-000000000009")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists for a partner only the groups shared with their agency, without scores", async () => {
    const result = await listGroups(world.partner, { ...list, sort: "name" }, {});
    expect(result.audience).toBe("partner");
    expect(result.page.rows.map((r) => r.name)).toEqual(["Shared Crew"]);
    expect(JSON.stringify(result)).not.toMatch(/"score"|"band"|POLICE-ONLY/);
  });

  it("lets analysts write and score, and refuses officers, partners and administrators", async () => {
    for (const actor of [world.officer, world.partner, world.admin]) {
      await expect(createGroup(actor, groupInput())).rejects.toBeInstanceOf(ForbiddenError);
      await expect(scoreGroupRecord(actor, sharedGroupId, ratings("HIGH"))).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(getGroup(world.admin, sharedGroupId)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("keeps every scoring, moves the group's band with the newest, and shows the change", async () => {
    const first = await scoreGroupRecord(world.analyst, unsharedGroupId, ratings("MEDIUM"));
    const second = await scoreGroupRecord(world.supervisor, unsharedGroupId, ratings("HIGH"));
    expect(second.score).toBe(100);
    expect(second.band).toBe("1a");
    expect(first.score).toBeLessThan(second.score);
    const group = await getGroup(world.analyst, unsharedGroupId);
    if (group.audience !== "police") throw new Error("expected the police view");
    expect(group.score).toBe(100);
    expect(group.band).toBe("1a");
    expect(group.scorings.map((s) => s.score)).toEqual([second.score, first.score]);
    expect(group.scorings[0]!.change).toMatchObject({ scoreDelta: second.score - first.score, bandMovement: "up" });
    expect(group.scorings[0]!.change!.changedFactors).toHaveLength(13);
    expect(await db().auditEvent.count({ where: { entityId: unsharedGroupId, action: "group.scored" } })).toBe(2);
  });

  it("refuses a second save made from a stale copy, naming who changed it", async () => {
    const input = groupInput({ name: "Conflict Crew" });
    const { id } = await createGroup(world.analyst, input);
    await updateGroup(world.supervisor, id, { ...input, name: "Conflict Crew (renamed)", version: 1 });
    const stale = await updateGroup(world.analyst, id, { ...input, name: "Conflict Crew v2", version: 1 }).catch((e) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale.changedBy).toBe(world.supervisor.name);
  });

  it("does not add the same nominal to a group twice", async () => {
    await addMember(world.analyst, sharedGroupId, { nominalId, standing: "PRINCIPAL_SUBJECT", role: "Leader" });
    const again = await addMember(world.analyst, sharedGroupId, { nominalId, standing: "PERIPHERAL_SUBJECT", role: undefined }).catch((e) => e);
    expect(again).toBeInstanceOf(ValidationError);
    // Members are police-only: the partner view of the same group does not carry them.
    expect(JSON.stringify(await getGroup(world.partner, sharedGroupId))).not.toContain("John Smith");
  });
});

describe("nominals and locations are police intelligence", () => {
  it("answers 404 to a partner for any nominal and any location, and refuses their lists", async () => {
    const location = await createLocation(world.analyst, locationSchema.parse({ address: "12 Canal Street", postcode: "NB1 2AB", type: "RESIDENTIAL", flags: ["CUCKOOED"] }));
    await expect(getNominal(world.partner, nominalId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLocation(world.partner, location.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listNominals(world.partner, list, {})).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listLocations(world.partner, { ...list, sort: "address" }, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("finds John Smith when an officer searches for Jon Smyth, and audits the search", async () => {
    const page = await listNominals(world.officer, { ...list, sort: "relevance" }, { q: "Jon Smyth" });
    expect(page.rows[0]?.name).toBe("John Smith");
    const byAlias = await listNominals(world.officer, { ...list, sort: "relevance" }, { q: "smithy" });
    expect(byAlias.rows.map((r) => r.name)).toContain("John Smith");
    expect(await db().auditEvent.count({ where: { actorId: world.officer.id, action: "search", entityType: "Nominal" } })).toBe(2);
    // What was searched for is kept with the event, as JSON (written as one INSERT, no transaction).
    const first = await db().auditEvent.findFirstOrThrow({ where: { actorId: world.officer.id, action: "search", entityType: "Nominal" }, orderBy: { id: "asc" } });
    expect(first.details).toMatchObject({ query: "Jon Smyth" });
    expect(first.actorAgencyId).toBe(world.officer.agencyId);
  });

  it("audits every view of a nominal's record", async () => {
    await getNominal(world.analyst, nominalId);
    const event = await db().auditEvent.findFirstOrThrow({ where: { action: "record.viewed", entityId: nominalId, actorId: world.analyst.id } });
    expect(event.summary).toBe("Viewed nominal John Smith");
  });
});

describe("people at risk", () => {
  const person = (over: Record<string, unknown> = {}) => personSchema.parse({ name: "Kayla Moss", ageYears: 15, ageGroup: "CHILD" as const, address: "Flat 3, Tower View", vulnerabilities: ["CSE"], riskLevel: "HIGH" as const, consentRecorded: false, sharedAgencyIds: [] as string[], notes: "POLICE-ONLY debrief notes", ...over });

  it("shows a partner the people their agency leads or that are shared with it, without police notes or links", async () => {
    const led = await createPerson(world.analyst, person({ name: "Led By Council", leadAgencyId: world.council.id }));
    const shared = await createPerson(world.analyst, person({ name: "Shared With Council", leadAgencyId: world.housing.id, sharedAgencyIds: [world.council.id] }));
    const hidden = await createPerson(world.analyst, person({ name: "Housing Only", leadAgencyId: world.housing.id }));
    await createLink(world.analyst, linkSchema.parse({ fromKind: "PERSON", fromId: led.id, toKind: "NOMINAL", toId: nominalId, type: "AT_RISK_FROM" }));
    await createLink(world.analyst, linkSchema.parse({ fromKind: "PERSON", fromId: led.id, toKind: "GROUP", toId: sharedGroupId, type: "AT_RISK_FROM" }));

    const view = await getPerson(world.partner, led.id);
    expect(view.audience).toBe("partner");
    expect(view.notes).toBeUndefined();
    expect(view.links).toEqual([]);
    expect(view.atRiskFromGroups.map((g) => g.name)).toEqual(["Shared Crew"]);
    expect(JSON.stringify(view)).not.toMatch(/POLICE-ONLY|John Smith/);
    await expect(getPerson(world.partner, shared.id)).resolves.toMatchObject({ name: "Shared With Council" });
    await expect(getPerson(world.partner, hidden.id)).rejects.toBeInstanceOf(NotFoundError);

    const listed = await listPeople(world.partner, list, {});
    expect(listed.rows.map((r) => r.name).sort()).toEqual(["Led By Council", "Shared With Council"]);
    expect(await db().auditEvent.count({ where: { action: "record.viewed", entityId: led.id, actorId: world.partner.id } })).toBe(1);
  });

  it("checks that a child is under 18", async () => {
    const result = personSchema.safeParse({ name: "Kayla Moss", ageYears: 19, ageGroup: "CHILD", vulnerabilities: ["CSE"], riskLevel: "HIGH" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["ageYears"], message: "A child must be under 18" });
  });
});
