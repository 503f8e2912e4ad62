// Organised crime group profiles: the police view, the partner-safe view, scoring and members.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { changedFields, recordAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { compareScorings, scoreGroup, SCORING_METHOD_VERSION, type Band, type ScoringInput } from "@/lib/domain/scoring";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { GroupStatus, Prisma } from "@/lib/generated/prisma/client";
import type { GroupInput, MembershipInput, ScoringFormInput, UpdateGroupInput } from "@/lib/validation/records";
import { agencyChoices, agencyNarrowing, type AgencyNarrowing, type AgencyOption } from "./agencies";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { countLinks, linksOf } from "./links";
import { capTotal, type CappedPage, type ListOptions, type ListParams, type Page } from "./list-params";
import { neighbourhoodChoices, type NeighbourhoodOption } from "./neighbourhoods";
import { auditSearch, fuzzyIds, inRankOrder, searchTextOf } from "./search";
import { groupsVisibleTo, groupsWhere } from "./visibility";

export const GROUP_SORTS = ["score", "name", "reference", "updatedAt", "relevance"] as const;
export type GroupSort = (typeof GROUP_SORTS)[number];
/** `areaCommand`: groups active in any neighbourhood of that area command (see Neighbourhood.areaCommand). */
export type GroupFilters = { q?: string; status?: GroupStatus; band?: string; neighbourhoodId?: string; areaCommand?: string; crimeType?: string };

/** What a partner may read of a group: nothing about intelligence, scores or people. */
const PARTNER_FIELDS = { id: true, reference: true, name: true, status: true, crimeTypes: true, partnerSummary: true, neighbourhoods: { select: { neighbourhood: { select: { id: true, name: true } } } } } as const;

export type GroupPartnerRow = { id: string; reference: string; name: string; status: GroupStatus; crimeTypes: string[]; neighbourhoods: string[] };
export type GroupPoliceRow = GroupPartnerRow & { score: number | null; band: string | null; memberCount: number; updatedAt: Date };
export type GroupListResult = { audience: "police"; page: CappedPage<GroupPoliceRow> } | { audience: "partner"; page: CappedPage<GroupPartnerRow> };

function visible(actor: Actor): Prisma.OrganisedCrimeGroupWhereInput {
  const where = groupsVisibleTo(actor);
  if (!where) throw new ForbiddenError();
  return where;
}

export async function listGroups(actor: Actor, params: ListParams<GroupSort>, filters: GroupFilters, options: ListOptions = {}): Promise<GroupListResult> {
  // The partner's groups resolved to ids first (lib/dal/visibility.ts), so the list and its count use indexes.
  const visibility = await groupsWhere(actor);
  if (!visibility) throw new ForbiddenError();
  const police = can(actor, "records:read");
  const ranked = filters.q ? await fuzzyIds("OrganisedCrimeGroup", filters.q) : null;
  const where: Prisma.OrganisedCrimeGroupWhereInput = {
    AND: [
      visibility,
      ranked ? { id: { in: ranked } } : {},
      filters.status ? { status: filters.status } : {},
      // Bands and scores are police-only: a partner cannot filter on them either.
      police && filters.band ? { band: filters.band } : {},
      filters.neighbourhoodId && isUuid(filters.neighbourhoodId) ? { neighbourhoods: { some: { neighbourhoodId: filters.neighbourhoodId } } } : {},
      // A semi-join through GroupNeighbourhood(neighbourhoodId, groupId) and Neighbourhood(areaCommand).
      filters.areaCommand?.trim() ? { neighbourhoods: { some: { neighbourhood: { areaCommand: filters.areaCommand.trim() } } } } : {},
      filters.crimeType ? { crimeTypes: { has: filters.crimeType } } : {},
    ],
  };
  const sort = params.sort === "relevance" && !ranked ? "score" : params.sort;
  const orderBy: Prisma.OrganisedCrimeGroupOrderByWithRelationInput[] =
    sort === "relevance" ? [] : sort === "score" && police ? [{ score: { sort: params.dir, nulls: "last" } }, { id: "asc" }] : sort === "score" ? [{ name: "asc" }, { id: "asc" }] : [{ [sort]: params.dir }, { id: "asc" }];
  const skip = (params.page - 1) * params.pageSize;
  const [rows, { total, totalIsLowerBound }] = await Promise.all([
    db().organisedCrimeGroup.findMany({
      where, orderBy, skip: sort === "relevance" ? 0 : skip, take: sort === "relevance" ? undefined : params.pageSize,
      select: { ...PARTNER_FIELDS, ...(police ? { score: true, band: true, updatedAt: true, _count: { select: { members: true } } } : {}) },
    }),
    // At most a few thousand groups (5,000 nationally): an exact count is an index-only scan of at most that, reported capped like every list.
    db().organisedCrimeGroup.count({ where }).then((n) => capTotal(n, options.countCap)),
  ]);
  const ordered = sort === "relevance" && ranked ? inRankOrder(rows, ranked).slice(skip, skip + params.pageSize) : rows;
  if (filters.q && options.auditSearch !== false) await auditSearch(actor, "OrganisedCrimeGroup", filters.q, total);
  const base = (r: (typeof rows)[number]): GroupPartnerRow => ({ id: r.id, reference: r.reference, name: r.name, status: r.status, crimeTypes: r.crimeTypes, neighbourhoods: r.neighbourhoods.map((n) => n.neighbourhood.name) });
  if (!police) return { audience: "partner", page: { rows: ordered.map(base), total, totalIsLowerBound, page: params.page, pageSize: params.pageSize } };
  return {
    audience: "police",
    page: {
      rows: ordered.map((r) => {
        const extra = r as typeof r & { score: number | null; band: string | null; updatedAt: Date; _count: { members: number } };
        return { ...base(r), score: extra.score, band: extra.band, updatedAt: extra.updatedAt, memberCount: extra._count.members };
      }),
      total, totalIsLowerBound, page: params.page, pageSize: params.pageSize,
    },
  };
}


/** The partner-safe view of one group (what any audience may see). */
export type GroupPartnerView = { audience: "partner"; id: string; reference: string; name: string; status: GroupStatus; crimeTypes: string[]; neighbourhoods: { id: string; name: string }[]; partnerSummary: string };

export async function getGroup(actor: Actor, id: string) {
  assertId(id, "Group");
  const where = { AND: [{ id }, visible(actor)] };
  if (!can(actor, "records:read")) {
    const g = await db().organisedCrimeGroup.findFirst({ where, select: PARTNER_FIELDS });
    if (!g) throw new NotFoundError("Group");
    const view: GroupPartnerView = { audience: "partner", id: g.id, reference: g.reference, name: g.name, status: g.status, crimeTypes: g.crimeTypes, neighbourhoods: g.neighbourhoods.map((n) => n.neighbourhood), partnerSummary: g.partnerSummary };
    return view;
  }
  const g = await db().organisedCrimeGroup.findFirst({
    where,
    select: {
      ...PARTNER_FIELDS, aliases: true, assessment: true, score: true, band: true, scoredAt: true, version: true, createdAt: true, updatedAt: true, updatedById: true,
      lro: { select: { id: true, name: true, agency: { select: { name: true } } } },
      sro: { select: { id: true, name: true, agency: { select: { name: true } } } },
      shares: { select: { agency: { select: { id: true, name: true } } }, orderBy: { agency: { name: "asc" } } },
      scorings: { orderBy: { createdAt: "desc" }, take: 20, include: { author: { select: { name: true } } } },
      _count: { select: { members: true } },
    },
  });
  if (!g) throw new NotFoundError("Group");
  const scorings = g.scorings.map((s, i) => {
    const previous = g.scorings[i + 1];
    return { ...s, input: scoringInputOf(s), change: previous ? compareScorings({ ...scoringInputOf(previous), score: previous.score, band: previous.band as Band }, { ...scoringInputOf(s), score: s.score, band: s.band as Band }) : null };
  });
  // The first members by a top-level query: as a nested `take`, Prisma reads every member (4,068
  // in the biggest national group, ~0.5 s) and cuts the list in JavaScript; here the LIMIT is in SQL.
  const [members, links, linkCount] = await Promise.all([
    db().groupMembership.findMany({ where: { groupId: g.id }, orderBy: MEMBER_ORDER.standing("asc"), take: GROUP_MEMBERS_SHOWN, select: MEMBER_SELECT }),
    linksOf(actor, "GROUP", g.id),
    countLinks(actor, "GROUP", g.id),
  ]);
  const { _count, ...rest } = g;
  const group = { ...rest, members };
  // members: the first GROUP_MEMBERS_SHOWN; memberCount: all of them (the rest are on listGroupMembers).
  return { audience: "police" as const, ...group, neighbourhoods: g.neighbourhoods.map((n) => n.neighbourhood), scorings, memberCount: _count.members, links, linkCount };
}

// ─── Members, a page at a time ──────────────────────────────────────────────────────────────

/** How many members a group's page shows; the rest are on its paged members page. */
export const GROUP_MEMBERS_SHOWN = 25;
export const MEMBER_SORTS = ["standing", "name", "fromDate"] as const;
export type MemberSort = (typeof MEMBER_SORTS)[number];
const MEMBER_SELECT = { id: true, standing: true, role: true, fromDate: true, toDate: true, nominal: { select: { id: true, name: true, aliases: true, warningMarkers: true } } } as const;
const MEMBER_ORDER: Record<MemberSort, (dir: "asc" | "desc") => Prisma.GroupMembershipOrderByWithRelationInput[]> = {
  standing: (dir) => [{ standing: dir }, { nominal: { name: "asc" } }, { id: "asc" }],
  name: (dir) => [{ nominal: { name: dir } }, { id: "asc" }],
  fromDate: (dir) => [{ fromDate: { sort: dir, nulls: "last" } }, { nominal: { name: "asc" } }, { id: "asc" }],
};

/**
 * Every member of a group, paged and sorted in the database. Police only, as on the group's page:
 * partners never see who is in a group, so for them (and for groups they cannot read) it is a 404.
 */
export async function listGroupMembers(actor: Actor, groupId: string, params: ListParams<MemberSort>) {
  assertId(groupId, "Group");
  if (!can(actor, "records:read")) throw new NotFoundError("Group");
  const group = await db().organisedCrimeGroup.findFirst({ where: { AND: [{ id: groupId }, visible(actor)] }, select: { id: true, reference: true, name: true } });
  if (!group) throw new NotFoundError("Group");
  const [rows, total] = await Promise.all([
    db().groupMembership.findMany({ where: { groupId }, orderBy: MEMBER_ORDER[params.sort](params.dir), skip: (params.page - 1) * params.pageSize, take: params.pageSize, select: MEMBER_SELECT }),
    db().groupMembership.count({ where: { groupId } }),
  ]);
  return { group, page: { rows, total, page: params.page, pageSize: params.pageSize } satisfies Page<(typeof rows)[number]> };
}

function scoringInputOf(s: { violence: string; weapons: string; infiltration: string; tacticalAwareness: string; criminalExpertise: string; resilience: string; physical: string; psychological: string; financial: string; community: string; victimVulnerability: string; geographicScope: string; likelihood: string; confidence: string }): ScoringInput {
  return {
    capability: { violence: s.violence, weapons: s.weapons, infiltration: s.infiltration, tacticalAwareness: s.tacticalAwareness, criminalExpertise: s.criminalExpertise, resilience: s.resilience },
    harm: { physical: s.physical, psychological: s.psychological, financial: s.financial, community: s.community, victimVulnerability: s.victimVulnerability, geographicScope: s.geographicScope },
    likelihood: s.likelihood,
    confidence: s.confidence,
  } as ScoringInput;
}

/**
 * Checks every id a group refers to before it is written, so a bad one is a message on its field
 * (never a foreign-key error): the reference is unique; the LRO and SRO are active users the form
 * offers (not administrators); each neighbourhood exists and is active; each share is an active
 * partner agency. The forms offer a record's chosen values even once disabled, so an edit never
 * drops one unseen: saving then says what is wrong with it. Every wrong field is reported at once.
 */
async function checkGroupRefs(tx: Tx, input: GroupInput, exceptId?: string) {
  const fields: Record<string, string[]> = {};
  const clash = await tx.organisedCrimeGroup.findUnique({ where: { reference: input.reference }, select: { id: true } });
  if (clash && clash.id !== exceptId) fields.reference = ["Another group already has this reference"];
  const officerIds = [...new Set([input.lroId, input.sroId].filter((v): v is string => !!v))];
  if (officerIds.length) {
    const found = new Map((await tx.user.findMany({ where: { id: { in: officerIds } }, select: { id: true, active: true, role: true } })).map((u) => [u.id, u]));
    for (const [field, id, title] of [["lroId", input.lroId, "Lead Responsible Officer"], ["sroId", input.sroId, "Senior Responsible Officer"]] as const) {
      if (!id) continue;
      const user = found.get(id);
      if (!user || !user.active) fields[field] = [`Choose an active user as ${title}`];
      else if (!(OFFICER_ROLES as readonly string[]).includes(user.role)) fields[field] = [`An administrator cannot be ${title}: choose an officer, analyst, supervisor or partner practitioner`];
    }
  }
  const neighbourhoodIds = [...new Set(input.neighbourhoodIds)];
  if (neighbourhoodIds.length) {
    const found = await tx.neighbourhood.findMany({ where: { id: { in: neighbourhoodIds } }, select: { name: true, active: true }, orderBy: { name: "asc" } });
    const disabled = found.filter((n) => !n.active).map((n) => n.name);
    if (found.length !== neighbourhoodIds.length) fields.neighbourhoodIds = ["Choose an active neighbourhood"];
    else if (disabled.length) fields.neighbourhoodIds = [`${disabled.join(", ")} ${disabled.length > 1 ? "are" : "is"} no longer active: untick ${disabled.length > 1 ? "them" : "it"} or choose an active neighbourhood`];
  }
  if (input.sharedAgencyIds.length) {
    const partners = await tx.agency.count({ where: { id: { in: input.sharedAgencyIds }, type: { not: "POLICE" }, active: true } });
    if (partners !== new Set(input.sharedAgencyIds).size) fields.sharedAgencyIds = ["Share only with active partner agencies"];
  }
  if (Object.keys(fields).length) throw new ValidationError(fields);
}

function groupData(input: GroupInput) {
  return {
    reference: input.reference, name: input.name, aliases: input.aliases, searchText: searchTextOf(input.name, input.aliases, input.reference), status: input.status, crimeTypes: input.crimeTypes,
    assessment: input.assessment, partnerSummary: input.partnerSummary, lroId: input.lroId ?? null, sroId: input.sroId ?? null,
  };
}

export async function createGroup(actor: Actor, input: GroupInput): Promise<{ id: string }> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    await checkGroupRefs(tx, input);
    const group = await tx.organisedCrimeGroup.create({
      data: {
        ...groupData(input), createdById: actor.id, updatedById: actor.id,
        neighbourhoods: { create: [...new Set(input.neighbourhoodIds)].map((neighbourhoodId) => ({ neighbourhoodId })) },
        shares: { create: [...new Set(input.sharedAgencyIds)].map((agencyId) => ({ agencyId, sharedById: actor.id })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "group.created", entityType: "OrganisedCrimeGroup", entityId: group.id, summary: `Created group ${input.reference} ${input.name}`, details: { reference: input.reference, status: input.status, sharedAgencyIds: input.sharedAgencyIds } });
    return group;
  });
}

export async function updateGroup(actor: Actor, id: string, input: UpdateGroupInput): Promise<void> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(id, "Group");
  await db().$transaction(async (tx) => {
    const before = await tx.organisedCrimeGroup.findUnique({ where: { id }, select: { reference: true, name: true, aliases: true, status: true, crimeTypes: true, assessment: true, partnerSummary: true, lroId: true, sroId: true, neighbourhoods: { select: { neighbourhoodId: true } }, shares: { select: { agencyId: true } } } });
    if (!before) throw new NotFoundError("Group");
    await checkGroupRefs(tx, input, id);
    await guardedUpdate(
      tx, "Group",
      () => tx.organisedCrimeGroup.updateMany({ where: { id, version: input.version }, data: { ...groupData(input), version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.organisedCrimeGroup.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    await tx.groupNeighbourhood.deleteMany({ where: { groupId: id } });
    await tx.groupNeighbourhood.createMany({ data: [...new Set(input.neighbourhoodIds)].map((neighbourhoodId) => ({ groupId: id, neighbourhoodId })) });
    const previousShares = new Set(before.shares.map((s) => s.agencyId));
    const nextShares = new Set(input.sharedAgencyIds);
    await tx.groupShare.deleteMany({ where: { groupId: id, agencyId: { notIn: [...nextShares] } } });
    await tx.groupShare.createMany({ data: [...nextShares].filter((a) => !previousShares.has(a)).map((agencyId) => ({ groupId: id, agencyId, sharedById: actor.id })) });
    const { assessment: _a, ...beforeSafe } = { ...before, neighbourhoodIds: before.neighbourhoods.map((n) => n.neighbourhoodId).sort(), sharedAgencyIds: [...previousShares].sort() };
    const changes = changedFields(
      { ...beforeSafe, neighbourhoods: undefined, shares: undefined },
      { reference: input.reference, name: input.name, aliases: input.aliases, status: input.status, crimeTypes: input.crimeTypes, partnerSummary: input.partnerSummary, lroId: input.lroId ?? null, sroId: input.sroId ?? null, neighbourhoodIds: [...input.neighbourhoodIds].sort(), sharedAgencyIds: [...nextShares].sort() },
    );
    await recordAudit(tx, actor, { action: "group.updated", entityType: "OrganisedCrimeGroup", entityId: id, summary: `Updated group ${input.reference} ${input.name}`, details: { changes, assessmentChanged: before.assessment !== input.assessment } });
  });
}

/** Adds a scoring (never edits one): the group's score and band follow the newest. */
export async function scoreGroupRecord(actor: Actor, id: string, input: ScoringFormInput) {
  if (!can(actor, "groups:score")) throw new ForbiddenError();
  assertId(id, "Group");
  const result = scoreGroup({ capability: input.capability, harm: input.harm, likelihood: input.likelihood, confidence: input.confidence });
  return db().$transaction(async (tx) => {
    const group = await tx.organisedCrimeGroup.findUnique({ where: { id }, select: { reference: true, name: true, score: true, band: true } });
    if (!group) throw new NotFoundError("Group");
    const now = new Date();
    const scoring = await tx.groupScoring.create({
      data: { groupId: id, ...input.capability, ...input.harm, likelihood: input.likelihood, confidence: input.confidence, score: result.score, band: result.band, method: SCORING_METHOD_VERSION, rationale: input.rationale, authorId: actor.id, createdAt: now },
      select: { id: true },
    });
    await tx.organisedCrimeGroup.update({ where: { id }, data: { score: result.score, band: result.band, scoredAt: now, version: { increment: 1 }, updatedById: actor.id } });
    await recordAudit(tx, actor, {
      action: "group.scored", entityType: "OrganisedCrimeGroup", entityId: id,
      summary: `Scored group ${group.reference}: ${result.score}/100, band ${result.band}${group.band ? ` (was ${group.score}/100, band ${group.band})` : ""}`,
      details: { scoringId: scoring.id, score: result.score, band: result.band, previousScore: group.score, previousBand: group.band },
    });
    return { scoringId: scoring.id, ...result };
  });
}

export async function addMember(actor: Actor, groupId: string, input: MembershipInput) {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(groupId, "Group");
  return db().$transaction(async (tx) => {
    const [group, nominal] = await Promise.all([
      tx.organisedCrimeGroup.findUnique({ where: { id: groupId }, select: { reference: true } }),
      tx.nominal.findUnique({ where: { id: input.nominalId }, select: { name: true } }),
    ]);
    if (!group) throw new NotFoundError("Group");
    if (!nominal) throw new ValidationError({ nominalId: ["Choose a nominal from the search results"] });
    const existing = await tx.groupMembership.findUnique({ where: { groupId_nominalId: { groupId, nominalId: input.nominalId } }, select: { id: true } });
    if (existing) throw new ValidationError({ nominalId: [`${nominal.name} is already a member of this group`] });
    const membership = await tx.groupMembership.create({
      data: { groupId, nominalId: input.nominalId, standing: input.standing, role: input.role ?? null, fromDate: input.fromDate ? new Date(input.fromDate) : null, toDate: input.toDate ? new Date(input.toDate) : null, createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "group.member_added", entityType: "OrganisedCrimeGroup", entityId: groupId, summary: `Added ${nominal.name} to group ${group.reference} as ${input.standing.toLowerCase().replace(/_/g, " ")}`, details: { nominalId: input.nominalId, standing: input.standing, role: input.role ?? null } });
    return membership;
  });
}

export async function removeMember(actor: Actor, groupId: string, membershipId: string) {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(groupId, "Group");
  assertId(membershipId, "Membership");
  await db().$transaction(async (tx) => {
    const m = await tx.groupMembership.findFirst({ where: { id: membershipId, groupId }, select: { nominalId: true, nominal: { select: { name: true } }, group: { select: { reference: true } } } });
    if (!m) throw new NotFoundError("Membership");
    await tx.groupMembership.delete({ where: { id: membershipId } });
    await recordAudit(tx, actor, { action: "group.member_removed", entityType: "OrganisedCrimeGroup", entityId: groupId, summary: `Removed ${m.nominal.name} from group ${m.group.reference}`, details: { nominalId: m.nominalId } });
  });
}

// ─── Choices for the record forms (groups, people at risk, locations) ───────────────────────

/** Up to this many people who may be an LRO or SRO, both selects list them all; beyond, a bounded subset. */
export const OFFICERS_LIST_ALL_MAX = 200;
/** Past it: at most this many of the actor's own agency… */
export const OFFICERS_OWN_MAX = 100;
/** …and of those found by name. */
export const OFFICERS_QUERY_MAX = 50;
/** Who the form offers as Lead or Senior Responsible Officer: police or partner staff, not administrators. */
const OFFICER_ROLES = ["OFFICER", "ANALYST", "SUPERVISOR", "PARTNER"] as const;

/**
 * What a record form has chosen (from the saved record, or from the URL after narrowing a list) and
 * how its long lists are narrowed. Chosen ids are always offered, whatever the narrowing.
 */
export type RecordFormScope = {
  areaCommand?: string;
  neighbourhoodIds?: (string | null | undefined)[];
  agencyType?: string;
  agencyQuery?: string;
  agencyIds?: (string | null | undefined)[];
  officerIds?: (string | null | undefined)[];
  officerQuery?: string;
};
export type NeighbourhoodFormOptions = { neighbourhoods: NeighbourhoodOption[]; neighbourhoodsNarrowed?: { areaCommands: string[]; areaCommand?: string } };
export type PartnerAgencyFormOptions = { agencies: AgencyOption[]; agenciesNarrowed?: AgencyNarrowing };
export type OfficerOption = { id: string; label: string };
export type OfficerFormOptions = {
  officers: OfficerOption[];
  /** Set when there are too many to list: `officers` are the actor's agency's, the chosen ones and those found by name. */
  officersNarrowed?: { total: number; agency: string; query?: string; ownTruncated: boolean; queryTruncated: boolean };
};
export type GroupFormOptions = NeighbourhoodFormOptions & PartnerAgencyFormOptions & OfficerFormOptions;

const chosenIds = (ids: (string | null | undefined)[] | undefined, max = 200) => [...new Set((ids ?? []).filter((id): id is string => isUuid(id)))].slice(0, max);
const onceEach = <T extends { id: string }>(...lists: T[][]) => {
  const seen = new Set<string>();
  return lists.flat().filter((row) => !seen.has(row.id) && !!seen.add(row.id));
};

function requireRecordWriter(actor: Actor) {
  if (!can(actor, "records:write")) throw new ForbiddenError();
}

/**
 * Neighbourhoods for a record form (a group's, a location's): every active one for a force-sized
 * list, otherwise one area command's (or the actor's own) and the chosen ones, even if since
 * disabled, so an edit never drops one unseen (see neighbourhoodChoices).
 */
export async function recordNeighbourhoodOptions(actor: Actor, scope: Pick<RecordFormScope, "areaCommand" | "neighbourhoodIds"> = {}): Promise<NeighbourhoodFormOptions> {
  requireRecordWriter(actor);
  const choices = await neighbourhoodChoices(actor, { areaCommand: scope.areaCommand, selectedIds: chosenIds(scope.neighbourhoodIds), keepSelected: true });
  return { neighbourhoods: choices.neighbourhoods, neighbourhoodsNarrowed: choices.all ? undefined : { areaCommands: choices.areaCommands, areaCommand: choices.areaCommand } };
}

/**
 * Partner agencies for a record form (a group's or a person's shares, a person's lead agency): every
 * active one while few, otherwise one type's and those found by name (see agencyChoices). The chosen
 * ones are always offered, even if since disabled (or, for a lead agency, police), so an edit never
 * drops one unseen: saving then says what is wrong with it.
 */
export async function recordAgencyOptions(actor: Actor, scope: Pick<RecordFormScope, "agencyType" | "agencyQuery" | "agencyIds"> = {}): Promise<PartnerAgencyFormOptions> {
  requireRecordWriter(actor);
  const ids = chosenIds(scope.agencyIds);
  const [choices, chosen] = await Promise.all([
    agencyChoices({ partnersOnly: true, type: scope.agencyType, query: scope.agencyQuery }),
    ids.length ? db().agency.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, type: true } }) : Promise.resolve([]),
  ]);
  const agencies = onceEach(choices.agencies, chosen).sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id));
  return { agencies, agenciesNarrowed: agencyNarrowing(choices) };
}

/**
 * The Lead and Senior Responsible Officer selects: every active non-administrator while few;
 * otherwise the actor's own agency's, those found by name and the chosen ones. A chosen officer is
 * offered even if their account has since been disabled (and says so), so an edit never clears one
 * unseen: saving then asks for another.
 */
export async function responsibleOfficerOptions(actor: Actor, scope: Pick<RecordFormScope, "officerIds" | "officerQuery"> = {}): Promise<OfficerFormOptions> {
  requireRecordWriter(actor);
  const eligible = { active: true, role: { in: [...OFFICER_ROLES] } };
  const select = { id: true, name: true, active: true, agency: { select: { name: true } } } as const;
  const byName = [{ name: "asc" as const }, { id: "asc" as const }];
  type Row = { id: string; name: string; active: boolean; agency: { name: string } };
  const ids = chosenIds(scope.officerIds, 4);
  const [total, chosen] = await Promise.all([
    db().user.count({ where: eligible }),
    ids.length ? db().user.findMany({ where: { id: { in: ids } }, select }) : Promise.resolve([] as Row[]),
  ]);
  const label = (u: Row) => ({ id: u.id, label: `${u.name} (${u.agency.name})${u.active ? "" : ", account disabled"}` });
  const sorted = (rows: Row[]) => rows.sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id)).map(label);
  if (total <= OFFICERS_LIST_ALL_MAX) {
    const every = await db().user.findMany({ where: eligible, orderBy: byName, take: OFFICERS_LIST_ALL_MAX, select });
    return { officers: sorted(onceEach(every, chosen)) };
  }
  const query = scope.officerQuery?.trim().slice(0, 100) || undefined;
  const [own, matches] = await Promise.all([
    db().user.findMany({ where: { ...eligible, agencyId: actor.agencyId }, orderBy: byName, take: OFFICERS_OWN_MAX + 1, select }),
    query ? db().user.findMany({ where: { ...eligible, name: { contains: query, mode: "insensitive" } }, orderBy: byName, take: OFFICERS_QUERY_MAX + 1, select }) : Promise.resolve([] as Row[]),
  ]);
  return {
    officers: sorted(onceEach(own.slice(0, OFFICERS_OWN_MAX), matches.slice(0, OFFICERS_QUERY_MAX), chosen)),
    officersNarrowed: { total, agency: actor.agencyName, query, ownTruncated: own.length > OFFICERS_OWN_MAX, queryTruncated: matches.length > OFFICERS_QUERY_MAX },
  };
}

/**
 * Choices for the group form, bounded for a national dataset (2,000 neighbourhoods, 360 agencies,
 * thousands of users): neighbourhoods by area command, partner agencies by type or name, LRO and SRO
 * by name past a few hundred; whatever the group has (or the form holds) is always offered.
 */
export async function groupFormOptions(actor: Actor, scope: RecordFormScope = {}): Promise<GroupFormOptions> {
  requireRecordWriter(actor);
  const [neighbourhoods, agencies, officers] = await Promise.all([recordNeighbourhoodOptions(actor, scope), recordAgencyOptions(actor, scope), responsibleOfficerOptions(actor, scope)]);
  return { ...neighbourhoods, ...agencies, ...officers };
}
