// Record-level sharing rules, in one place, as Prisma `where` fragments. The data layer adds them
// to every query, so a record an actor may not see is never read at all (and answers 404).
//
// Two forms of each rule. The synchronous `…VisibleTo` fragments are relational (nested `some`
// filters); they are right where the query is already narrowed to a few rows by id. Lists, and any
// query that could otherwise scan a big table, use the async `…Where` fragments instead: for a
// partner they first resolve the ids the partner may see (`partnerScope`, a few small indexed
// queries, once per request) and then filter with `id IN (…)`, which every branch of an OR can
// serve from an index (finding 3 in docs/benchmarks.md). Police get `{}` from both forms. A
// partner's list of actions goes one step further (`partnerActionBranches`): raw SQL, one query per
// branch of the rule with the ids as one array parameter, put together with UNION.
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export type Audience = "police" | "partner";

/** Which view of the shared record the actor gets, or null when they get none. */
export function audienceOf(actor: Actor): Audience | null {
  if (can(actor, "records:read")) return "police";
  if (can(actor, "shared:read")) return "partner";
  return null;
}

/**
 * Partners see a group when it is shared with their agency, when their agency owns an action on
 * its plan (owning an action shares the partner-safe view), or when its LRO is one of theirs.
 */
export function groupsVisibleTo(actor: Actor): Prisma.OrganisedCrimeGroupWhereInput | null {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  if (audience === "partner")
    return { OR: [{ shares: { some: { agencyId: actor.agencyId } } }, { actions: { some: { owningAgencyId: actor.agencyId } } }, { lro: { agencyId: actor.agencyId } }] };
  return null;
}

/** Partners see a person at risk when their agency leads, or the person is shared with it. */
export function peopleVisibleTo(actor: Actor): Prisma.PersonAtRiskWhereInput | null {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  if (audience === "partner") return { OR: [{ leadAgencyId: actor.agencyId }, { shares: { some: { agencyId: actor.agencyId } } }] };
  return null;
}

/** Nominals, locations and links are police intelligence: partners never see them. */
export function policeOnly(actor: Actor): boolean {
  return audienceOf(actor) === "police";
}

/**
 * Concerns: police read them all; anyone reads the ones they reported; a partner agency reads
 * the sanitised summary of those referred to it.
 */
export function concernsVisibleTo(actor: Actor): Prisma.ConcernWhereInput {
  if (audienceOf(actor) === "police") return {};
  return { OR: [{ reportedById: actor.id }, { outcome: "REFERRED", referredAgencyId: actor.agencyId }] };
}

/**
 * Actions: police see all; everyone sees the actions their agency owns or that are assigned to
 * them; partners also see other agencies' actions on a group they can see, or on the safeguarding
 * plan of a person they can see, when those are marked shared with the partnership (the data layer
 * then leaves out the notes).
 */
export function actionsVisibleTo(actor: Actor): Prisma.ActionWhereInput {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  // Administrators run the system; they see no plan's actions, whatever agency they sit in.
  if (audience === null) return { id: { in: [] } };
  const groups = groupsVisibleTo(actor);
  const people = peopleVisibleTo(actor);
  return {
    OR: [
      { owningAgencyId: actor.agencyId },
      { assigneeId: actor.id },
      ...(groups ? [{ sharedWithPartnership: true, group: groups }] : []),
      // A person's safeguarding plan (no group): shared actions reach the agencies that see the person.
      ...(people ? [{ sharedWithPartnership: true, groupId: null, person: people }] : []),
    ],
  };
}

/**
 * Tasking meetings: police read every meeting; a partner reads a meeting they attend, or one their
 * agency attends (the data layer then cuts it to the items their agency is party to).
 */
export function meetingsVisibleTo(actor: Actor): Prisma.MeetingWhereInput | null {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  if (audience === "partner") return { OR: [{ attendees: { some: { userId: actor.id } } }, { agencies: { some: { agencyId: actor.agencyId } } }] };
  return null;
}

// ─── Resolved ids, for lists ───────────────────────────────────────────────────────────────

/**
 * At most this many ids go into an `IN (…)` list. A partner agency sees hundreds of groups and
 * people (233 groups for the national benchmark partner), not tens of thousands; past this, the
 * relational fragment is used as it always was. Each id is a bind parameter, and Prisma's cost per
 * parameter is real (~20 ms for 800 ids, measured): keep this modest.
 */
export const SCOPE_ID_LIMIT = 1_000;

async function resolveIds(query: Prisma.Sql, limit: number = SCOPE_ID_LIMIT): Promise<string[] | null> {
  const rows = await db().$queryRaw<{ id: string }[]>`${query} limit ${limit + 1}`;
  return rows.length > limit ? null : rows.map((r) => r.id);
}

/** The ids of a partner agency's groups (the rule of groupsVisibleTo), as SQL. */
function partnerGroupIdsSql(agencyId: string): Prisma.Sql {
  return Prisma.sql`
    select "groupId" as id from "GroupShare" where "agencyId" = ${agencyId}::uuid
    union
    select "groupId" as id from "Action" where "owningAgencyId" = ${agencyId}::uuid and "groupId" is not null
    union
    select g.id from "OrganisedCrimeGroup" g join "User" u on u.id = g."lroId" where u."agencyId" = ${agencyId}::uuid`;
}

/** The ids of a partner agency's people at risk (the rule of peopleVisibleTo), as SQL. */
function partnerPersonIdsSql(agencyId: string): Prisma.Sql {
  return Prisma.sql`
    select id from "PersonAtRisk" where "leadAgencyId" = ${agencyId}::uuid
    union
    select "personId" as id from "PersonShare" where "agencyId" = ${agencyId}::uuid`;
}

/**
 * What a partner may see, resolved to ids with small indexed queries, by the same rules as
 * groupsVisibleTo and peopleVisibleTo; null where there are more than SCOPE_ID_LIMIT.
 *  - groups: shared with the agency (GroupShare (agencyId, groupId) index) ∪ with an action the
 *    agency owns (Action (owningAgencyId, …) index) ∪ whose LRO is one of the agency's users
 *    (User (agencyId) index);
 *  - people: led by the agency (PersonAtRisk (leadAgencyId, riskLevel)) ∪ shared with it
 *    (PersonShare (agencyId, personId)).
 * Cached per request (React's `cache`: once per request and actor; outside a request, as in
 * tests and scripts, it simply runs each time).
 */
export const partnerGroupIds = cache((actor: Actor): Promise<string[] | null> => resolveIds(partnerGroupIdsSql(actor.agencyId)));
export const partnerPersonIds = cache((actor: Actor): Promise<string[] | null> => resolveIds(partnerPersonIdsSql(actor.agencyId)));

/** Both of the above. */
export async function partnerScope(actor: Actor): Promise<{ groupIds: string[] | null; personIds: string[] | null }> {
  const [groupIds, personIds] = await Promise.all([partnerGroupIds(actor), partnerPersonIds(actor)]);
  return { groupIds, personIds };
}

/** groupsVisibleTo for lists: `id IN (the partner's groups)`. Null: the actor sees no groups. */
export async function groupsWhere(actor: Actor): Promise<Prisma.OrganisedCrimeGroupWhereInput | null> {
  if (audienceOf(actor) !== "partner") return groupsVisibleTo(actor);
  const groupIds = await partnerGroupIds(actor);
  return groupIds ? { id: { in: groupIds } } : groupsVisibleTo(actor);
}

/**
 * peopleVisibleTo for lists: `id IN (the partner's people)` (null: the actor sees no people), and
 * the same rule as a SQL condition for the capped count (null: no condition, for police).
 */
export async function peopleVisibility(actor: Actor): Promise<{ where: Prisma.PersonAtRiskWhereInput | null; sql: Prisma.Sql | null }> {
  const audience = audienceOf(actor);
  if (audience !== "partner") return { where: peopleVisibleTo(actor), sql: audience === "police" ? null : Prisma.sql`false` };
  const personIds = await partnerPersonIds(actor);
  if (!personIds) return { where: peopleVisibleTo(actor), sql: Prisma.sql`id in (${partnerPersonIdsSql(actor.agencyId)})` };
  return { where: { id: { in: personIds } }, sql: Prisma.sql`id = any(${personIds}::uuid[])` };
}

export async function peopleWhere(actor: Actor): Promise<Prisma.PersonAtRiskWhereInput | null> {
  return (await peopleVisibility(actor)).where;
}

/**
 * actionsVisibleTo for lists, and as a SQL condition for the capped count (null: none, for
 * police). For a partner each branch of the OR is served by an index: the owning agency, the
 * assignee, the shared actions on the partner's groups (`groupId IN …`) and on the safeguarding
 * plans of the partner's people (`personId IN …`), so PostgreSQL answers with a BitmapOr of index
 * scans instead of reading every action.
 */
export async function actionsVisibility(actor: Actor): Promise<{ where: Prisma.ActionWhereInput; sql: Prisma.Sql | null }> {
  const audience = audienceOf(actor);
  if (audience !== "partner") return { where: actionsVisibleTo(actor), sql: audience === "police" ? null : Prisma.sql`false` };
  const { groupIds, personIds } = await partnerScope(actor);
  const own = Prisma.sql`"owningAgencyId" = ${actor.agencyId}::uuid or "assigneeId" = ${actor.id}::uuid`;
  const inGroups = groupIds ? Prisma.sql`"groupId" = any(${groupIds}::uuid[])` : Prisma.sql`"groupId" in (${partnerGroupIdsSql(actor.agencyId)})`;
  const inPeople = personIds ? Prisma.sql`"personId" = any(${personIds}::uuid[])` : Prisma.sql`"personId" in (${partnerPersonIdsSql(actor.agencyId)})`;
  return {
    where: {
      OR: [
        { owningAgencyId: actor.agencyId },
        { assigneeId: actor.id },
        groupIds ? { sharedWithPartnership: true, groupId: { in: groupIds } } : { sharedWithPartnership: true, group: groupsVisibleTo(actor)! },
        personIds ? { sharedWithPartnership: true, groupId: null, personId: { in: personIds } } : { sharedWithPartnership: true, groupId: null, person: peopleVisibleTo(actor)! },
      ],
    },
    sql: Prisma.sql`(${own} or ("sharedWithPartnership" and ${inGroups}) or ("sharedWithPartnership" and "groupId" is null and ${inPeople}))`,
  };
}

export async function actionsWhere(actor: Actor): Promise<Prisma.ActionWhereInput> {
  return (await actionsVisibility(actor)).where;
}

// ─── Id arrays, for raw SQL ────────────────────────────────────────────────────────────────

/**
 * The partner's ids for raw SQL, where each list is ONE bind parameter (`= any($1::uuid[])`) and
 * costs nothing per id, so the limit is far above SCOPE_ID_LIMIT (the national benchmark partner
 * sees 1,884 people: too many for an `IN (…)` list, a small array). Past it, the rule's subquery.
 */
export const SCOPE_ARRAY_LIMIT = 10_000;

const partnerGroupIdArray = cache((actor: Actor): Promise<string[] | null> => resolveIds(partnerGroupIdsSql(actor.agencyId), SCOPE_ARRAY_LIMIT));
const partnerPersonIdArray = cache((actor: Actor): Promise<string[] | null> => resolveIds(partnerPersonIdsSql(actor.agencyId), SCOPE_ARRAY_LIMIT));

/** The partner's group and person ids as arrays for raw SQL (partnerScope's rules), null past SCOPE_ARRAY_LIMIT. */
export async function partnerScopeArrays(actor: Actor): Promise<{ groupIds: string[] | null; personIds: string[] | null }> {
  const [groupIds, personIds] = await Promise.all([partnerGroupIdArray(actor), partnerPersonIdArray(actor)]);
  return { groupIds, personIds };
}

/**
 * A partner's action visibility (the rule of actionsVisibleTo) as SQL conditions on "Action", one
 * per branch of the OR, each of which an index serves on its own:
 *  1. owned by the agency: Action (owningAgencyId, status, dueDate);
 *  2. assigned to the user: Action (assigneeId, status, dueDate);
 *  3. shared with the partnership, on one of the partner's groups: the partial index
 *     Action (groupId, status, dueDate, id) WHERE sharedWithPartnership (index-only);
 *  4. shared, on the safeguarding plan (no group) of one of the partner's people: the partial index
 *     Action (personId, status, dueDate, id) WHERE sharedWithPartnership AND groupId IS NULL.
 * An action may meet several: a query over the branches must use UNION (not UNION ALL), or OR.
 * A branch whose id list is empty is left out. `scope` (tests) replaces the resolved ids; null
 * there, as past SCOPE_ARRAY_LIMIT, puts the rule's subquery in place of the array.
 */
export async function partnerActionBranches(actor: Actor, scope?: { groupIds: string[] | null; personIds: string[] | null }): Promise<Prisma.Sql[]> {
  const { groupIds, personIds } = scope ?? (await partnerScopeArrays(actor));
  const inGroups = groupIds ? groupIds.length > 0 && Prisma.sql`"groupId" = any(${groupIds}::uuid[])` : Prisma.sql`"groupId" in (${partnerGroupIdsSql(actor.agencyId)})`;
  const inPeople = personIds ? personIds.length > 0 && Prisma.sql`"personId" = any(${personIds}::uuid[])` : Prisma.sql`"personId" in (${partnerPersonIdsSql(actor.agencyId)})`;
  return [
    Prisma.sql`"owningAgencyId" = ${actor.agencyId}::uuid`,
    Prisma.sql`"assigneeId" = ${actor.id}::uuid`,
    // Written exactly so (the column itself, `"groupId" is null`) for the partial indexes' predicates to match.
    ...(inGroups ? [Prisma.sql`"sharedWithPartnership" and ${inGroups}`] : []),
    ...(inPeople ? [Prisma.sql`"sharedWithPartnership" and "groupId" is null and ${inPeople}`] : []),
  ];
}
