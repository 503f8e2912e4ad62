// The agenda rules of tasking meetings: what Locus proposes for a meeting's scope (its
// neighbourhoods) since the previous meeting. Each rule is one bounded query, ordered; the
// proposals come back in rule order, without being saved. Runs on a Prisma client or inside a
// transaction (createMeeting, refreshAgenda, and the demo seed, which has no actor: so this
// module is not marked server-only, and checks no permission; its callers do).
import type { Tx } from "@/lib/db/client";
import { CATEGORY_LABEL } from "@/lib/domain/concerns";
import { ACTION_STATUS, OPEN_STATUSES, PLAN_STRAND, todayInLondon } from "@/lib/domain/actions";
import { RISK_LEVEL, VULNERABILITIES } from "@/lib/domain/case-record";
import { AGENDA_ITEM_KIND, DEFAULT_LOOKBACK_DAYS, PRIORITY_BANDS } from "@/lib/domain/meetings";
import { NRM_DECISION_DAYS, nrmDecisionDue } from "@/lib/domain/referrals";
import { ValidationError } from "@/lib/errors";
import type { AgendaItemKind, GroupStatus, Prisma } from "@/lib/generated/prisma/client";

const DAY = 86_400_000;
/** At most this many people count as "in scope" (the people rules filter on their ids). */
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

/** Groups active in a scope neighbourhood. */
export function groupsInScope(neighbourhoodIds: string[]): Prisma.OrganisedCrimeGroupWhereInput {
  return { neighbourhoods: { some: { neighbourhoodId: { in: neighbourhoodIds } } } };
}

/** People linked (either way) to a group in scope, or to a place in a scope neighbourhood. */
export async function peopleInScope(client: Tx, neighbourhoodIds: string[]): Promise<string[]> {
  if (!neighbourhoodIds.length) return [];
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH g AS (SELECT "groupId" AS id FROM "GroupNeighbourhood" WHERE "neighbourhoodId" = ANY(${neighbourhoodIds}::uuid[])),
         loc AS (SELECT id FROM "Location" WHERE "neighbourhoodId" = ANY(${neighbourhoodIds}::uuid[]))
    SELECT l."fromId" AS id FROM "Link" l
     WHERE l."fromKind" = 'PERSON' AND ((l."toKind" = 'GROUP' AND l."toId" IN (SELECT id FROM g)) OR (l."toKind" = 'LOCATION' AND l."toId" IN (SELECT id FROM loc)))
    UNION
    SELECT l."toId" AS id FROM "Link" l
     WHERE l."toKind" = 'PERSON' AND ((l."fromKind" = 'GROUP' AND l."fromId" IN (SELECT id FROM g)) OR (l."fromKind" = 'LOCATION' AND l."fromId" IN (SELECT id FROM loc)))
    LIMIT ${MAX_SCOPE_PEOPLE}`;
  return rows.map((r) => r.id);
}

// ─── The rules ────────────────────────────────────────────────────────────────────────────

type Window = { since: Date; sinceLabel: string; startsAt: Date; previousId: string | null; today: Date };

/** 1. Concerns escalated to tasking in scope since the previous meeting, not already decided at an earlier one. */
async function escalatedConcerns(client: Tx, scope: AgendaScope, w: Window): Promise<ProposedItem[]> {
  const concerns = await client.concern.findMany({
    where: { neighbourhoodId: { in: scope.neighbourhoodIds }, status: "OUTCOME", outcome: "ESCALATED_TO_TASKING", outcomeAt: { gte: w.since } },
    orderBy: [{ outcomeAt: "asc" }, { id: "asc" }],
    take: RULE_LIMIT * 2,
    select: { id: true, category: true, outcomeAt: true, immediateRisk: true, neighbourhood: { select: { name: true } }, group: { select: { reference: true, name: true } } },
  });
  if (!concerns.length) return [];
  const decided = await client.meetingItem.findMany({
    where: { concernId: { in: concerns.map((c) => c.id) }, decision: { not: null }, meeting: { startsAt: { lt: scope.startsAt } }, ...(scope.excludeMeetingId ? { meetingId: { not: scope.excludeMeetingId } } : {}) },
    select: { concernId: true },
    take: RULE_LIMIT * 4,
  });
  const done = new Set(decided.map((d) => d.concernId));
  return concerns.filter((c) => !done.has(c.id)).slice(0, RULE_LIMIT).map((c) => ({
    kind: "ESCALATED_CONCERN" as const,
    concernId: c.id,
    title: `${CATEGORY_LABEL[c.category] ?? c.category} concern escalated to tasking — ${c.neighbourhood?.name ?? "no neighbourhood"}${c.group ? `, ${c.group.reference} ${c.group.name}` : ""}`,
    reason: `Escalated to tasking on ${londonDay(c.outcomeAt!)}${c.immediateRisk ? ", reported with an immediate risk" : ""} (since ${w.sinceLabel}).`,
  }));
}

type GroupRecord = { id: string; reference: string; name: string; band: string | null; score: number | null };

/** 2. Groups in scope in a priority band, not dormant or archived, highest score first. */
function priorityGroups(client: Tx, scope: AgendaScope): Promise<GroupRecord[]> {
  return client.organisedCrimeGroup.findMany({
    where: { AND: [groupsInScope(scope.neighbourhoodIds), { status: { notIn: INACTIVE_GROUP_STATUSES }, band: { in: [...PRIORITY_BANDS] } }] },
    orderBy: [{ score: "desc" }, { id: "asc" }],
    take: RULE_LIMIT,
    select: { id: true, reference: true, name: true, band: true, score: true },
  });
}

type Rise = { groupId: string; score: number; band: string; createdAt: Date; prevScore: number; prevBand: string };

/** 3. Groups in scope whose newest scoring (made since the previous meeting) is higher than the one before it. */
async function risenScores(client: Tx, scope: AgendaScope, w: Window): Promise<(Rise & { reference: string; name: string })[]> {
  const rises = await client.$queryRaw<Rise[]>`
    WITH recent AS (
      SELECT DISTINCT s."groupId" FROM "GroupScoring" s
       WHERE s."createdAt" >= ${w.since}
         AND s."groupId" IN (SELECT gn."groupId" FROM "GroupNeighbourhood" gn WHERE gn."neighbourhoodId" = ANY(${scope.neighbourhoodIds}::uuid[]))
       LIMIT 500
    ), ranked AS (
      SELECT s."groupId", s.score, s.band, s."createdAt", row_number() OVER (PARTITION BY s."groupId" ORDER BY s."createdAt" DESC, s.id DESC) AS n
        FROM "GroupScoring" s WHERE s."groupId" IN (SELECT "groupId" FROM recent)
    )
    SELECT cur."groupId", cur.score, cur.band, cur."createdAt", prev.score AS "prevScore", prev.band AS "prevBand"
      FROM ranked cur JOIN ranked prev ON prev."groupId" = cur."groupId" AND prev.n = 2
     WHERE cur.n = 1 AND cur.score > prev.score
     ORDER BY cur.score - prev.score DESC, cur."groupId"
     LIMIT ${RULE_LIMIT}`;
  if (!rises.length) return [];
  const groups = await client.organisedCrimeGroup.findMany({ where: { id: { in: rises.map((r) => r.groupId) }, status: { not: "ARCHIVED" } }, select: { id: true, reference: true, name: true } });
  const byId = new Map(groups.map((g) => [g.id, g]));
  return rises.flatMap((r) => {
    const g = byId.get(r.groupId);
    return g ? [{ ...r, reference: g.reference, name: g.name }] : [];
  });
}

/** 4. People in scope at high risk with no open Protect action on their safeguarding plan. */
async function highRiskPeople(client: Tx, people: string[]): Promise<ProposedItem[]> {
  if (!people.length) return [];
  const rows = await client.personAtRisk.findMany({
    where: { id: { in: people }, riskLevel: "HIGH", actions: { none: { strand: "PROTECT", status: { in: [...OPEN_STATUSES] } } } },
    orderBy: [{ riskLevelSince: "desc" }, { id: "asc" }],
    take: RULE_LIMIT,
    select: { id: true, name: true, riskLevelSince: true, vulnerabilities: true, ageGroup: true, leadAgency: { select: { name: true } } },
  });
  return rows.map((p) => ({
    kind: "PERSON_HIGH_RISK" as const,
    personId: p.id,
    title: `${p.name} — ${RISK_LEVEL.label.HIGH.toLowerCase()} risk since ${londonDay(p.riskLevelSince)}, no open Protect action`,
    reason: `${p.ageGroup === "CHILD" ? "Child" : "Adult"} at high risk (${p.vulnerabilities.map((v) => VULNERABILITIES.label[v as keyof typeof VULNERABILITIES.label] ?? v).join(", ") || "no vulnerability recorded"}); lead agency: ${p.leadAgency?.name ?? "none"}. Their safeguarding plan has no open Protect action.`,
  }));
}

const ACTION_SELECT = {
  id: true, title: true, strand: true, status: true, dueDate: true, owningAgency: { select: { name: true } },
  group: { select: { reference: true, name: true } }, person: { select: { name: true } },
} satisfies Prisma.ActionSelect;
type ActionRecord = Prisma.ActionGetPayload<{ select: typeof ACTION_SELECT }>;

function planLabel(a: ActionRecord): string {
  return a.group ? `${a.group.reference} ${a.group.name}` : a.person ? `${a.person.name}'s safeguarding plan` : "no plan";
}
function daysLate(due: Date, today: Date): number {
  return Math.round((today.getTime() - due.getTime()) / DAY);
}

/** 5. Open actions past their due day on the plans of groups or people in scope. */
function overdueActions(client: Tx, scope: AgendaScope, people: string[], w: Window): Promise<ActionRecord[]> {
  return client.action.findMany({
    where: {
      status: { in: [...OPEN_STATUSES] },
      dueDate: { lt: w.today },
      OR: [{ group: groupsInScope(scope.neighbourhoodIds) }, ...(people.length ? [{ personId: { in: people } }] : [])],
    },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: RULE_LIMIT,
    select: ACTION_SELECT,
  });
}

/** 6. NRM referrals of people in scope whose Reasonable Grounds decision is late (as isNrmLate, in SQL). */
async function lateReferrals(client: Tx, people: string[], w: Window): Promise<ProposedItem[]> {
  if (!people.length) return [];
  // isNrmLate: today > referredOn + 5 days, i.e. referredOn < today - 5 days.
  const latestOnTime = new Date(w.today.getTime() - NRM_DECISION_DAYS * DAY);
  const rows = await client.referral.findMany({
    where: { type: "NRM", reasonableGroundsOn: null, referredOn: { lt: latestOnTime }, status: { notIn: ["CLOSED", "DECLINED"] }, personId: { in: people } },
    orderBy: [{ referredOn: "asc" }, { id: "asc" }],
    take: RULE_LIMIT,
    select: { id: true, referredOn: true, person: { select: { name: true } }, receivingAgency: { select: { name: true } } },
  });
  return rows.map((r) => {
    const due = nrmDecisionDue(r.referredOn);
    return {
      kind: "LATE_REFERRAL" as const,
      referralId: r.id,
      title: `NRM reasonable grounds decision late — ${r.person.name}, referred ${londonDay(r.referredOn)}`,
      reason: `Referred to ${r.receivingAgency.name} on ${londonDay(r.referredOn)}; the decision was due by ${londonDay(due)} (${NRM_DECISION_DAYS} days) and is ${daysLate(due, w.today)} days late.`,
    };
  });
}

/** 7. Actions tasked at the previous meeting in scope that are still open. */
function actionsToReview(client: Tx, w: Window): Promise<ActionRecord[]> {
  if (!w.previousId) return Promise.resolve([]);
  return client.action.findMany({
    where: { meetingItem: { meetingId: w.previousId }, status: { in: [...OPEN_STATUSES] } },
    orderBy: [{ dueDate: "asc" }, { id: "asc" }],
    take: RULE_LIMIT * 2,
    select: ACTION_SELECT,
  });
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
  const people = await peopleInScope(client, scope.neighbourhoodIds);
  // One after another: inside a transaction the queries share one connection anyway.
  const concerns = await escalatedConcerns(client, scope, w);
  const priority = await priorityGroups(client, scope);
  const risen = await risenScores(client, scope, w);
  const highRisk = await highRiskPeople(client, people);
  const overdue = await overdueActions(client, scope, people, w);
  const late = await lateReferrals(client, people, w);
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
    title: `Overdue ${PLAN_STRAND.label[a.strand]} action: ${a.title} — ${a.owningAgency.name}, ${planLabel(a)}`,
    reason: `Due ${londonDay(a.dueDate)}, ${daysLate(a.dueDate, w.today)} days ago; ${ACTION_STATUS.label[a.status].toLowerCase()}.`,
  }));
  const reviewItems: ProposedItem[] = review.map((a) => ({
    kind: "ACTION_REVIEW",
    actionId: a.id,
    title: `Review ${PLAN_STRAND.label[a.strand]} action: ${a.title} — ${a.owningAgency.name}, ${planLabel(a)}`,
    reason: `Tasked at the previous meeting on ${londonDay(previous!.startsAt)}; ${ACTION_STATUS.label[a.status].toLowerCase()}, due ${londonDay(a.dueDate)}${a.dueDate < w.today ? ` (overdue by ${daysLate(a.dueDate, w.today)} days)` : ""}.`,
  }));
  return [...concerns, ...priorityItems, ...risenItems, ...highRisk, ...overdueItems, ...late, ...reviewItems];
}

/** The kind's label, for wording that must not carry the item's own (police) title. */
export function kindLabel(kind: AgendaItemKind): string {
  return AGENDA_ITEM_KIND.label[kind];
}
