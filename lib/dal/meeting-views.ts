// Agenda items as each audience may see them. Everything an item points at (group, person,
// concern, action, referral, and the actions tasked from it) is read in one batch per record
// type, never per item. Police get the stored wording; a partner gets wording built from
// partner-safe fields only, and only the items their agency is party to.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { ACTION_STATUS, isOverdue, PLAN_STRAND } from "@/lib/domain/actions";
import { GROUP_STATUS, RISK_LEVEL, VULNERABILITIES } from "@/lib/domain/case-record";
import { CATEGORY_LABEL } from "@/lib/domain/concerns";
import type { Audience, ItemAction, ItemSubject, MeetingItemView } from "@/lib/domain/meetings";
import { AGENDA_ITEM_KIND } from "@/lib/domain/meetings";
import { isNrmLate, REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import type { Prisma } from "@/lib/generated/prisma/client";
import { londonDay } from "./meeting-agenda";
import { actionsWhere, concernsVisibleTo, groupsWhere, peopleWhere } from "./visibility";

export const ITEM_SELECT = {
  id: true, meetingId: true, position: true, kind: true, title: true, reason: true, partnerTitle: true, groupId: true, personId: true, concernId: true, actionId: true, referralId: true,
  decision: true, rationale: true, partnerNote: true, decidedAt: true, version: true, decidedBy: { select: { name: true } },
} satisfies Prisma.MeetingItemSelect;
export type ItemRecord = Prisma.MeetingItemGetPayload<{ select: typeof ITEM_SELECT }>;

const ACTION_SELECT = {
  id: true, meetingItemId: true, groupId: true, personId: true, strand: true, title: true, status: true, dueDate: true, owningAgencyId: true, createdAt: true,
  owningAgency: { select: { name: true } }, assignee: { select: { name: true } },
} satisfies Prisma.ActionSelect;
type ActionRecord = Prisma.ActionGetPayload<{ select: typeof ACTION_SELECT }>;

const ids = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** The records items point at, read in one query per type; for partners, which of them they may see. */
async function loadContext(client: Tx, actor: Actor, audience: Audience, items: Pick<ItemRecord, "id" | "groupId" | "personId" | "concernId" | "actionId" | "referralId">[]) {
  const itemIds = items.map((i) => i.id);
  const [referenced, created, concerns, referrals] = await Promise.all([
    ids(items.map((i) => i.actionId)).length ? client.action.findMany({ where: { id: { in: ids(items.map((i) => i.actionId)) } }, select: ACTION_SELECT }) : [],
    itemIds.length ? client.action.findMany({ where: { meetingItemId: { in: itemIds } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 2_000, select: ACTION_SELECT }) : [],
    ids(items.map((i) => i.concernId)).length
      ? client.concern.findMany({ where: { id: { in: ids(items.map((i) => i.concernId)) } }, select: { id: true, category: true, groupId: true, sanitisedSummary: true, description: true, outcomeAt: true, neighbourhood: { select: { name: true } } } })
      : [],
    ids(items.map((i) => i.referralId)).length
      ? client.referral.findMany({ where: { id: { in: ids(items.map((i) => i.referralId)) } }, select: { id: true, type: true, status: true, personId: true, referredOn: true, reasonableGroundsOn: true, receivingAgencyId: true, receivingAgency: { select: { name: true } } } })
      : [],
  ]);
  const actionById = byId(referenced);
  const concernById = byId(concerns);
  const referralById = byId(referrals);
  const groupIds = ids([...items.map((i) => i.groupId), ...referenced.map((a) => a.groupId), ...concerns.map((c) => c.groupId)]);
  const personIds = ids([...items.map((i) => i.personId), ...referenced.map((a) => a.personId), ...referrals.map((r) => r.personId)]);
  const allActionIds = ids([...referenced.map((a) => a.id), ...created.map((a) => a.id)]);
  const partner = audience === "partner";
  // A partner's visibility, resolved to ids once per request (lib/dal/visibility.ts).
  const [groupWhere, personWhere, actionWhere] = partner ? await Promise.all([groupsWhere(actor), peopleWhere(actor), actionsWhere(actor)]) : [null, null, null];
  const [groups, people, visibleGroups, visiblePeople, visibleConcerns, visibleActions] = await Promise.all([
    groupIds.length ? client.organisedCrimeGroup.findMany({ where: { id: { in: groupIds } }, select: { id: true, reference: true, name: true, status: true, band: true, score: true, partnerSummary: true } }) : [],
    personIds.length ? client.personAtRisk.findMany({ where: { id: { in: personIds } }, select: { id: true, name: true, riskLevel: true, riskLevelSince: true, vulnerabilities: true, leadAgency: { select: { name: true } } } }) : [],
    partner && groupIds.length ? client.organisedCrimeGroup.findMany({ where: { AND: [{ id: { in: groupIds } }, groupWhere ?? { id: { in: [] } }] }, select: { id: true } }) : [],
    partner && personIds.length ? client.personAtRisk.findMany({ where: { AND: [{ id: { in: personIds } }, personWhere ?? { id: { in: [] } }] }, select: { id: true } }) : [],
    partner && concerns.length ? client.concern.findMany({ where: { AND: [{ id: { in: concerns.map((c) => c.id) } }, concernsVisibleTo(actor)] }, select: { id: true } }) : [],
    partner && allActionIds.length ? client.action.findMany({ where: { AND: [{ id: { in: allActionIds } }, actionWhere ?? { id: { in: [] } }] }, select: { id: true } }) : [],
  ]);
  const createdByItem = new Map<string, ActionRecord[]>();
  for (const a of created) if (a.meetingItemId) createdByItem.set(a.meetingItemId, [...(createdByItem.get(a.meetingItemId) ?? []), a]);
  const sees = (rows: { id: string }[], all: { id: string }[]) => (partner ? new Set(rows.map((r) => r.id)) : new Set(all.map((r) => r.id)));
  return {
    actionById, concernById, referralById, createdByItem,
    groupById: byId(groups), personById: byId(people),
    seesGroup: sees(visibleGroups, groups), seesPerson: sees(visiblePeople, people), seesConcern: sees(visibleConcerns, concerns),
    seesAction: partner ? new Set(visibleActions.map((a) => a.id)) : new Set(allActionIds),
  };
}
type Context = Awaited<ReturnType<typeof loadContext>>;

/** A partner's agency is party to an item when it may see what the item is about, or owns an action on it. */
function partyTo(actor: Actor, item: Pick<ItemRecord, "id" | "kind" | "partnerTitle" | "groupId" | "personId" | "concernId" | "actionId" | "referralId">, ctx: Context): boolean {
  if (item.kind === "FREE" && item.partnerTitle.trim()) return true;
  if (item.groupId && ctx.seesGroup.has(item.groupId)) return true;
  if (item.personId && ctx.seesPerson.has(item.personId)) return true;
  if (item.concernId && ctx.seesConcern.has(item.concernId)) return true;
  if (item.actionId && ctx.actionById.get(item.actionId)?.owningAgencyId === actor.agencyId) return true;
  if (item.referralId && ctx.referralById.get(item.referralId)?.receivingAgencyId === actor.agencyId) return true;
  return (ctx.createdByItem.get(item.id) ?? []).some((a) => a.owningAgencyId === actor.agencyId);
}

function vulnerabilityLabels(values: string[]): string {
  return values.map((v) => VULNERABILITIES.label[v as keyof typeof VULNERABILITIES.label] ?? v).join(", ");
}

/** What the item is about, as the audience may see it (precedence: concern, referral, action, person, group). */
function subjectOf(actor: Actor, audience: Audience, item: ItemRecord, ctx: Context, now: Date): ItemSubject | null {
  const police = audience === "police";
  const concern = item.concernId ? ctx.concernById.get(item.concernId) : undefined;
  if (concern && ctx.seesConcern.has(concern.id)) {
    const label = CATEGORY_LABEL[concern.category] ?? concern.category;
    return police
      ? { kind: "CONCERN", id: concern.id, label: `${label} concern${concern.neighbourhood ? `, ${concern.neighbourhood.name}` : ""}`, summary: concern.sanitisedSummary || concern.description.slice(0, 300) }
      : { kind: "CONCERN", id: concern.id, label, summary: concern.sanitisedSummary };
  }
  const referral = item.referralId ? ctx.referralById.get(item.referralId) : undefined;
  if (referral && (police || referral.receivingAgencyId === actor.agencyId)) {
    const label = `${REFERRAL_TYPE.label[referral.type]} — ${REFERRAL_STATUS.label[referral.status]}`;
    const person = ctx.personById.get(referral.personId);
    const late = isNrmLate(referral, now) ? "; reasonable grounds decision late" : "";
    const who = person && ctx.seesPerson.has(person.id) ? `${person.name}, ` : "";
    return { kind: "REFERRAL", id: referral.id, label, summary: `${who}referred to ${referral.receivingAgency.name} on ${londonDay(referral.referredOn)}${late}` };
  }
  const action = item.actionId ? ctx.actionById.get(item.actionId) : undefined;
  if (action && ctx.seesAction.has(action.id)) {
    return { kind: "ACTION", id: action.id, label: action.title, summary: `${PLAN_STRAND.label[action.strand]}, ${action.owningAgency.name}, due ${londonDay(action.dueDate)}, ${ACTION_STATUS.label[action.status].toLowerCase()}${isOverdue(action, now) ? " (overdue)" : ""}` };
  }
  const person = item.personId ? ctx.personById.get(item.personId) : undefined;
  if (person && ctx.seesPerson.has(person.id)) {
    return police
      ? { kind: "PERSON", id: person.id, label: person.name, summary: `${RISK_LEVEL.label[person.riskLevel]} risk since ${londonDay(person.riskLevelSince)}${person.vulnerabilities.length ? `; ${vulnerabilityLabels(person.vulnerabilities)}` : ""}; lead agency: ${person.leadAgency?.name ?? "none"}` }
      : { kind: "PERSON", id: person.id, label: person.name, summary: `${RISK_LEVEL.label[person.riskLevel]} risk` };
  }
  const group = item.groupId ? ctx.groupById.get(item.groupId) : undefined;
  if (group && ctx.seesGroup.has(group.id)) {
    return police
      ? { kind: "GROUP", id: group.id, label: `${group.reference} ${group.name}`, summary: `${GROUP_STATUS.label[group.status]}${group.band ? `; band ${group.band}, score ${group.score}` : "; not scored"}` }
      : { kind: "GROUP", id: group.id, label: `${group.reference} ${group.name}`, summary: group.partnerSummary };
  }
  return null;
}

/** The plan an action tasked from the item lands in: its group's 4P plan, else its person's safeguarding plan. */
type PlanSources = {
  actionById: Map<string, { groupId: string | null; personId: string | null }>;
  concernById: Map<string, { groupId: string | null }>;
  referralById: Map<string, { personId: string }>;
};

export function planOfItem(item: Pick<ItemRecord, "groupId" | "personId" | "concernId" | "actionId" | "referralId">, ctx: PlanSources): { kind: "GROUP" | "PERSON"; id: string } | null {
  const action = item.actionId ? ctx.actionById.get(item.actionId) : undefined;
  const concern = item.concernId ? ctx.concernById.get(item.concernId) : undefined;
  const referral = item.referralId ? ctx.referralById.get(item.referralId) : undefined;
  const groupId = item.groupId ?? action?.groupId ?? concern?.groupId ?? null;
  if (groupId) return { kind: "GROUP", id: groupId };
  const personId = item.personId ?? action?.personId ?? referral?.personId ?? null;
  if (personId) return { kind: "PERSON", id: personId };
  return null;
}

function planView(plan: { kind: "GROUP" | "PERSON"; id: string } | null, ctx: Context): MeetingItemView["plan"] {
  if (!plan) return null;
  if (plan.kind === "GROUP") {
    const g = ctx.groupById.get(plan.id);
    return g && ctx.seesGroup.has(g.id) ? { kind: "GROUP", id: g.id, label: `${g.reference} ${g.name}` } : null;
  }
  const p = ctx.personById.get(plan.id);
  return p && ctx.seesPerson.has(p.id) ? { kind: "PERSON", id: p.id, label: p.name } : null;
}

function itemAction(a: ActionRecord, now: Date): ItemAction {
  return { id: a.id, strand: a.strand, title: a.title, owningAgency: a.owningAgency.name, assignee: a.assignee?.name ?? null, dueDate: a.dueDate, status: ACTION_STATUS.label[a.status], overdue: isOverdue(a, now) };
}

/** Items cut to the audience: every item for police; for partners only those their agency is party to, in partner-safe wording. */
export async function itemViews(client: Tx, actor: Actor, audience: Audience, items: ItemRecord[], now: Date): Promise<MeetingItemView[]> {
  const ctx = await loadContext(client, actor, audience, items);
  const police = audience === "police";
  return items
    .filter((item) => police || partyTo(actor, item, ctx))
    .map((item) => {
      const subject = subjectOf(actor, audience, item, ctx, now);
      const reviewed = item.actionId ? ctx.actionById.get(item.actionId) : undefined;
      const actions = [...(reviewed ? [reviewed] : []), ...(ctx.createdByItem.get(item.id) ?? [])].filter((a) => ctx.seesAction.has(a.id)).map((a) => itemAction(a, now));
      const partnerTitle = item.kind === "FREE"
        ? item.partnerTitle.trim() || subject?.label || AGENDA_ITEM_KIND.label.FREE
        : subject ? `${AGENDA_ITEM_KIND.label[item.kind]}: ${subject.label}` : AGENDA_ITEM_KIND.label[item.kind];
      return {
        id: item.id, position: item.position, kind: item.kind,
        title: police ? item.title : partnerTitle,
        reason: police ? item.reason : "",
        subject, decision: item.decision,
        rationale: police ? item.rationale : "",
        partnerNote: item.partnerNote, decidedAt: item.decidedAt, decidedBy: item.decidedBy?.name ?? null,
        actions, plan: planView(planOfItem(item, ctx), ctx), version: item.version,
      };
    });
}

/** How many items of each meeting the actor is given (partners: only those their agency is party to). */
export async function visibleItemCounts(client: Tx, actor: Actor, audience: Audience, meetingIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!meetingIds.length) return counts;
  if (audience === "police") {
    const rows = await client.meetingItem.groupBy({ by: ["meetingId"], where: { meetingId: { in: meetingIds } }, _count: { _all: true } });
    for (const r of rows) counts.set(r.meetingId, r._count._all);
    return counts;
  }
  const items = await client.meetingItem.findMany({
    where: { meetingId: { in: meetingIds } }, take: 5_000,
    select: { id: true, meetingId: true, kind: true, partnerTitle: true, groupId: true, personId: true, concernId: true, actionId: true, referralId: true },
  });
  const ctx = await loadContext(client, actor, audience, items);
  for (const item of items) if (partyTo(actor, item, ctx)) counts.set(item.meetingId, (counts.get(item.meetingId) ?? 0) + 1);
  return counts;
}

/** The plan of one item, for tasking an action from it. */
export async function planForItem(client: Tx, item: Pick<ItemRecord, "groupId" | "personId" | "concernId" | "actionId" | "referralId">) {
  const action = item.actionId ? await client.action.findUnique({ where: { id: item.actionId }, select: { id: true, groupId: true, personId: true } }) : null;
  const concern = item.concernId ? await client.concern.findUnique({ where: { id: item.concernId }, select: { id: true, groupId: true } }) : null;
  const referral = item.referralId ? await client.referral.findUnique({ where: { id: item.referralId }, select: { id: true, personId: true } }) : null;
  return planOfItem(item, {
    actionById: new Map(action ? [[action.id, action]] : []),
    concernById: new Map(concern ? [[concern.id, concern]] : []),
    referralById: new Map(referral ? [[referral.id, referral]] : []),
  });
}
