// What an action on a group's 4P plan can be about (its subject), for the "Add an action" form:
// the group itself, one of its members, or a person or place linked to it (createAction checks the
// same rule when the action is saved). Bounded for a national dataset, where a group may have 600
// members and hundreds of linked people and places: past SUBJECTS_LIST_ALL_MAX of either, the form
// lists the first ones, the one already chosen and those found by name, and says so.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { MEMBER_STANDING, RECORD_KIND } from "@/lib/domain/case-record";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { Prisma, type MemberStanding } from "@/lib/generated/prisma/client";
import { assertId, isUuid } from "./ids";
import { groupsVisibleTo, policeOnly } from "./visibility";

/** Up to this many members (or linked people and places), the form lists them all. */
export const SUBJECTS_LIST_ALL_MAX = 200;
/** Past it, the first this many are listed: members by standing, people and places by name. */
export const SUBJECTS_SHOWN = 50;
/** At most this many of each found by name. */
export const SUBJECT_QUERY_MAX = 50;

export type PlanSubjectOption = { value: string; label: string };
export type GroupPlanSubjects = {
  group: { id: string; reference: string; name: string };
  /** "KIND:id" values: the group itself first, then members by standing, then linked people and places by name. */
  subjects: PlanSubjectOption[];
  memberCount: number;
  /** People at risk and locations linked to the group (either direction). */
  linkedCount: number;
  /** Set when there are too many to list: `subjects` is a bounded subset (see groupPlanSubjects); `…Cut` says which list was cut. */
  narrowed?: { query?: string; membersCut: boolean; linkedCut: boolean; queryTruncated: boolean };
};

type Member = { standing: MemberStanding; nominal: { id: string; name: string } };
type Linked = { kind: "PERSON" | "LOCATION"; id: string; label: string };

const MEMBER_ORDER = [{ standing: "asc" as const }, { nominal: { name: "asc" as const } }, { id: "asc" as const }];
const MEMBER_SELECT = { standing: true, nominal: { select: { id: true, name: true } } } as const;
const STANDING_RANK = new Map(MEMBER_STANDING.values.map((s, i) => [s, i]));

/** `like` pattern for a substring of searchText (lower-cased names, aliases and addresses). */
const containing = (query: string) => "%" + query.toLowerCase().replace(/[\\%_]/g, (c) => "\\" + c) + "%";

/** People at risk and locations linked to the group, with their names, in SQL (Link has no relation to follow). */
function linkedSql(groupId: string, where: { query?: string; ids?: string[] }, tail: Prisma.Sql) {
  const condition = (alias: string) => {
    const parts = [
      where.query ? Prisma.sql`${Prisma.raw(alias)}."searchText" like ${containing(where.query)}` : null,
      where.ids ? Prisma.sql`${Prisma.raw(alias)}.id = any(${where.ids}::uuid[])` : null,
    ].filter((p): p is Prisma.Sql => !!p);
    return parts.length ? Prisma.sql`and ${Prisma.join(parts, " and ")}` : Prisma.empty;
  };
  return Prisma.sql`
    with linked as (
      select "toKind" as kind, "toId" as id from "Link" where "fromKind" = 'GROUP' and "fromId" = ${groupId}::uuid and "toKind" in ('PERSON', 'LOCATION')
      union
      select "fromKind", "fromId" from "Link" where "toKind" = 'GROUP' and "toId" = ${groupId}::uuid and "fromKind" in ('PERSON', 'LOCATION')
    ), named as (
      select 'PERSON' as kind, p.id, p.name as label from linked l join "PersonAtRisk" p on l.kind = 'PERSON' and p.id = l.id ${condition("p")}
      union all
      select 'LOCATION', loc.id, loc.address from linked l join "Location" loc on l.kind = 'LOCATION' and loc.id = l.id ${condition("loc")}
    )
    ${tail}`;
}

const linkedRows = (groupId: string, where: { query?: string; ids?: string[] }, take: number) =>
  db().$queryRaw<Linked[]>(linkedSql(groupId, where, Prisma.sql`select kind, id, label from named order by label, id limit ${take}`));

/**
 * The subjects an action on a group's 4P plan may have. Police only, like the plan's form: for
 * anyone else, or a group they cannot see, a 404. `selected` ("KIND:id", from the form) is kept when
 * it belongs to the plan; `query` finds members (name or alias) and linked people and places.
 */
export async function groupPlanSubjects(actor: Actor, groupId: string, options: { query?: string; selected?: string } = {}): Promise<GroupPlanSubjects> {
  if (!can(actor, "actions:create")) throw new ForbiddenError();
  assertId(groupId, "Group");
  const visible = groupsVisibleTo(actor);
  if (!policeOnly(actor) || !visible) throw new NotFoundError("Group");
  const group = await db().organisedCrimeGroup.findFirst({ where: { AND: [{ id: groupId }, visible] }, select: { id: true, reference: true, name: true } });
  if (!group) throw new NotFoundError("Group");

  const [memberCount, linkedCountRows] = await Promise.all([
    db().groupMembership.count({ where: { groupId } }),
    db().$queryRaw<{ n: number }[]>(linkedSql(groupId, {}, Prisma.sql`select count(*)::int as n from named`)),
  ]);
  const linkedCount = Number(linkedCountRows[0]?.n ?? 0);
  const manyMembers = memberCount > SUBJECTS_LIST_ALL_MAX;
  const manyLinked = linkedCount > SUBJECTS_LIST_ALL_MAX;
  const query = manyMembers || manyLinked ? options.query?.trim().slice(0, 100) || undefined : undefined;
  const [kind, id] = options.selected?.split(":", 2) ?? [];
  const chosen = isUuid(id) ? { kind, id } : null;

  const none = Promise.resolve([]);
  const [members, memberMatches, chosenMember, linked, linkedMatches, chosenLinked] = await Promise.all([
    db().groupMembership.findMany({ where: { groupId }, orderBy: MEMBER_ORDER, take: manyMembers ? SUBJECTS_SHOWN : SUBJECTS_LIST_ALL_MAX, select: MEMBER_SELECT }) as Promise<Member[]>,
    manyMembers && query ? (db().groupMembership.findMany({ where: { groupId, nominal: { searchText: { contains: query.toLowerCase() } } }, orderBy: MEMBER_ORDER, take: SUBJECT_QUERY_MAX + 1, select: MEMBER_SELECT }) as Promise<Member[]>) : none,
    manyMembers && chosen?.kind === "NOMINAL" ? (db().groupMembership.findMany({ where: { groupId, nominalId: chosen.id }, select: MEMBER_SELECT }) as Promise<Member[]>) : none,
    linkedRows(groupId, {}, manyLinked ? SUBJECTS_SHOWN : SUBJECTS_LIST_ALL_MAX),
    manyLinked && query ? linkedRows(groupId, { query }, SUBJECT_QUERY_MAX + 1) : none,
    manyLinked && (chosen?.kind === "PERSON" || chosen?.kind === "LOCATION") ? linkedRows(groupId, { ids: [chosen.id] }, 2) : none,
  ]);

  const memberList = unique([...members, ...memberMatches.slice(0, SUBJECT_QUERY_MAX), ...chosenMember], (m) => m.nominal.id).sort(
    (a, b) => STANDING_RANK.get(a.standing)! - STANDING_RANK.get(b.standing)! || a.nominal.name.localeCompare(b.nominal.name, "en-GB"),
  );
  const linkedList = unique([...linked, ...linkedMatches.slice(0, SUBJECT_QUERY_MAX), ...chosenLinked], (l) => `${l.kind}:${l.id}`).sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
  const subjects: PlanSubjectOption[] = [
    { value: `GROUP:${group.id}`, label: `The group itself: ${group.reference} ${group.name}` },
    ...memberList.map((m) => ({ value: `NOMINAL:${m.nominal.id}`, label: `Member: ${m.nominal.name} (${MEMBER_STANDING.label[m.standing].toLowerCase()})` })),
    ...linkedList.map((l) => ({ value: `${l.kind}:${l.id}`, label: `${RECORD_KIND.label[l.kind]}: ${l.label}` })),
  ];
  if (query) {
    const results = memberMatches.length + linkedMatches.length;
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "search", entityType: "OrganisedCrimeGroup", entityId: group.id, summary: `Searched the members, people and places of ${group.reference} ${group.name} for "${query}" (${results} result${results === 1 ? "" : "s"})`, details: { query, results } }),
    );
  }
  return {
    group, subjects, memberCount, linkedCount,
    narrowed: manyMembers || manyLinked ? { query, membersCut: manyMembers, linkedCut: manyLinked, queryTruncated: memberMatches.length > SUBJECT_QUERY_MAX || linkedMatches.length > SUBJECT_QUERY_MAX } : undefined,
  };
}

function unique<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(key(r)) && !!seen.add(key(r)));
}
