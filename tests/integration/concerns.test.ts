// Local concerns through the data layer: logging (and its validation), the 3x5x2 grading rules,
// the NEW → IN_ASSESSMENT → OUTCOME flow with its audit trail and notifications, and who sees
// what: police everything, the reporter their own report and the sanitised outcome, a partner
// agency only the sanitised view of what was referred to it (and 404 for anything else).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeAgency, makeNeighbourhood, makeUser } from "@/lib/db/factories";
import { makeConcern, makeGroup, makeLocation, makeNominal } from "@/lib/db/factories-records";
import { assessConcern, concernsForRecord, getConcern, listMyConcerns, listReferredToMyAgency, listTriage, logConcern } from "@/lib/dal/concerns";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { assessConcernSchema, logConcernSchema } from "@/lib/validation/concerns";
import { zodFieldErrors } from "@/lib/validation/fields";
import { asActor, buildWorld } from "../support/world";

const RAW = "RAW-TEXT";
const REASON = "GRADING-REASON-Q7 the caller has a grudge against the tenant";
const NOTE = "OUTCOME-NOTE-Q7 passed to the LRO";
const SUMMARY = "A vulnerable tenant in the area is believed to be exploited by people dealing drugs.";

let world: Awaited<ReturnType<typeof buildWorld>>;
let group: { id: string; name: string };
let housingPartner: Actor;

const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();
/** A concern as the form or the API would send it, parsed with the same schema. */
const logInput = (over: Record<string, unknown> = {}) =>
  logConcernSchema.parse({
    category: "CUCKOOING",
    indicators: ["Resident rarely seen", "More visitors and short-stay vehicles"],
    description: `${RAW} Lots of short visits to flat 4, the tenant not seen for a fortnight.`,
    occurredAt: hourAgo(),
    address: "Flat 4, 12 Larch Walk",
    neighbourhoodId: world.patch[0]!.id,
    peopleMentioned: "Two males, 20s",
    source: "MEMBER_OF_PUBLIC",
    ...over,
  });
const grading = (over: Record<string, unknown> = {}) =>
  assessConcernSchema.parse({ version: 1, sourceEvaluation: "UNTESTED", intelAssessment: "B", handlingCode: "P", ...over });
/** The per-field messages the schema gives for a body, or "valid". */
function messages(schema: typeof logConcernSchema | typeof assessConcernSchema, body: Record<string, unknown>) {
  const result = schema.safeParse(body);
  return result.success ? "valid" : zodFieldErrors(result.error);
}
const auditOf = (entityId: string) => db().auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, entityType: true, details: true } });
const notificationsOf = (userId: string, kind: string) => db().notification.findMany({ where: { userId, kind }, select: { title: true, body: true, href: true } });

beforeAll(async () => {
  world = await buildWorld();
  group = await makeGroup(db(), { name: "Larch Walk Crew", neighbourhoodIds: [world.patch[0]!.id] });
  const user = await makeUser(db(), { role: "PARTNER", agencyId: world.housing.id });
  housingPartner = asActor(user, world.housing);
});

describe("logging a concern", () => {
  const valid = () => ({ category: "COUNTY_LINES", indicators: ["Several handsets"], description: "Two lads with phones", occurredAt: hourAgo(), address: "Market Street", source: "OWN_OBSERVATION" });

  it("says what is wrong with each field", () => {
    expect(messages(logConcernSchema, valid())).toBe("valid");
    expect(messages(logConcernSchema, { ...valid(), category: undefined })).toEqual({ category: ["Choose what kind of organised crime this looks like"] });
    expect(messages(logConcernSchema, { ...valid(), description: "   " })).toEqual({ description: ["What you saw or heard is required"] });
    expect(messages(logConcernSchema, { ...valid(), occurredAt: new Date(Date.now() + 86_400_000).toISOString() })).toEqual({ occurredAt: ["When cannot be in the future"] });
    expect(messages(logConcernSchema, { ...valid(), occurredAt: "" })).toEqual({ occurredAt: ["Say when it happened"] });
    expect(messages(logConcernSchema, { ...valid(), address: "" })).toEqual({ address: ["Say where: an address, a known location or at least the neighbourhood"] });
    expect(messages(logConcernSchema, { ...valid(), address: "", neighbourhoodId: world.patch[1]!.id })).toBe("valid");
    // Indicators come from the chosen category's own checklist.
    expect(messages(logConcernSchema, { ...valid(), indicators: ["Adverts"] })).toEqual({ indicators: ["Tick indicators from the list for this category"] });
    expect(messages(logConcernSchema, { ...valid(), category: "SEX_MARKET", indicators: ["Adverts"] })).toBe("valid");
    expect(messages(logConcernSchema, { ...valid(), source: "GOSSIP" })).toEqual({ source: ["Say where this came from"] });
  });

  it("records a NEW concern with the reporter and their agency, and audits it", async () => {
    const { id } = await logConcern(world.officer, logInput());
    const row = await db().concern.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "NEW", version: 1, reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: world.patch[0]!.id, category: "CUCKOOING", outcome: null, assessorId: null });
    expect(await auditOf(id)).toEqual([expect.objectContaining({ action: "concern.logged", actorId: world.officer.id, entityType: "Concern" })]);
  });

  it("writes the concern and its audit event together or not at all", async () => {
    // An agency the database does not know breaks the concern's foreign key (the audit event has
    // none on it): the audit event, written in the same statement, must not survive it.
    const adrift = { ...world.officer, agencyId: "00000000-0000-7000-8000-00000000dead" };
    const logged = () => db().auditEvent.count({ where: { actorId: world.officer.id, action: "concern.logged" } });
    const before = await logged();
    const description = "Atomicity probe: this concern must never be stored.";
    await expect(logConcern(adrift, logInput({ description }))).rejects.toThrow();
    expect(await db().concern.count({ where: { description } })).toBe(0);
    expect(await logged()).toBe(before);
  });

  it("takes the neighbourhood and address from a known location, and links it", async () => {
    const location = await makeLocation(db(), { address: "7 Hawthorn Close", neighbourhoodId: world.patch[1]!.id });
    const { id } = await logConcern(world.officer, logInput({ address: "", neighbourhoodId: "", locationId: location.id }));
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ neighbourhoodId: world.patch[1]!.id, address: "7 Hawthorn Close", locationId: location.id });
    expect(await db().concernLink.findMany({ where: { concernId: id }, select: { kind: true, recordId: true } })).toEqual([{ kind: "LOCATION", recordId: location.id }]);
    // A partner may not point at police locations; an unknown neighbourhood is refused too.
    await expect(logConcern(world.partner, logInput({ locationId: location.id }))).rejects.toBeInstanceOf(ValidationError);
    await expect(logConcern(world.officer, logInput({ neighbourhoodId: "00000000-0000-4000-8000-000000000000" }))).rejects.toMatchObject({ fields: { neighbourhoodId: ["Choose a neighbourhood from the list"] } });
  });

  it("alerts every active supervisor at once when someone is at immediate risk, and no one else", async () => {
    const other = await makeUser(db(), { role: "SUPERVISOR", agencyId: world.police.id });
    const retired = await makeUser(db(), { role: "SUPERVISOR", agencyId: world.police.id, active: false });
    const { id } = await logConcern(world.officer, logInput({ category: "COUNTY_LINES", indicators: ["Carrying weapons"], immediateRisk: true }));
    const active = await db().user.findMany({ where: { role: "SUPERVISOR", active: true }, select: { id: true } });
    expect(active.map((s) => s.id)).toEqual(expect.arrayContaining([world.supervisor.id, other.id]));
    for (const s of active) expect(await notificationsOf(s.id, "concern.immediate_risk"), s.id).toContainEqual(expect.objectContaining({ href: `/concerns/${id}` }));
    expect(await notificationsOf(retired.id, "concern.immediate_risk")).toEqual([]);
    for (const u of [world.officer, world.analyst, world.partner]) expect(await db().notification.count({ where: { userId: u.id, href: `/concerns/${id}` } })).toBe(0);
    expect(await db().notification.count({ where: { href: `/concerns/${id}` } })).toBe(active.length);
    // Without immediate risk, nobody is alerted.
    const calm = await logConcern(world.officer, logInput());
    expect(await db().notification.count({ where: { href: `/concerns/${calm.id}` } })).toBe(0);
  });
});

describe("the 3x5x2 grading rules", () => {
  const base = { version: 1, sourceEvaluation: "UNTESTED", intelAssessment: "B", handlingCode: "P" };
  const outcome = { ...base, sanitisedSummary: SUMMARY };

  it("needs a reason for source 3 or assessment E, and written conditions for handling code C", () => {
    const reason = { gradingReason: ["Give a reason: it is required for source 3 or assessment E"] };
    expect(messages(assessConcernSchema, base)).toBe("valid");
    expect(messages(assessConcernSchema, { ...base, sourceEvaluation: "NOT_RELIABLE" })).toEqual(reason);
    expect(messages(assessConcernSchema, { ...base, intelAssessment: "E" })).toEqual(reason);
    expect(messages(assessConcernSchema, { ...base, sourceEvaluation: "NOT_RELIABLE", intelAssessment: "E", gradingReason: "Known to be malicious" })).toBe("valid");
    expect(messages(assessConcernSchema, { ...base, handlingCode: "C" })).toEqual({ handlingConditions: ["Write the conditions: handling code C requires them, and whoever receives it will see them"] });
    expect(messages(assessConcernSchema, { ...base, handlingCode: "C", handlingConditions: "Safeguarding use only" })).toBe("valid");
  });

  it("needs what each outcome depends on, and the sanitised summary for any outcome", () => {
    expect(messages(assessConcernSchema, { ...base, outcome: "ESCALATED_TO_TASKING" })).toEqual({ sanitisedSummary: ["Write the sanitised summary the reporting officer and any partner will read"] });
    expect(messages(assessConcernSchema, { ...outcome, outcome: "NO_FURTHER_ACTION" })).toEqual({ outcomeNote: ["Give the reason for no further action"] });
    expect(messages(assessConcernSchema, { ...outcome, outcome: "REFERRED" })).toEqual({ referredAgencyId: ["Choose the partner agency it is referred to"] });
    expect(messages(assessConcernSchema, { ...outcome, outcome: "LINKED_TO_GROUP" })).toEqual({ groupId: ["Choose the group it is linked to"] });
    expect(messages(assessConcernSchema, { ...outcome, outcome: "NO_FURTHER_ACTION", outcomeNote: "Carers visiting" })).toBe("valid");
    expect(messages(assessConcernSchema, { ...outcome, outcome: "REFERRED", referredAgencyId: world.housing.id })).toBe("valid");
    expect(messages(assessConcernSchema, { ...outcome, outcome: "LINKED_TO_GROUP", groupId: group.id })).toBe("valid");
    expect(messages(assessConcernSchema, { ...outcome, outcome: "ESCALATED_TO_TASKING" })).toBe("valid");
    // Grading without an outcome needs no summary yet.
    expect(messages(assessConcernSchema, { ...base, sanitisedSummary: "" })).toBe("valid");
  });

  it("refuses a referral to a police or unknown agency, and a link to a group that does not exist", async () => {
    const concern = await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id });
    await expect(assessConcern(world.analyst, concern.id, grading({ sanitisedSummary: SUMMARY, outcome: "REFERRED", referredAgencyId: world.police.id }))).rejects.toMatchObject({ fields: { referredAgencyId: ["Choose an active partner agency"] } });
    const closed = await makeAgency(db(), { type: "HOUSING", active: false });
    await expect(assessConcern(world.analyst, concern.id, grading({ sanitisedSummary: SUMMARY, outcome: "REFERRED", referredAgencyId: closed.id }))).rejects.toBeInstanceOf(ValidationError);
    await expect(assessConcern(world.analyst, concern.id, grading({ sanitisedSummary: SUMMARY, outcome: "LINKED_TO_GROUP", groupId: "00000000-0000-4000-8000-000000000000" }))).rejects.toMatchObject({ fields: { groupId: ["Choose a group from the search"] } });
    expect(await db().concern.findUniqueOrThrow({ where: { id: concern.id } })).toMatchObject({ status: "NEW", version: 1 });
  });
});

describe("assessing: NEW → IN_ASSESSMENT → OUTCOME", () => {
  it("saves the grading first, then the outcome, each step audited, and feeds back to the reporter", async () => {
    const { id } = await logConcern(world.officer, logInput());
    const nominal = await makeNominal(db(), { name: "Dex Larch" });

    // The grading alone: IN_ASSESSMENT, nothing fed back yet.
    await assessConcern(world.analyst, id, grading({ sourceEvaluation: "NOT_RELIABLE", gradingReason: REASON, sanitisedSummary: "Draft summary" }));
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_ASSESSMENT", version: 2, assessorId: world.analyst.id, sourceEvaluation: "NOT_RELIABLE", gradingReason: REASON, outcome: null, outcomeAt: null });
    expect(await notificationsOf(world.officer.id, "concern.outcome")).toEqual([]);
    // The officer's home shows it as in assessment, without the analyst's draft.
    expect((await listMyConcerns(world.officer)).find((c) => c.id === id)).toMatchObject({ status: "IN_ASSESSMENT", outcome: null, feedback: "" });

    // The outcome: linked to the group (and the nominal the analyst chose).
    await assessConcern(world.supervisor, id, grading({ version: 2, sourceEvaluation: "UNTESTED", intelAssessment: "B", sanitisedSummary: SUMMARY, outcome: "LINKED_TO_GROUP", groupId: group.id, outcomeNote: NOTE, links: [{ kind: "NOMINAL", id: nominal.id }] }));
    const done = await db().concern.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ status: "OUTCOME", version: 3, assessorId: world.supervisor.id, outcome: "LINKED_TO_GROUP", groupId: group.id, sanitisedSummary: SUMMARY, gradingReason: "" });
    expect(done.outcomeAt).toBeInstanceOf(Date);

    const trail = await auditOf(id);
    expect(trail.map((e) => e.action)).toEqual(["concern.logged", "concern.graded", "concern.outcome"]);
    expect(trail.map((e) => e.actorId)).toEqual([world.officer.id, world.analyst.id, world.supervisor.id]);
    expect(trail[1]!.details).toMatchObject({ grade: "NOT_RELIABLE/B/P", outcome: null });
    expect(trail[2]!.details).toMatchObject({ outcome: "LINKED_TO_GROUP", groupId: group.id });
    // Each linked record's own trail says so.
    expect(await db().auditEvent.count({ where: { action: "concern.linked", entityId: group.id, entityType: "OrganisedCrimeGroup" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { action: "concern.linked", entityId: nominal.id, entityType: "Nominal" } })).toBe(1);

    // The reporter is told, once, with the sanitised summary.
    expect(await notificationsOf(world.officer.id, "concern.outcome")).toEqual([{ title: "Your concern has been assessed: Linked to a group", body: SUMMARY, href: `/concerns/${id}` }]);
    await assessConcern(world.analyst, id, grading({ version: 3, sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING" }));
    expect(await notificationsOf(world.officer.id, "concern.outcome")).toHaveLength(1);
    expect(await db().concern.findUniqueOrThrow({ where: { id } })).toMatchObject({ outcome: "ESCALATED_TO_TASKING", groupId: null, version: 4 });
  });

  it("shows linked concerns on the group's timeline (police only), and follows the analyst's latest links", async () => {
    const concern = await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id, description: `${RAW} seen at the garages` });
    await assessConcern(world.analyst, concern.id, grading({ sanitisedSummary: SUMMARY, outcome: "LINKED_TO_GROUP", groupId: group.id }));
    const timeline = await concernsForRecord(world.officer, "GROUP", group.id);
    expect(timeline.map((c) => c.id)).toContain(concern.id);
    expect(timeline.find((c) => c.id === concern.id)).toMatchObject({ outcome: "LINKED_TO_GROUP", sanitisedSummary: SUMMARY });
    expect(await concernsForRecord(world.partner, "GROUP", group.id)).toEqual([]);
    // Re-assessed without the group: it leaves the timeline.
    await assessConcern(world.analyst, concern.id, grading({ version: 2, sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING" }));
    expect((await concernsForRecord(world.officer, "GROUP", group.id)).map((c) => c.id)).not.toContain(concern.id);
  });

  it("does not let officers, partners or administrators assess, or read the triage queue", async () => {
    const concern = await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id });
    const list = { page: 1, pageSize: 25, sort: "createdAt" as const, dir: "asc" as const };
    for (const actor of [world.officer, world.partner, world.admin]) {
      await expect(assessConcern(actor, concern.id, grading({ sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING" }))).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listTriage(actor, list, {})).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().concern.findUniqueOrThrow({ where: { id: concern.id } })).toMatchObject({ status: "NEW", version: 1 });
    expect(await auditOf(concern.id)).toEqual([]);
  });

  it("refuses a stale assessment, saying who assessed it since", async () => {
    const concern = await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id });
    await assessConcern(world.analyst, concern.id, grading());
    const stale = assessConcern(world.supervisor, concern.id, grading({ sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING" }));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ changedBy: world.analyst.name });
    expect(await db().concern.findUniqueOrThrow({ where: { id: concern.id } })).toMatchObject({ status: "IN_ASSESSMENT", version: 2 });
    await expect(assessConcern(world.analyst, "00000000-0000-4000-8000-000000000000", grading())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("who sees what", () => {
  let referred: { id: string };
  let notReferred: { id: string };

  beforeAll(async () => {
    // Logged by the officer, referred to the council (the partner's agency) with conditions.
    referred = await logConcern(world.officer, logInput({ category: "CSE", indicators: ["Going missing"], description: `${RAW} Girl, 14, picked up by a man in a grey car`, source: "PARTNER" }));
    await assessConcern(world.analyst, referred.id, grading({
      sourceEvaluation: "NOT_RELIABLE", intelAssessment: "E", gradingReason: REASON, handlingCode: "C", handlingConditions: "Safeguarding use only; do not tell the family.",
      sanitisedSummary: SUMMARY, outcome: "REFERRED", referredAgencyId: world.council.id, outcomeNote: NOTE,
    }));
    notReferred = await logConcern(world.officer, logInput({ description: `${RAW} not for partners` }));
    await assessConcern(world.analyst, notReferred.id, grading({ sanitisedSummary: SUMMARY, outcome: "REFERRED", referredAgencyId: world.housing.id }));
  });

  it("police read everything", async () => {
    for (const actor of [world.officer, world.analyst, world.supervisor]) {
      const concern = await getConcern(actor, referred.id);
      expect(concern).toMatchObject({ audience: "police", gradingReason: REASON, outcomeNote: NOTE, source: "PARTNER", sourceEvaluation: "NOT_RELIABLE" });
      expect(JSON.stringify(concern)).toContain(RAW);
    }
  });

  it("a partner gets 404 for a concern neither referred to their agency nor theirs", async () => {
    await expect(getConcern(world.partner, notReferred.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getConcern(housingPartner, referred.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getConcern(world.partner, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    // Not even while it is still being assessed for a referral.
    const pending = await makeConcern(db(), { reportedById: world.officer.id, reporterAgencyId: world.police.id, sourceEvaluation: "UNTESTED", intelAssessment: "B", handlingCode: "P", referredAgencyId: world.council.id });
    await expect(getConcern(world.partner, pending.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the partner agency a concern was referred to gets only the sanitised view", async () => {
    const concern = await getConcern(world.partner, referred.id);
    expect(Object.keys(concern).sort()).toEqual(["audience", "category", "createdAt", "handlingCode", "handlingConditions", "id", "neighbourhood", "occurredAt", "outcome", "outcomeAt", "sanitisedSummary", "status"]);
    expect(concern).toMatchObject({ audience: "partner", category: "CSE", neighbourhood: world.patch[0]!.name, sanitisedSummary: SUMMARY, handlingCode: "C", handlingConditions: "Safeguarding use only; do not tell the family.", outcome: "REFERRED" });
    const json = JSON.stringify(concern);
    for (const secret of [RAW, REASON, NOTE, "PARTNER", "NOT_RELIABLE", world.officer.name, "grey car"]) expect(json).not.toContain(secret);
    // …and it is on their list; another agency's partner sees nothing, the police get no such list.
    expect((await listReferredToMyAgency(world.partner)).map((c) => c.id)).toContain(referred.id);
    expect((await listReferredToMyAgency(world.partner)).map((c) => c.id)).not.toContain(notReferred.id);
    expect((await listReferredToMyAgency(housingPartner)).map((c) => c.id)).not.toContain(referred.id);
    expect(await listReferredToMyAgency(world.officer)).toEqual([]);
    expect(JSON.stringify(await listReferredToMyAgency(world.partner))).not.toContain(RAW);
  });

  it("the reporter sees what they reported and the sanitised outcome, never the grading", async () => {
    // A partner who logged a concern reads it back through getConcern: the reporter's view.
    const { id } = await logConcern(housingPartner, logInput({ description: `${RAW} tenant worried about the flat upstairs`, neighbourhoodId: world.patch[1]!.id }));
    const waiting = await getConcern(housingPartner, id);
    expect(waiting).toMatchObject({ audience: "reporter", status: "NEW", outcome: null, sanitisedSummary: "", description: expect.stringContaining("tenant worried") });
    await assessConcern(world.analyst, id, grading({ sourceEvaluation: "NOT_RELIABLE", gradingReason: REASON, sanitisedSummary: SUMMARY, outcome: "NO_FURTHER_ACTION", outcomeNote: NOTE }));
    const view = await getConcern(housingPartner, id);
    expect(view).toMatchObject({ audience: "reporter", status: "OUTCOME", outcome: "NO_FURTHER_ACTION", sanitisedSummary: SUMMARY, neighbourhood: world.patch[1]!.name, description: expect.stringContaining("tenant worried") });
    for (const hidden of ["sourceEvaluation", "intelAssessment", "gradingReason", "outcomeNote", "assessor", "assessorId", "links", "group", "referredAgency", "version"]) expect(view).not.toHaveProperty(hidden);
    expect(JSON.stringify(view)).not.toContain(REASON);
    expect(JSON.stringify(view)).not.toContain(NOTE);
    expect(await notificationsOf(housingPartner.id, "concern.outcome")).toEqual([expect.objectContaining({ href: `/concerns/${id}`, body: SUMMARY })]);

    // An officer's home lists their concerns with the outcome and the sanitised summary only.
    const other = await makeUser(db(), { role: "OFFICER", agencyId: world.police.id });
    const officer = asActor(other, world.police);
    const first = await logConcern(officer, logInput());
    const second = await logConcern(officer, logInput({ category: "FRAUD", indicators: ["Doorstep crime"] }));
    await assessConcern(world.supervisor, first.id, grading({ sourceEvaluation: "NOT_RELIABLE", gradingReason: REASON, sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING", outcomeNote: NOTE }));
    await assessConcern(world.supervisor, second.id, grading({ sanitisedSummary: "Draft, not to be fed back yet" }));
    const mine = await listMyConcerns(officer);
    expect(mine.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(mine.find((c) => c.id === first.id)).toMatchObject({ status: "OUTCOME", outcome: "Escalated to tasking", feedback: SUMMARY });
    expect(mine.find((c) => c.id === second.id)).toMatchObject({ status: "IN_ASSESSMENT", outcome: null, feedback: "" });
    for (const c of mine) expect(Object.keys(c).sort()).toEqual(["category", "createdAt", "feedback", "id", "neighbourhood", "occurredAt", "outcome", "status"]);
    expect(JSON.stringify(mine)).not.toContain(REASON);
    expect(JSON.stringify(mine)).not.toContain("Draft");
  });

  it("an administrator sees only what they reported themselves", async () => {
    await expect(getConcern(world.admin, referred.id)).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await logConcern(world.admin, logInput());
    expect(await getConcern(world.admin, id)).toMatchObject({ audience: "reporter" });
  });
});

describe("the triage queue", () => {
  it("lists open concerns oldest first, with filters", async () => {
    const hood = await makeNeighbourhood(db());
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000);
    const by = { reportedById: world.officer.id, reporterAgencyId: world.police.id, neighbourhoodId: hood.id };
    const oldest = await makeConcern(db(), { ...by, createdAt: at(5), category: "FRAUD", indicators: [] });
    const risky = await makeConcern(db(), { ...by, createdAt: at(3), immediateRisk: true });
    const graded = await makeConcern(db(), { ...by, createdAt: at(2), sourceEvaluation: "UNTESTED", intelAssessment: "C", handlingCode: "P", assessorId: world.analyst.id });
    const done = await makeConcern(db(), { ...by, createdAt: at(4), sourceEvaluation: "RELIABLE", intelAssessment: "A", handlingCode: "P", sanitisedSummary: SUMMARY, outcome: "ESCALATED_TO_TASKING", assessorId: world.analyst.id });
    const list = { page: 1, pageSize: 25, sort: "createdAt" as "createdAt" | "occurredAt", dir: "asc" as "asc" | "desc" };
    const ids = async (filters: Parameters<typeof listTriage>[2], params = list) => (await listTriage(world.analyst, params, { neighbourhoodId: hood.id, ...filters })).rows.map((r) => r.id);

    expect(graded.status).toBe("IN_ASSESSMENT");
    expect(done.status).toBe("OUTCOME");
    expect(await ids({})).toEqual([oldest.id, risky.id, graded.id]);
    expect(await ids({}, { ...list, dir: "desc" })).toEqual([graded.id, risky.id, oldest.id]);
    expect(await ids({}, { ...list, pageSize: 2, page: 2 })).toEqual([graded.id]);
    expect(await ids({}, { ...list, sort: "occurredAt" })).toHaveLength(3);
    expect(await ids({ status: "OUTCOME" })).toEqual([done.id]);
    expect(await ids({ status: "IN_ASSESSMENT" })).toEqual([graded.id]);
    expect(await ids({ immediateRisk: true })).toEqual([risky.id]);
    expect(await ids({ category: "FRAUD" })).toEqual([oldest.id]);
    const page = await listTriage(world.supervisor, list, { neighbourhoodId: hood.id });
    expect(page.total).toBe(3);
    expect(page.rows[0]).toMatchObject({ neighbourhood: hood.name, reportedBy: world.officer.name, excerpt: expect.stringContaining(RAW) });
  });
});
