// Safeguarding referrals of a person at risk to another agency (MASH, NRM, MS1 duty to notify,
// housing, health...). Police writers, and staff of the agency that leads the person, make them;
// whoever may see the person sees its referrals; the receiving agency sees and updates what it was
// sent (with the person's name only when the person is also shared with it).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { todayInLondon } from "@/lib/domain/actions";
import { consentProblem, isNrmLate, NRM_DECISION_DAYS, nrmDecisionDue, REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma, type ReferralStatus, type ReferralType } from "@/lib/generated/prisma/client";
import type { CreateReferralInput, UpdateReferralInput } from "@/lib/validation/referrals";
import { agencyChoices, agencyNarrowing, type AgencyNarrowing, type AgencyOption } from "./agencies";
import { guardedUpdate } from "./guarded-update";
import { assertId } from "./ids";
import { countUpTo, sqlDay } from "./counts";
import type { CappedPage, ListOptions, ListParams } from "./list-params";
import { notify } from "./notifications";
import { audienceOf, peopleVisibleTo, peopleWhere } from "./visibility";

const ROW_SELECT = {
  id: true, personId: true, type: true, receivingAgencyId: true, referredOn: true, consent: true, status: true, decisionOn: true, reasonableGroundsOn: true, conclusiveGroundsOn: true,
  notes: true, version: true, updatedAt: true, receivingAgency: { select: { id: true, name: true } }, person: { select: { id: true, name: true } },
} satisfies Prisma.ReferralSelect;
type RowRecord = Prisma.ReferralGetPayload<{ select: typeof ROW_SELECT }>;

export type ReferralRow = {
  id: string; type: ReferralType; receivingAgency: { id: string; name: string }; referredOn: Date; consent: boolean; status: ReferralStatus;
  decisionOn: Date | null; reasonableGroundsOn: Date | null; conclusiveGroundsOn: Date | null; nrmDecisionDue: Date | null; late: boolean;
  notes: string; version: number; updatedAt: Date; canUpdate: boolean; person: { id: string; name: string } | null;
};

/** Police writers, or the receiving agency's staff, update a referral. */
function mayUpdate(actor: Actor, r: { receivingAgencyId: string }): boolean {
  return can(actor, "records:write") || (audienceOf(actor) !== null && r.receivingAgencyId === actor.agencyId);
}

function toRow(actor: Actor, r: RowRecord, personVisible: boolean, now: Date): ReferralRow {
  const { person, receivingAgencyId: _a, personId: _p, ...rest } = r;
  return { ...rest, nrmDecisionDue: r.type === "NRM" ? nrmDecisionDue(r.referredOn) : null, late: isNrmLate(r, now), canUpdate: mayUpdate(actor, r), person: personVisible ? person : null };
}

/** Who may refer a person: police writers, or staff of the agency that leads the person. */
export function mayRefer(actor: Actor, person: { leadAgencyId: string | null }): boolean {
  if (can(actor, "records:write")) return true;
  return audienceOf(actor) === "partner" && !!person.leadAgencyId && person.leadAgencyId === actor.agencyId;
}

/** A person's referrals, to those who may see the person (404 otherwise; 403 to roles that see no people). */
export async function listReferralsForPerson(actor: Actor, personId: string, now = new Date()): Promise<ReferralRow[]> {
  assertId(personId, "Person");
  const visibility = peopleVisibleTo(actor);
  if (!visibility) throw new ForbiddenError();
  const person = await db().personAtRisk.findFirst({ where: { AND: [{ id: personId }, visibility] }, select: { id: true } });
  if (!person) throw new NotFoundError("Person");
  const rows = await db().referral.findMany({ where: { personId }, orderBy: [{ referredOn: "desc" }, { id: "desc" }], select: ROW_SELECT, take: 200 });
  return rows.map((r) => toRow(actor, r, true, now));
}

export const REFERRAL_SORTS = ["referredOn", "status", "type"] as const;
export type ReferralSort = (typeof REFERRAL_SORTS)[number];
export type ReferralFilters = { status?: ReferralStatus; type?: ReferralType; late?: boolean };

/** The SQL side of isNrmLate: an NRM referral with no reasonable grounds decision, past its due day. */
function lateWhere(now: Date): Prisma.ReferralWhereInput {
  return { type: "NRM", reasonableGroundsOn: null, referredOn: { lt: lastOnTime(now) } };
}

function lastOnTime(now: Date): Date {
  return new Date(todayInLondon(now).getTime() - NRM_DECISION_DAYS * 86_400_000);
}

/** Which referrals a list shows: police see every referral; a partner agency those it received. */
function referralsListedFor(actor: Actor): Prisma.ReferralWhereInput {
  return audienceOf(actor) === "police" ? {} : { receivingAgencyId: actor.agencyId };
}

/** Which persons' names the actor may read, of these referrals. */
async function visiblePersonIds(actor: Actor, personIds: string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  if (audienceOf(actor) === "police") return new Set(personIds);
  const visibility = await peopleWhere(actor);
  if (!visibility) return new Set();
  const rows = await db().personAtRisk.findMany({ where: { AND: [{ id: { in: personIds } }, visibility] }, select: { id: true } });
  return new Set(rows.map((p) => p.id));
}

/**
 * Referrals, paged and sorted in the database: for police every referral, for a partner agency the
 * referrals it has received (the person named only when the actor may see them).
 */
export async function listReferrals(actor: Actor, params: ListParams<ReferralSort>, filters: ReferralFilters = {}, now = new Date(), options: ListOptions = {}): Promise<CappedPage<ReferralRow>> {
  if (!peopleVisibleTo(actor)) throw new ForbiddenError();
  const where: Prisma.ReferralWhereInput = {
    AND: [referralsListedFor(actor), filters.status ? { status: filters.status } : {}, filters.type ? { type: filters.type } : {}, filters.late ? lateWhere(now) : {}],
  };
  // The same conditions as SQL, for the capped count.
  const countSql = [
    audienceOf(actor) !== "police" && Prisma.sql`"receivingAgencyId" = ${actor.agencyId}::uuid`,
    filters.status && Prisma.sql`status = ${filters.status}::"ReferralStatus"`,
    filters.type && Prisma.sql`type = ${filters.type}::"ReferralType"`,
    filters.late && Prisma.sql`type = 'NRM' and "reasonableGroundsOn" is null and "referredOn" < ${sqlDay(lastOnTime(now))}::date`,
  ];
  const [rows, count] = await Promise.all([
    db().referral.findMany({ where, orderBy: [{ [params.sort]: params.dir }, { id: params.dir }], skip: (params.page - 1) * params.pageSize, take: params.pageSize, select: ROW_SELECT }),
    countUpTo("Referral", countSql, options.countCap),
  ]);
  const visible = await visiblePersonIds(actor, [...new Set(rows.map((r) => r.personId))]);
  return { rows: rows.map((r) => toRow(actor, r, visible.has(r.personId), now)), ...count, page: params.page, pageSize: params.pageSize };
}

/** The referrals an agency has received, newest first (the first page of listReferrals for a partner). */
export async function listReferralsToMyAgency(actor: Actor, now = new Date()): Promise<ReferralRow[]> {
  if (!peopleVisibleTo(actor)) throw new ForbiddenError();
  const rows = await db().referral.findMany({ where: { receivingAgencyId: actor.agencyId }, orderBy: [{ referredOn: "desc" }, { id: "desc" }], select: ROW_SELECT, take: 100 });
  const visible = await visiblePersonIds(actor, [...new Set(rows.map((r) => r.personId))]);
  return rows.map((r) => toRow(actor, r, visible.has(r.personId), now));
}

/**
 * One referral: police see any; a partner sees one their agency received, or one of a person they
 * may see. Anyone else gets 404 (and learns nothing).
 */
export async function getReferral(actor: Actor, id: string, now = new Date()): Promise<ReferralRow> {
  assertId(id, "Referral");
  const visibility = peopleVisibleTo(actor);
  if (!visibility) throw new ForbiddenError();
  const police = audienceOf(actor) === "police";
  const where: Prisma.ReferralWhereInput = police ? { id } : { id, OR: [{ receivingAgencyId: actor.agencyId }, { person: visibility }] };
  const row = await db().referral.findFirst({ where, select: ROW_SELECT });
  if (!row) throw new NotFoundError("Referral");
  const visible = await visiblePersonIds(actor, [row.personId]);
  return toRow(actor, row, visible.has(row.personId), now);
}

export async function createReferral(actor: Actor, input: CreateReferralInput): Promise<{ id: string }> {
  const visibility = peopleVisibleTo(actor);
  if (!visibility) throw new ForbiddenError();
  const police = audienceOf(actor) === "police";
  if (police && !can(actor, "records:write")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    const person = await tx.personAtRisk.findFirst({ where: { AND: [{ id: input.personId }, visibility] }, select: { id: true, name: true, ageGroup: true, leadAgencyId: true } });
    if (!person) throw new NotFoundError("Person");
    if (!mayRefer(actor, person)) throw new ForbiddenError("Only the police or the lead agency may refer this person");
    const agency = await tx.agency.findFirst({ where: { id: input.receivingAgencyId, active: true }, select: { id: true, name: true } });
    if (!agency) throw new ValidationError({ receivingAgencyId: ["Choose an active agency"] });
    const problem = consentProblem(input, person.ageGroup);
    if (problem) throw new ValidationError({ consent: [problem.message] });
    const referral = await tx.referral.create({
      data: {
        personId: person.id, type: input.type, receivingAgencyId: agency.id, referredOn: new Date(input.referredOn), consent: input.consent, notes: input.notes,
        createdById: actor.id, updatedById: actor.id,
      },
      select: { id: true },
    });
    const summary = `Referred ${person.name} to ${agency.name}: ${REFERRAL_TYPE.label[input.type]}`;
    await recordAudit(tx, actor, { action: "referral.created", entityType: "Referral", entityId: referral.id, summary, details: { personId: person.id, type: input.type, receivingAgencyId: agency.id, referredOn: input.referredOn, consent: input.consent } });
    await recordAudit(tx, actor, { action: "referral.created", entityType: "PersonAtRisk", entityId: person.id, summary });
    const recipients = await tx.user.findMany({ where: { agencyId: agency.id, active: true, role: { not: "ADMIN" }, id: { not: actor.id } }, select: { id: true } });
    // The notification names no one: the receiving agency may not be able to see the person's record.
    await notify(tx, recipients.map((u) => u.id), { kind: "referral.received", title: "A referral to your agency", body: `${REFERRAL_TYPE.label[input.type]}, from ${actor.agencyName}`, href: `/referrals/${referral.id}` });
    return referral;
  });
}

/** Status, decision dates and notes: by police writers, or the receiving agency's staff. */
export async function updateReferral(actor: Actor, id: string, input: UpdateReferralInput): Promise<void> {
  assertId(id, "Referral");
  if (!audienceOf(actor)) throw new ForbiddenError();
  await db().$transaction(async (tx) => {
    const before = await tx.referral.findUnique({ where: { id }, select: { type: true, status: true, receivingAgencyId: true, personId: true, reasonableGroundsOn: true } });
    if (!before) throw new NotFoundError("Referral");
    if (!mayUpdate(actor, before)) {
      // Police readers may know it exists; anyone else learns nothing.
      if (audienceOf(actor) === "police") throw new ForbiddenError();
      throw new NotFoundError("Referral");
    }
    if (before.type !== "NRM" && (input.reasonableGroundsOn || input.conclusiveGroundsOn)) {
      throw new ValidationError({ ...(input.reasonableGroundsOn ? { reasonableGroundsOn: ["Only an NRM referral has a reasonable grounds decision"] } : {}), ...(input.conclusiveGroundsOn ? { conclusiveGroundsOn: ["Only an NRM referral has a conclusive grounds decision"] } : {}) });
    }
    if (input.conclusiveGroundsOn && !input.reasonableGroundsOn) throw new ValidationError({ conclusiveGroundsOn: ["A conclusive grounds decision follows a reasonable grounds decision: record that first"] });
    if (input.conclusiveGroundsOn && input.reasonableGroundsOn && input.conclusiveGroundsOn < input.reasonableGroundsOn) throw new ValidationError({ conclusiveGroundsOn: ["The conclusive grounds decision cannot come before the reasonable grounds decision"] });
    const toDate = (v: string | undefined) => (v ? new Date(v) : null);
    await guardedUpdate(
      tx, "Referral",
      () => tx.referral.updateMany({
        where: { id, version: input.version },
        data: { status: input.status, decisionOn: toDate(input.decisionOn), reasonableGroundsOn: toDate(input.reasonableGroundsOn), conclusiveGroundsOn: toDate(input.conclusiveGroundsOn), notes: input.notes, version: { increment: 1 }, updatedById: actor.id },
      }),
      () => tx.referral.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    await recordAudit(tx, actor, {
      action: "referral.updated", entityType: "Referral", entityId: id,
      summary: input.status !== before.status ? `${REFERRAL_TYPE.label[before.type]} referral: ${REFERRAL_STATUS.label[before.status]} → ${REFERRAL_STATUS.label[input.status]}` : `${REFERRAL_TYPE.label[before.type]} referral updated`,
      details: { personId: before.personId, statusFrom: before.status, statusTo: input.status, decisionOn: input.decisionOn ?? null, reasonableGroundsOn: input.reasonableGroundsOn ?? null, conclusiveGroundsOn: input.conclusiveGroundsOn ?? null },
    });
  });
}

export type ReferralAgencyOptions = { agencies: AgencyOption[]; agenciesNarrowed?: AgencyNarrowing };

/**
 * Agencies a referral can be sent to (any active one): every one while few, otherwise one type's
 * and those found by name (see agencyChoices), and always the one chosen in the form while active.
 * Only roles that may refer someone (mayRefer: police writers, partner staff) may ask; createReferral
 * still checks the agency.
 */
export async function referralAgencies(actor: Actor, scope: { agencyType?: string; agencyQuery?: string; receivingAgencyId?: string } = {}): Promise<ReferralAgencyOptions> {
  if (!can(actor, "records:write") && audienceOf(actor) !== "partner") throw new ForbiddenError();
  const choices = await agencyChoices({ type: scope.agencyType, query: scope.agencyQuery, selectedIds: [scope.receivingAgencyId], keepSelected: true });
  return { agencies: choices.agencies, agenciesNarrowed: agencyNarrowing(choices) };
}
