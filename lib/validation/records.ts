// Schemas for the joined-up record: groups, scoring, memberships, nominals, people at risk,
// locations and links. Shared by the forms (server actions) and the API.
import { z } from "zod";
import { CONFIDENCES, EXTENTS } from "@/lib/domain/scoring";
import { AGE_GROUP, CRIME_TYPES, GROUP_REFERENCE, GROUP_STATUS, LINK_TYPE, LOCATION_FLAGS, LOCATION_TYPE, MEMBER_STANDING, RECORD_KIND, RISK_LEVEL, VULNERABILITIES, WARNING_MARKERS } from "@/lib/domain/case-record";
import { optionalText, requiredText, uuid, version } from "./fields";

/** Repeated form fields and JSON arrays alike become arrays; blanks are dropped. */
const list = <T extends z.ZodType>(item: T, max = 50, atLeastOne?: string) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")),
    z.array(item).min(atLeastOne ? 1 : 0, atLeastOne).max(max),
  );

/**
 * A free-text list typed one per line (aliases, phone numbers, vehicles). Short items may also be
 * separated by commas; addresses and offences contain commas, so only new lines split those.
 */
const lines = (label: string, max = 30, { commas = true, itemMax = 120 } = {}) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(commas ? /\r?\n|,/ : /\r?\n/) : []).map((s) => String(s).trim()).filter(Boolean),
    z.array(z.string().max(itemMax, `${label}: each entry must be ${itemMax} characters or fewer`)).max(max, `${label}: at most ${max} entries`),
  );

const oneOf = <K extends string>(values: K[], message: string) => z.enum(values as [K, ...K[]], { error: message });

const optionalUuid = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), uuid(label).optional());

const optionalDate = (label: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.iso.date({ error: `${label} must be a date like 2024-03-31` }).optional(),
  );

export const groupSchema = z.object({
  reference: requiredText("Reference", 20).pipe(z.string().regex(GROUP_REFERENCE, "Reference must look like 05/00283")),
  name: requiredText("Name", 120),
  aliases: lines("Aliases"),
  status: oneOf(GROUP_STATUS.values, "Choose a status"),
  crimeTypes: list(oneOf(CRIME_TYPES.values, "Choose crime types from the list"), 20, "Choose at least one crime type"),
  neighbourhoodIds: list(uuid("neighbourhood"), 200),
  assessment: optionalText("Assessment", 20_000).transform((v) => v ?? ""),
  partnerSummary: optionalText("Partner-safe summary", 4_000).transform((v) => v ?? ""),
  lroId: optionalUuid("lead responsible officer"),
  sroId: optionalUuid("senior responsible officer"),
  sharedAgencyIds: list(uuid("agency"), 100),
});
export const updateGroupSchema = groupSchema.extend({ version });
export type GroupInput = z.infer<typeof groupSchema>;
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;

const extent = (label: string) => z.enum(EXTENTS, { error: `Choose an extent for ${label.toLowerCase()}` });
export const scoringSchema = z.object({
  capability: z.object({
    violence: extent("Violence"),
    weapons: extent("Access to weapons"),
    infiltration: extent("Infiltration / corruption"),
    tacticalAwareness: extent("Tactical awareness"),
    criminalExpertise: extent("Criminal expertise"),
    resilience: extent("Resilience"),
  }),
  harm: z.object({
    physical: extent("Physical harm"),
    psychological: extent("Psychological harm"),
    financial: extent("Financial harm"),
    community: extent("Community harm"),
    victimVulnerability: extent("Victim vulnerability"),
    geographicScope: extent("Geographic scope"),
  }),
  likelihood: extent("Likelihood"),
  confidence: z.enum(CONFIDENCES, { error: "Choose a confidence" }),
  rationale: requiredText("Rationale", 4_000),
});
export type ScoringFormInput = z.infer<typeof scoringSchema>;

export const membershipSchema = z
  .object({
    nominalId: uuid("nominal"),
    standing: oneOf(MEMBER_STANDING.values, "Choose a standing"),
    role: optionalText("Role", 80),
    fromDate: optionalDate("From"),
    toDate: optionalDate("To"),
  })
  .refine((m) => !m.fromDate || !m.toDate || m.fromDate <= m.toDate, { path: ["toDate"], message: "To must be on or after From" });
export type MembershipInput = z.infer<typeof membershipSchema>;

export const nominalSchema = z.object({
  name: requiredText("Name", 120),
  aliases: lines("Aliases"),
  dateOfBirth: optionalDate("Date of birth"),
  pncNumber: optionalText("PNC number", 20),
  croNumber: optionalText("CRO number", 20),
  phoneNumbers: lines("Phone numbers"),
  vehicles: lines("Vehicles"),
  addresses: lines("Addresses", 20, { commas: false, itemMax: 300 }),
  warningMarkers: list(oneOf(WARNING_MARKERS.values, "Choose warning markers from the list")),
  mainOffences: lines("Main offences", 20, { commas: false }),
  risk: z.preprocess((v) => (v === "" ? undefined : v), oneOf(RISK_LEVEL.values, "Choose a risk level").optional()),
  notes: optionalText("Notes", 20_000).transform((v) => v ?? ""),
});
export const updateNominalSchema = nominalSchema.extend({ version });
export type NominalInput = z.infer<typeof nominalSchema>;
export type UpdateNominalInput = z.infer<typeof updateNominalSchema>;

export const personSchema = z
  .object({
    name: requiredText("Name", 120),
    dateOfBirth: optionalDate("Date of birth"),
    ageYears: z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : Number(v)), z.number({ error: "Age must be a number" }).int("Age must be a whole number").min(0, "Age cannot be negative").max(120, "Age must be 120 or less").optional()),
    ageGroup: oneOf(AGE_GROUP.values, "Choose child or adult"),
    address: optionalText("Address", 300).transform((v) => v ?? ""),
    vulnerabilities: list(oneOf(VULNERABILITIES.values, "Choose vulnerabilities from the list"), 20, "Choose at least one vulnerability"),
    riskLevel: oneOf(RISK_LEVEL.values, "Choose a risk level"),
    leadAgencyId: optionalUuid("lead agency"),
    consentRecorded: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    sharedAgencyIds: list(uuid("agency"), 100),
    notes: optionalText("Notes", 20_000).transform((v) => v ?? ""),
  })
  .refine((p) => p.ageGroup !== "CHILD" || p.ageYears === undefined || p.ageYears < 18, { path: ["ageYears"], message: "A child must be under 18" })
  .refine((p) => p.ageGroup !== "ADULT" || p.ageYears === undefined || p.ageYears >= 18, { path: ["ageYears"], message: "An adult must be 18 or over" });
export const updatePersonSchema = personSchema.and(z.object({ version }));
export type PersonInput = z.infer<typeof personSchema>;
export type UpdatePersonInput = z.infer<typeof updatePersonSchema>;

export const locationSchema = z.object({
  address: requiredText("Address", 300),
  postcode: optionalText("Postcode", 10).transform((v) => v?.toUpperCase()),
  neighbourhoodId: optionalUuid("neighbourhood"),
  type: oneOf(LOCATION_TYPE.values, "Choose a location type"),
  flags: list(oneOf(LOCATION_FLAGS.values, "Choose flags from the list")),
  latitude: z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : Number(v)), z.number({ error: "Latitude must be a number" }).min(49, "Latitude must be within England and Wales (49–56)").max(56, "Latitude must be within England and Wales (49–56)").optional()),
  longitude: z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : Number(v)), z.number({ error: "Longitude must be a number" }).min(-7, "Longitude must be within England and Wales (−7 to 2)").max(2, "Longitude must be within England and Wales (−7 to 2)").optional()),
  notes: optionalText("Notes", 20_000).transform((v) => v ?? ""),
});
export const updateLocationSchema = locationSchema.extend({ version });
export type LocationInput = z.infer<typeof locationSchema>;
export type UpdateLocationInput = z.infer<typeof updateLocationSchema>;

export const linkSchema = z
  .object({
    fromKind: oneOf(RECORD_KIND.values, "Choose what the link is from"),
    fromId: uuid("record"),
    toKind: oneOf(RECORD_KIND.values, "Choose what the link is to"),
    toId: uuid("record"),
    type: oneOf(LINK_TYPE.values, "Choose a link type"),
    fromDate: optionalDate("From"),
    toDate: optionalDate("To"),
    sourceNote: optionalText("Source note", 2_000).transform((v) => v ?? ""),
  })
  .refine((l) => !(l.fromKind === l.toKind && l.fromId === l.toId), { path: ["toId"], message: "A record cannot be linked to itself" })
  .refine((l) => !l.fromDate || !l.toDate || l.fromDate <= l.toDate, { path: ["toDate"], message: "To must be on or after From" });
export type LinkInput = z.infer<typeof linkSchema>;
