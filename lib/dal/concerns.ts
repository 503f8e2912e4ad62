// Local concerns: logged by anyone (officers most), triaged, graded 3x5x2, linked and decided by
// analysts, and fed back to the officer. Raw text, grading and source details are police only.
import "server-only";
import { v7 as uuidv7 } from "uuid";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { auditInsertSql, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { RECORD_KIND } from "@/lib/domain/case-record";
import { CATEGORY_LABEL, CONCERN_OUTCOME } from "@/lib/domain/concerns";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma, type ConcernOutcome, type ConcernStatus, type RecordKind } from "@/lib/generated/prisma/client";
import type { AssessConcernInput, LogConcernInput } from "@/lib/validation/concerns";
import { agencyChoices, agencyNarrowing } from "./agencies";
import type { PartnerAgencyFormOptions } from "./groups";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { entityTypeOf, recordNames } from "./links";
import { countUpTo } from "./counts";
import { capTotal, COUNT_CAP, type CappedPage, type CappedTotal, type ListOptions, type ListParams } from "./list-params";
import { notify } from "./notifications";
import { searchTextOf } from "./search";
import { audienceOf, concernsVisibleTo, policeOnly } from "./visibility";

const CATEGORY_CRIME_TYPE: Record<string, string> = {
  COUNTY_LINES: "COUNTY_LINES", CUCKOOING: "DRUGS_SUPPLY", CSE: "CSE", MODERN_SLAVERY: "MODERN_SLAVERY",
  SEX_MARKET: "SEX_MARKET", FRAUD: "FRAUD", INTIMIDATION: "INTIMIDATION", OTHER: "ORGANISED_ACQUISITIVE",
};

// ─── Logging ──────────────────────────────────────────────────────────────────────────────

export async function logConcern(actor: Actor, input: LogConcernInput): Promise<{ id: string }> {
  if (!can(actor, "concerns:log")) throw new ForbiddenError();
  // Checks first (reads only), then the concern, its location link, the supervisors' alerts and
  // the audit event as ONE statement: atomic like a transaction, but one round trip instead of
  // five. Logging is the busiest write (officers on a phone, every shift): see decision 006.
  let neighbourhoodId = input.neighbourhoodId ?? null;
  let address = input.address;
  if (input.locationId) {
    const location = await db().location.findUnique({ where: { id: input.locationId }, select: { neighbourhoodId: true, address: true } });
    if (!location || audienceOf(actor) !== "police") throw new ValidationError({ locationId: ["Choose a known location from the search, or type the address"] });
    neighbourhoodId ??= location.neighbourhoodId;
    address ||= location.address;
  }
  // An officer's concern belongs to their patch unless they say otherwise.
  neighbourhoodId ??= actor.neighbourhoodIds[0] ?? null;
  // Only a neighbourhood the user typed needs looking up: the actor's own (just loaded with the
  // actor) and a known location's exist.
  const mustCheck = !!input.neighbourhoodId && !actor.neighbourhoodIds.includes(input.neighbourhoodId);
  if (neighbourhoodId && mustCheck && !(await db().neighbourhood.findUnique({ where: { id: neighbourhoodId }, select: { id: true } }))) throw new ValidationError({ neighbourhoodId: ["Choose a neighbourhood from the list"] });
  const supervisors = input.immediateRisk ? await db().user.findMany({ where: { role: "SUPERVISOR", active: true }, select: { id: true } }) : [];

  const id = uuidv7();
  const category = CATEGORY_LABEL[input.category] ?? "concern";
  const alert = { title: `Immediate risk: ${category} reported by ${actor.name}`, body: input.description.slice(0, 200), href: `/concerns/${id}` };
  const audit = auditInsertSql(actor, {
    action: "concern.logged", entityType: "Concern", entityId: id,
    summary: `Logged a ${category.toLowerCase()} concern${input.immediateRisk ? " with immediate risk" : ""}`,
    details: { category: input.category, immediateRisk: input.immediateRisk, neighbourhoodId },
  });
  const now = new Date();
  await db().$executeRaw`
    WITH concern AS (
      INSERT INTO "Concern" ("id", "category", "indicators", "description", "occurredAt", "address", "locationId", "neighbourhoodId", "peopleMentioned", "vehiclesMentioned",
                             "source", "immediateRisk", "reportedById", "reporterAgencyId", "createdAt", "updatedAt", "updatedById")
      VALUES (${id}::uuid, ${input.category}, ${input.indicators}::text[], ${input.description}, ${input.occurredAt}, ${address}, ${input.locationId ?? null}::uuid, ${neighbourhoodId}::uuid,
              ${input.peopleMentioned}, ${input.vehiclesMentioned}, ${input.source}::"ConcernSource", ${input.immediateRisk}, ${actor.id}::uuid, ${actor.agencyId}::uuid, ${now}, ${now}, ${actor.id}::uuid)
    ),
    link AS (
      INSERT INTO "ConcernLink" ("concernId", "kind", "recordId") SELECT ${id}::uuid, 'LOCATION', ${input.locationId ?? null}::uuid WHERE ${input.locationId ?? null}::uuid IS NOT NULL
    ),
    alert AS (
      INSERT INTO "Notification" ("id", "userId", "kind", "title", "body", "href")
      SELECT n.id, n."userId", 'concern.immediate_risk', ${alert.title}, ${alert.body}, ${alert.href}
        FROM unnest(${supervisors.map(() => uuidv7())}::uuid[], ${supervisors.map((s) => s.id)}::uuid[]) AS n(id, "userId")
    )
    ${audit}`;
  return { id };
}

// ─── Reading ──────────────────────────────────────────────────────────────────────────────

export const TRIAGE_SORTS = ["createdAt", "occurredAt"] as const;
export type TriageSort = (typeof TRIAGE_SORTS)[number];
/** `areaCommand`: concerns in any neighbourhood of that area command (see Neighbourhood.areaCommand). */
export type TriageFilters = { neighbourhoodId?: string; areaCommand?: string; category?: string; immediateRisk?: boolean; status?: ConcernStatus | "OPEN" };
export type TriageRow = { id: string; category: string; createdAt: Date; occurredAt: Date; immediateRisk: boolean; status: ConcernStatus; neighbourhood: string | null; reportedBy: string; excerpt: string };

/** The analysts' queue: open concerns, oldest first unless asked otherwise. */
export async function listTriage(actor: Actor, params: ListParams<TriageSort>, filters: TriageFilters, options: ListOptions = {}): Promise<CappedPage<TriageRow>> {
  if (!can(actor, "concerns:assess")) throw new ForbiddenError();
  const status = filters.status ?? "OPEN";
  const neighbourhoodId = filters.neighbourhoodId && isUuid(filters.neighbourhoodId) ? filters.neighbourhoodId : null;
  const areaCommand = filters.areaCommand?.trim() || null;
  // In SQL, for the page and the capped count alike. "Open" is written as literals so that the
  // planner can use the open-queue partial indexes (migration open_concern_indexes): a condition
  // on parameters, as Prisma writes it, cannot be proved to match their predicate.
  const conditions = [
    status === "OPEN" ? Prisma.sql`status in ('NEW', 'IN_ASSESSMENT')` : Prisma.sql`status = ${status}::"ConcernStatus"`,
    neighbourhoodId && Prisma.sql`"neighbourhoodId" = ${neighbourhoodId}::uuid`,
    areaCommand && Prisma.sql`"neighbourhoodId" in (select id from "Neighbourhood" where "areaCommand" = ${areaCommand})`,
    filters.category && Prisma.sql`category = ${filters.category}`,
    filters.immediateRisk && Prisma.sql`"immediateRisk"`,
  ].filter((c): c is Prisma.Sql => !!c);
  const column = Prisma.raw(params.sort === "occurredAt" ? `"occurredAt"` : `"createdAt"`);
  const dir = Prisma.raw(params.dir === "desc" ? "desc" : "asc");
  const [page, count] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      select id::text from "Concern" where ${Prisma.join(conditions, " and ")}
      order by ${column} ${dir}, "Concern".id ${dir} limit ${params.pageSize} offset ${(params.page - 1) * params.pageSize}`,
    // Tens of thousands can be waiting: counted only up to COUNT_CAP (finding 4).
    countUpTo("Concern", conditions, options.countCap),
  ]);
  const found = await db().concern.findMany({
    where: { id: { in: page.map((r) => r.id) } },
    select: { id: true, category: true, createdAt: true, occurredAt: true, immediateRisk: true, status: true, description: true, neighbourhood: { select: { name: true } }, reportedBy: { select: { name: true } } },
  });
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = page.map((p) => byId.get(p.id)).filter((r) => r !== undefined);
  return {
    rows: rows.map((r) => ({ id: r.id, category: r.category, createdAt: r.createdAt, occurredAt: r.occurredAt, immediateRisk: r.immediateRisk, status: r.status, neighbourhood: r.neighbourhood?.name ?? null, reportedBy: r.reportedBy.name, excerpt: r.description.slice(0, 160) })),
    ...count, page: params.page, pageSize: params.pageSize,
  };
}

/** What the person who logged a concern sees of it (and of what HQ made of it). */
export type ConcernFeedback = { id: string; category: string; occurredAt: Date; createdAt: Date; status: ConcernStatus; outcome: string | null; feedback: string; neighbourhood: string | null };

export async function listMyConcerns(actor: Actor, take = 20): Promise<ConcernFeedback[]> {
  const rows = await db().concern.findMany({
    where: { reportedById: actor.id }, orderBy: { createdAt: "desc" }, take,
    select: { id: true, category: true, occurredAt: true, createdAt: true, status: true, outcome: true, sanitisedSummary: true, neighbourhood: { select: { name: true } } },
  });
  return rows.map((r) => ({ id: r.id, category: r.category, occurredAt: r.occurredAt, createdAt: r.createdAt, status: r.status, outcome: r.outcome ? CONCERN_OUTCOME.label[r.outcome] : null, feedback: r.status === "OUTCOME" ? r.sanitisedSummary : "", neighbourhood: r.neighbourhood?.name ?? null }));
}

/** The sanitised summaries of concerns referred to the actor's agency. */
export async function listReferredToMyAgency(actor: Actor, take = 20) {
  if (audienceOf(actor) !== "partner") return [];
  return db().concern.findMany({
    where: { outcome: "REFERRED", referredAgencyId: actor.agencyId }, orderBy: { outcomeAt: "desc" }, take,
    select: { id: true, category: true, outcomeAt: true, sanitisedSummary: true, handlingCode: true, handlingConditions: true, neighbourhood: { select: { name: true } } },
  });
}

export async function getConcern(actor: Actor, id: string) {
  assertId(id, "Concern");
  const concern = await db().concern.findFirst({
    where: { AND: [{ id }, concernsVisibleTo(actor)] },
    include: {
      neighbourhood: { select: { id: true, name: true } }, location: { select: { id: true, address: true } }, reportedBy: { select: { id: true, name: true } }, reporterAgency: { select: { name: true } },
      assessor: { select: { name: true } }, referredAgency: { select: { id: true, name: true } }, group: { select: { id: true, reference: true, name: true } }, links: true,
    },
  });
  if (!concern) throw new NotFoundError("Concern");
  if (audienceOf(actor) === "police") {
    const names = await recordNames(concern.links.map((l) => ({ kind: l.kind, id: l.recordId })));
    return { audience: "police" as const, ...concern, links: concern.links.map((l) => ({ kind: l.kind, id: l.recordId, name: names.get(`${l.kind}:${l.recordId}`) ?? "(removed record)" })) };
  }
  const base = { id: concern.id, category: concern.category, occurredAt: concern.occurredAt, createdAt: concern.createdAt, status: concern.status, neighbourhood: concern.neighbourhood?.name ?? null, outcome: concern.outcome, outcomeAt: concern.outcomeAt };
  const sanitised = concern.status === "OUTCOME" ? { sanitisedSummary: concern.sanitisedSummary, handlingCode: concern.handlingCode, handlingConditions: concern.handlingCode === "C" ? concern.handlingConditions : "" } : { sanitisedSummary: "", handlingCode: null, handlingConditions: "" };
  if (concern.reportedById === actor.id) {
    // The reporter sees what they wrote and the sanitised outcome, never the grading.
    return { audience: "reporter" as const, ...base, ...sanitised, description: concern.description, address: concern.address, peopleMentioned: concern.peopleMentioned, vehiclesMentioned: concern.vehiclesMentioned, source: concern.source, immediateRisk: concern.immediateRisk, indicators: concern.indicators };
  }
  return { audience: "partner" as const, ...base, ...sanitised };
}

/** How many concerns a record's page shows (each is several lines on a phone); the rest are on its paged concerns page. */
export const CONCERNS_SHOWN = 10;

/** What a record's timeline shows of each concern, and when it was linked to the record (the order). */
export type TimelineConcern = { id: string; category: string; occurredAt: Date; status: ConcernStatus; outcome: ConcernOutcome | null; sanitisedSummary: string; description: string; reportedBy: { name: string }; linkedAt: Date };

/**
 * One page of a record's concerns, most recently linked first, the concern id breaking ties: the
 * ConcernLink (kind, recordId, createdAt DESC, concernId DESC) index gives this order index-only,
 * however deep the page (migration record_concern_page_index).
 */
async function recordConcernPage(kind: RecordKind, recordId: string, skip: number, take: number): Promise<TimelineConcern[]> {
  const links = await db().concernLink.findMany({
    where: { kind, recordId }, orderBy: [{ createdAt: "desc" }, { concernId: "desc" }], skip, take,
    select: { createdAt: true, concern: { select: { id: true, category: true, occurredAt: true, status: true, outcome: true, sanitisedSummary: true, description: true, reportedBy: { select: { name: true } } } } },
  });
  return links.map((l) => ({ ...l.concern, linkedAt: l.createdAt }));
}

/** The concerns most recently linked to a record (at most `take`), for its page's timeline. Police only: nothing for anyone else. */
export async function concernsForRecord(actor: Actor, kind: RecordKind, recordId: string, take = CONCERNS_SHOWN): Promise<TimelineConcern[]> {
  if (!policeOnly(actor)) return [];
  return recordConcernPage(kind, recordId, 0, take);
}

/**
 * How many concerns are linked to a record, counted only up to `cap` (a busy place or group can
 * gather thousands): an index-only count of the link table that stops at cap + 1. Nothing for anyone but police.
 */
export async function countRecordConcerns(actor: Actor, kind: RecordKind, recordId: string, cap: number = COUNT_CAP): Promise<CappedTotal> {
  if (!policeOnly(actor)) return capTotal(0, cap);
  return countUpTo("ConcernLink", [Prisma.sql`kind = ${kind}::"RecordKind"`, Prisma.sql`"recordId" = ${recordId}::uuid`], cap);
}

/**
 * Every concern linked to one record, a page at a time, most recently linked first: police only,
 * like the record page's timeline. Anyone else, and an unknown record, get NotFoundError (404), as
 * for the record's links (listRecordLinks), before any concern is read.
 */
export async function listRecordConcerns(actor: Actor, kind: RecordKind, recordId: string, params: { page: number; pageSize: number }, options: ListOptions = {}): Promise<CappedPage<TimelineConcern> & { name: string }> {
  if (!policeOnly(actor)) throw new NotFoundError(RECORD_KIND.label[kind]);
  assertId(recordId, RECORD_KIND.label[kind]);
  const name = (await recordNames([{ kind, id: recordId }])).get(`${kind}:${recordId}`);
  if (!name) throw new NotFoundError(RECORD_KIND.label[kind]);
  const [rows, count] = await Promise.all([recordConcernPage(kind, recordId, (params.page - 1) * params.pageSize, params.pageSize), countRecordConcerns(actor, kind, recordId, options.countCap)]);
  return { name, rows, ...count, page: params.page, pageSize: params.pageSize };
}

// ─── Assessing ────────────────────────────────────────────────────────────────────────────

export async function assessConcern(actor: Actor, id: string, input: AssessConcernInput): Promise<void> {
  if (!can(actor, "concerns:assess")) throw new ForbiddenError();
  assertId(id, "Concern");
  await db().$transaction(async (tx) => {
    const before = await tx.concern.findUnique({ where: { id }, select: { status: true, category: true, neighbourhoodId: true, reportedById: true, outcome: true } });
    if (!before) throw new NotFoundError("Concern");
    let groupId = input.groupId ?? null;
    if (input.outcome === "LINKED_TO_GROUP" && !(await tx.organisedCrimeGroup.findUnique({ where: { id: groupId! }, select: { id: true } }))) throw new ValidationError({ groupId: ["Choose a group from the search"] });
    if (input.outcome === "REFERRED") {
      const agency = await tx.agency.findFirst({ where: { id: input.referredAgencyId!, active: true, type: { not: "POLICE" } }, select: { id: true } });
      if (!agency) throw new ValidationError({ referredAgencyId: ["Choose an active partner agency"] });
    }
    if (input.outcome === "NEW_EMERGING_GROUP") groupId = await createEmergingGroup(tx, actor, input, before);
    if (input.outcome !== "LINKED_TO_GROUP" && input.outcome !== "NEW_EMERGING_GROUP") groupId = null;

    const outcomeNow = !!input.outcome;
    await guardedUpdate(
      tx, "Concern",
      () => tx.concern.updateMany({
        where: { id, version: input.version },
        data: {
          sourceEvaluation: input.sourceEvaluation, intelAssessment: input.intelAssessment, handlingCode: input.handlingCode, gradingReason: input.gradingReason,
          handlingConditions: input.handlingCode === "C" ? input.handlingConditions : "", sanitisedSummary: input.sanitisedSummary,
          status: outcomeNow ? "OUTCOME" : "IN_ASSESSMENT", outcome: input.outcome ?? null, outcomeNote: input.outcomeNote, outcomeAt: outcomeNow ? new Date() : null,
          referredAgencyId: input.outcome === "REFERRED" ? input.referredAgencyId : null, groupId, assessorId: actor.id, version: { increment: 1 }, updatedById: actor.id,
        },
      }),
      () => tx.concern.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );

    // The links are the set the analyst chose, plus the group the outcome names.
    const links = [...input.links, ...(groupId ? [{ kind: "GROUP" as const, id: groupId }] : [])];
    const names = await recordNames(links, tx);
    for (const l of links) if (!names.has(`${l.kind}:${l.id}`)) throw new ValidationError({ links: ["One of the linked records no longer exists; search for it again"] });
    await tx.concernLink.deleteMany({ where: { concernId: id } });
    await tx.concernLink.createMany({ data: links.map((l) => ({ concernId: id, kind: l.kind, recordId: l.id })), skipDuplicates: true });

    await recordAudit(tx, actor, {
      action: outcomeNow ? "concern.outcome" : "concern.graded", entityType: "Concern", entityId: id,
      summary: outcomeNow ? `Assessed concern: ${CONCERN_OUTCOME.label[input.outcome!]}` : "Graded concern (assessment in progress)",
      details: { grade: `${input.sourceEvaluation}/${input.intelAssessment}/${input.handlingCode}`, outcome: input.outcome ?? null, referredAgencyId: input.referredAgencyId ?? null, groupId, links: links.map((l) => `${l.kind}:${l.id}`) },
    });
    for (const l of links) {
      await recordAudit(tx, actor, { action: "concern.linked", entityType: entityTypeOf(l.kind), entityId: l.id, summary: `Linked a ${CATEGORY_LABEL[before.category]?.toLowerCase() ?? ""} concern to this record`, details: { concernId: id } });
    }
    if (outcomeNow && before.status !== "OUTCOME") {
      await notify(tx, [before.reportedById], { kind: "concern.outcome", title: `Your concern has been assessed: ${CONCERN_OUTCOME.label[input.outcome!]}`, body: input.sanitisedSummary.slice(0, 200), href: `/concerns/${id}` });
      if (input.outcome === "REFERRED") {
        const partners = await tx.user.findMany({ where: { agencyId: input.referredAgencyId!, active: true }, select: { id: true } });
        await notify(tx, partners.map((p) => p.id), { kind: "concern.referred", title: `A concern has been referred to your agency (${CATEGORY_LABEL[before.category] ?? "concern"})`, href: `/concerns/${id}` });
      }
    }
  });
}

async function createEmergingGroup(tx: Tx, actor: Actor, input: AssessConcernInput, concern: { category: string; neighbourhoodId: string | null }) {
  const reference = input.newGroupReference!;
  if (await tx.organisedCrimeGroup.findUnique({ where: { reference }, select: { id: true } })) throw new ValidationError({ newGroupReference: ["Another group already has this reference"] });
  const group = await tx.organisedCrimeGroup.create({
    data: {
      reference, name: input.newGroupName!, searchText: searchTextOf(input.newGroupName, reference), status: "EMERGING", crimeTypes: [CATEGORY_CRIME_TYPE[concern.category] ?? "ORGANISED_ACQUISITIVE"],
      partnerSummary: "", assessment: `Opened from a local concern. ${input.outcomeNote}`.trim(), createdById: actor.id, updatedById: actor.id,
      neighbourhoods: concern.neighbourhoodId ? { create: [{ neighbourhoodId: concern.neighbourhoodId }] } : undefined,
    },
    select: { id: true },
  });
  await recordAudit(tx, actor, { action: "group.created", entityType: "OrganisedCrimeGroup", entityId: group.id, summary: `Created emerging group ${reference} ${input.newGroupName} from a concern` });
  return group.id;
}

/**
 * The assessment form's partner agencies (to refer a concern to): every active one while few,
 * otherwise one type's and those found by name (see agencyChoices), and always the one chosen
 * (`referredAgencyIds`: the form's and the saved one) while active. assessConcern still checks it.
 */
export async function assessmentOptions(actor: Actor, scope: { agencyType?: string; agencyQuery?: string; referredAgencyIds?: (string | undefined)[] } = {}): Promise<PartnerAgencyFormOptions> {
  if (!can(actor, "concerns:assess")) throw new ForbiddenError();
  const choices = await agencyChoices({ partnersOnly: true, type: scope.agencyType, query: scope.agencyQuery, selectedIds: scope.referredAgencyIds, keepSelected: true });
  return { agencies: choices.agencies, agenciesNarrowed: agencyNarrowing(choices) };
}

// ─── Homes ────────────────────────────────────────────────────────────────────────────────

/** Groups active in the officer's neighbourhoods: what they should know is on their patch. */
export async function groupsOnMyPatch(actor: Actor, take = 10) {
  if (audienceOf(actor) !== "police" || actor.neighbourhoodIds.length === 0) return [];
  return db().organisedCrimeGroup.findMany({
    where: { status: { in: ["ACTIVE", "EMERGING"] }, neighbourhoods: { some: { neighbourhoodId: { in: actor.neighbourhoodIds } } } },
    orderBy: [{ score: { sort: "desc", nulls: "last" } }, { id: "asc" }], take,
    select: { id: true, reference: true, name: true, status: true, band: true, partnerSummary: true },
  });
}
