// The agenda rules of tasking meetings: what Locus proposes for a meeting's scope (its
// neighbourhoods) since the previous meeting. Each rule is one bounded query, ordered; the
// proposals come back in rule order, without being saved. Runs on a Prisma client or inside a
// transaction (createMeeting, refreshAgenda, and the demo seed, which has no actor: so this
// module is not marked server-only, and checks no permission; its callers do).
//
// The rules are raw SQL given only the scope's neighbourhood ids: the groups, places and people in
// scope are worked out inside each statement, through indexes, so no id lists travel to Node and
// back; each statement returns at most its rule's rows with the names its wording needs joined in
// (one statement per rule, rules 4 to 6 sharing one as they share the people in scope).
import type { Tx } from "@/lib/db/client";
import { CATEGORY_LABEL } from "@/lib/domain/concerns";
import { ACTION_STATUS, OPEN_STATUSES, PLAN_STRAND, todayInLondon } from "@/lib/domain/actions";
import { RISK_LEVEL, VULNERABILITIES } from "@/lib/domain/case-record";
import { AGENDA_ITEM_KIND, DEFAULT_LOOKBACK_DAYS, PRIORITY_BANDS } from "@/lib/domain/meetings";
import { NRM_DECISION_DAYS, nrmDecisionDue } from "@/lib/domain/referrals";
import { ValidationError } from "@/lib/errors";
import { Prisma, type ActionStatus, type AgendaItemKind, type GroupStatus, type PlanStrand } from "@/lib/generated/prisma/client";

const DAY = 86_400_000;
/** peopleInScope returns at most this many ids (the rules themselves filter on every person in scope, in SQL). */
const MAX_SCOPE_PEOPLE = 5_000;
/** Each rule proposes at most this many items. */
const RULE_LIMIT = 30;
/** Groups of these statuses are not priorities any more. */
const INACTIVE_GROUP_STATUSES: GroupStatus[] = ["DORMANT", "ARCHIVED"];

/** One proposal of the agenda rules (not yet saved). */
export type ProposedItem = {
  kind: AgendaItemKind; title: string; reason: string;
  groupId?: string; personId?: string; concernId?: string; actionId?: string; referralId?: string;
};

export type AgendaScope = { neighbourhoodIds: string[]; startsAt: Date; excludeMeetingId?: string };

/** What an item is about, as one key: an item is proposed again only when its key is new to the agenda. */
export function subjectKey(item: { kind: AgendaItemKind; groupId?: string | null; personId?: string | null; concernId?: string | null; actionId?: string | null; referralId?: string | null }): string {
  return [item.kind, item.concernId ?? "", item.groupId ?? "", item.personId ?? "", item.actionId ?? "", item.referralId ?? ""].join(":");
}

/** A day as people in England read it: 03/12/2026 (London calendar). */
export function londonDay(d: Date): string {
  return d.toLocaleDateString("en-GB", { timeZone: "Europe/London" });
}

// ─── London wall-clock time ───────────────────────────────────────────────────────────────

const LONDON_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});

/** How far London's clock is ahead of UTC at an instant (0 in winter, one hour in summer). */
function londonOffsetMs(at: Date): number {
  const p = Object.fromEntries(LONDON_PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - (at.getTime() - at.getUTCMilliseconds());
}

/**
 * "2026-12-03T10:00" (a datetime-local value, no offset) is London wall-clock time, whichever side
 * of a clock change it falls; a value with Z or an offset is an absolute instant.
 */
export function parseMeetingStart(value: string): Date {
  if (/(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) throw new ValidationError({ startsAt: ["Date and time must look like 2026-12-03 10:00"] });
    return at;
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(value);
  if (!m) throw new ValidationError({ startsAt: ["Date and time must look like 2026-12-03 10:00"] });
  const [y, mo, d, h, mi, s, ms] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0", (m[7] ?? "0").padEnd(3, "0")].map(Number) as [number, number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw new ValidationError({ startsAt: ["That date and time do not exist"] });
  }
  // The offset at the wall time read as UTC, then once more at the instant found (right across a clock change).
  const first = wall - londonOffsetMs(new Date(wall));
  return new Date(wall - londonOffsetMs(new Date(first)));
}

// ─── Scope ────────────────────────────────────────────────────────────────────────────────

/** The most recent earlier meeting sharing a neighbourhood with this scope (not the meeting itself). */
export async function previousMeeting(client: Tx, scope: AgendaScope): Promise<{ id: string; startsAt: Date } | null> {
  return client.meeting.findFirst({
    where: {
      startsAt: { lt: scope.startsAt },
      ...(scope.excludeMeetingId ? { id: { not: scope.excludeMeetingId } } : {}),
      neighbourhoods: { some: { neighbourhoodId: { in: scope.neighbourhoodIds } } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "desc" }],
    select: { id: true, startsAt: true },
  });
}

/** The ids of the groups active in a scope neighbourhood, as a subquery (index-only on GroupNeighbourhood). */
function groupIdsSql(neighbourhoodIds: string[]): Prisma.Sql {
  return Prisma.sql`SELECT gn."groupId" FROM "GroupNeighbourhood" gn WHERE gn."neighbourhoodId" = ANY(${neighbourhoodIds}::uuid[])`;
}

/** The ids of the places in a scope neighbourhood, as a subquery (index-only on Location (neighbourhoodId, id)). */
function placeIdsSql(neighbourhoodIds: string[]): Prisma.Sql {
  return Prisma.sql`SELECT loc.id FROM "Location" loc WHERE loc."neighbourhoodId" = ANY(${neighbourhoodIds}::uuid[])`;
}

/**
 * The ids of the people in scope, as a subquery: people linked, in either direction, to a group in
 * scope or to a place in a scope neighbourhood. Four lookups, one per kind and direction, each
 * naming both kinds so that it reads one range of Link (toKind, fromKind, toId, fromId): from the
 * scope's groups and places when they are few, or the whole kind pair hashed against them when
 * they are many (the busiest neighbourhood has thousands of places).
 */
function peopleIdsSql(neighbourhoodIds: string[]): Prisma.Sql {
  const groups = groupIdsSql(neighbourhoodIds);
  const places = placeIdsSql(neighbourhoodIds);
  return Prisma.sql`
    SELECT l."fromId" AS id FROM "Link" l WHERE l."toKind" = 'GROUP' AND l."fromKind" = 'PERSON' AND l."toId" IN (${groups})
    UNION SELECT l."fromId" FROM "Link" l WHERE l."toKind" = 'LOCATION' AND l."fromKind" = 'PERSON' AND l."toId" IN (${places})
    UNION SELECT l."toId" FROM "Link" l WHERE l."toKind" = 'PERSON' AND l."fromKind" = 'GROUP' AND l."fromId" IN (${groups})
    UNION SELECT l."toId" FROM "Link" l WHERE l."toKind" = 'PERSON' AND l."fromKind" = 'LOCATION' AND l."fromId" IN (${places})`;
}

/**
 * People linked (either way) to a group in scope, or to a place in a scope neighbourhood (at most
 * MAX_SCOPE_PEOPLE of them). For callers that need the ids themselves (the demo seed); the rules
 * filter on the same people inside their own SQL instead.
 */
export async function peopleInScope(client: Tx, neighbourhoodIds: string[]): Promise<string[]> {
  if (!neighbourhoodIds.length) return [];
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id FROM (${peopleIdsSql(neighbourhoodIds)}) AS s LIMIT ${MAX_SCOPE_PEOPLE}`;
  return rows.map((r) => r.id);
}

// ─── The rules ────────────────────────────────────────────────────────────────────────────

type Window = { since: Date; sinceLabel: string; startsAt: Date; previousId: string | null; today: Date };

/** A calendar day (a Date at UTC midnight, as Prisma reads a date column) as SQL's 'YYYY-MM-DD'. */
function sqlDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
const OPEN_SQL = Prisma.sql`${[...OPEN_STATUSES]}::"ActionStatus"[]`;

type ConcernRow = {
  id: string; category: string; outcomeAt: Date; immediateRisk: boolean;
  neighbourhoodName: string | null; groupReference: string | null; groupName: string | null;
};

/**
 * 1. Concerns escalated to tasking in scope since the previous meeting, not already decided at an
 * earlier one: the first RULE_LIMIT * 2 in the window, less those decided, at most RULE_LIMIT.
 */
async function escalatedConcerns(client: Tx, scope: AgendaScope, w: Window): Promise<ProposedItem[]> {
  const rows = await client.$queryRaw<ConcernRow[]>`
    SELECT c.id::text AS id, c.category, c."outcomeAt", c."immediateRisk", n.name AS "neighbourhoodName", g.reference AS "groupReference", g.name AS "groupName"
      FROM (
        SELECT c.id, c.category, c."outcomeAt", c."immediateRisk", c."neighbourhoodId", c."groupId" FROM "Concern" c
         WHERE c."neighbourhoodId" = ANY(${scope.neighbourhoodIds}::uuid[]) AND c.status = 'OUTCOME' AND c.outcome = 'ESCALATED_TO_TASKING'
           AND c."outcomeAt" >= ${w.since.toISOString()}::timestamptz
         ORDER BY c."outcomeAt", c.id
         LIMIT ${RULE_LIMIT * 2}
      ) c
      LEFT JOIN "Neighbourhood" n ON n.id = c."neighbourhoodId"
      LEFT JOIN "OrganisedCrimeGroup" g ON g.id = c."groupId"
     WHERE NOT EXISTS (
       SELECT 1 FROM "MeetingItem" mi JOIN "Meeting" m ON m.id = mi."meetingId"
        WHERE mi."concernId" = c.id AND mi.decision IS NOT NULL AND m."startsAt" < ${scope.startsAt.toISOString()}::timestamptz
          ${scope.excludeMeetingId ? Prisma.sql`AND mi."meetingId" <> ${scope.excludeMeetingId}::uuid` : Prisma.empty}
     )
     ORDER BY c."outcomeAt", c.id
     LIMIT ${RULE_LIMIT}`;
  return rows.map((c) => ({
    kind: "ESCALATED_CONCERN" as const,
    concernId: c.id,
    title: `${CATEGORY_LABEL[c.category] ?? c.category} concern escalated to tasking — ${c.neighbourhoodName ?? "no neighbourhood"}${c.groupReference !== null ? `, ${c.groupReference} ${c.groupName}` : ""}`,
    reason: `Escalated to tasking on ${londonDay(c.outcomeAt)}${c.immediateRisk ? ", reported with an immediate risk" : ""} (since ${w.sinceLabel}).`,
  }));
}

type GroupRecord = { id: string; reference: string; name: string; band: string | null; score: number | null };

/** 2. Groups in scope in a priority band, not dormant or archived, highest score first. */
function priorityGroups(client: Tx, scope: AgendaScope): Promise<GroupRecord[]> {
  return client.$queryRaw<GroupRecord[]>`
    SELECT g.id::text AS id, g.reference, g.name, g.band, g.score FROM "OrganisedCrimeGroup" g
     WHERE g.id IN (${groupIdsSql(scope.neighbourhoodIds)})
       AND g.status <> ALL(${INACTIVE_GROUP_STATUSES}::"GroupStatus"[]) AND g.band = ANY(${[...PRIORITY_BANDS]}::text[])
     ORDER BY g.score DESC, g.id
     LIMIT ${RULE_LIMIT}`;
}

type Rise = { groupId: string; score: number; band: string; createdAt: Date; prevScore: number; prevBand: string; reference: string; name: string };

/**
 * 3. Groups in scope whose newest scoring (made since the previous meeting) is higher than the one
 * before it: the RULE_LIMIT biggest rises, less archived groups.
 */
function risenScores(client: Tx, scope: AgendaScope, w: Window): Promise<Rise[]> {
  return client.$queryRaw<Rise[]>`
    WITH recent AS (
      SELECT DISTINCT s."groupId" FROM "GroupScoring" s
       WHERE s."createdAt" >= ${w.since.toISOString()}::timestamptz
         AND s."groupId" IN (${groupIdsSql(scope.neighbourhoodIds)})
       LIMIT 500
    ), ranked AS (
      SELECT s."groupId", s.score, s.band, s."createdAt", row_number() OVER (PARTITION BY s."groupId" ORDER BY s."createdAt" DESC, s.id DESC) AS n
        FROM "GroupScoring" s WHERE s."groupId" IN (SELECT "groupId" FROM recent)
    ), rises AS (
      SELECT cur."groupId", cur.score, cur.band, cur."createdAt", prev.score AS "prevScore", prev.band AS "prevBand"
        FROM ranked cur JOIN ranked prev ON prev."groupId" = cur."groupId" AND prev.n = 2
       WHERE cur.n = 1 AND cur.score > prev.score
       ORDER BY cur.score - prev.score DESC, cur."groupId"
       LIMIT ${RULE_LIMIT}
    )
    SELECT r."groupId"::text AS "groupId", r.score, r.band, r."createdAt", r."prevScore", r."prevBand", g.reference, g.name
      FROM rises r JOIN "OrganisedCrimeGroup" g ON g.id = r."groupId"
     WHERE g.status <> 'ARCHIVED'
     ORDER BY r.score - r."prevScore" DESC, r."groupId"`;
}

/** An action with the names its agenda wording needs. */
type ActionRecord = {
  id: string; title: string; strand: PlanStrand; status: ActionStatus; dueDate: Date; owningAgencyName: string;
  groupReference: string | null; groupName: string | null; personName: string | null;
};

/** Actions (given as a subquery of ids with their due dates, at most a rule's worth) with those names, by due day. */
function actionRecords(client: Tx, ids: Prisma.Sql): Promise<ActionRecord[]> {
  return client.$queryRaw<ActionRecord[]>`
    SELECT a.id::text AS id, a.title, a.strand::text AS strand, a.status::text AS status, a."dueDate", o.name AS "owningAgencyName",
           g.reference AS "groupReference", g.name AS "groupName", p.name AS "personName"
      FROM (${ids}) AS chosen (id, "dueDate")
      JOIN "Action" a ON a.id = chosen.id
      JOIN "Agency" o ON o.id = a."owningAgencyId"
      LEFT JOIN "OrganisedCrimeGroup" g ON g.id = a."groupId"
      LEFT JOIN "PersonAtRisk" p ON p.id = a."personId"
     ORDER BY a."dueDate", a.id`;
}

function planLabel(a: ActionRecord): string {
  return a.groupReference !== null ? `${a.groupReference} ${a.groupName}` : a.personName !== null ? `${a.personName}'s safeguarding plan` : "no plan";
}
function daysLate(due: Date, today: Date): number {
  return Math.round((today.getTime() - due.getTime()) / DAY);
}

type PersonRow = { id: string; name: string; riskLevelSince: string; vulnerabilities: string[]; ageGroup: string; leadAgencyName: string | null };
type OverdueRow = Omit<ActionRecord, "dueDate"> & { dueDate: string };
type ReferralRow = { id: string; referredOn: string; personName: string; receivingAgencyName: string };
type PeopleRulesRow = { highRisk: PersonRow[] | null; overdue: OverdueRow[] | null; late: ReferralRow[] | null };

/**
 * Rules 4, 5 and 6 in one statement, since they share the people in scope (worked out once, in a
 * materialised CTE, instead of once per rule), each rule its own bounded query over them; each
 * comes back as one JSON array of at most RULE_LIMIT rows, in its rule's order.
 *
 * 4. People in scope at high risk with no open Protect action on their safeguarding plan.
 * 5. Open actions past their due day on the plans of groups or people in scope. The first
 *    RULE_LIMIT of the union are the first RULE_LIMIT of the union of each side's first
 *    RULE_LIMIT, so each side is read from its own index (per group in scope, and per person in
 *    scope) and cut before merging.
 * 6. NRM referrals of people in scope whose Reasonable Grounds decision is late (as isNrmLate,
 *    in SQL: today > referredOn + 5 days, i.e. referredOn < today - 5 days).
 */
async function peopleRules(client: Tx, scope: AgendaScope, w: Window): Promise<{ highRisk: ProposedItem[]; overdue: ActionRecord[]; late: ProposedItem[] }> {
  const latestOnTime = new Date(w.today.getTime() - NRM_DECISION_DAYS * DAY);
  const overdueSql = Prisma.sql`a.status = ANY(${OPEN_SQL}) AND a."dueDate" < ${sqlDay(w.today)}::date`;
  const [row] = await client.$queryRaw<PeopleRulesRow[]>`
    WITH people AS MATERIALIZED (${peopleIdsSql(scope.neighbourhoodIds)}),
    high_risk AS (
      SELECT p.id, p.name, p."riskLevelSince", p.vulnerabilities, p."ageGroup", p."leadAgencyId"
        FROM "PersonAtRisk" p JOIN people ON people.id = p.id
       WHERE p."riskLevel" = 'HIGH'
         AND NOT EXISTS (SELECT 1 FROM "Action" x WHERE x."personId" = p.id AND x.strand = 'PROTECT' AND x.status = ANY(${OPEN_SQL}))
       ORDER BY p."riskLevelSince" DESC, p.id
       LIMIT ${RULE_LIMIT}
    ), overdue AS (
      SELECT u.id FROM (
        (SELECT a.id, a."dueDate" FROM (SELECT DISTINCT g.id FROM (${groupIdsSql(scope.neighbourhoodIds)}) AS g (id)) AS g
           CROSS JOIN LATERAL (
             SELECT a.id, a."dueDate" FROM "Action" a WHERE a."groupId" = g.id AND ${overdueSql} ORDER BY a."dueDate", a.id LIMIT ${RULE_LIMIT}
           ) AS a
          ORDER BY a."dueDate", a.id LIMIT ${RULE_LIMIT})
        UNION
        (SELECT a.id, a."dueDate" FROM "Action" a WHERE a."personId" IN (SELECT id FROM people) AND ${overdueSql}
          ORDER BY a."dueDate", a.id LIMIT ${RULE_LIMIT})
      ) AS u
      ORDER BY u."dueDate", u.id
      LIMIT ${RULE_LIMIT}
    ), late AS (
      SELECT r.id, r."referredOn", r."personId", r."receivingAgencyId" FROM "Referral" r
       WHERE r."personId" IN (SELECT id FROM people)
         AND r.type = 'NRM' AND r."reasonableGroundsOn" IS NULL AND r."referredOn" < ${sqlDay(latestOnTime)}::date
         AND r.status NOT IN ('CLOSED', 'DECLINED')
       ORDER BY r."referredOn", r.id
       LIMIT ${RULE_LIMIT}
    )
    SELECT
      (SELECT json_agg(json_build_object('id', h.id, 'name', h.name, 'riskLevelSince', h."riskLevelSince", 'vulnerabilities', h.vulnerabilities,
                                         'ageGroup', h."ageGroup", 'leadAgencyName', ag.name) ORDER BY h."riskLevelSince" DESC, h.id)
         FROM high_risk h LEFT JOIN "Agency" ag ON ag.id = h."leadAgencyId") AS "highRisk",
      (SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'strand', a.strand, 'status', a.status, 'dueDate', a."dueDate",
                                         'owningAgencyName', ag.name, 'groupReference', g.reference, 'groupName', g.name, 'personName', p.name) ORDER BY a."dueDate", a.id)
         FROM overdue o JOIN "Action" a ON a.id = o.id JOIN "Agency" ag ON ag.id = a."owningAgencyId"
         LEFT JOIN "OrganisedCrimeGroup" g ON g.id = a."groupId" LEFT JOIN "PersonAtRisk" p ON p.id = a."personId") AS overdue,
      (SELECT json_agg(json_build_object('id', r.id, 'referredOn', r."referredOn", 'personName', p.name, 'receivingAgencyName', ag.name) ORDER BY r."referredOn", r.id)
         FROM late r JOIN "PersonAtRisk" p ON p.id = r."personId" JOIN "Agency" ag ON ag.id = r."receivingAgencyId") AS late`;

  const highRisk = (row?.highRisk ?? []).map((p) => ({
    kind: "PERSON_HIGH_RISK" as const,
    personId: p.id,
    title: `${p.name} — ${RISK_LEVEL.label.HIGH.toLowerCase()} risk since ${londonDay(new Date(p.riskLevelSince))}, no open Protect action`,
    reason: `${p.ageGroup === "CHILD" ? "Child" : "Adult"} at high risk (${p.vulnerabilities.map((v) => VULNERABILITIES.label[v as keyof typeof VULNERABILITIES.label] ?? v).join(", ") || "no vulnerability recorded"}); lead agency: ${p.leadAgencyName ?? "none"}. Their safeguarding plan has no open Protect action.`,
  }));
  // JSON carries a date column as "YYYY-MM-DD": read as UTC midnight, as Prisma reads it.
  const overdueActions = (row?.overdue ?? []).map((a) => ({ ...a, dueDate: new Date(a.dueDate) }));
  const late = (row?.late ?? []).map((r) => {
    const referredOn = new Date(r.referredOn);
    const due = nrmDecisionDue(referredOn);
    return {
      kind: "LATE_REFERRAL" as const,
      referralId: r.id,
      title: `NRM reasonable grounds decision late — ${r.personName}, referred ${londonDay(referredOn)}`,
      reason: `Referred to ${r.receivingAgencyName} on ${londonDay(referredOn)}; the decision was due by ${londonDay(due)} (${NRM_DECISION_DAYS} days) and is ${daysLate(due, w.today)} days late.`,
    };
  });
  return { highRisk, overdue: overdueActions, late };
}

/** 7. Actions tasked at the previous meeting in scope that are still open. */
function actionsToReview(client: Tx, w: Window): Promise<ActionRecord[]> {
  if (!w.previousId) return Promise.resolve([]);
  return actionRecords(client, Prisma.sql`
    SELECT a.id, a."dueDate" FROM "Action" a
     WHERE a."meetingItemId" IN (SELECT mi.id FROM "MeetingItem" mi WHERE mi."meetingId" = ${w.previousId}::uuid) AND a.status = ANY(${OPEN_SQL})
     ORDER BY a."dueDate", a.id
     LIMIT ${RULE_LIMIT * 2}`);
}

/** Runs every rule for the scope and returns the proposals in rule order (nothing is saved). */
export async function runAgendaRules(client: Tx, scope: AgendaScope, now = new Date()): Promise<ProposedItem[]> {
  if (!scope.neighbourhoodIds.length) return [];
  const previous = await previousMeeting(client, scope);
  const w: Window = {
    since: previous?.startsAt ?? new Date(scope.startsAt.getTime() - DEFAULT_LOOKBACK_DAYS * DAY),
    sinceLabel: previous ? `the previous meeting on ${londonDay(previous.startsAt)}` : `the last ${DEFAULT_LOOKBACK_DAYS} days`,
    startsAt: scope.startsAt,
    previousId: previous?.id ?? null,
    today: todayInLondon(now),
  };
  // One after another: inside a transaction the queries share one connection anyway.
  const concerns = await escalatedConcerns(client, scope, w);
  const priority = await priorityGroups(client, scope);
  const risen = await risenScores(client, scope, w);
  const { highRisk, overdue, late } = await peopleRules(client, scope, w);
  const review = await actionsToReview(client, w);

  const risenIds = new Set(risen.map((r) => r.groupId));
  const priorityItems: ProposedItem[] = priority.filter((g) => !risenIds.has(g.id)).map((g) => ({
    kind: "PRIORITY_GROUP",
    groupId: g.id,
    title: `${g.reference} ${g.name} — band ${g.band}, score ${g.score}`,
    reason: `In priority band ${g.band} (score ${g.score}): priority groups are reviewed at every meeting in their area.`,
  }));
  const priorityBands = new Set<string>(PRIORITY_BANDS);
  const risenItems: ProposedItem[] = risen.map((r) => ({
    kind: "GROUP_SCORE_ROSE",
    groupId: r.groupId,
    title: `${r.reference} ${r.name} — score up ${r.score - r.prevScore} to ${r.score}, band ${r.band}`,
    reason: `Rescored on ${londonDay(r.createdAt)}: the score rose by ${r.score - r.prevScore}, from ${r.prevScore} (band ${r.prevBand}) to ${r.score} (band ${r.band})${priorityBands.has(r.band) ? `; band ${r.band} is a priority band` : ""}.`,
  }));
  const reviewIds = new Set(review.map((a) => a.id));
  const overdueItems: ProposedItem[] = overdue.filter((a) => !reviewIds.has(a.id)).map((a) => ({
    kind: "OVERDUE_ACTION",
    actionId: a.id,
    title: `Overdue ${PLAN_STRAND.label[a.strand]} action: ${a.title} — ${a.owningAgencyName}, ${planLabel(a)}`,
    reason: `Due ${londonDay(a.dueDate)}, ${daysLate(a.dueDate, w.today)} days ago; ${ACTION_STATUS.label[a.status].toLowerCase()}.`,
  }));
  const reviewItems: ProposedItem[] = review.map((a) => ({
    kind: "ACTION_REVIEW",
    actionId: a.id,
    title: `Review ${PLAN_STRAND.label[a.strand]} action: ${a.title} — ${a.owningAgencyName}, ${planLabel(a)}`,
    reason: `Tasked at the previous meeting on ${londonDay(previous!.startsAt)}; ${ACTION_STATUS.label[a.status].toLowerCase()}, due ${londonDay(a.dueDate)}${a.dueDate < w.today ? ` (overdue by ${daysLate(a.dueDate, w.today)} days)` : ""}.`,
  }));
  return [...concerns, ...priorityItems, ...risenItems, ...highRisk, ...overdueItems, ...late, ...reviewItems];
}

/** The kind's label, for wording that must not carry the item's own (police) title. */
export function kindLabel(kind: AgendaItemKind): string {
  return AGENDA_ITEM_KIND.label[kind];
}
