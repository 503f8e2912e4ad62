// Safeguarding referrals through the data layer: the NRM consent rule (an adult without consent is
// refused on `consent`, with MS1 offered; a child needs none; MS1 needs none), the late
// Reasonable Grounds flag, who may refer (police writers, the lead agency), who sees a person's
// referrals (404 to another agency), the receiving agency's notification and list, and stale updates.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeUser } from "@/lib/db/factories";
import { makePerson } from "@/lib/db/factories-records";
import { NRM_CONSENT_MESSAGE } from "@/lib/domain/referrals";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { createReferral, listReferralsForPerson, listReferralsToMyAgency, updateReferral } from "@/lib/dal/referrals";
import { createReferralSchema, updateReferralSchema } from "@/lib/validation/referrals";
import { asActor, buildWorld } from "../support/world";

let world: Awaited<ReturnType<typeof buildWorld>>;
let housingPartner: Actor;
let adult: { id: string };
let child: { id: string };

const create = (over: Record<string, unknown>) => createReferralSchema.parse({ type: "HOUSING", receivingAgencyId: world.housing.id, referredOn: "2026-11-01", notes: "", ...over });
const fieldsOf = async (work: Promise<unknown>) => {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fields;
};

beforeAll(async () => {
  world = await buildWorld();
  housingPartner = asActor(await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id }), world.housing);
  adult = await makePerson(db(), { name: "Adult Referral Subject", ageGroup: "ADULT", leadAgencyId: world.council.id });
  child = await makePerson(db(), { name: "Child Referral Subject", ageGroup: "CHILD", leadAgencyId: world.council.id });
});

describe("the NRM consent rule", () => {
  it("refuses an NRM referral for an adult without consent, on `consent`, offering MS1", async () => {
    const fields = await fieldsOf(createReferral(world.analyst, create({ personId: adult.id, type: "NRM", consent: false })));
    expect(fields).toEqual({ consent: [NRM_CONSENT_MESSAGE] });
    expect(await db().referral.count({ where: { personId: adult.id, type: "NRM" } })).toBe(0);
  });

  it("allows an adult's NRM referral with consent, a child's without, and an MS1 without", async () => {
    await createReferral(world.analyst, create({ personId: adult.id, type: "NRM", consent: true }));
    await createReferral(world.analyst, create({ personId: child.id, type: "NRM", consent: false }));
    const ms1 = await createReferral(world.analyst, create({ personId: adult.id, type: "DUTY_TO_NOTIFY", consent: false }));
    expect(await db().referral.findUniqueOrThrow({ where: { id: ms1.id } })).toMatchObject({ type: "DUTY_TO_NOTIFY", consent: false, status: "SENT", version: 1, createdById: world.analyst.id });
    const audit = await db().auditEvent.findMany({ where: { entityType: "Referral", entityId: ms1.id }, select: { action: true, actorId: true } });
    expect(audit).toEqual([{ action: "referral.created", actorId: world.analyst.id }]);
  });
});

describe("the late reasonable grounds flag", () => {
  it("is late only for an NRM referral with no decision past the fifth day", async () => {
    const person = await makePerson(db(), { ageGroup: "CHILD", leadAgencyId: world.council.id });
    const late = await createReferral(world.analyst, create({ personId: person.id, type: "NRM", referredOn: "2026-01-01" }));
    const decided = await createReferral(world.analyst, create({ personId: person.id, type: "NRM", referredOn: "2026-01-02" }));
    await updateReferral(world.analyst, decided.id, updateReferralSchema.parse({ version: 1, status: "ACCEPTED", reasonableGroundsOn: "2026-01-05" }));
    const rows = await listReferralsForPerson(world.analyst, person.id, new Date("2026-01-07T12:00:00Z"));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(late.id)).toMatchObject({ late: true, nrmDecisionDue: new Date("2026-01-06T00:00:00Z") });
    expect(byId.get(decided.id)).toMatchObject({ late: false, status: "ACCEPTED", version: 2 });
    // On the due day itself it is not yet late.
    expect((await listReferralsForPerson(world.analyst, person.id, new Date("2026-01-06T12:00:00Z"))).find((r) => r.id === late.id)?.late).toBe(false);
  });
});

describe("who may refer and who sees referrals", () => {
  it("a partner of the lead agency can refer; the receiving agency's users are notified", async () => {
    const person = await makePerson(db(), { ageGroup: "ADULT", leadAgencyId: world.council.id });
    const { id } = await createReferral(world.partner, create({ personId: person.id, type: "HOUSING" }));
    const notes = await db().notification.findMany({ where: { userId: housingPartner.id, kind: "referral.received" }, select: { title: true } });
    expect(notes.map((n) => n.title)).toContain("A referral to your agency");
    expect(await db().notification.count({ where: { userId: world.partner.id, kind: "referral.received" } })).toBe(0);
    // The receiving agency sees it in its list, without the person's name (not shared with housing).
    const received = (await listReferralsToMyAgency(housingPartner)).find((r) => r.id === id);
    expect(received).toMatchObject({ canUpdate: true, person: null });
    // The lead agency's partner sees the person's referrals, with the name.
    expect((await listReferralsForPerson(world.partner, person.id)).map((r) => r.id)).toContain(id);
  });

  it("a partner of another agency gets 404 for the person's referrals and cannot refer them", async () => {
    await expect(listReferralsForPerson(housingPartner, adult.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createReferral(housingPartner, create({ personId: adult.id }))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a partner who sees the person but does not lead them, an officer and an admin cannot refer", async () => {
    const shared = await makePerson(db(), { ageGroup: "ADULT", leadAgencyId: world.council.id, sharedAgencyIds: [world.housing.id] });
    await expect(createReferral(housingPartner, create({ personId: shared.id }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createReferral(world.officer, create({ personId: shared.id }))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createReferral(world.admin, create({ personId: shared.id }))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses an inactive receiving agency", async () => {
    await db().agency.update({ where: { id: world.housing.id }, data: { active: false } });
    try {
      expect(await fieldsOf(createReferral(world.analyst, create({ personId: adult.id })))).toEqual({ receivingAgencyId: ["Choose an active agency"] });
    } finally {
      await db().agency.update({ where: { id: world.housing.id }, data: { active: true } });
    }
  });
});

describe("updating a referral", () => {
  it("the receiving agency updates; a stale version is refused; another agency gets 404", async () => {
    const { id } = await createReferral(world.analyst, create({ personId: adult.id, type: "HOUSING" }));
    await updateReferral(housingPartner, id, updateReferralSchema.parse({ version: 1, status: "ACCEPTED", decisionOn: "2026-11-03", notes: "Placed on the priority list." }));
    expect(await db().referral.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACCEPTED", version: 2, updatedById: housingPartner.id, decisionOn: new Date("2026-11-03T00:00:00Z") });
    await expect(updateReferral(world.analyst, id, updateReferralSchema.parse({ version: 1, status: "CLOSED" }))).rejects.toBeInstanceOf(ConflictError);
    await expect(updateReferral(world.partner, id, updateReferralSchema.parse({ version: 2, status: "CLOSED" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await fieldsOf(updateReferral(world.analyst, id, updateReferralSchema.parse({ version: 2, status: "ACCEPTED", reasonableGroundsOn: "2026-11-04" })))).toHaveProperty("reasonableGroundsOn");
    const audit = await db().auditEvent.findMany({ where: { entityType: "Referral", entityId: id, action: "referral.updated" }, select: { actorId: true } });
    expect(audit).toEqual([{ actorId: housingPartner.id }]);
  });

  it("refuses a referral date in the future", () => {
    expect(createReferralSchema.safeParse({ personId: adult.id, type: "MASH", receivingAgencyId: world.council.id, referredOn: "2999-01-01" }).success).toBe(false);
  });
});
