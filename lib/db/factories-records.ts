// Factories for the joined-up case record (groups, nominals, people at risk, locations,
// memberships, links, scorings), for local concerns and for the actions of 4P and safeguarding plans, shared by the demo seed and the tests so
// both build records the same way. Like ./factories they write directly (no actor, no audit):
// for setting up a world.
// Every record's `searchText` is set with searchTextOf, exactly as the data layer keeps it.
import { searchTextOf } from "@/lib/dal/search";
import { scoreGroup, SCORING_METHOD_VERSION, type CapabilityFactor, type Confidence, type Extent, type HarmFactor } from "@/lib/domain/scoring";
import type {
  ActionPriority, ActionStatus, AgeGroup, ConcernOutcome, DisruptionOutcome, PlanStrand, ConcernSource, ConcernStatus, GroupStatus, HandlingCode, IntelligenceAssessment, LinkType, LocationType, MemberStanding, PrismaClient, RecordKind, RiskLevel, SourceEvaluation,
} from "@/lib/generated/prisma/client";

/** A Prisma client or a transaction client: anything with the case-record delegates. */
export type RecordsDb = Pick<
  PrismaClient,
  "organisedCrimeGroup" | "groupScoring" | "nominal" | "groupMembership" | "personAtRisk" | "location" | "link" | "user"
>;

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

// Group references look like 05/00283. Factory-made groups use area code 99 (never used by the
// demo seed) and a five-digit number that starts from the clock and counts up in this process.
const referenceBase = Date.now() % 100_000;
let referenceCounter = 0;
export function nextGroupReference(): string {
  const n = (referenceBase + referenceCounter++) % 100_000;
  return `99/${String(n).padStart(5, "0")}`;
}

// ─── Groups ──────────────────────────────────────────────────────────────────────────────

export type GroupOverrides = {
  id?: string;
  reference?: string;
  name?: string;
  aliases?: string[];
  status?: GroupStatus;
  crimeTypes?: string[];
  neighbourhoodIds?: string[];
  sharedAgencyIds?: string[];
  partnerSummary?: string;
  assessment?: string;
  lroId?: string | null;
  sroId?: string | null;
  createdById?: string | null;
  /** Also used for the shares' sharedAt. */
  createdAt?: Date;
  updatedAt?: Date;
};

/** A group's own columns (no neighbourhoods or shares), with its searchText: for create or createMany. */
export function groupRow(overrides: GroupOverrides = {}) {
  const name = overrides.name ?? `Group ${next()}`;
  const reference = overrides.reference ?? nextGroupReference();
  const aliases = overrides.aliases ?? [];
  const createdById = overrides.createdById ?? null;
  return {
    ...(overrides.id ? { id: overrides.id } : {}),
    reference,
    name,
    aliases,
    searchText: searchTextOf(name, aliases, reference),
    status: overrides.status ?? ("ACTIVE" as GroupStatus),
    crimeTypes: overrides.crimeTypes ?? ["DRUGS_SUPPLY"],
    assessment: overrides.assessment ?? `POLICE-ONLY assessment: intelligence on ${name} from a source that must not be shared.`,
    partnerSummary: overrides.partnerSummary ?? `Partner summary for ${name}.`,
    lroId: overrides.lroId ?? null,
    sroId: overrides.sroId ?? null,
    createdById,
    updatedById: createdById,
    ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    ...((overrides.updatedAt ?? overrides.createdAt) ? { updatedAt: overrides.updatedAt ?? overrides.createdAt } : {}),
  };
}

export async function makeGroup(db: RecordsDb, overrides: GroupOverrides = {}) {
  const row = groupRow(overrides);
  return db.organisedCrimeGroup.create({
    data: {
      ...row,
      neighbourhoods: { create: [...new Set(overrides.neighbourhoodIds ?? [])].map((neighbourhoodId) => ({ neighbourhoodId })) },
      shares: {
        create: [...new Set(overrides.sharedAgencyIds ?? [])].map((agencyId) => ({
          agencyId,
          sharedById: row.createdById,
          ...(overrides.createdAt ? { sharedAt: overrides.createdAt } : {}),
        })),
      },
    },
  });
}

// ─── Scorings ────────────────────────────────────────────────────────────────────────────

export type ScoringOverrides = {
  id?: string;
  groupId: string;
  /** Defaults to the group's LRO, else its SRO, else an analyst (else any user). */
  authorId?: string;
  capability?: Partial<Record<CapabilityFactor, Extent>>;
  harm?: Partial<Record<HarmFactor, Extent>>;
  likelihood?: Extent;
  confidence?: Confidence;
  rationale?: string;
  createdAt?: Date;
};

const MEDIUM_CAPABILITY: Record<CapabilityFactor, Extent> = { violence: "MEDIUM", weapons: "MEDIUM", infiltration: "MEDIUM", tacticalAwareness: "MEDIUM", criminalExpertise: "MEDIUM", resilience: "MEDIUM" };
const MEDIUM_HARM: Record<HarmFactor, Extent> = { physical: "MEDIUM", psychological: "MEDIUM", financial: "MEDIUM", community: "MEDIUM", victimVulnerability: "MEDIUM", geographicScope: "MEDIUM" };

/** A scoring row computed with scoreGroup (unrated factors default to Medium), and the result. */
export function scoringRow(overrides: ScoringOverrides & { authorId: string }) {
  const capability = { ...MEDIUM_CAPABILITY, ...overrides.capability };
  const harm = { ...MEDIUM_HARM, ...overrides.harm };
  const likelihood = overrides.likelihood ?? "MEDIUM";
  const confidence = overrides.confidence ?? "MEDIUM";
  const result = scoreGroup({ capability, harm, likelihood, confidence });
  const data = {
    ...(overrides.id ? { id: overrides.id } : {}),
    groupId: overrides.groupId,
    ...capability,
    ...harm,
    likelihood,
    confidence,
    score: result.score,
    band: result.band,
    method: SCORING_METHOD_VERSION,
    rationale: overrides.rationale ?? "Scored from the current intelligence picture.",
    authorId: overrides.authorId,
    createdAt: overrides.createdAt ?? new Date(),
  };
  return { data, result };
}

/**
 * Adds a scoring computed with scoreGroup (unrated factors default to Medium). The group's
 * score, band and scoredAt follow it unless the group already has a newer scoring.
 */
export async function makeScoring(db: RecordsDb, overrides: ScoringOverrides) {
  const group = await db.organisedCrimeGroup.findUnique({ where: { id: overrides.groupId }, select: { lroId: true, sroId: true, scoredAt: true } });
  if (!group) throw new Error(`makeScoring: no group ${overrides.groupId}`);
  const authorId =
    overrides.authorId ??
    group.lroId ??
    group.sroId ??
    (await db.user.findFirst({ where: { role: "ANALYST" }, orderBy: { createdAt: "asc" }, select: { id: true } }))?.id ??
    (await db.user.findFirst({ orderBy: { createdAt: "asc" }, select: { id: true } }))?.id;
  if (!authorId) throw new Error("makeScoring: no user to be the scoring's author");

  const { data, result } = scoringRow({ ...overrides, authorId });
  const scoring = await db.groupScoring.create({ data });
  if (!group.scoredAt || group.scoredAt.getTime() <= data.createdAt.getTime()) {
    await db.organisedCrimeGroup.update({ where: { id: overrides.groupId }, data: { score: result.score, band: result.band, scoredAt: data.createdAt, updatedAt: data.createdAt } });
  }
  return scoring;
}

// ─── Nominals ────────────────────────────────────────────────────────────────────────────

export type NominalOverrides = {
  id?: string;
  name?: string;
  aliases?: string[];
  dateOfBirth?: Date | null;
  pncNumber?: string | null;
  croNumber?: string | null;
  phoneNumbers?: string[];
  vehicles?: string[];
  addresses?: string[];
  warningMarkers?: string[];
  mainOffences?: string[];
  risk?: RiskLevel | null;
  notes?: string;
  createdById?: string | null;
  createdAt?: Date;
};

export async function makeNominal(db: RecordsDb, overrides: NominalOverrides = {}) {
  const name = overrides.name ?? `Nominal ${next()}`;
  const aliases = overrides.aliases ?? [];
  return db.nominal.create({
    data: {
      ...(overrides.id ? { id: overrides.id } : {}),
      name,
      aliases,
      searchText: searchTextOf(name, aliases),
      dateOfBirth: overrides.dateOfBirth ?? null,
      pncNumber: overrides.pncNumber ?? null,
      croNumber: overrides.croNumber ?? null,
      phoneNumbers: overrides.phoneNumbers ?? [],
      vehicles: overrides.vehicles ?? [],
      addresses: overrides.addresses ?? [],
      warningMarkers: overrides.warningMarkers ?? [],
      mainOffences: overrides.mainOffences ?? [],
      risk: overrides.risk ?? null,
      notes: overrides.notes ?? "",
      createdById: overrides.createdById ?? null,
      updatedById: overrides.createdById ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt, updatedAt: overrides.createdAt } : {}),
    },
  });
}

// ─── People at risk ──────────────────────────────────────────────────────────────────────

export type PersonOverrides = {
  id?: string;
  name?: string;
  dateOfBirth?: Date | null;
  ageYears?: number | null;
  ageGroup?: AgeGroup;
  address?: string;
  vulnerabilities?: string[];
  riskLevel?: RiskLevel;
  leadAgencyId?: string | null;
  consentRecorded?: boolean;
  notes?: string;
  sharedAgencyIds?: string[];
  createdById?: string | null;
  createdAt?: Date;
};

export async function makePerson(db: RecordsDb, overrides: PersonOverrides = {}) {
  const name = overrides.name ?? `Person ${next()}`;
  const ageYears = overrides.ageYears === undefined ? (overrides.ageGroup === "ADULT" ? 34 : 15) : overrides.ageYears;
  const ageGroup = overrides.ageGroup ?? (ageYears !== null && ageYears >= 18 ? "ADULT" : "CHILD");
  return db.personAtRisk.create({
    data: {
      ...(overrides.id ? { id: overrides.id } : {}),
      name,
      searchText: searchTextOf(name),
      dateOfBirth: overrides.dateOfBirth ?? null,
      ageYears,
      ageGroup,
      address: overrides.address ?? "",
      vulnerabilities: overrides.vulnerabilities ?? (ageGroup === "CHILD" ? ["CCE"] : ["CUCKOOING"]),
      riskLevel: overrides.riskLevel ?? "MEDIUM",
      leadAgencyId: overrides.leadAgencyId ?? null,
      consentRecorded: overrides.consentRecorded ?? false,
      notes: overrides.notes ?? "",
      createdById: overrides.createdById ?? null,
      updatedById: overrides.createdById ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt, updatedAt: overrides.createdAt } : {}),
      shares: {
        create: [...new Set(overrides.sharedAgencyIds ?? [])].map((agencyId) => ({
          agencyId,
          sharedById: overrides.createdById ?? null,
          ...(overrides.createdAt ? { sharedAt: overrides.createdAt } : {}),
        })),
      },
    },
  });
}

// ─── Locations ───────────────────────────────────────────────────────────────────────────

export type LocationOverrides = {
  id?: string;
  address?: string;
  postcode?: string | null;
  neighbourhoodId?: string | null;
  type?: LocationType;
  flags?: string[];
  latitude?: number | null;
  longitude?: number | null;
  notes?: string;
  createdById?: string | null;
  createdAt?: Date;
};

export async function makeLocation(db: RecordsDb, overrides: LocationOverrides = {}) {
  const address = overrides.address ?? `${next()} Test Street, Northbridge`;
  const postcode = overrides.postcode === undefined ? "NB1 1AA" : overrides.postcode;
  return db.location.create({
    data: {
      ...(overrides.id ? { id: overrides.id } : {}),
      address,
      postcode,
      searchText: searchTextOf(address, postcode),
      neighbourhoodId: overrides.neighbourhoodId ?? null,
      type: overrides.type ?? "RESIDENTIAL",
      flags: overrides.flags ?? [],
      latitude: overrides.latitude ?? null,
      longitude: overrides.longitude ?? null,
      notes: overrides.notes ?? "",
      createdById: overrides.createdById ?? null,
      updatedById: overrides.createdById ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt, updatedAt: overrides.createdAt } : {}),
    },
  });
}

// ─── Memberships and links ───────────────────────────────────────────────────────────────

export type MembershipOverrides = {
  /** A new group is made when missing. */
  groupId?: string;
  /** A new nominal is made when missing. */
  nominalId?: string;
  standing?: MemberStanding;
  role?: string | null;
  fromDate?: Date | null;
  toDate?: Date | null;
  createdById?: string | null;
  createdAt?: Date;
};

export async function makeMembership(db: RecordsDb, overrides: MembershipOverrides = {}) {
  const groupId = overrides.groupId ?? (await makeGroup(db)).id;
  const nominalId = overrides.nominalId ?? (await makeNominal(db)).id;
  return db.groupMembership.create({
    data: {
      groupId,
      nominalId,
      standing: overrides.standing ?? "SIGNIFICANT_MEMBER",
      role: overrides.role === undefined ? "Courier" : overrides.role,
      fromDate: overrides.fromDate ?? null,
      toDate: overrides.toDate ?? null,
      createdById: overrides.createdById ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}

export type LinkOverrides = {
  fromKind: RecordKind;
  fromId: string;
  toKind: RecordKind;
  toId: string;
  type?: LinkType;
  fromDate?: Date | null;
  toDate?: Date | null;
  sourceNote?: string;
  createdById?: string | null;
  createdAt?: Date;
};

/** A typed link; the type defaults to the usual one for the two kinds (e.g. nominal → location: lives at). */
export async function makeLink(db: RecordsDb, overrides: LinkOverrides) {
  return db.link.create({
    data: {
      fromKind: overrides.fromKind,
      fromId: overrides.fromId,
      toKind: overrides.toKind,
      toId: overrides.toId,
      type: overrides.type ?? defaultLinkType(overrides.fromKind, overrides.toKind),
      fromDate: overrides.fromDate ?? null,
      toDate: overrides.toDate ?? null,
      sourceNote: overrides.sourceNote ?? "",
      createdById: overrides.createdById ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}

function defaultLinkType(from: RecordKind, to: RecordKind): LinkType {
  if (to === "LOCATION") return from === "GROUP" ? "CONTROLS" : "LIVES_AT";
  if (from === "PERSON") return "AT_RISK_FROM";
  if (to === "PERSON") return "EXPLOITS";
  return "ASSOCIATE_OF";
}

// ─── Local concerns ──────────────────────────────────────────────────────────────────────

/** A Prisma client or a transaction client with the concern delegates. */
export type ConcernsDb = Pick<PrismaClient, "concern" | "concernLink">;

export type ConcernOverrides = {
  id?: string;
  /** Who logged it: always given (a concern has a reporter and their agency). */
  reportedById: string;
  reporterAgencyId: string;
  category?: string;
  indicators?: string[];
  /** Police-only raw text. The default carries the marker RAW-TEXT, so tests can prove it never leaks. */
  description?: string;
  occurredAt?: Date;
  address?: string;
  locationId?: string | null;
  neighbourhoodId?: string | null;
  peopleMentioned?: string;
  vehiclesMentioned?: string;
  source?: ConcernSource;
  immediateRisk?: boolean;
  createdAt?: Date;
  /** Defaults to OUTCOME when an outcome is given, IN_ASSESSMENT when only a grading is, else NEW. */
  status?: ConcernStatus;
  assessorId?: string | null;
  sourceEvaluation?: SourceEvaluation | null;
  intelAssessment?: IntelligenceAssessment | null;
  handlingCode?: HandlingCode | null;
  gradingReason?: string;
  handlingConditions?: string;
  sanitisedSummary?: string;
  outcome?: ConcernOutcome | null;
  outcomeNote?: string;
  /** Defaults to the creation time when there is an outcome. */
  outcomeAt?: Date | null;
  referredAgencyId?: string | null;
  groupId?: string | null;
  version?: number;
  updatedAt?: Date;
  updatedById?: string | null;
};

/** A concern's own columns (no links): for create or createMany. */
export function concernRow(overrides: ConcernOverrides) {
  const outcome = overrides.outcome ?? null;
  const graded = !!(overrides.sourceEvaluation ?? overrides.intelAssessment ?? overrides.handlingCode);
  const status: ConcernStatus = overrides.status ?? (outcome ? "OUTCOME" : graded ? "IN_ASSESSMENT" : "NEW");
  const createdAt = overrides.createdAt ?? new Date();
  const occurredAt = overrides.occurredAt ?? new Date(createdAt.getTime() - 3 * 3600_000);
  const assessorId = overrides.assessorId ?? null;
  const outcomeAt = overrides.outcomeAt === undefined ? (outcome ? createdAt : null) : overrides.outcomeAt;
  return {
    ...(overrides.id ? { id: overrides.id } : {}),
    category: overrides.category ?? "COUNTY_LINES",
    indicators: overrides.indicators ?? ["Several handsets"],
    description: overrides.description ?? `RAW-TEXT ${next()}: two teenagers not from the area seen handing small packages to car drivers outside the shop; one had several phones.`,
    occurredAt,
    address: overrides.address ?? "",
    locationId: overrides.locationId ?? null,
    neighbourhoodId: overrides.neighbourhoodId ?? null,
    peopleMentioned: overrides.peopleMentioned ?? "",
    vehiclesMentioned: overrides.vehiclesMentioned ?? "",
    source: overrides.source ?? ("OWN_OBSERVATION" as ConcernSource),
    immediateRisk: overrides.immediateRisk ?? false,
    reportedById: overrides.reportedById,
    reporterAgencyId: overrides.reporterAgencyId,
    createdAt,
    status,
    assessorId,
    sourceEvaluation: overrides.sourceEvaluation ?? null,
    intelAssessment: overrides.intelAssessment ?? null,
    handlingCode: overrides.handlingCode ?? null,
    gradingReason: overrides.gradingReason ?? "",
    handlingConditions: overrides.handlingConditions ?? "",
    sanitisedSummary: overrides.sanitisedSummary ?? "",
    outcome,
    outcomeNote: overrides.outcomeNote ?? "",
    outcomeAt,
    referredAgencyId: overrides.referredAgencyId ?? null,
    groupId: overrides.groupId ?? null,
    version: overrides.version ?? (status === "NEW" ? 1 : 2),
    updatedAt: overrides.updatedAt ?? outcomeAt ?? createdAt,
    updatedById: overrides.updatedById === undefined ? (assessorId ?? overrides.reportedById) : overrides.updatedById,
  };
}

/**
 * A concern, plus its links: the location it names, the group of a "linked to a group" outcome,
 * and any others given (each link once).
 */
export async function makeConcern(db: ConcernsDb, overrides: ConcernOverrides & { links?: { kind: RecordKind; id: string }[] }) {
  const { links = [], ...rest } = overrides;
  const concern = await db.concern.create({ data: concernRow(rest) });
  const all = [
    ...(concern.locationId ? [{ kind: "LOCATION" as const, id: concern.locationId }] : []),
    ...(concern.groupId ? [{ kind: "GROUP" as const, id: concern.groupId }] : []),
    ...links,
  ];
  if (all.length) await db.concernLink.createMany({ data: all.map((l) => ({ concernId: concern.id, kind: l.kind, recordId: l.id })), skipDuplicates: true });
  return concern;
}

// ─── Actions (4P plans and safeguarding plans) ───────────────────────────────────────────

/** A Prisma client or a transaction client with the action delegates. */
export type ActionsDb = Pick<PrismaClient, "action" | "actionUpdate">;

export type ActionOverrides = {
  id?: string;
  /** The group whose 4P plan it is on, or (personId) the person whose safeguarding plan: one is given. */
  groupId?: string | null;
  personId?: string | null;
  /** Always given: an action is owned by one agency. */
  owningAgencyId: string;
  strand?: PlanStrand;
  title?: string;
  /** The default carries the marker ACTION-DETAIL, so tests can prove it never leaks. */
  description?: string;
  assigneeId?: string | null;
  /** A Date, or a calendar day like "2026-12-31". Defaults to 14 days from today (UTC). */
  dueDate?: Date | string;
  priority?: ActionPriority;
  status?: ActionStatus;
  /** Defaults to the group (or the person) the plan belongs to. */
  subjectKind?: RecordKind;
  subjectId?: string;
  outcomeNote?: string;
  disruptionOutcome?: DisruptionOutcome | null;
  sharedWithPartnership?: boolean;
  /** Defaults to updatedAt for a done action, else null. */
  completedAt?: Date | null;
  overdueNotifiedAt?: Date | null;
  version?: number;
  createdAt?: Date;
  updatedAt?: Date;
  createdById?: string | null;
  updatedById?: string | null;
};

/** A calendar day (a @db.Date column's value): UTC midnight. */
function calendarDay(value: Date | string): Date {
  if (typeof value === "string") return new Date(`${value}T00:00:00.000Z`);
  return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate()));
}

/** An action's own columns (no history): for create or createMany. */
export function actionRow(overrides: ActionOverrides) {
  const groupId = overrides.groupId ?? null;
  const personId = overrides.personId ?? null;
  if (!groupId && !personId) throw new Error("actionRow: an action belongs to a group's plan (groupId) or a person's (personId)");
  const status: ActionStatus = overrides.status ?? "OPEN";
  const createdAt = overrides.createdAt ?? new Date();
  const updatedAt = overrides.updatedAt ?? createdAt;
  const createdById = overrides.createdById ?? null;
  const title = overrides.title ?? `Action ${next()}`;
  return {
    ...(overrides.id ? { id: overrides.id } : {}),
    groupId,
    personId,
    strand: overrides.strand ?? ("PURSUE" as PlanStrand),
    title,
    description: overrides.description ?? `ACTION-DETAIL ${next()}: what to do, and how, for "${title}".`,
    owningAgencyId: overrides.owningAgencyId,
    assigneeId: overrides.assigneeId ?? null,
    dueDate: calendarDay(overrides.dueDate ?? new Date(Date.now() + 14 * 86_400_000)),
    priority: overrides.priority ?? ("MEDIUM" as ActionPriority),
    status,
    subjectKind: overrides.subjectKind ?? ((groupId ? "GROUP" : "PERSON") as RecordKind),
    subjectId: overrides.subjectId ?? (groupId ?? personId)!,
    outcomeNote: overrides.outcomeNote ?? "",
    disruptionOutcome: overrides.disruptionOutcome ?? null,
    sharedWithPartnership: overrides.sharedWithPartnership ?? false,
    completedAt: overrides.completedAt === undefined ? (status === "DONE" ? updatedAt : null) : overrides.completedAt,
    overdueNotifiedAt: overrides.overdueNotifiedAt ?? null,
    version: overrides.version ?? 1,
    createdAt,
    updatedAt,
    createdById,
    updatedById: overrides.updatedById === undefined ? createdById : overrides.updatedById,
  };
}

/**
 * An action. With a creator (createdById) its history starts with the "Action created." entry
 * the data layer writes, plus a status change when it is made in another status.
 */
export async function makeAction(db: ActionsDb, overrides: ActionOverrides) {
  const row = actionRow(overrides);
  const action = await db.action.create({ data: row });
  if (row.createdById) {
    await db.actionUpdate.create({ data: { actionId: action.id, authorId: row.createdById, note: "Action created.", statusTo: "OPEN", createdAt: row.createdAt } });
    if (row.status !== "OPEN") {
      await db.actionUpdate.create({ data: { actionId: action.id, authorId: row.updatedById ?? row.createdById, note: row.outcomeNote, statusFrom: "OPEN", statusTo: row.status, createdAt: row.updatedAt } });
    }
  }
  return action;
}
