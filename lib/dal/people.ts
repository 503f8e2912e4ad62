// People at risk (victims and vulnerable people). Partners see a person when their agency leads
// or the person is shared with them, and then without police notes or links to nominals.
// Every view of a person's record is audited.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { changedFields, recordAudit, recordStandaloneAudit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma, type AgeGroup, type AgencyType, type RiskLevel } from "@/lib/generated/prisma/client";
import type { PersonInput, UpdatePersonInput } from "@/lib/validation/records";
import { guardedUpdate } from "./guarded-update";
import { assertId, isUuid } from "./ids";
import { linksOf } from "./links";
import { countUpTo } from "./counts";
import type { CappedPage, ListOptions, ListParams } from "./list-params";
import { auditSearch, fuzzyIds, inRankOrder, searchTextOf } from "./search";
import { peopleVisibility, peopleVisibleTo, policeOnly } from "./visibility";

export const PERSON_SORTS = ["name", "riskLevel", "updatedAt", "relevance"] as const;
export type PersonSort = (typeof PERSON_SORTS)[number];
/** `agencyType`: people whose lead agency is of that type (with `leadAgencyId` too, both must hold). */
export type PersonFilters = { q?: string; riskLevel?: RiskLevel; vulnerability?: string; leadAgencyId?: string; agencyType?: AgencyType; ageGroup?: AgeGroup };
export type PersonRow = { id: string; name: string; ageGroup: AgeGroup; ageYears: number | null; riskLevel: RiskLevel; vulnerabilities: string[]; leadAgency: string | null; updatedAt: Date };

function visible(actor: Actor): Prisma.PersonAtRiskWhereInput {
  const where = peopleVisibleTo(actor);
  if (!where) throw new ForbiddenError();
  return where;
}

export async function listPeople(actor: Actor, params: ListParams<PersonSort>, filters: PersonFilters, options: ListOptions = {}): Promise<CappedPage<PersonRow>> {
  // A partner's people resolved to ids first (lib/dal/visibility.ts), so the list and its count use indexes.
  const { where: visibility, sql: visibilitySql } = await peopleVisibility(actor);
  if (!visibility) throw new ForbiddenError();
  const [ranked, typeAgencyIds] = await Promise.all([
    filters.q ? fuzzyIds("PersonAtRisk", filters.q, 500) : null,
    // A type's agencies resolved to ids first (a few dozen nationally): "leadAgencyId" = any(…) reads the
    // leadAgencyId index directly, where a semi-join on Agency was planned as a walk of that whole index.
    filters.agencyType ? db().agency.findMany({ where: { type: filters.agencyType }, select: { id: true } }).then((rows) => rows.map((a) => a.id)) : null,
  ]);
  const leadAgencyId = filters.leadAgencyId && isUuid(filters.leadAgencyId) ? filters.leadAgencyId : null;
  const where: Prisma.PersonAtRiskWhereInput = {
    AND: [
      visibility,
      ranked ? { id: { in: ranked } } : {},
      filters.riskLevel ? { riskLevel: filters.riskLevel } : {},
      filters.vulnerability ? { vulnerabilities: { has: filters.vulnerability } } : {},
      leadAgencyId ? { leadAgencyId } : {},
      typeAgencyIds ? { leadAgencyId: { in: typeAgencyIds } } : {},
      filters.ageGroup ? { ageGroup: filters.ageGroup } : {},
    ],
  };
  // The same conditions as SQL, for the capped count.
  const countSql = [
    visibilitySql,
    ranked && Prisma.sql`id = any(${ranked}::uuid[])`,
    filters.riskLevel && Prisma.sql`"riskLevel" = ${filters.riskLevel}::"RiskLevel"`,
    filters.vulnerability && Prisma.sql`vulnerabilities @> array[${filters.vulnerability}]::text[]`,
    leadAgencyId && Prisma.sql`"leadAgencyId" = ${leadAgencyId}::uuid`,
    typeAgencyIds && Prisma.sql`"leadAgencyId" = any(${typeAgencyIds}::uuid[])`,
    filters.ageGroup && Prisma.sql`"ageGroup" = ${filters.ageGroup}::"AgeGroup"`,
  ];
  const sort = params.sort === "relevance" && !ranked ? "name" : params.sort;
  const skip = (params.page - 1) * params.pageSize;
  const [rows, { total, totalIsLowerBound }] = await Promise.all([
    db().personAtRisk.findMany({
      where,
      orderBy: sort === "relevance" ? undefined : [{ [sort]: params.dir }, { id: params.dir }],
      skip: sort === "relevance" ? 0 : skip,
      take: sort === "relevance" ? undefined : params.pageSize,
      select: { id: true, name: true, ageGroup: true, ageYears: true, riskLevel: true, vulnerabilities: true, updatedAt: true, leadAgency: { select: { name: true } } },
    }),
    countUpTo("PersonAtRisk", countSql, options.countCap),
  ]);
  const ordered = sort === "relevance" && ranked ? inRankOrder(rows, ranked).slice(skip, skip + params.pageSize) : rows;
  if (filters.q && options.auditSearch !== false) await auditSearch(actor, "PersonAtRisk", filters.q, total);
  return { rows: ordered.map(({ leadAgency, ...p }) => ({ ...p, leadAgency: leadAgency?.name ?? null })), total, totalIsLowerBound, page: params.page, pageSize: params.pageSize };
}

export async function getPerson(actor: Actor, id: string) {
  assertId(id, "Person");
  const police = policeOnly(actor);
  const person = await db().personAtRisk.findFirst({
    where: { AND: [{ id }, visible(actor)] },
    select: {
      id: true, name: true, dateOfBirth: true, ageYears: true, ageGroup: true, address: true, vulnerabilities: true, riskLevel: true, consentRecorded: true, version: true, updatedAt: true,
      leadAgencyId: true, leadAgency: { select: { id: true, name: true } },
      shares: { select: { agency: { select: { id: true, name: true } } } },
      ...(police ? { notes: true } : {}),
    },
  });
  if (!person) throw new NotFoundError("Person");
  await recordStandaloneAudit(db(), actor, { action: "record.viewed", entityType: "PersonAtRisk", entityId: id, summary: `Viewed person at risk ${person.name}` });
  const links = police ? await linksOf(actor, "PERSON", id) : [];
  // Partners learn which shared groups a person is at risk from, never which nominals.
  const atRiskFromGroups = police ? [] : await sharedGroupsPersonIsAtRiskFrom(actor, id);
  return { audience: police ? ("police" as const) : ("partner" as const), ...person, notes: police ? (person as { notes?: string }).notes ?? "" : undefined, links, atRiskFromGroups };
}

async function sharedGroupsPersonIsAtRiskFrom(actor: Actor, personId: string) {
  const links = await db().link.findMany({ where: { fromKind: "PERSON", fromId: personId, toKind: "GROUP", type: "AT_RISK_FROM" }, select: { toId: true } });
  if (!links.length) return [];
  return db().organisedCrimeGroup.findMany({ where: { id: { in: links.map((l) => l.toId) }, shares: { some: { agencyId: actor.agencyId } } }, select: { id: true, reference: true, name: true } });
}

async function checkAgencies(tx: Tx, input: PersonInput) {
  if (input.leadAgencyId && !(await tx.agency.findFirst({ where: { id: input.leadAgencyId, active: true }, select: { id: true } }))) throw new ValidationError({ leadAgencyId: ["Choose an active agency"] });
  if (input.sharedAgencyIds.length) {
    const n = await tx.agency.count({ where: { id: { in: input.sharedAgencyIds }, type: { not: "POLICE" }, active: true } });
    if (n !== new Set(input.sharedAgencyIds).size) throw new ValidationError({ sharedAgencyIds: ["Share only with active partner agencies"] });
  }
}

function personData(input: PersonInput) {
  return {
    name: input.name, searchText: searchTextOf(input.name), dateOfBirth: input.dateOfBirth ? new Date(input.dateOfBirth) : null, ageYears: input.ageYears ?? null, ageGroup: input.ageGroup,
    address: input.address, vulnerabilities: input.vulnerabilities, riskLevel: input.riskLevel, leadAgencyId: input.leadAgencyId ?? null, consentRecorded: input.consentRecorded, notes: input.notes,
  };
}

export async function createPerson(actor: Actor, input: PersonInput): Promise<{ id: string }> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  return db().$transaction(async (tx) => {
    await checkAgencies(tx, input);
    const person = await tx.personAtRisk.create({
      data: { ...personData(input), createdById: actor.id, updatedById: actor.id, shares: { create: [...new Set(input.sharedAgencyIds)].map((agencyId) => ({ agencyId, sharedById: actor.id })) } },
      select: { id: true },
    });
    await recordAudit(tx, actor, { action: "person.created", entityType: "PersonAtRisk", entityId: person.id, summary: `Created person at risk ${input.name}`, details: { riskLevel: input.riskLevel, leadAgencyId: input.leadAgencyId ?? null, sharedAgencyIds: input.sharedAgencyIds } });
    return person;
  });
}

export async function updatePerson(actor: Actor, id: string, input: UpdatePersonInput): Promise<void> {
  if (!can(actor, "records:write")) throw new ForbiddenError();
  assertId(id, "Person");
  await db().$transaction(async (tx) => {
    const before = await tx.personAtRisk.findUnique({ where: { id }, include: { shares: { select: { agencyId: true } } } });
    if (!before) throw new NotFoundError("Person");
    await checkAgencies(tx, input);
    const data = personData(input);
    await guardedUpdate(
      tx, "Person",
      () => tx.personAtRisk.updateMany({ where: { id, version: input.version }, data: { ...data, ...(data.riskLevel !== before.riskLevel ? { riskLevelSince: new Date() } : {}), version: { increment: 1 }, updatedById: actor.id } }),
      () => tx.personAtRisk.findUnique({ where: { id }, select: { updatedAt: true, updatedById: true } }),
    );
    const previous = new Set(before.shares.map((s) => s.agencyId));
    const next = new Set(input.sharedAgencyIds);
    await tx.personShare.deleteMany({ where: { personId: id, agencyId: { notIn: [...next] } } });
    await tx.personShare.createMany({ data: [...next].filter((a) => !previous.has(a)).map((agencyId) => ({ personId: id, agencyId, sharedById: actor.id })) });
    const { searchText: _s, notes: _n, ...compared } = data;
    await recordAudit(tx, actor, { action: "person.updated", entityType: "PersonAtRisk", entityId: id, summary: `Updated person at risk ${input.name}`, details: { changes: changedFields({ ...before, sharedAgencyIds: [...previous].sort() } as unknown as Record<string, unknown>, { ...compared, sharedAgencyIds: [...next].sort() }) } });
  });
}
