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
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { countLinks, linksOf } from "./links";
import { capTotal, type CappedPage, type ListOptions, type ListParams, type Page } from "./list-params";
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
      members: { orderBy: MEMBER_ORDER.standing("asc"), take: GROUP_MEMBERS_SHOWN, select: MEMBER_SELECT },
      scorings: { orderBy: { createdAt: "desc" }, take: 20, include: { author: { select: { name: true } } } },
      _count: { select: { members: true } },
    },
  });
  if (!g) throw new NotFoundError("Group");
  const scorings = g.scorings.map((s, i) => {
    const previous = g.scorings[i + 1];
    return { ...s, input: scoringInputOf(s), change: previous ? compareScorings({ ...scoringInputOf(previous), score: previous.score, band: previous.band as Band }, { ...scoringInputOf(s), score: s.score, band: s.band as Band }) : null };
  });
  const [links, linkCount] = await Promise.all([linksOf(actor, "GROUP", g.id), countLinks(actor, "GROUP", g.id)]);
  const { _count, ...group } = g;
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

async function checkGroupRefs(tx: Tx, input: GroupInput, exceptId?: string) {
  const clash = await tx.organisedCrimeGroup.findUnique({ where: { reference: input.reference }, select: { id: true } });
  if (clash && clash.id !== exceptId) throw new ValidationError({ reference: ["Another group already has this reference"] });
  const officers = [input.lroId, input.sroId].filter((v): v is string => !!v);
  if (officers.length) {
    const found = await tx.user.findMany({ where: { id: { in: officers }, active: true }, select: { id: true } });
    const ok = new Set(found.map((u) => u.id));
    if (input.lroId && !ok.has(input.lroId)) throw new ValidationError({ lroId: ["Choose an active user as Lead Responsible Officer"] });
    if (input.sroId && !ok.has(input.sroId)) throw new ValidationError({ sroId: ["Choose an active user as Senior Responsible Officer"] });
  }
  if (input.sharedAgencyIds.length) {
    const partners = await tx.agency.count({ where: { id: { in: input.sharedAgencyIds }, type: { not: "POLICE" }, active: true } });
    if (partners !== new Set(input.sharedAgencyIds).size) throw new ValidationError({ sharedAgencyIds: ["Share only with active partner agencies"] });
  }
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

/** Choices for the group form: neighbourhoods, partner agencies, and users for LRO/SRO. */
export async function groupFormOptions(actor: Actor) {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  const [neighbourhoods, agencies, officers] = await Promise.all([
    db().neighbourhood.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, code: true } }),
    db().agency.findMany({ where: { active: true, type: { not: "POLICE" } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().user.findMany({ where: { active: true, role: { in: ["OFFICER", "ANALYST", "SUPERVISOR", "PARTNER"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, agency: { select: { name: true } } }, take: 1000 }),
  ]);
  return { neighbourhoods, agencies, officers: officers.map((o) => ({ id: o.id, label: `${o.name} (${o.agency.name})` })) };
}
