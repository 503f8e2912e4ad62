// Tasking meetings: plan one for some neighbourhoods, let Locus propose the agenda, decide each
// item and task actions from it, close it and publish the minutes. Police read every meeting;
// supervisors (meetings:manage) change them; a partner reads only the meetings they or their
// agency attend, cut to partner-safe wording and to the items their agency is party to.
//
// The agenda rules are in ./meeting-agenda.ts; the per-audience item views in ./meeting-views.ts.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { OPEN_STATUSES, PLAN_STRAND, todayInLondon } from "@/lib/domain/actions";
import { AGENDA_ITEM_KIND, MEETING_DECISION, MEETING_STATUS, MEETING_TYPE, NEWLY_HIGH_RISK_DAYS, type MeetingDocument, type MeetingView } from "@/lib/domain/meetings";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AgencyType, MeetingStatus, MeetingType, Prisma, RiskLevel } from "@/lib/generated/prisma/client";
import type {
  AgendaChangeInput, CreateMeetingInput, DecisionInput, FreeItemInput, ItemActionInput, MeetingStatusInput, PublishMinutesInput, UpdateMeetingInput,
} from "@/lib/validation/meetings";
import { insertAction } from "./actions";
import { agencyChoices } from "./agencies";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { neighbourhoodChoices } from "./neighbourhoods";
import { capTotal, type CappedPage, type ListOptions, type ListParams } from "./list-params";
import { londonDay, parseMeetingStart, runAgendaRules, subjectKey, type AgendaScope, type ProposedItem } from "./meeting-agenda";
import { ITEM_SELECT, itemViews, planForItem, visibleItemCounts } from "./meeting-views";
import { notify } from "./notifications";
import { audienceOf, groupsWhere, meetingsVisibleTo, peopleWhere } from "./visibility";

export { parseMeetingStart } from "./meeting-agenda";

export const MEETING_SORTS = ["startsAt", "title", "status"] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];
export type MeetingFilters = { status?: MeetingStatus; type?: MeetingType; when?: "upcoming" | "past"; neighbourhoodId?: string };
export type MeetingRow = {
  id: string; title: string; type: MeetingType; startsAt: Date; status: MeetingStatus; chair: string; neighbourhoods: string[]; itemCount: number; minutesPublishedAt: Date | null;
};

/** One proposal of the agenda rules (not yet saved): kind, police wording, and what it is about. */
export type { ProposedItem } from "./meeting-agenda";

export type SupervisorHome = {
  upcoming: MeetingRow[];
  /** Items decided "adopt" (or "refer"/"escalate") that still have no action created from them. */
  awaitingActions: { meetingId: string; meetingTitle: string; startsAt: Date; itemId: string; itemTitle: string; decision: string; decidedAt: Date | null }[];
  /** Open actions past their due date, counted per owning agency, most first. */
  overdueByAgency: { agencyId: string; agency: string; count: number }[];
  /** People whose risk became HIGH in the last NEWLY_HIGH_RISK_DAYS days. */
  newlyHighRisk: { id: string; name: string; riskLevel: RiskLevel; riskLevelSince: Date; leadAgency: string | null }[];
};

export type MeetingFormOptions = {
  neighbourhoods: { id: string; name: string; areaCommand: string; inactive?: boolean }[];
  chairs: { id: string; name: string; agency: string }[];
  users: { id: string; name: string; agency: string; role: string }[];
  agencies: { id: string; name: string; type: AgencyType }[];
  /** Set when there are too many neighbourhoods to list: `neighbourhoods` is one area command's (plus those chosen). */
  narrowed?: { areaCommands: string[]; areaCommand?: string };
  /** Set when there are too many users to list: `users` is a bounded subset (see meetingFormOptions). */
  usersNarrowed?: { query?: string };
  /**
   * Set when there are too many supervisors to list: `chairs` are the chosen chair, the supervisors
   * of the actor's own agency (`agency`; the first CHAIRS_OWN_MAX if `ownTruncated`) and those found by name.
   */
  chairsNarrowed?: { query?: string; total: number; agency: string; ownTruncated: boolean; queryTruncated: boolean };
  /**
   * Set when there are too many agencies to list: `agencies` are those chosen, the actor's own, the
   * chosen type's and those found by name (see agencyChoices).
   */
  agenciesNarrowed?: { query?: string; type?: AgencyType; types: AgencyType[]; total: number; typeTruncated: boolean; queryTruncated: boolean };
};
/** What the meeting form already holds, and how the user narrowed its lists (GET parameters). */
export type MeetingFormScope = {
  areaCommand?: string; neighbourhoodIds?: string[]; attendeeIds?: string[]; agencyIds?: string[]; attendeeQuery?: string;
  chairId?: string; chairQuery?: string; agencyType?: string; agencyQuery?: string;
};

const DAY = 86_400_000;
/** At most this many items on one agenda. */
const MAX_ITEMS = 500;
/** Decisions that call for an action. */
const DECISIONS_NEEDING_ACTION = ["ADOPT", "REFER", "ESCALATE"] as const;

// ─── Shared checks ────────────────────────────────────────────────────────────────────────

function requireManager(actor: Actor) {
  if (!can(actor, "meetings:manage")) throw new ForbiddenError();
}

/** The audience, or 403 for a role that reads no meetings (administrators). */
function requireAudience(actor: Actor) {
  const audience = audienceOf(actor);
  const visibility = meetingsVisibleTo(actor);
  if (!audience || !visibility) throw new ForbiddenError();
  return { audience, visibility };
}

/** A meeting the manager may still change: 404 when missing, 422 once closed. */
async function openMeeting(tx: Tx, id: string) {
  assertId(id, "Meeting");
  const meeting = await tx.meeting.findUnique({ where: { id }, select: { id: true, title: true, status: true, startsAt: true, version: true, neighbourhoods: { select: { neighbourhoodId: true } } } });
  if (!meeting) throw new NotFoundError("Meeting");
  if (meeting.status === "CLOSED") throw new ValidationError({ status: ["This meeting is closed: its agenda and decisions can no longer change"] }, "This meeting is closed");
  return meeting;
}

/** The agenda belongs to the meeting: every change to it moves the meeting's version on (409 when stale). */
async function bumpMeeting(tx: Tx, actor: Actor, id: string, version: number) {
  await guardedUpdate(
    tx, "Meeting",
    () => tx.meeting.updateMany({ where: { id, version }, data: { version: { increment: 1 }, updatedById: actor.id } }),
    () => tx.meeting.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
  );
}

async function itemOf(tx: Tx, meetingId: string, itemId: string) {
  assertId(itemId, "Agenda item");
  const item = await tx.meetingItem.findFirst({ where: { id: itemId, meetingId }, select: ITEM_SELECT });
  if (!item) throw new NotFoundError("Agenda item");
  return item;
}

/** Checks the people, agencies and neighbourhoods a meeting names; returns them de-duplicated. */
async function checkMeetingInput(tx: Tx, input: CreateMeetingInput) {
  const neighbourhoodIds = [...new Set(input.neighbourhoodIds)];
  const attendeeIds = [...new Set(input.attendeeIds)];
  const agencyIds = [...new Set(input.agencyIds)];
  const neighbourhoods = await tx.neighbourhood.count({ where: { id: { in: neighbourhoodIds }, active: true } });
  const chair = await tx.user.findFirst({ where: { id: input.chairId, active: true, role: "SUPERVISOR" }, select: { id: true } });
  const attendees = attendeeIds.length ? await tx.user.count({ where: { id: { in: attendeeIds }, active: true, role: { not: "ADMIN" } } }) : 0;
  const agencies = agencyIds.length ? await tx.agency.count({ where: { id: { in: agencyIds }, active: true } }) : 0;
  const fields: Record<string, string[]> = {};
  if (neighbourhoods !== neighbourhoodIds.length) fields.neighbourhoodIds = ["Choose active neighbourhoods from the list"];
  if (!chair) fields.chairId = ["The chair must be an active supervisor"];
  if (attendees !== attendeeIds.length) fields.attendeeIds = ["Choose active users from the list"];
  if (agencies !== agencyIds.length) fields.agencyIds = ["Choose active agencies from the list"];
  if (Object.keys(fields).length) throw new ValidationError(fields);
  return { neighbourhoodIds, attendeeIds, agencyIds, startsAt: parseMeetingStart(input.startsAt) };
}

function itemData(meetingId: string, position: number, p: ProposedItem) {
  return {
    meetingId, position, kind: p.kind, title: p.title.slice(0, 500), reason: p.reason,
    groupId: p.groupId ?? null, personId: p.personId ?? null, concernId: p.concernId ?? null, actionId: p.actionId ?? null, referralId: p.referralId ?? null,
  };
}

// ─── Reading ──────────────────────────────────────────────────────────────────────────────

const ROW_SELECT = {
  id: true, title: true, type: true, startsAt: true, status: true, minutesPublishedAt: true, chair: { select: { name: true } },
  neighbourhoods: { select: { neighbourhood: { select: { name: true } } }, take: 50 },
} satisfies Prisma.MeetingSelect;
type RowRecord = Prisma.MeetingGetPayload<{ select: typeof ROW_SELECT }>;

async function toRows(actor: Actor, audience: "police" | "partner", rows: RowRecord[]): Promise<MeetingRow[]> {
  const counts = await visibleItemCounts(db(), actor, audience, rows.map((r) => r.id));
  return rows.map((m) => ({
    id: m.id, title: m.title, type: m.type, startsAt: m.startsAt, status: m.status, chair: m.chair.name,
    neighbourhoods: m.neighbourhoods.map((n) => n.neighbourhood.name).sort(), itemCount: counts.get(m.id) ?? 0,
    minutesPublishedAt: audience === "police" || m.minutesPublishedAt ? m.minutesPublishedAt : null,
  }));
}

/** Meetings the actor may see, paged/sorted/filtered in the database. Partners: only those they or their agency attend. 403 for admins. */
export async function listMeetings(actor: Actor, params: ListParams<MeetingSort>, filters: MeetingFilters, now = new Date(), options: ListOptions = {}): Promise<CappedPage<MeetingRow>> {
  const { audience, visibility } = requireAudience(actor);
  const where: Prisma.MeetingWhereInput = {
    AND: [
      visibility,
      filters.status ? { status: filters.status } : {},
      filters.type ? { type: filters.type } : {},
      filters.when === "upcoming" ? { startsAt: { gte: now } } : filters.when === "past" ? { startsAt: { lt: now } } : {},
      filters.neighbourhoodId && isUuid(filters.neighbourhoodId) ? { neighbourhoods: { some: { neighbourhoodId: filters.neighbourhoodId } } } : {},
    ],
  };
  const [rows, count] = await Promise.all([
    db().meeting.findMany({ where, orderBy: [{ [params.sort]: params.dir }, { id: "asc" }], skip: (params.page - 1) * params.pageSize, take: params.pageSize, select: ROW_SELECT }),
    // A few meetings a week per area: an exact count, reported capped like every list.
    db().meeting.count({ where }).then((n) => capTotal(n, options.countCap)),
  ]);
  return { rows: await toRows(actor, audience, rows), ...count, page: params.page, pageSize: params.pageSize };
}

async function buildView(client: Tx, actor: Actor, id: string, now: Date): Promise<MeetingView> {
  assertId(id, "Meeting");
  const { audience, visibility } = requireAudience(actor);
  const meeting = await client.meeting.findFirst({
    where: { AND: [{ id }, visibility] },
    select: {
      id: true, title: true, type: true, startsAt: true, status: true, minutes: true, partnerMinutes: true, closedAt: true, minutesPublishedAt: true, version: true, updatedAt: true,
      chair: { select: { id: true, name: true } },
      neighbourhoods: { select: { neighbourhood: { select: { id: true, name: true } } } },
      attendees: { select: { user: { select: { id: true, name: true, agency: { select: { name: true } } } } } },
      agencies: { select: { agency: { select: { id: true, name: true } } } },
      items: { orderBy: [{ position: "asc" }, { id: "asc" }], take: MAX_ITEMS, select: ITEM_SELECT },
    },
  });
  if (!meeting) throw new NotFoundError("Meeting");
  const police = audience === "police";
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return {
    id: meeting.id, title: meeting.title, type: meeting.type, startsAt: meeting.startsAt, status: meeting.status,
    chair: meeting.chair,
    neighbourhoods: meeting.neighbourhoods.map((n) => n.neighbourhood).sort(byName),
    attendees: meeting.attendees.map((a) => ({ id: a.user.id, name: a.user.name, agency: a.user.agency.name })).sort(byName),
    agencies: meeting.agencies.map((a) => a.agency).sort(byName),
    minutes: police ? meeting.minutes : "",
    partnerMinutes: police || meeting.minutesPublishedAt ? meeting.partnerMinutes : "",
    closedAt: meeting.closedAt,
    minutesPublishedAt: meeting.minutesPublishedAt,
    items: await itemViews(client, actor, audience, meeting.items, now),
    audience,
    canManage: can(actor, "meetings:manage"),
    version: meeting.version,
    updatedAt: meeting.updatedAt,
  };
}

/** One meeting, cut to the actor's audience; NotFoundError when they may not see it. */
export async function getMeeting(actor: Actor, id: string, now = new Date()): Promise<MeetingView> {
  return buildView(db(), actor, id, now);
}

// ─── Planning ─────────────────────────────────────────────────────────────────────────────

/** Plans a meeting and saves Locus's proposed agenda with it, in one transaction with its audit event. */
export async function createMeeting(actor: Actor, input: CreateMeetingInput, now = new Date()): Promise<{ id: string }> {
  requireManager(actor);
  // Checked, and the agenda proposed, before the transaction opens: the rules read widely (most of a
  // second on the national dataset), and inside the transaction concurrent plans would hold their
  // connections past the transaction timeout. The meeting does not exist yet, so it cannot be its own
  // "previous meeting".
  const checked = await checkMeetingInput(db(), input);
  const proposals = await runAgendaRules(db(), { neighbourhoodIds: checked.neighbourhoodIds, startsAt: checked.startsAt }, now);
  return db().$transaction(async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        title: input.title, type: input.type, startsAt: checked.startsAt, chairId: input.chairId, createdById: actor.id, updatedById: actor.id,
      },
      select: { id: true },
    });
    await tx.meetingNeighbourhood.createMany({ data: checked.neighbourhoodIds.map((neighbourhoodId) => ({ meetingId: meeting.id, neighbourhoodId })) });
    if (checked.attendeeIds.length) await tx.meetingAttendee.createMany({ data: checked.attendeeIds.map((userId) => ({ meetingId: meeting.id, userId })) });
    if (checked.agencyIds.length) await tx.meetingAgency.createMany({ data: checked.agencyIds.map((agencyId) => ({ meetingId: meeting.id, agencyId })) });
    const items = proposals.slice(0, MAX_ITEMS);
    if (items.length) await tx.meetingItem.createMany({ data: items.map((p, i) => itemData(meeting.id, i + 1, p)) });
    await recordAudit(tx, actor, {
      action: "meeting.created", entityType: "Meeting", entityId: meeting.id,
      summary: `Planned ${MEETING_TYPE.label[input.type].toLowerCase()} meeting "${input.title}" for ${londonDay(checked.startsAt)} with ${items.length} proposed agenda items`,
      details: { startsAt: checked.startsAt.toISOString(), chairId: input.chairId, neighbourhoodIds: checked.neighbourhoodIds, attendeeIds: checked.attendeeIds, agencyIds: checked.agencyIds, proposed: items.length },
    });
    return meeting;
  });
}

export async function updateMeeting(actor: Actor, id: string, input: UpdateMeetingInput): Promise<void> {
  requireManager(actor);
  await db().$transaction(async (tx) => {
    const before = await openMeeting(tx, id);
    const full = await tx.meeting.findUniqueOrThrow({ where: { id }, select: { title: true, type: true, startsAt: true, chairId: true, attendees: { select: { userId: true } }, agencies: { select: { agencyId: true } } } });
    const checked = await checkMeetingInput(tx, input);
    await guardedUpdate(
      tx, "Meeting",
      () => tx.meeting.updateMany({ where: { id, version: input.version }, data: { title: input.title, type: input.type, startsAt: checked.startsAt, chairId: input.chairId, version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.meeting.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    await tx.meetingNeighbourhood.deleteMany({ where: { meetingId: id } });
    await tx.meetingNeighbourhood.createMany({ data: checked.neighbourhoodIds.map((neighbourhoodId) => ({ meetingId: id, neighbourhoodId })) });
    await tx.meetingAttendee.deleteMany({ where: { meetingId: id } });
    if (checked.attendeeIds.length) await tx.meetingAttendee.createMany({ data: checked.attendeeIds.map((userId) => ({ meetingId: id, userId })) });
    await tx.meetingAgency.deleteMany({ where: { meetingId: id } });
    if (checked.agencyIds.length) await tx.meetingAgency.createMany({ data: checked.agencyIds.map((agencyId) => ({ meetingId: id, agencyId })) });
    const sorted = (xs: string[]) => [...xs].sort();
    await recordAudit(tx, actor, {
      action: "meeting.updated", entityType: "Meeting", entityId: id, summary: `Updated meeting "${input.title}"`,
      details: changedFields(
        { title: full.title, type: full.type, startsAt: full.startsAt.toISOString(), chairId: full.chairId, neighbourhoodIds: sorted(before.neighbourhoods.map((n) => n.neighbourhoodId)), attendeeIds: sorted(full.attendees.map((a) => a.userId)), agencyIds: sorted(full.agencies.map((a) => a.agencyId)) },
        { title: input.title, type: input.type, startsAt: checked.startsAt.toISOString(), chairId: input.chairId, neighbourhoodIds: sorted(checked.neighbourhoodIds), attendeeIds: sorted(checked.attendeeIds), agencyIds: sorted(checked.agencyIds) },
      ),
    });
  });
}

/** The agenda rules, run for a scope without saving anything (used by createMeeting, refreshAgenda, tests and the benchmark). */
export async function proposeAgenda(actor: Actor, scope: { neighbourhoodIds: string[]; startsAt: Date; excludeMeetingId?: string }, now = new Date()): Promise<ProposedItem[]> {
  if (audienceOf(actor) !== "police") throw new ForbiddenError();
  return runAgendaRules(db(), scope satisfies AgendaScope, now);
}

/** Adds the proposals not already on the agenda; returns how many were added. */
export async function refreshAgenda(actor: Actor, meetingId: string, input: { version: number }, now = new Date()): Promise<{ added: number }> {
  requireManager(actor);
  return db().$transaction(async (tx) => {
    const meeting = await openMeeting(tx, meetingId);
    await bumpMeeting(tx, actor, meetingId, input.version);
    const existing = await tx.meetingItem.findMany({ where: { meetingId }, orderBy: { position: "asc" }, take: MAX_ITEMS, select: { position: true, kind: true, groupId: true, personId: true, concernId: true, actionId: true, referralId: true } });
    const keys = new Set(existing.map(subjectKey));
    const proposals = await runAgendaRules(tx, { neighbourhoodIds: meeting.neighbourhoods.map((n) => n.neighbourhoodId), startsAt: meeting.startsAt, excludeMeetingId: meetingId }, now);
    const fresh = proposals.filter((p) => !keys.has(subjectKey(p))).slice(0, Math.max(0, MAX_ITEMS - existing.length));
    const last = existing.at(-1)?.position ?? 0;
    if (fresh.length) await tx.meetingItem.createMany({ data: fresh.map((p, i) => itemData(meetingId, last + i + 1, p)) });
    await recordAudit(tx, actor, { action: "meeting.agenda_refreshed", entityType: "Meeting", entityId: meetingId, summary: `Refreshed the agenda of "${meeting.title}": ${fresh.length} new item${fresh.length === 1 ? "" : "s"}`, details: { added: fresh.length } });
    return { added: fresh.length };
  });
}

export async function addFreeItem(actor: Actor, meetingId: string, input: FreeItemInput): Promise<{ id: string }> {
  requireManager(actor);
  const [groupWhere, personWhere] = await Promise.all([groupsWhere(actor), peopleWhere(actor)]);
  return db().$transaction(async (tx) => {
    const meeting = await openMeeting(tx, meetingId);
    const fields: Record<string, string[]> = {};
    if (input.groupId && !(groupWhere && (await tx.organisedCrimeGroup.findFirst({ where: { AND: [{ id: input.groupId }, groupWhere] }, select: { id: true } })))) fields.groupId = ["Choose a group from the list"];
    if (input.personId && !(personWhere && (await tx.personAtRisk.findFirst({ where: { AND: [{ id: input.personId }, personWhere] }, select: { id: true } })))) fields.personId = ["Choose a person from the list"];
    if (Object.keys(fields).length) throw new ValidationError(fields);
    await bumpMeeting(tx, actor, meetingId, input.version);
    const count = await tx.meetingItem.count({ where: { meetingId } });
    if (count >= MAX_ITEMS) throw new ValidationError({ title: [`An agenda has at most ${MAX_ITEMS} items`] });
    const last = await tx.meetingItem.findFirst({ where: { meetingId }, orderBy: { position: "desc" }, select: { position: true } });
    const item = await tx.meetingItem.create({
      data: { meetingId, position: (last?.position ?? 0) + 1, kind: "FREE", title: input.title, reason: input.reason, partnerTitle: input.partnerTitle, groupId: input.groupId ?? null, personId: input.personId ?? null },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "meeting.item_added", entityType: "Meeting", entityId: meetingId, summary: `Added an item to the agenda of "${meeting.title}"`, details: { itemId: item.id, groupId: input.groupId ?? null, personId: input.personId ?? null, partnerVisible: !!input.partnerTitle } });
    return item;
  });
}

export async function removeItem(actor: Actor, meetingId: string, itemId: string, input: AgendaChangeInput): Promise<void> {
  requireManager(actor);
  await db().$transaction(async (tx) => {
    const meeting = await openMeeting(tx, meetingId);
    const item = await itemOf(tx, meetingId, itemId);
    if (await tx.action.findFirst({ where: { meetingItemId: itemId }, select: { id: true } })) throw new ValidationError({ _form: ["Actions were tasked from this item: it stays on the agenda"] }, "Actions were tasked from this item");
    await bumpMeeting(tx, actor, meetingId, input.version);
    await tx.meetingItem.delete({ where: { id: itemId } });
    await tx.meetingItem.updateMany({ where: { meetingId, position: { gt: item.position } }, data: { position: { decrement: 1 } } });
    await recordAudit(tx, actor, { action: "meeting.item_removed", entityType: "Meeting", entityId: meetingId, summary: `Removed item ${item.position} (${AGENDA_ITEM_KIND.label[item.kind].toLowerCase()}) from the agenda of "${meeting.title}"`, details: { itemId, kind: item.kind, position: item.position } });
  });
}

export async function moveItem(actor: Actor, meetingId: string, itemId: string, input: AgendaChangeInput): Promise<void> {
  requireManager(actor);
  if (!input.direction) throw new ValidationError({ direction: ["Choose up or down"] });
  const up = input.direction === "up";
  await db().$transaction(async (tx) => {
    const meeting = await openMeeting(tx, meetingId);
    const item = await itemOf(tx, meetingId, itemId);
    await bumpMeeting(tx, actor, meetingId, input.version);
    const neighbour = await tx.meetingItem.findFirst({
      where: { meetingId, position: up ? { lt: item.position } : { gt: item.position } },
      orderBy: { position: up ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) throw new ValidationError({ direction: [up ? "This item is already first" : "This item is already last"] });
    await tx.meetingItem.update({ where: { id: itemId }, data: { position: neighbour.position } });
    await tx.meetingItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
    await recordAudit(tx, actor, { action: "meeting.item_moved", entityType: "Meeting", entityId: meetingId, summary: `Moved item ${item.position} of "${meeting.title}" ${input.direction} to ${neighbour.position}`, details: { itemId, from: item.position, to: neighbour.position } });
  });
}

export async function decideItem(actor: Actor, meetingId: string, itemId: string, input: DecisionInput): Promise<void> {
  requireManager(actor);
  await db().$transaction(async (tx) => {
    const meeting = await openMeeting(tx, meetingId);
    const item = await itemOf(tx, meetingId, itemId);
    await guardedUpdate(
      tx, "Agenda item",
      () => tx.meetingItem.updateMany({
        where: { id: itemId, meetingId, version: input.version },
        data: { decision: input.decision, rationale: input.rationale, partnerNote: input.partnerNote, decidedAt: new Date(), decidedById: actor.id, version: { increment: 1 } },
      }),
      async () => {
        const row = await tx.meetingItem.findUnique({ where: { id: itemId }, select: { updatedAt: true, decidedById: true } });
        return row && { updatedAt: row.updatedAt, updatedById: row.decidedById };
      },
    );
    await recordAudit(tx, actor, {
      action: "meeting.item_decided", entityType: "Meeting", entityId: meetingId,
      summary: `Item ${item.position} of "${meeting.title}": ${MEETING_DECISION.label[input.decision]}${item.decision && item.decision !== input.decision ? ` (was ${MEETING_DECISION.label[item.decision]})` : ""}`,
      details: { itemId, kind: item.kind, decisionFrom: item.decision, decisionTo: input.decision },
    });
  });
}

/** Creates an action in the item's plan (group 4P plan or person safeguarding plan), linked to the item. */
export async function createActionFromItem(actor: Actor, meetingId: string, itemId: string, input: ItemActionInput): Promise<{ id: string }> {
  requireManager(actor);
  if (!can(actor, "actions:create")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    const meeting = await openMeeting(tx, meetingId);
    const item = await itemOf(tx, meetingId, itemId);
    const plan = await planForItem(tx, item);
    if (!plan) throw new ValidationError({ _form: ["This item has no group or person to plan an action for"] }, "This item has no group or person to plan an action for");
    const action = await insertAction(
      tx, actor,
      {
        ...(plan.kind === "GROUP" ? { groupId: plan.id } : { personId: plan.id }),
        strand: input.strand, title: input.title, description: input.description, owningAgencyId: input.owningAgencyId, assigneeId: input.assigneeId,
        dueDate: input.dueDate, priority: input.priority, subjectKind: plan.kind, subjectId: plan.id, sharedWithPartnership: input.sharedWithPartnership,
      },
      { meetingItemId: itemId },
    );
    await recordAudit(tx, actor, { action: "meeting.action_tasked", entityType: "Meeting", entityId: meetingId, summary: `Tasked ${PLAN_STRAND.label[input.strand]} action "${input.title}" from item ${item.position} of "${meeting.title}"`, details: { itemId, actionId: action.id, plan } });
    return action;
  });
}

// ─── Running, closing, minutes ────────────────────────────────────────────────────────────

const NEXT_STATUS: Record<MeetingStatus, MeetingStatus | null> = { PLANNED: "IN_PROGRESS", IN_PROGRESS: "CLOSED", CLOSED: null };

export async function setMeetingStatus(actor: Actor, id: string, input: MeetingStatusInput): Promise<void> {
  requireManager(actor);
  assertId(id, "Meeting");
  await db().$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id }, select: { status: true, title: true } });
    if (!before) throw new NotFoundError("Meeting");
    if (NEXT_STATUS[before.status] !== input.status) {
      throw new ValidationError({ status: [`A ${MEETING_STATUS.label[before.status].toLowerCase()} meeting cannot become ${MEETING_STATUS.label[input.status].toLowerCase()}: a meeting goes from planned to in progress to closed`] });
    }
    await guardedUpdate(
      tx, "Meeting",
      () => tx.meeting.updateMany({ where: { id, version: input.version }, data: { status: input.status, ...(input.status === "CLOSED" ? { closedAt: new Date() } : {}), version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.meeting.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    await recordAudit(tx, actor, { action: input.status === "CLOSED" ? "meeting.closed" : "meeting.started", entityType: "Meeting", entityId: id, summary: `Meeting "${before.title}": ${MEETING_STATUS.label[before.status]} → ${MEETING_STATUS.label[input.status]}`, details: { statusFrom: before.status, statusTo: input.status } });
  });
}

/** Closed meetings only: stores the minutes and tells the attendees (notifications). */
export async function publishMinutes(actor: Actor, id: string, input: PublishMinutesInput): Promise<void> {
  requireManager(actor);
  assertId(id, "Meeting");
  await db().$transaction(async (tx) => {
    const before = await tx.meeting.findUnique({ where: { id }, select: { status: true, title: true, minutesPublishedAt: true, attendees: { select: { userId: true } } } });
    if (!before) throw new NotFoundError("Meeting");
    if (before.status !== "CLOSED") throw new ValidationError({ minutes: ["Close the meeting before publishing its minutes"] });
    await guardedUpdate(
      tx, "Meeting",
      () => tx.meeting.updateMany({ where: { id, version: input.version }, data: { minutes: input.minutes, partnerMinutes: input.partnerMinutes, minutesPublishedAt: new Date(), version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.meeting.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    const again = !!before.minutesPublishedAt;
    await recordAudit(tx, actor, { action: "meeting.minutes_published", entityType: "Meeting", entityId: id, summary: `${again ? "Republished" : "Published"} the minutes of "${before.title}"`, details: { republished: again, recipients: before.attendees.length } });
    await notify(tx, before.attendees.map((a) => a.userId).filter((u) => u !== actor.id), { kind: "meeting.minutes_published", title: `${again ? "Minutes updated" : "Minutes published"}: ${before.title}`, href: `/meetings/${id}` });
  });
}

/** The pack (any time) or the minutes (police: once closed; partners: once published) for the PDF, cut to the audience; audits the download. */
export async function meetingDocument(actor: Actor, id: string, kind: "pack" | "minutes", now = new Date()): Promise<MeetingDocument> {
  const view = await getMeeting(actor, id, now);
  const police = view.audience === "police";
  if (kind === "minutes" && (police ? view.status !== "CLOSED" : !view.minutesPublishedAt)) throw new NotFoundError("Minutes");
  const doc: MeetingDocument = {
    kind, audience: view.audience,
    marking: police ? "OFFICIAL-SENSITIVE" : "OFFICIAL: partner version — no police intelligence",
    title: view.title, type: MEETING_TYPE.label[view.type], startsAt: view.startsAt, status: MEETING_STATUS.label[view.status],
    chair: view.chair.name,
    neighbourhoods: view.neighbourhoods.map((n) => n.name),
    attendees: view.attendees.map((a) => `${a.name} (${a.agency})`),
    agencies: view.agencies.map((a) => a.name),
    minutes: kind === "minutes" ? (police ? view.minutes : view.partnerMinutes) : "",
    items: view.items.map((i) => ({
      position: i.position, kind: AGENDA_ITEM_KIND.label[i.kind], title: i.title, reason: i.reason,
      subject: i.subject ? (i.subject.summary ? `${i.subject.label}: ${i.subject.summary}` : i.subject.label) : "",
      decision: i.decision ? MEETING_DECISION.label[i.decision] : "", rationale: i.rationale, partnerNote: i.partnerNote,
      actions: i.actions.map((a) => ({ title: a.title, strand: PLAN_STRAND.label[a.strand], owningAgency: a.owningAgency, assignee: a.assignee ?? "", dueDate: a.dueDate, status: a.status })),
    })),
    generatedAt: now,
    generatedBy: `${actor.name}, ${actor.agencyName}`,
  };
  await db().$transaction(async (tx) => {
    await recordAudit(tx, actor, {
      action: kind === "pack" ? "meeting.pack_downloaded" : "meeting.minutes_downloaded", entityType: "Meeting", entityId: view.id,
      summary: `Downloaded the ${kind === "pack" ? "meeting pack" : "minutes"} of "${view.title}" (${view.audience} version)`,
      details: { audience: view.audience, items: doc.items.length },
    });
  });
  return doc;
}

// ─── Forms and the supervisor's home ──────────────────────────────────────────────────────

/** Up to this many users, the attendee list shows everyone; beyond, a bounded subset. */
const ATTENDEES_LIST_ALL_MAX = 200;
/** Up to this many active supervisors, the chair select lists them all; beyond, a bounded subset. */
export const CHAIRS_LIST_ALL_MAX = 100;
/** Past it: at most this many supervisors of the actor's own agency… */
export const CHAIRS_OWN_MAX = 100;
/** …and of those found by name. */
export const CHAIRS_QUERY_MAX = 50;

/**
 * Choices for the meeting form, bounded for a national dataset; whenever a list is cut, the form
 * says so and offers a search. Neighbourhoods: every one for a force-sized list, otherwise one area
 * command's (see neighbourhoodChoices). Chairs: every supervisor while few, otherwise the chosen
 * chair, the supervisors of the actor's own force and those found by name. Agencies: every one while
 * few, otherwise those chosen, the actor's own, one type's and those found by name (agencyChoices).
 * Attendees: everyone for a small list, otherwise at most ATTENDEES_LIST_ALL_MAX: those already
 * chosen, the officers of the chosen neighbourhoods, police analysts and supervisors, the
 * practitioners of the chosen partner agencies and whoever matches the name search.
 */
export async function meetingFormOptions(actor: Actor, scope: MeetingFormScope = {}): Promise<MeetingFormOptions> {
  requireManager(actor);
  const ids = (list: string[] | undefined) => [...new Set((list ?? []).filter(isUuid))].slice(0, ATTENDEES_LIST_ALL_MAX);
  const userSelect = { id: true, name: true, role: true, agency: { select: { name: true } } } as const;
  const byName = [{ name: "asc" as const }, { id: "asc" as const }];
  const [choices, chairChoices, userTotal, agencies] = await Promise.all([
    neighbourhoodChoices(actor, { areaCommand: scope.areaCommand, selectedIds: scope.neighbourhoodIds, keepSelected: true }),
    chairOptions(actor, scope),
    db().user.count({ where: { active: true, role: { not: "ADMIN" } } }),
    agencyChoices({ type: scope.agencyType, query: scope.agencyQuery, selectedIds: scope.agencyIds, keepSelected: true, alsoIds: [actor.agencyId] }),
  ]);
  const neighbourhoods = choices.neighbourhoods;
  const narrowed = choices.all ? undefined : { areaCommands: choices.areaCommands, areaCommand: choices.areaCommand };
  type UserRow = { id: string; name: string; role: string; agency: { name: string } };
  let users: UserRow[];
  let usersNarrowed: MeetingFormOptions["usersNarrowed"];
  if (userTotal <= ATTENDEES_LIST_ALL_MAX) {
    users = await db().user.findMany({ where: { active: true, role: { not: "ADMIN" } }, orderBy: byName, take: ATTENDEES_LIST_ALL_MAX, select: userSelect });
  } else {
    const active = { active: true, role: { not: "ADMIN" as const } };
    const chosenNeighbourhoods = ids(scope.neighbourhoodIds);
    const chosenAgencies = ids(scope.agencyIds);
    const query = scope.attendeeQuery?.trim().slice(0, 100) || undefined;
    const none = Promise.resolve([] as UserRow[]);
    const groups = await Promise.all([
      ids(scope.attendeeIds).length ? db().user.findMany({ where: { ...active, id: { in: ids(scope.attendeeIds) } }, orderBy: byName, select: userSelect }) : none,
      query ? db().user.findMany({ where: { ...active, name: { contains: query, mode: "insensitive" } }, orderBy: byName, take: 50, select: userSelect }) : none,
      chosenNeighbourhoods.length ? db().user.findMany({ where: { ...active, role: "OFFICER", neighbourhoods: { some: { neighbourhoodId: { in: chosenNeighbourhoods } } } }, orderBy: byName, take: 80, select: userSelect }) : none,
      chosenAgencies.length ? db().user.findMany({ where: { ...active, role: "PARTNER", agencyId: { in: chosenAgencies } }, orderBy: byName, take: 60, select: userSelect }) : none,
      db().user.findMany({ where: { ...active, role: { in: ["ANALYST", "SUPERVISOR"] }, agency: { type: "POLICE" } }, orderBy: byName, take: 40, select: userSelect }),
    ]);
    const seen = new Set<string>();
    users = groups.flat().filter((u) => !seen.has(u.id) && !!seen.add(u.id)).slice(0, ATTENDEES_LIST_ALL_MAX);
    usersNarrowed = { query };
  }
  return {
    neighbourhoods, narrowed, usersNarrowed,
    chairs: chairChoices.chairs, chairsNarrowed: chairChoices.narrowed,
    agencies: agencies.agencies,
    agenciesNarrowed: agencies.all ? undefined : { query: agencies.query, type: agencies.type, types: agencies.types, total: agencies.total, typeTruncated: agencies.typeTruncated, queryTruncated: agencies.queryTruncated },
    users: users.map((u) => ({ id: u.id, name: u.name, agency: u.agency.name, role: u.role })),
  };
}

/** The chair select: every active supervisor while few; otherwise the chosen chair, the actor's own force's and those found by name. */
async function chairOptions(actor: Actor, scope: MeetingFormScope): Promise<{ chairs: MeetingFormOptions["chairs"]; narrowed?: MeetingFormOptions["chairsNarrowed"] }> {
  const supervisors = { active: true, role: "SUPERVISOR" as const };
  const select = { id: true, name: true, agency: { select: { name: true } } } as const;
  const byName = [{ name: "asc" as const }, { id: "asc" as const }];
  const row = (u: { id: string; name: string; agency: { name: string } }) => ({ id: u.id, name: u.name, agency: u.agency.name });
  const total = await db().user.count({ where: supervisors });
  if (total <= CHAIRS_LIST_ALL_MAX) return { chairs: (await db().user.findMany({ where: supervisors, orderBy: byName, take: CHAIRS_LIST_ALL_MAX, select })).map(row) };
  const query = scope.chairQuery?.trim().slice(0, 100) || undefined;
  const [chosen, own, matches] = await Promise.all([
    // Kept only while still an active supervisor: anyone else could not be saved as the chair.
    isUuid(scope.chairId) ? db().user.findMany({ where: { ...supervisors, id: scope.chairId }, select }) : Promise.resolve([]),
    db().user.findMany({ where: { ...supervisors, agencyId: actor.agencyId }, orderBy: byName, take: CHAIRS_OWN_MAX + 1, select }),
    query ? db().user.findMany({ where: { ...supervisors, name: { contains: query, mode: "insensitive" } }, orderBy: byName, take: CHAIRS_QUERY_MAX + 1, select }) : Promise.resolve([]),
  ]);
  const seen = new Set<string>();
  const chairs = [...chosen, ...own.slice(0, CHAIRS_OWN_MAX), ...matches.slice(0, CHAIRS_QUERY_MAX)]
    .filter((u) => !seen.has(u.id) && !!seen.add(u.id))
    .map(row)
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id));
  return { chairs, narrowed: { query, total, agency: actor.agencyName, ownTruncated: own.length > CHAIRS_OWN_MAX, queryTruncated: matches.length > CHAIRS_QUERY_MAX } };
}

export async function supervisorHome(actor: Actor, now = new Date()): Promise<SupervisorHome> {
  requireManager(actor);
  const today = todayInLondon(now);
  const [upcoming, awaiting, overdue, newlyHighRisk] = await Promise.all([
    db().meeting.findMany({ where: { startsAt: { gte: now }, status: { not: "CLOSED" } }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 5, select: ROW_SELECT }),
    db().meetingItem.findMany({
      where: { decision: { in: [...DECISIONS_NEEDING_ACTION] }, actions: { none: {} } },
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }], take: 10,
      select: { id: true, title: true, decision: true, decidedAt: true, meeting: { select: { id: true, title: true, startsAt: true } } },
    }),
    db().action.groupBy({ by: ["owningAgencyId"], where: { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: today } }, _count: { _all: true }, orderBy: { _count: { owningAgencyId: "desc" } }, take: 20 }),
    db().personAtRisk.findMany({
      where: { riskLevel: "HIGH", riskLevelSince: { gte: new Date(now.getTime() - NEWLY_HIGH_RISK_DAYS * DAY) } },
      orderBy: [{ riskLevelSince: "desc" }, { id: "asc" }], take: 10,
      select: { id: true, name: true, riskLevel: true, riskLevelSince: true, leadAgency: { select: { name: true } } },
    }),
  ]);
  const agencies = overdue.length ? await db().agency.findMany({ where: { id: { in: overdue.map((o) => o.owningAgencyId) } }, select: { id: true, name: true } }) : [];
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  return {
    upcoming: await toRows(actor, "police", upcoming),
    awaitingActions: awaiting.map((i) => ({ meetingId: i.meeting.id, meetingTitle: i.meeting.title, startsAt: i.meeting.startsAt, itemId: i.id, itemTitle: i.title, decision: i.decision ? MEETING_DECISION.label[i.decision] : "", decidedAt: i.decidedAt })),
    overdueByAgency: overdue
      .map((o) => ({ agencyId: o.owningAgencyId, agency: agencyName.get(o.owningAgencyId) ?? "Unknown agency", count: o._count._all }))
      .sort((a, b) => b.count - a.count || a.agency.localeCompare(b.agency)),
    newlyHighRisk: newlyHighRisk.map((p) => ({ id: p.id, name: p.name, riskLevel: p.riskLevel, riskLevelSince: p.riskLevelSince, leadAgency: p.leadAgency?.name ?? null })),
  };
}
