// The record forms' choices stay bounded on a national dataset (2,000 neighbourhoods, 360 agencies,
// thousands of users), and never lose what is chosen: the group form (neighbourhoods, partner
// agencies, LRO and SRO), the person form (lead agency and shares), the location form (its
// neighbourhood) and the new-action form (owning agency and assignee). Past each cap the form lists
// a bounded subset and finds the rest by name or type; the chosen values are always offered, even
// beyond the cap; and saving still checks each id on the server, offered or not. So do the concern
// form (its neighbourhood: the officer's own first), the assessment form (the partner agency a
// concern is referred to), the referral form (the receiving agency) and the user form (agency and
// neighbourhoods). Every form narrows through a NarrowForm (only the narrowing and the chosen ids
// travel in the URL): the last describe goes round that trip, from a form's fields to its choices.
import { beforeAll, describe, expect, it } from "vitest";
import { GROUP_NARROW } from "@/app/(app)/groups/group-form";
import { PERSON_NARROW } from "@/app/(app)/people/person-form";
import { narrowUrl } from "@/components/forms/narrow-form";
import { narrowParams } from "@/components/forms/narrow-params";
import { actionFormOptions, ASSIGNEES_AGENCY_MAX, ASSIGNEES_LIST_ALL_MAX, createAction } from "@/lib/dal/actions";
import { AGENCY_LIST_ALL_MAX } from "@/lib/dal/agencies";
import { concernFormOptions } from "@/lib/dal/concern-form-options";
import { assessmentOptions } from "@/lib/dal/concerns";
import {
  createGroup,
  groupFormOptions,
  OFFICERS_LIST_ALL_MAX,
  OFFICERS_OWN_MAX,
  OFFICERS_QUERY_MAX,
  recordAgencyOptions,
  recordNeighbourhoodOptions,
  responsibleOfficerOptions,
} from "@/lib/dal/groups";
import { NEIGHBOURHOOD_LIST_ALL_MAX } from "@/lib/dal/neighbourhoods";
import { createPerson } from "@/lib/dal/people";
import { createReferral, referralAgencies } from "@/lib/dal/referrals";
import { listUsers, userFormOptions } from "@/lib/dal/users";
import { db } from "@/lib/db/client";
import { makeAgency, makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { makeGroup } from "@/lib/db/factories-records";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { createActionSchema } from "@/lib/validation/actions";
import { createReferralSchema } from "@/lib/validation/referrals";
import { groupSchema, personSchema } from "@/lib/validation/records";
import { asActor, buildWorld } from "../support/world";

let world: Awaited<ReturnType<typeof buildWorld>>;
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const MISSING = "0190a7a0-0000-7000-8000-000000000009";

/** What the field reports, from a ValidationError thrown by `promise`. */
async function fieldError(promise: Promise<unknown>, field: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields[field];
}

const group = (extra: Record<string, unknown>) => groupSchema.parse({ reference: `07/${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}`, name: "Bounded Choices Crew", status: "ACTIVE", crimeTypes: ["DRUGS_SUPPLY"], ...extra });

beforeAll(async () => {
  world = await buildWorld();
});

describe("while few (a force, the demo), every choice is listed", () => {
  it("the group form: every active neighbourhood, partner agency and non-administrator", async () => {
    const options = await groupFormOptions(world.analyst);
    expect([options.neighbourhoodsNarrowed, options.agenciesNarrowed, options.officersNarrowed]).toEqual([undefined, undefined, undefined]);
    expect(ids(options.neighbourhoods)).toEqual(expect.arrayContaining(ids(world.patch)));
    expect(options.neighbourhoods[0]!.code).toBeTruthy();
    expect(ids(options.agencies).sort()).toEqual([world.council.id, world.housing.id].sort());
    expect(ids(options.officers).sort()).toEqual([world.officer.id, world.analyst.id, world.supervisor.id, world.partner.id].sort());
    expect(options.officers.find((o) => o.id === world.partner.id)!.label).toBe(`${world.partner.name} (${world.council.name})`);
  });

  it("the action form: every active agency and every non-administrator, with their agency", async () => {
    const options = await actionFormOptions(world.analyst);
    expect([options.agenciesNarrowed, options.usersNarrowed]).toEqual([undefined, undefined]);
    expect(ids(options.agencies).sort()).toEqual([world.police.id, world.council.id, world.housing.id].sort());
    expect(options.users.map((u) => [u.id, u.agencyId]).sort()).toEqual(
      [world.officer, world.analyst, world.supervisor, world.partner].map((u) => [u.id, u.agencyId]).sort(),
    );
  });

  it("needs records:write (group, person, location forms) and actions:create (action form)", async () => {
    for (const actor of [world.officer, world.partner, world.admin]) {
      await expect(groupFormOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(recordNeighbourhoodOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(recordAgencyOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(responsibleOfficerOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(actionFormOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    await expect(groupFormOptions(world.supervisor)).resolves.toBeDefined();
  });

  it("the concern, assessment, referral and user forms: every active neighbourhood or agency of the kinds they offer", async () => {
    const concern = await concernFormOptions(world.officer);
    expect(concern.neighbourhoodsNarrowed).toBeUndefined();
    expect(ids(concern.neighbourhoods)).toEqual(expect.arrayContaining(ids(world.patch)));
    const assessment = await assessmentOptions(world.analyst);
    expect(assessment.agenciesNarrowed).toBeUndefined();
    expect(ids(assessment.agencies).sort()).toEqual([world.council.id, world.housing.id].sort());
    const referral = await referralAgencies(world.analyst);
    expect(referral.agenciesNarrowed).toBeUndefined();
    expect(ids(referral.agencies).sort()).toEqual([world.police.id, world.council.id, world.housing.id].sort());
    const user = await userFormOptions(world.admin);
    expect([user.agenciesNarrowed, user.neighbourhoodsNarrowed]).toEqual([undefined, undefined]);
    expect(ids(user.agencies).sort()).toEqual([world.police.id, world.council.id, world.housing.id].sort());
    expect(ids(user.neighbourhoods)).toEqual(expect.arrayContaining(ids(world.patch)));
  });

  it("needs concerns:assess (assessment), a role that may refer (referral), users:manage (user form); anyone may log a concern", async () => {
    for (const actor of [world.officer, world.partner, world.admin]) await expect(assessmentOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
    for (const actor of [world.officer, world.admin]) await expect(referralAgencies(actor)).rejects.toBeInstanceOf(ForbiddenError);
    for (const actor of [world.officer, world.analyst, world.supervisor, world.partner]) await expect(userFormOptions(actor)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(referralAgencies(world.partner)).resolves.toBeDefined();
    for (const actor of [world.officer, world.analyst, world.partner, world.admin]) await expect(concernFormOptions(actor)).resolves.toBeDefined();
  });
});

describe("the Lead and Senior Responsible Officer, past OFFICERS_LIST_ALL_MAX people", () => {
  const PEOPLE = 1_050;
  let farshire: { id: string; name: string };
  let late: { id: string; name: string };
  let last: { id: string; name: string };

  beforeAll(async () => {
    farshire = await makeAgency(db(), { type: "POLICE", name: "Farshire Police" });
    // "Officer 0000" … "Officer 1049" sort before the world's users: "Officer 1000" is the 1,001st by name,
    // the first one the form's old `take: 1000` left out.
    await db().user.createMany({
      data: Array.from({ length: PEOPLE }, (_, i) => ({ email: `officer-${i}@farshire.test`, name: `Officer ${String(i).padStart(4, "0")}`, passwordHash: "x", role: "OFFICER" as const, agencyId: farshire.id })),
    });
    late = await db().user.findFirstOrThrow({ where: { email: "officer-1000@farshire.test" }, select: { id: true, name: true } });
    last = await db().user.findFirstOrThrow({ where: { email: "officer-1049@farshire.test" }, select: { id: true, name: true } });
  });

  it("lists the actor's own agency's people, not the whole table, and says so", async () => {
    expect(PEOPLE).toBeGreaterThan(OFFICERS_LIST_ALL_MAX);
    const options = await responsibleOfficerOptions(world.analyst);
    expect(options.officersNarrowed).toMatchObject({ agency: world.police.name, query: undefined, ownTruncated: false, queryTruncated: false });
    expect(options.officersNarrowed!.total).toBe(PEOPLE + 4);
    expect(ids(options.officers).sort()).toEqual([world.officer.id, world.analyst.id, world.supervisor.id].sort());
    // An actor of the big agency: capped at OFFICERS_OWN_MAX, and the list says it is cut.
    const farshireActor = asActor({ ...late, email: "officer-1000@farshire.test", role: "OFFICER", agencyId: farshire.id }, { name: farshire.name, type: "POLICE" });
    const big = await responsibleOfficerOptions({ ...farshireActor, role: "ANALYST" });
    expect(big.officers).toHaveLength(OFFICERS_OWN_MAX);
    expect(big.officersNarrowed).toMatchObject({ agency: "Farshire Police", ownTruncated: true });
    expect(ids(big.officers)).not.toContain(late.id);
  });

  it("finds the 1,001st person by name, capped at OFFICERS_QUERY_MAX matches", async () => {
    const found = await groupFormOptions(world.analyst, { officerQuery: "  officer 1000 " });
    expect(found.officersNarrowed?.query).toBe("officer 1000");
    expect(found.officers.find((o) => o.id === late.id)?.label).toBe("Officer 1000 (Farshire Police)");
    const many = await groupFormOptions(world.analyst, { officerQuery: "officer" });
    expect(many.officersNarrowed?.queryTruncated).toBe(true);
    expect(many.officers.length).toBeLessThanOrEqual(3 + OFFICERS_QUERY_MAX);
  });

  it("always offers the chosen LRO and SRO, however far down the list, and a disabled one saying so", async () => {
    const gone = await makeUser(db(), { agencyId: world.police.id, role: "ANALYST", name: "Zed Departed", active: false });
    const options = await groupFormOptions(world.analyst, { officerIds: [late.id, last.id, gone.id, "not-an-id", null] });
    expect(ids(options.officers)).toEqual(expect.arrayContaining([late.id, last.id, gone.id]));
    expect(options.officers.find((o) => o.id === gone.id)!.label).toBe(`Zed Departed (${world.police.name}), account disabled`);
    expect(options.officers.length).toBeLessThanOrEqual(OFFICERS_OWN_MAX + OFFICERS_QUERY_MAX + 4);
    // Saving checks each id itself: the 1,001st person is fine, a disabled or unknown one is refused on its field.
    const saved = await createGroup(world.analyst, group({ lroId: late.id, sroId: last.id }));
    expect(await db().organisedCrimeGroup.findUniqueOrThrow({ where: { id: saved.id }, select: { lroId: true, sroId: true } })).toEqual({ lroId: late.id, sroId: last.id });
    expect(await fieldError(createGroup(world.analyst, group({ lroId: gone.id })), "lroId")).toEqual(["Choose an active user as Lead Responsible Officer"]);
    expect(await fieldError(createGroup(world.analyst, group({ sroId: MISSING })), "sroId")).toEqual(["Choose an active user as Senior Responsible Officer"]);
  });
});

describe("neighbourhoods, past NEIGHBOURHOOD_LIST_ALL_MAX", () => {
  const EACH = 60;
  let west: { id: string }[];
  let closed: { id: string };

  beforeAll(async () => {
    const data = ["East", "West"].flatMap((side) => Array.from({ length: EACH }, (_, i) => ({ name: `Bulk ${side} ${String(i).padStart(2, "0")}`, code: `B${side[0]}-${i}`, areaCommand: `Bulk ${side}` })));
    await db().neighbourhood.createMany({ data });
    west = await db().neighbourhood.findMany({ where: { areaCommand: "Bulk West" }, select: { id: true }, orderBy: { name: "asc" } });
    closed = await makeNeighbourhood(db(), { name: "Closed Corner", areaCommand: "Bulk East" });
    await db().neighbourhood.update({ where: { id: closed.id }, data: { active: false } });
  });

  it("asks for an area command and lists only its neighbourhoods", async () => {
    expect(2 * EACH).toBeGreaterThan(NEIGHBOURHOOD_LIST_ALL_MAX);
    const none = await recordNeighbourhoodOptions(world.analyst);
    expect(none.neighbourhoodsNarrowed?.areaCommands).toEqual(expect.arrayContaining(["Bulk East", "Bulk West", "Central"]));
    expect(none.neighbourhoods).toEqual([]);
    const east = await groupFormOptions(world.analyst, { areaCommand: "Bulk East" });
    expect(east.neighbourhoodsNarrowed?.areaCommand).toBe("Bulk East");
    expect(east.neighbourhoods).toHaveLength(EACH);
    expect(east.neighbourhoods.every((n) => n.areaCommand === "Bulk East")).toBe(true);
  });

  it("keeps the chosen ones from another area command, and a disabled one, so an edit loses none", async () => {
    const options = await recordNeighbourhoodOptions(world.analyst, { areaCommand: "Bulk East", neighbourhoodIds: [west[EACH - 1]!.id, closed.id] });
    expect(options.neighbourhoods).toHaveLength(EACH + 2);
    expect(ids(options.neighbourhoods)).toEqual(expect.arrayContaining([west[EACH - 1]!.id, closed.id]));
    // The disabled one says so (its label ends "(no longer active)" in every form); the others do not.
    expect(options.neighbourhoods.filter((n) => n.inactive).map((n) => n.id)).toEqual([closed.id]);
    // With no area command asked for, the first chosen one's is listed.
    const inferred = await recordNeighbourhoodOptions(world.analyst, { neighbourhoodIds: [west[0]!.id] });
    expect(inferred.neighbourhoodsNarrowed?.areaCommand).toBe("Bulk West");
    expect(inferred.neighbourhoods).toHaveLength(EACH);
  });
});

describe("partner agencies, past AGENCY_LIST_ALL_MAX", () => {
  const BULK = AGENCY_LIST_ALL_MAX + 10;
  let rare: { id: string };
  let closed: { id: string };
  let beyond: { id: string };

  beforeAll(async () => {
    await db().agency.createMany({ data: Array.from({ length: BULK }, (_, i) => ({ name: `Bulk Homes ${String(i).padStart(3, "0")}`, type: "HOUSING" as const })) });
    beyond = await db().agency.findFirstOrThrow({ where: { name: `Bulk Homes ${BULK - 1}` }, select: { id: true } });
    rare = await makeAgency(db(), { type: "PROBATION", name: "Rare Probation Trust" });
    closed = await makeAgency(db(), { type: "VOLUNTARY_SECTOR", name: "Closed Charity", active: false });
  });

  it("asks for a type or a name, and never lists police forces", async () => {
    const none = await recordAgencyOptions(world.analyst);
    expect(none.agenciesNarrowed).toMatchObject({ type: undefined, query: undefined, typeTruncated: false, queryTruncated: false });
    expect(none.agenciesNarrowed!.types).not.toContain("POLICE");
    expect(none.agencies).toEqual([]);
    const housing = await groupFormOptions(world.analyst, { agencyType: "HOUSING" });
    expect(housing.agencies).toHaveLength(BULK + 1);
    expect(housing.agencies.every((a) => a.type === "HOUSING")).toBe(true);
    const found = await recordAgencyOptions(world.analyst, { agencyQuery: "rare probation" });
    expect(ids(found.agencies)).toEqual([rare.id]);
    expect(ids((await recordAgencyOptions(world.analyst, { agencyQuery: `homes ${BULK - 1}` })).agencies)).toEqual([beyond.id]);
  });

  it("keeps the chosen ones: a disabled one, and a police lead agency, so an edit drops none unseen", async () => {
    const options = await recordAgencyOptions(world.analyst, { agencyType: "PROBATION", agencyIds: [world.council.id, closed.id, world.police.id, "nonsense"] });
    expect(ids(options.agencies).sort()).toEqual([rare.id, world.council.id, closed.id, world.police.id].sort());
  });

  it("saving checks each agency itself: one found beyond the list is fine, a disabled one is refused", async () => {
    const person = (extra: Record<string, unknown>) => personSchema.parse({ name: "Bounded Person", ageGroup: "CHILD", ageYears: "15", vulnerabilities: ["CCE"], riskLevel: "HIGH", ...extra });
    const saved = await createPerson(world.analyst, person({ leadAgencyId: beyond.id, sharedAgencyIds: [beyond.id, rare.id] }));
    expect(await db().personShare.count({ where: { personId: saved.id } })).toBe(2);
    expect(await fieldError(createPerson(world.analyst, person({ sharedAgencyIds: [closed.id] })), "sharedAgencyIds")).toEqual(["Share only with active partner agencies"]);
    expect(await fieldError(createPerson(world.analyst, person({ leadAgencyId: MISSING })), "leadAgencyId")).toEqual(["Choose an active agency"]);
    expect(await fieldError(createGroup(world.analyst, group({ sharedAgencyIds: [world.police.id] })), "sharedAgencyIds")).toEqual(["Share only with active partner agencies"]);
  });
});

describe("the new-action form's owning agency and assignee, past ASSIGNEES_LIST_ALL_MAX users", () => {
  let farshire: { id: string };
  let late: { id: string };
  let subject: { id: string };

  beforeAll(async () => {
    farshire = await db().agency.findFirstOrThrow({ where: { name: "Farshire Police" }, select: { id: true } });
    late = await db().user.findFirstOrThrow({ where: { email: "officer-1000@farshire.test" }, select: { id: true } });
    subject = await makeGroup(db(), { name: "Action Form Crew" });
  });

  it("lists no one until an owning agency is chosen, then only its people, capped", async () => {
    expect(await db().user.count({ where: { active: true, role: { not: "ADMIN" } } })).toBeGreaterThan(ASSIGNEES_LIST_ALL_MAX);
    const none = await actionFormOptions(world.analyst);
    expect(none.usersNarrowed).toEqual({ truncated: false, queryTruncated: false });
    expect(none.users).toEqual([]);
    // Agencies are narrowed too (by now there are more than AGENCY_LIST_ALL_MAX): the actor's own is always offered.
    expect(none.agenciesNarrowed).toBeDefined();
    expect(ids(none.agencies)).toEqual([world.police.id]);

    const big = await actionFormOptions(world.analyst, { owningAgencyId: farshire.id });
    expect(big.usersNarrowed).toMatchObject({ agencyId: farshire.id, truncated: true, queryTruncated: false });
    expect(big.users).toHaveLength(ASSIGNEES_AGENCY_MAX);
    expect(big.users.every((u) => u.agencyId === farshire.id)).toBe(true);
    expect(ids(big.users)).not.toContain(late.id);
    expect(ids(big.agencies)).toEqual(expect.arrayContaining([world.police.id, farshire.id]));

    const own = await actionFormOptions(world.analyst, { owningAgencyId: world.police.id });
    expect(ids(own.users).sort()).toEqual([world.officer.id, world.analyst.id, world.supervisor.id].sort());
  });

  it("finds a person beyond the cap by name, and keeps the chosen assignee while of that agency", async () => {
    const found = await actionFormOptions(world.analyst, { owningAgencyId: farshire.id, assigneeQuery: "officer 1000" });
    expect(ids(found.users)).toContain(late.id);
    expect(found.usersNarrowed?.query).toBe("officer 1000");
    const kept = await actionFormOptions(world.analyst, { owningAgencyId: farshire.id, assigneeId: late.id });
    expect(ids(kept.users)).toContain(late.id);
    expect(kept.users).toHaveLength(ASSIGNEES_AGENCY_MAX + 1);
    // Someone of another agency is not offered for this one.
    expect(ids((await actionFormOptions(world.analyst, { owningAgencyId: farshire.id, assigneeId: world.partner.id })).users)).not.toContain(world.partner.id);
    // A disabled agency cannot own an action: it is neither offered nor are its people listed.
    const closed = await makeAgency(db(), { type: "HOUSING", name: "Closed Homes", active: false });
    const refused = await actionFormOptions(world.analyst, { owningAgencyId: closed.id });
    expect(ids(refused.agencies)).not.toContain(closed.id);
    expect(refused.usersNarrowed?.agencyId).toBeUndefined();
  });

  it("saving checks the assignee itself: one beyond the list is fine, one of another agency is refused", async () => {
    const action = (extra: Record<string, unknown>) =>
      createActionSchema.parse({ groupId: subject.id, strand: "PURSUE", title: "Bounded", owningAgencyId: farshire.id, dueDate: "2030-01-31", priority: "MEDIUM", subjectKind: "GROUP", subjectId: subject.id, ...extra });
    const saved = await createAction(world.analyst, action({ assigneeId: late.id }));
    expect((await db().action.findUniqueOrThrow({ where: { id: saved.id }, select: { assigneeId: true } })).assigneeId).toBe(late.id);
    expect(await fieldError(createAction(world.analyst, action({ assigneeId: world.partner.id })), "assigneeId")).toEqual(["The assignee must be an active user of the owning agency"]);
    expect(await fieldError(createAction(world.analyst, action({ owningAgencyId: MISSING })), "owningAgencyId")).toEqual(["Choose an active agency"]);
  });
});

describe("the concern, assessment, referral and user forms, past the caps", () => {
  // By now (the describes above): 120 "Bulk" neighbourhoods in two area commands and a disabled one,
  // 110 "Bulk Homes" housing agencies, a probation trust, a disabled charity, a second police force.
  let west: { id: string; areaCommand: string }[];
  let closedHood: { id: string };
  let beyond: { id: string };
  let rare: { id: string };
  let closedAgency: { id: string };
  let farshire: { id: string };
  const officer = () => ({ ...world.officer, neighbourhoodIds: ids(world.patch) });

  beforeAll(async () => {
    expect(await db().neighbourhood.count({ where: { active: true } })).toBeGreaterThan(NEIGHBOURHOOD_LIST_ALL_MAX);
    expect(await db().agency.count({ where: { active: true, type: { not: "POLICE" } } })).toBeGreaterThan(AGENCY_LIST_ALL_MAX);
    west = await db().neighbourhood.findMany({ where: { areaCommand: "Bulk West" }, select: { id: true, areaCommand: true }, orderBy: { name: "asc" } });
    closedHood = await db().neighbourhood.findFirstOrThrow({ where: { name: "Closed Corner" }, select: { id: true } });
    beyond = await db().agency.findFirstOrThrow({ where: { name: "Bulk Homes 109" }, select: { id: true } });
    rare = await db().agency.findFirstOrThrow({ where: { name: "Rare Probation Trust" }, select: { id: true } });
    closedAgency = await db().agency.findFirstOrThrow({ where: { name: "Closed Charity" }, select: { id: true } });
    farshire = await db().agency.findFirstOrThrow({ where: { name: "Farshire Police" }, select: { id: true } });
  });

  it("log a concern: the officer's own neighbourhoods by default, plus an area command's, plus the one chosen", async () => {
    const own = await concernFormOptions(officer());
    expect(own.neighbourhoodsNarrowed?.areaCommands).toEqual(expect.arrayContaining(["Bulk East", "Bulk West"]));
    expect(own.neighbourhoodsNarrowed?.areaCommand).toBeUndefined();
    expect(ids(own.neighbourhoods).sort()).toEqual(ids(world.patch).sort());
    // An area command adds its neighbourhoods to the officer's own, which stay listed.
    const east = await concernFormOptions(officer(), { areaCommand: "Bulk East" });
    expect(east.neighbourhoodsNarrowed?.areaCommand).toBe("Bulk East");
    expect(east.neighbourhoods).toHaveLength(60 + world.patch.length);
    expect(ids(east.neighbourhoods)).toEqual(expect.arrayContaining(ids(world.patch)));
    // The one chosen is offered whatever the area command; with none asked for, its own is listed.
    const chosen = await concernFormOptions(officer(), { areaCommand: "Bulk East", neighbourhoodId: west[59]!.id });
    expect(ids(chosen.neighbourhoods)).toContain(west[59]!.id);
    expect(chosen.neighbourhoods).toHaveLength(60 + world.patch.length + 1);
    const inferred = await concernFormOptions(officer(), { neighbourhoodId: west[59]!.id });
    expect(inferred.neighbourhoodsNarrowed?.areaCommand).toBe("Bulk West");
    expect(inferred.neighbourhoods).toHaveLength(60 + world.patch.length);
    // Someone with no neighbourhoods of their own is asked for an area command; the rubbish in a URL is ignored.
    expect((await concernFormOptions(world.partner, { areaCommand: "Nowhere", neighbourhoodId: "nonsense" })).neighbourhoods).toEqual([]);
  });

  it("assessment: partner agencies by type or name, never police, with the one chosen", async () => {
    const none = await assessmentOptions(world.analyst);
    expect(none.agenciesNarrowed).toMatchObject({ type: undefined, query: undefined });
    expect(none.agenciesNarrowed!.types).not.toContain("POLICE");
    expect(none.agencies).toEqual([]);
    const housing = await assessmentOptions(world.analyst, { agencyType: "HOUSING" });
    expect(housing.agencies).toHaveLength(AGENCY_LIST_ALL_MAX + 10 + 1);
    expect(ids((await assessmentOptions(world.analyst, { agencyQuery: "homes 109" })).agencies)).toEqual([beyond.id]);
    expect(ids((await assessmentOptions(world.analyst, { agencyType: "POLICE" })).agencies)).toEqual([]);
    // The chosen (the form's, the saved one) are offered whatever the narrowing, while active.
    const kept = await assessmentOptions(world.analyst, { agencyType: "PROBATION", referredAgencyIds: [beyond.id, closedAgency.id, undefined, "nonsense"] });
    expect(ids(kept.agencies).sort()).toEqual([rare.id, beyond.id].sort());
  });

  it("referral: any agency by type or name, with the one chosen; saving checks it", async () => {
    const none = await referralAgencies(world.analyst);
    expect(none.agenciesNarrowed!.types).toContain("POLICE");
    expect(none.agencies).toEqual([]);
    expect(ids((await referralAgencies(world.partner, { agencyType: "POLICE" })).agencies).sort()).toEqual([world.police.id, farshire.id].sort());
    expect(ids((await referralAgencies(world.analyst, { agencyQuery: "homes 109" })).agencies)).toEqual([beyond.id]);
    expect(ids((await referralAgencies(world.analyst, { agencyType: "PROBATION", receivingAgencyId: beyond.id })).agencies).sort()).toEqual([rare.id, beyond.id].sort());
    const person = await createPerson(world.analyst, personSchema.parse({ name: "Referred Person", ageGroup: "ADULT", vulnerabilities: ["CCE"], riskLevel: "MEDIUM" }));
    const referral = (receivingAgencyId: string) => createReferralSchema.parse({ personId: person.id, type: "HOUSING", receivingAgencyId, referredOn: "2026-01-05", consent: "on" });
    await expect(createReferral(world.analyst, referral(beyond.id))).resolves.toBeDefined();
    expect(await fieldError(createReferral(world.analyst, referral(closedAgency.id)), "receivingAgencyId")).toEqual(["Choose an active agency"]);
  });

  it("user form: agencies by type or name and one area command's neighbourhoods, keeping the chosen ones", async () => {
    const none = await userFormOptions(world.admin);
    expect(none.agenciesNarrowed).toBeDefined();
    expect(none.neighbourhoodsNarrowed?.areaCommand).toBeUndefined();
    expect([none.agencies, none.neighbourhoods]).toEqual([[], []]);
    expect(ids((await userFormOptions(world.admin, { agencyQuery: "rare probation" })).agencies)).toEqual([rare.id]);
    const east = await userFormOptions(world.admin, { areaCommand: "Bulk East" });
    expect(east.neighbourhoods).toHaveLength(60);
    // An edit keeps the saved agency and neighbourhoods, even one beyond the list or since disabled.
    const kept = await userFormOptions(world.admin, { areaCommand: "Bulk East", agencyIds: [beyond.id, undefined], neighbourhoodIds: [west[59]!.id, closedHood.id, "nonsense"] });
    expect(ids(kept.agencies)).toEqual([beyond.id]);
    expect(kept.neighbourhoods).toHaveLength(60 + 2);
    expect(ids(kept.neighbourhoods)).toEqual(expect.arrayContaining([west[59]!.id, closedHood.id]));
  });

  it("the users list filters on the agency type on its own", async () => {
    const params = { page: 1, pageSize: 100, sort: "name" as const, dir: "asc" as const };
    const council = await listUsers(world.admin, params, { agencyType: "CHILDRENS_SOCIAL_CARE" });
    expect(council.rows.map((r) => r.id)).toEqual([world.partner.id]);
    expect((await listUsers(world.admin, params, { agencyType: "HOUSING" })).total).toBe(0);
  });
});

describe("a narrowing round trip: the form's fields, the NarrowForm's URL, the page's choices", () => {
  /** What a page reads from the URL a NarrowForm built (`own`: its narrowing; `form`: the fields of the form it narrows). */
  function roundTrip(action: string, own: [string, string][], form: [string, string][], carry: readonly string[]) {
    const url = new URL(narrowUrl(action, [["narrow", "1"], ...own], form, carry), "http://locus.test");
    const params: Record<string, string[]> = {};
    for (const [name, value] of url.searchParams) (params[name] ??= []).push(value);
    return { url: url.pathname + url.search, q: narrowParams(params) };
  }

  it("a group: the assessment never reaches the URL, and the chosen officer, neighbourhood and agency beyond the caps stay offered", async () => {
    const late = await db().user.findFirstOrThrow({ where: { email: "officer-1000@farshire.test" }, select: { id: true } });
    const west = await db().neighbourhood.findFirstOrThrow({ where: { areaCommand: "Bulk West" }, orderBy: { name: "desc" }, select: { id: true } });
    const beyond = await db().agency.findFirstOrThrow({ where: { name: "Bulk Homes 109" }, select: { id: true } });
    const assessment = `Informant says ${"x".repeat(20_000)}`;
    const form: [string, string][] = [
      ["reference", "07/00001"], ["name", "Round Trip Crew"], ["aliases", "RTC"], ["status", "ACTIVE"], ["crimeTypes", "DRUGS_SUPPLY"],
      ["neighbourhoodIds", west.id], ["assessment", assessment], ["partnerSummary", "Partner-safe"], ["lroId", late.id], ["sroId", ""], ["sharedAgencyIds", beyond.id],
    ];
    const { url, q } = roundTrip("/groups/new", [["areaCommand", "Bulk East"], ["agencyType", "PROBATION"], ["officerQuery", ""]], form, GROUP_NARROW.carry);
    expect(url).not.toMatch(/Informant|Round|Partner-safe|RTC|07%2F00001|reference|assessment|partnerSummary/);
    expect(url.length).toBeLessThan(400);
    const options = await groupFormOptions(world.analyst, {
      ...q.lists, officerQuery: q.search("officerQuery"), neighbourhoodIds: q.ids("neighbourhoodIds"), agencyIds: q.ids("sharedAgencyIds"), officerIds: [q.id("lroId"), q.id("sroId")],
    });
    expect(options.neighbourhoodsNarrowed?.areaCommand).toBe("Bulk East");
    expect(ids(options.neighbourhoods)).toContain(west.id);
    expect(ids(options.agencies)).toContain(beyond.id);
    expect(ids(options.officers)).toContain(late.id);
  });

  it("a person at risk: the notes never reach the URL, and the chosen lead agency and shares stay offered", async () => {
    const beyond = await db().agency.findFirstOrThrow({ where: { name: "Bulk Homes 109" }, select: { id: true } });
    const rare = await db().agency.findFirstOrThrow({ where: { name: "Rare Probation Trust" }, select: { id: true } });
    const form: [string, string][] = [["name", "Jo Bloggs"], ["address", "1 Mill Lane"], ["leadAgencyId", beyond.id], ["sharedAgencyIds", rare.id], ["notes", "Police only notes"]];
    const { url, q } = roundTrip("/people/new", [["agencyType", "CHILDRENS_SOCIAL_CARE"]], form, PERSON_NARROW.carry);
    expect(url).not.toMatch(/Bloggs|Mill|Police/);
    const options = await recordAgencyOptions(world.analyst, { agencyType: q.lists.agencyType, agencyQuery: q.lists.agencyQuery, agencyIds: [q.id("leadAgencyId"), ...q.ids("sharedAgencyIds")] });
    expect(ids(options.agencies)).toEqual(expect.arrayContaining([beyond.id, rare.id, world.council.id]));
  });
});
