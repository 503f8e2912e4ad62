// Actions of 4P plans (on a group) and safeguarding plans (on a person at risk), each owned by
// one agency. Partners act on their own agency's actions; they see other agencies' actions only
// when shared with the partnership, and never their notes.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ACTION_STATUS, DUE_SOON_DAYS, isOverdue, OPEN_STATUSES, PLAN_STRAND, todayInLondon } from "@/lib/domain/actions";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma, type ActionStatus, type PlanStrand } from "@/lib/generated/prisma/client";
import type { CreateActionInput, UpdateActionInput } from "@/lib/validation/actions";
import { agencyChoices, agencyNarrowing, type AgencyNarrowing, type AgencyOption } from "./agencies";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { recordNames } from "./links";
import { countUpTo, sqlDay, type SqlCondition } from "./counts";
import { capTotal, COUNT_CAP, type CappedPage, type CappedTotal, type ListOptions, type ListParams } from "./list-params";
import { notify } from "./notifications";
import { actionsVisibility, actionsWhere, audienceOf, groupsWhere, partnerActionBranches } from "./visibility";

export const ACTION_SORTS = ["dueDate", "priority", "updatedAt"] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];
export type ActionFilters = { mine?: boolean; myAgency?: boolean; owningAgencyId?: string; groupId?: string; personId?: string; status?: ActionStatus | "OPEN_ANY"; overdue?: boolean };

const ROW_SELECT = {
  id: true, strand: true, title: true, status: true, priority: true, dueDate: true, updatedAt: true, sharedWithPartnership: true, owningAgencyId: true, assigneeId: true, disruptionOutcome: true,
  owningAgency: { select: { name: true } }, assignee: { select: { name: true } },
  group: { select: { id: true, reference: true, name: true } }, person: { select: { id: true, name: true } },
} satisfies Prisma.ActionSelect;

type RowRecord = Prisma.ActionGetPayload<{ select: typeof ROW_SELECT }>;
export type ActionRow = { id: string; strand: PlanStrand; title: string; status: ActionStatus; priority: string; dueDate: Date; overdue: boolean; owningAgency: string; assignee: string | null; plan: { kind: "GROUP" | "PERSON"; id: string; label: string } | null; disruptionOutcome: string | null };

function toRow(actor: Actor, a: RowRecord, now: Date): ActionRow {
  // A person's name is shown only to those who may see that person: police and the owning agency.
  const personVisible = audienceOf(actor) === "police" || a.owningAgencyId === actor.agencyId;
  const plan = a.group ? { kind: "GROUP" as const, id: a.group.id, label: `${a.group.reference} ${a.group.name}` } : a.person && personVisible ? { kind: "PERSON" as const, id: a.person.id, label: a.person.name } : null;
  return { id: a.id, strand: a.strand, title: a.title, status: a.status, priority: a.priority, dueDate: a.dueDate, overdue: isOverdue(a, now), owningAgency: a.owningAgency.name, assignee: a.assignee?.name ?? null, plan, disruptionOutcome: a.disruptionOutcome };
}

const OPEN_SQL = Prisma.sql`status = any(${[...OPEN_STATUSES]}::"ActionStatus"[])`;

/**
 * The list's filters (without the visibility rule), as Prisma `where` fragments for the page and as
 * SQL conditions for the capped count and the partner's page query (the same conditions, in the same order).
 */
function filterConditions(actor: Actor, filters: ActionFilters, now: Date): { where: Prisma.ActionWhereInput[]; sql: SqlCondition[] } {
  const today = todayInLondon(now);
  const owningAgencyId = filters.owningAgencyId && isUuid(filters.owningAgencyId) ? filters.owningAgencyId : null;
  const groupId = filters.groupId && isUuid(filters.groupId) ? filters.groupId : null;
  const personId = filters.personId && isUuid(filters.personId) ? filters.personId : null;
  const where: Prisma.ActionWhereInput[] = [
    filters.mine ? { assigneeId: actor.id } : {},
    filters.myAgency ? { owningAgencyId: actor.agencyId } : {},
    // Any agency's actions (the supervisor's "overdue by agency" chart links here); still only those the actor may see.
    owningAgencyId ? { owningAgencyId } : {},
    groupId ? { groupId } : {},
    personId ? { personId } : {},
    filters.status === "OPEN_ANY" ? { status: { in: [...OPEN_STATUSES] } } : filters.status ? { status: filters.status } : {},
    filters.overdue ? { status: { in: [...OPEN_STATUSES] }, dueDate: { lt: today } } : {},
  ];
  const sql: SqlCondition[] = [
    filters.mine && Prisma.sql`"assigneeId" = ${actor.id}::uuid`,
    filters.myAgency && Prisma.sql`"owningAgencyId" = ${actor.agencyId}::uuid`,
    owningAgencyId && Prisma.sql`"owningAgencyId" = ${owningAgencyId}::uuid`,
    groupId && Prisma.sql`"groupId" = ${groupId}::uuid`,
    personId && Prisma.sql`"personId" = ${personId}::uuid`,
    filters.status === "OPEN_ANY" ? OPEN_SQL : filters.status ? Prisma.sql`status = ${filters.status}::"ActionStatus"` : null,
    filters.overdue && Prisma.sql`${OPEN_SQL} and "dueDate" < ${sqlDay(today)}::date`,
  ];
  return { where, sql };
}

/**
 * A partner's filter that keeps only actions owned by their agency or assigned to them: every such
 * action is visible to them (the first two branches of actionsVisibleTo), so the rule adds nothing.
 */
function partnerFilterImpliesVisible(actor: Actor, filters: ActionFilters): boolean {
  return audienceOf(actor) === "partner" && !!(filters.mine || filters.myAgency || filters.owningAgencyId === actor.agencyId);
}

/** The sort column of the partner's page query; only these (ACTION_SORTS) ever reach the SQL. */
const SORT_SQL: Record<ActionSort, Prisma.Sql> = { dueDate: Prisma.raw(`"dueDate"`), priority: Prisma.raw(`priority`), updatedAt: Prisma.raw(`"updatedAt"`) };

/**
 * A partner's "all actions I can see" (finding 3 in docs/benchmarks.md). One OR of the visibility
 * branches defeats the indexes (PostgreSQL reads every candidate row of every branch, then sorts),
 * and Prisma sends each visible id as its own bind parameter. Instead, one raw query takes the page's
 * ids: each branch of the rule (partnerActionBranches: its ids as ONE array parameter) with the
 * list's filters, in the list's order, cut at offset + page size by its own index, then the UNION of
 * those (an action may meet several branches) in the same order, cut to the page. The count is the
 * same union, each branch stopped at the cap. Then Prisma loads those rows by id.
 */
async function listPartnerActions(actor: Actor, params: ListParams<ActionSort>, filterSql: SqlCondition[], cap: number = COUNT_CAP): Promise<{ rows: RowRecord[]; count: CappedTotal }> {
  const branches = await partnerActionBranches(actor);
  const conditions = filterSql.filter((c): c is Prisma.Sql => !!c);
  const where = (branch: Prisma.Sql) => Prisma.join([branch, ...conditions], " and ");
  const key = SORT_SQL[params.sort];
  const dir = Prisma.raw(params.dir === "desc" ? "desc" : "asc");
  const skip = (params.page - 1) * params.pageSize;
  const [page, counted] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      select id from (${Prisma.join(branches.map((b) => Prisma.sql`(select id, ${key} as k from "Action" where ${where(b)} order by ${key} ${dir}, id ${dir} limit ${skip + params.pageSize})`), " union ")}) as visible
      order by k ${dir}, id ${dir} limit ${params.pageSize} offset ${skip}`,
    db().$queryRaw<{ n: number }[]>`
      select count(*)::int as n from (${Prisma.join(branches.map((b) => Prisma.sql`(select id from "Action" where ${where(b)} limit ${cap + 1})`), " union ")}) as capped`,
  ]);
  const ids = page.map((r) => r.id);
  const found = ids.length ? await db().action.findMany({ where: { id: { in: ids } }, select: ROW_SELECT }) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  // In the page's order; an action deleted in between is simply left out.
  const rows = ids.map((id) => byId.get(id)).filter((r): r is RowRecord => !!r);
  return { rows, count: capTotal(Number(counted[0]?.n ?? 0), cap) };
}

export async function listActions(actor: Actor, params: ListParams<ActionSort>, filters: ActionFilters, now = new Date(), options: ListOptions = {}): Promise<CappedPage<ActionRow>> {
  const { where: filterWhere, sql: filterSql } = filterConditions(actor, filters, now);
  if (audienceOf(actor) === "partner" && !partnerFilterImpliesVisible(actor, filters)) {
    const { rows, count } = await listPartnerActions(actor, params, filterSql, options.countCap);
    return { rows: rows.map((r) => toRow(actor, r, now)), ...count, page: params.page, pageSize: params.pageSize };
  }
  // Police and administrators: the rule as a Prisma `where` ({} and "nothing"); a partner's own or assigned actions: no rule needed.
  const { where: visibility, sql: visibilitySql } = partnerFilterImpliesVisible(actor, filters) ? { where: {}, sql: null } : await actionsVisibility(actor);
  const [rows, count] = await Promise.all([
    db().action.findMany({ where: { AND: [visibility, ...filterWhere] }, orderBy: [{ [params.sort]: params.dir }, { id: params.dir }], skip: (params.page - 1) * params.pageSize, take: params.pageSize, select: ROW_SELECT }),
    countUpTo("Action", [visibilitySql, ...filterSql], options.countCap),
  ]);
  return { rows: rows.map((r) => toRow(actor, r, now)), ...count, page: params.page, pageSize: params.pageSize };
}

/** "My actions": assigned to me or owned by my agency, still open, overdue first (earliest due first). */
export async function myActions(actor: Actor, params: ListParams<ActionSort>, now = new Date(), options: ListOptions = {}): Promise<CappedPage<ActionRow>> {
  const { where: visibility, sql: visibilitySql } = await actionsVisibility(actor);
  const where: Prisma.ActionWhereInput = { AND: [visibility, { OR: [{ assigneeId: actor.id }, { owningAgencyId: actor.agencyId }] }, { status: { in: [...OPEN_STATUSES] } }] };
  const [rows, count] = await Promise.all([
    db().action.findMany({ where, orderBy: [{ dueDate: "asc" }, { id: "asc" }], skip: (params.page - 1) * params.pageSize, take: params.pageSize, select: ROW_SELECT }),
    countUpTo("Action", [visibilitySql, Prisma.sql`("assigneeId" = ${actor.id}::uuid or "owningAgencyId" = ${actor.agencyId}::uuid)`, OPEN_SQL], options.countCap),
  ]);
  return { rows: rows.map((r) => toRow(actor, r, now)), ...count, page: params.page, pageSize: params.pageSize };
}

/** Overdue and due-soon counts for every home page: mine, and my agency's. */
export async function actionCounts(actor: Actor, now = new Date()) {
  const today = todayInLondon(now);
  const soon = new Date(today.getTime() + DUE_SOON_DAYS * 86_400_000);
  const mineOrAgency: Prisma.ActionWhereInput = { OR: [{ assigneeId: actor.id }, { owningAgencyId: actor.agencyId }], status: { in: [...OPEN_STATUSES] } };
  const [overdue, dueSoon] = await Promise.all([
    db().action.count({ where: { ...mineOrAgency, dueDate: { lt: today } } }),
    db().action.count({ where: { ...mineOrAgency, dueDate: { gte: today, lte: soon } } }),
  ]);
  await notifyNewlyOverdue(actor, today);
  return { overdue, dueSoon };
}

/** "An action of mine gone overdue": told once, the first time it is seen overdue. */
async function notifyNewlyOverdue(actor: Actor, today: Date) {
  const due = await db().action.findMany({ where: { assigneeId: actor.id, status: { in: [...OPEN_STATUSES] }, dueDate: { lt: today }, overdueNotifiedAt: null }, select: { id: true, title: true }, take: 50 });
  if (!due.length) return;
  await db().$transaction(async (tx) => {
    const claimed = await tx.action.updateMany({ where: { id: { in: due.map((d) => d.id) }, overdueNotifiedAt: null }, data: { overdueNotifiedAt: new Date() } });
    if (claimed.count) for (const a of due) await notify(tx, [actor.id], { kind: "action.overdue", title: `Overdue: ${a.title}`, href: `/actions/${a.id}` });
  });
}

export async function getAction(actor: Actor, id: string, now = new Date()) {
  assertId(id, "Action");
  const action = await db().action.findFirst({
    where: { AND: [{ id }, await actionsWhere(actor)] },
    include: {
      owningAgency: { select: { id: true, name: true } }, assignee: { select: { id: true, name: true } }, group: { select: { id: true, reference: true, name: true, partnerSummary: true } }, person: { select: { id: true, name: true } },
      updates: { orderBy: { createdAt: "asc" }, include: { author: { select: { name: true, agency: { select: { name: true } } } } } },
    },
  });
  if (!action) throw new NotFoundError("Action");
  const police = audienceOf(actor) === "police";
  const ownAgency = action.owningAgencyId === actor.agencyId || action.assigneeId === actor.id;
  const subjectName = (await recordNames([{ kind: action.subjectKind, id: action.subjectId }])).get(`${action.subjectKind}:${action.subjectId}`) ?? null;
  const base = {
    id: action.id, strand: action.strand, title: action.title, status: action.status, priority: action.priority, dueDate: action.dueDate, overdue: isOverdue(action, now),
    owningAgency: action.owningAgency, assignee: action.assignee, sharedWithPartnership: action.sharedWithPartnership, version: action.version, updatedAt: action.updatedAt,
    group: action.group ? { id: action.group.id, reference: action.group.reference, name: action.group.name, partnerSummary: action.group.partnerSummary } : null,
  };
  if (police) return { audience: "police" as const, canUpdate: true, ...base, description: action.description, outcomeNote: action.outcomeNote, disruptionOutcome: action.disruptionOutcome, person: action.person, subject: { kind: action.subjectKind, id: action.subjectId, name: subjectName }, updates: action.updates };
  if (ownAgency) {
    // Just enough of the subject to act: the group's partner-safe summary, a person only when shared with them.
    const person = action.person && (await db().personAtRisk.findFirst({ where: { id: action.person.id, OR: [{ leadAgencyId: actor.agencyId }, { shares: { some: { agencyId: actor.agencyId } } }] }, select: { id: true, name: true } }));
    const subject = action.subjectKind === "GROUP" || (action.subjectKind === "PERSON" && person) ? { kind: action.subjectKind, id: action.subjectId, name: subjectName } : null;
    return { audience: "owner" as const, canUpdate: true, ...base, description: action.description, outcomeNote: action.outcomeNote, disruptionOutcome: action.disruptionOutcome, person: person ?? null, subject, updates: action.updates };
  }
  return { audience: "partnership" as const, canUpdate: false, ...base, description: "", outcomeNote: "", disruptionOutcome: null, person: null, subject: null, updates: [] };
}

/** At most this many actions of one strand on a plan board (the counts are always exact). */
export const PLAN_ROWS_PER_STRAND = 10;

/**
 * A group's 4P plan as a board: the actions the actor may see, by strand (the first
 * PLAN_ROWS_PER_STRAND of each, earliest due first), with progress counted in the database:
 * `done` of `total` (cancelled actions left out), and `count`, every action of the strand shown or not.
 */
export async function groupPlan(actor: Actor, groupId: string, now = new Date()) {
  assertId(groupId, "Group");
  const [groupWhere, visibility] = await Promise.all([groupsWhere(actor), actionsVisibility(actor)]);
  if (!groupWhere || !(await db().organisedCrimeGroup.findFirst({ where: { AND: [{ id: groupId }, groupWhere] }, select: { id: true } }))) throw new NotFoundError("Group");
  // The first rows of every strand in one statement (a lateral subquery per strand, each served by
  // Action (groupId, strand, status)), then their names in one findMany: four findMany calls with
  // their relations were twenty statements, the most of any page (docs/benchmarks.md).
  const visible = visibility.sql ? Prisma.sql`and ${visibility.sql}` : Prisma.empty;
  const [firstIds, counts] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`
      select a.id::text from unnest(${[...PLAN_STRAND.values]}::"PlanStrand"[]) as s(strand)
      cross join lateral (
        select id from "Action" where "groupId" = ${groupId}::uuid and strand = s.strand ${visible}
        order by "dueDate" asc, id asc limit ${PLAN_ROWS_PER_STRAND}
      ) a`,
    db().action.groupBy({ by: ["strand", "status"], where: { AND: [{ groupId }, visibility.where] }, _count: { _all: true } }),
  ]);
  const shown = firstIds.length === 0 ? [] : await db().action.findMany({ where: { id: { in: firstIds.map((r) => r.id) } }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], select: ROW_SELECT });
  return PLAN_STRAND.values.map((strand) => {
    const of = (keep: (status: ActionStatus) => boolean) => counts.filter((c) => c.strand === strand && keep(c.status)).reduce((n, c) => n + c._count._all, 0);
    return { strand, actions: shown.filter((r) => r.strand === strand).map((r) => toRow(actor, r, now)), done: of((s) => s === "DONE"), total: of((s) => s !== "CANCELLED"), count: of(() => true) };
  });
}

/** A person's safeguarding plan: Protect (and any other) actions on the person. */
export async function personPlan(actor: Actor, personId: string, now = new Date()) {
  assertId(personId, "Person");
  const rows = await db().action.findMany({ where: { AND: [{ personId }, await actionsWhere(actor)] }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], select: ROW_SELECT, take: 200 });
  return rows.map((r) => toRow(actor, r, now));
}

async function checkCreate(tx: Tx, input: CreateActionInput) {
  const agency = await tx.agency.findFirst({ where: { id: input.owningAgencyId, active: true }, select: { id: true } });
  if (!agency) throw new ValidationError({ owningAgencyId: ["Choose an active agency"] });
  if (input.assigneeId) {
    const user = await tx.user.findFirst({ where: { id: input.assigneeId, active: true }, select: { agencyId: true } });
    if (!user || user.agencyId !== input.owningAgencyId) throw new ValidationError({ assigneeId: ["The assignee must be an active user of the owning agency"] });
  }
  if (input.groupId && !(await tx.organisedCrimeGroup.findUnique({ where: { id: input.groupId }, select: { id: true } }))) throw new NotFoundError("Group");
  if (input.personId && !(await tx.personAtRisk.findUnique({ where: { id: input.personId }, select: { id: true } }))) throw new NotFoundError("Person");
  const names = await recordNames([{ kind: input.subjectKind, id: input.subjectId }], tx);
  if (!names.has(`${input.subjectKind}:${input.subjectId}`)) throw new ValidationError({ subjectId: ["Choose what the action is about from the list"] });
  if (!(await subjectBelongsToPlan(tx, input))) throw new ValidationError({ subjectId: ["Choose what the action is about from this plan: the group, one of its members, people or places, or the person"] });
}

/** A link between a record and the group, in either direction. */
function linkedToGroup(tx: Tx, groupId: string, kind: "PERSON" | "LOCATION", id: string) {
  return tx.link.findFirst({
    where: { OR: [{ fromKind: "GROUP", fromId: groupId, toKind: kind, toId: id }, { fromKind: kind, fromId: id, toKind: "GROUP", toId: groupId }] },
    select: { id: true },
  });
}

/**
 * What an action is about belongs to its plan: the group itself, one of its members (a nominal in
 * the group), a person or place linked to the group, or the person whose safeguarding plan it is.
 */
async function subjectBelongsToPlan(tx: Tx, input: Pick<CreateActionInput, "groupId" | "personId" | "subjectKind" | "subjectId">): Promise<boolean> {
  const { groupId, personId, subjectKind, subjectId } = input;
  switch (subjectKind) {
    case "GROUP":
      return !!groupId && subjectId === groupId;
    case "NOMINAL":
      return !!groupId && !!(await tx.groupMembership.findUnique({ where: { groupId_nominalId: { groupId, nominalId: subjectId } }, select: { id: true } }));
    case "PERSON":
      if (personId && subjectId === personId) return true;
      return !!groupId && !!(await linkedToGroup(tx, groupId, "PERSON", subjectId));
    case "LOCATION":
      return !!groupId && !!(await linkedToGroup(tx, groupId, "LOCATION", subjectId));
  }
}

/**
 * Writes an action, its first history entry, its audit events and its notifications, inside the
 * caller's transaction (createAction, and actions tasked from a meeting item). Checks the input
 * against the database (agency, assignee, plan, subject); the caller checks the permission.
 */
export async function insertAction(tx: Tx, actor: Actor, input: CreateActionInput, extra: { meetingItemId?: string | null } = {}): Promise<{ id: string }> {
  await checkCreate(tx, input);
  const action = await tx.action.create({
    data: {
      groupId: input.groupId ?? null, personId: input.personId ?? null, strand: input.strand, title: input.title, description: input.description, owningAgencyId: input.owningAgencyId,
      assigneeId: input.assigneeId ?? null, dueDate: new Date(input.dueDate), priority: input.priority, subjectKind: input.subjectKind, subjectId: input.subjectId,
      sharedWithPartnership: input.sharedWithPartnership, meetingItemId: extra.meetingItemId ?? null, createdById: actor.id, updatedById: actor.id,
    },
    select: { id: true },
  });
  await tx.actionUpdate.create({ data: { actionId: action.id, authorId: actor.id, note: "Action created.", statusTo: "OPEN" } });
  await recordAudit(tx, actor, {
    action: "action.created", entityType: "Action", entityId: action.id, summary: `Created ${PLAN_STRAND.label[input.strand]} action "${input.title}"`,
    details: { groupId: input.groupId ?? null, personId: input.personId ?? null, owningAgencyId: input.owningAgencyId, assigneeId: input.assigneeId ?? null, dueDate: input.dueDate, ...(extra.meetingItemId ? { meetingItemId: extra.meetingItemId } : {}) },
  });
  if (input.groupId) await recordAudit(tx, actor, { action: "action.created", entityType: "OrganisedCrimeGroup", entityId: input.groupId, summary: `Added ${PLAN_STRAND.label[input.strand]} action "${input.title}" to the plan` });
  const recipients = input.assigneeId ? [input.assigneeId] : (await tx.user.findMany({ where: { agencyId: input.owningAgencyId, active: true, role: { not: "ADMIN" } }, select: { id: true } })).map((u) => u.id);
  await notify(tx, recipients.filter((id) => id !== actor.id), { kind: "action.assigned", title: `New action for ${input.assigneeId ? "you" : "your agency"}: ${input.title}`, href: `/actions/${action.id}` });
  return action;
}

export async function createAction(actor: Actor, input: CreateActionInput): Promise<{ id: string }> {
  if (!can(actor, "actions:create")) throw new ForbiddenError();
  return db().$transaction((tx) => insertAction(tx, actor, input));
}

/** Status, a note and the outcome: by police, or by the owning agency's staff. */
export async function updateAction(actor: Actor, id: string, input: UpdateActionInput): Promise<void> {
  assertId(id, "Action");
  const visibility = await actionsWhere(actor);
  await db().$transaction(async (tx) => {
    const before = await tx.action.findFirst({ where: { AND: [{ id }, visibility] }, select: { status: true, strand: true, title: true, owningAgencyId: true, assigneeId: true } });
    if (!before) throw new NotFoundError("Action");
    const police = audienceOf(actor) === "police";
    if (!police && before.owningAgencyId !== actor.agencyId && before.assigneeId !== actor.id) throw new NotFoundError("Action");
    if (input.status === "DONE" && before.status !== "DONE" && !input.outcomeNote) throw new ValidationError({ outcomeNote: ["Say what was achieved: a done action needs its outcome"] });
    if (input.status === "DONE" && before.status !== "DONE" && before.strand === "PURSUE" && !input.disruptionOutcome) throw new ValidationError({ disruptionOutcome: ["Record the disruption outcome of a completed Pursue action"] });
    if (input.status === before.status && !input.note && !input.outcomeNote) throw new ValidationError({ note: ["Write an update, or change the status"] });
    await guardedUpdate(
      tx, "Action",
      () => tx.action.updateMany({
        where: { id, version: input.version },
        data: {
          status: input.status,
          // The outcome is written when an action is done; a later note leaves it (and the time it was done) as it was.
          ...(input.status === "DONE" && (before.status !== "DONE" || input.outcomeNote) ? { outcomeNote: input.outcomeNote, disruptionOutcome: before.strand === "PURSUE" ? (input.disruptionOutcome ?? null) : null } : {}),
          ...(input.status === "DONE" && before.status !== "DONE" ? { completedAt: new Date() } : input.status !== "DONE" ? { completedAt: null } : {}),
          version: { increment: 1 }, updatedById: actor.id,
        },
      }),
      () => tx.action.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    await tx.actionUpdate.create({ data: { actionId: id, authorId: actor.id, note: input.note, statusFrom: input.status !== before.status ? before.status : null, statusTo: input.status !== before.status ? input.status : null } });
    await recordAudit(tx, actor, {
      action: "action.updated", entityType: "Action", entityId: id,
      summary: input.status !== before.status ? `Action "${before.title}": ${ACTION_STATUS.label[before.status]} → ${ACTION_STATUS.label[input.status]}` : `Action "${before.title}": update added`,
      details: { statusFrom: before.status, statusTo: input.status, disruptionOutcome: input.disruptionOutcome ?? null },
    });
  });
}

/** The agency an action list is filtered on (`owningAgencyId`), named for the page; null when there is no such agency. */
export async function filterAgency(agencyId: string | undefined): Promise<{ id: string; name: string } | null> {
  if (!agencyId || !isUuid(agencyId)) return null;
  return db().agency.findUnique({ where: { id: agencyId }, select: { id: true, name: true } });
}

// ─── Choices for the new-action form ────────────────────────────────────────────────────────

/** Up to this many people who may be assigned (active, not administrators), the form has them all: the assignee list follows the owning agency on screen. */
export const ASSIGNEES_LIST_ALL_MAX = 200;
/** Past it, only the owning agency's people are listed: at most this many by name… */
export const ASSIGNEES_AGENCY_MAX = 200;
/** …and of the agency's people found by name, at most this many. */
export const ASSIGNEES_QUERY_MAX = 50;

/** What the form holds (after narrowing a list, from the URL) and how its long lists are narrowed. */
export type ActionFormScope = { agencyType?: string; agencyQuery?: string; owningAgencyId?: string; assigneeId?: string; assigneeQuery?: string };
export type ActionFormChoices = {
  /** Owning agencies: any active agency, every one while few (see agencyChoices); always the actor's own and the chosen one. */
  agencies: AgencyOption[];
  agenciesNarrowed?: AgencyNarrowing;
  /** Who may be assigned, each with their agency: everyone while few, otherwise only the owning agency's (`usersNarrowed.agencyId`). */
  users: { id: string; name: string; agencyId: string }[];
  usersNarrowed?: { agencyId?: string; query?: string; truncated: boolean; queryTruncated: boolean };
};

/**
 * Choices for the new-action form, bounded for a national dataset (360 agencies, thousands of
 * users): owning agencies by type or name past a hundred, and past a few hundred users only the
 * chosen owning agency's people (the first by name, the chosen assignee and those found by name).
 * createAction still checks the agency is active and the assignee one of its active users.
 */
export async function actionFormOptions(actor: Actor, scope: ActionFormScope = {}): Promise<ActionFormChoices> {
  if (!can(actor, "actions:create")) throw new ForbiddenError();
  const assignable = { active: true, role: { not: "ADMIN" as const } };
  const select = { id: true, name: true, agencyId: true } as const;
  const byName = [{ name: "asc" as const }, { id: "asc" as const }];
  const owningAgencyId = isUuid(scope.owningAgencyId) ? scope.owningAgencyId : undefined;
  const [choices, userTotal] = await Promise.all([
    agencyChoices({ type: scope.agencyType, query: scope.agencyQuery, selectedIds: [owningAgencyId], keepSelected: true, alsoIds: [actor.agencyId] }),
    db().user.count({ where: assignable }),
  ]);
  const base = { agencies: choices.agencies, agenciesNarrowed: agencyNarrowing(choices) };
  if (userTotal <= ASSIGNEES_LIST_ALL_MAX) return { ...base, users: await db().user.findMany({ where: assignable, orderBy: byName, take: ASSIGNEES_LIST_ALL_MAX, select }) };
  // Only an agency that may own the action (active, so offered) has its people listed.
  const agencyId = choices.selected.some((a) => a.id === owningAgencyId) ? owningAgencyId : undefined;
  if (!agencyId) return { ...base, users: [], usersNarrowed: { truncated: false, queryTruncated: false } };
  const query = scope.assigneeQuery?.trim().slice(0, 100) || undefined;
  const ofAgency = { ...assignable, agencyId };
  const none = Promise.resolve([] as { id: string; name: string; agencyId: string }[]);
  const [listed, matches, chosen] = await Promise.all([
    db().user.findMany({ where: ofAgency, orderBy: byName, take: ASSIGNEES_AGENCY_MAX + 1, select }),
    query ? db().user.findMany({ where: { ...ofAgency, name: { contains: query, mode: "insensitive" } }, orderBy: byName, take: ASSIGNEES_QUERY_MAX + 1, select }) : none,
    isUuid(scope.assigneeId) ? db().user.findMany({ where: { ...ofAgency, id: scope.assigneeId }, select }) : none,
  ]);
  const seen = new Set<string>();
  const users = [...listed.slice(0, ASSIGNEES_AGENCY_MAX), ...matches.slice(0, ASSIGNEES_QUERY_MAX), ...chosen]
    .filter((u) => !seen.has(u.id) && !!seen.add(u.id))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id));
  return { ...base, users, usersNarrowed: { agencyId, query, truncated: listed.length > ASSIGNEES_AGENCY_MAX, queryTruncated: matches.length > ASSIGNEES_QUERY_MAX } };
}
