// The REST API's contract, in one place: the list query parameters (the route handlers under
// app/api/v1 parse with these very schemas) and the OpenAPI 3.1 document, generated from the same
// zod schemas the handlers parse request bodies with (zod 4's z.toJSONSchema, io: "input"), so
// the document cannot drift from what the API accepts.
import { z } from "zod";
import { AGENCY_TYPES } from "@/lib/auth/policy";
import { ACTION_SORTS, type ActionSort } from "@/lib/dal/actions";
import { TRIAGE_SORTS, type TriageSort } from "@/lib/dal/concerns";
import { GROUP_SORTS, type GroupSort } from "@/lib/dal/groups";
import { COUNT_CAP, PAGE_SIZES, type SortDir } from "@/lib/dal/list-params";
import { LOCATION_SORTS, type LocationSort } from "@/lib/dal/locations";
import { MEETING_SORTS, type MeetingSort } from "@/lib/dal/meetings";
import { NOMINAL_SORTS, type NominalSort } from "@/lib/dal/nominals";
import { PERSON_SORTS, type PersonSort } from "@/lib/dal/people";
import { REFERRAL_SORTS, type ReferralSort } from "@/lib/dal/referrals";
import type { Audience } from "@/lib/dal/visibility";
import { ACTION_PRIORITY, ACTION_STATUS, DISRUPTION_OUTCOME, PLAN_STRAND } from "@/lib/domain/actions";
import { REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { AGENDA_ITEM_KIND, MEETING_DECISION, MEETING_STATUS, MEETING_TYPE } from "@/lib/domain/meetings";
import { AGE_GROUP, CRIME_TYPES, GROUP_STATUS, LOCATION_FLAGS, LOCATION_TYPE, RISK_LEVEL, VULNERABILITIES, WARNING_MARKERS } from "@/lib/domain/case-record";
import { CONCERN_CATEGORIES, CONCERN_OUTCOME, CONCERN_SOURCE, CONCERN_STATUS, HANDLING_CODE } from "@/lib/domain/concerns";
import { BANDS, CONFIDENCES } from "@/lib/domain/scoring";
import { createActionSchema, updateActionSchema } from "@/lib/validation/actions";
import { createReferralSchema, updateReferralSchema } from "@/lib/validation/referrals";
import { agendaChangeSchema, createMeetingSchema, decisionSchema, freeItemSchema, itemActionSchema, meetingStatusSchema, publishMinutesSchema, updateMeetingSchema } from "@/lib/validation/meetings";
import { assessConcernSchema, logConcernSchema } from "@/lib/validation/concerns";
import { groupSchema, linkSchema, locationSchema, membershipSchema, nominalSchema, personSchema, scoringSchema, updateGroupSchema, updateLocationSchema, updateNominalSchema, updatePersonSchema } from "@/lib/validation/records";

export const API_BASE = "/api/v1";
export const MAX_BODY_BYTES = 1_000_000;

// ─── List query parameters ───────────────────────────────────────────────────────────────

/** A blank query value (`?status=`) means "no filter", as in the list pages' filter forms. */
const optionalParam = <T extends z.ZodType>(schema: T, description: string) =>
  z.preprocess((v) => (v === "" ? undefined : v), schema.optional()).describe(description);
const oneOf = <K extends string>(values: readonly K[], label: string) =>
  z.enum(values as unknown as [K, ...K[]], { error: `${label} must be one of ${values.join(", ")}` });
const id = (label: string) => z.uuid({ error: `${label} must be a record id (a UUID)` });
/** A yes/no query flag: `true` turns the filter on; `false` or leaving it out does not filter. */
const flag = (label: string) => oneOf(["true", "false"] as const, label).transform((v) => v === "true");
/** An area command, as neighbourhoods name it (Neighbourhood.areaCommand): matched exactly. */
const areaCommand = (what: string) => optionalParam(z.string().trim().max(100, "areaCommand must be 100 characters or fewer"), `Only ${what} in a neighbourhood of this area command (its exact name, as on the neighbourhoods). Combined with \`neighbourhoodId\`, both must hold.`);
const search = optionalParam(z.string().trim().max(100, "Search text must be 100 characters or fewer"), "Fuzzy search on name, aliases and reference (or address). Results are ranked by relevance unless `sort` says otherwise.");

export type ListContract<S extends string, F extends z.ZodType> = {
  sorts: readonly S[];
  /** Used when no `sort` is given and there is no search text; with `q` the default is relevance. */
  defaults: { sort: S; dir: SortDir };
  filters: F;
  /** Filters that mean nothing to partners (they are left out of a partner's copy of the document). */
  policeOnlyFilters?: readonly string[];
};

const contract = <S extends string, F extends z.ZodType>(c: ListContract<S, F>) => c;

export const API_LISTS = {
  groups: contract({
    sorts: GROUP_SORTS satisfies readonly GroupSort[],
    defaults: { sort: "score", dir: "desc" },
    filters: z.object({
      q: search,
      status: optionalParam(oneOf(GROUP_STATUS.values, "status"), "Only groups with this status."),
      band: optionalParam(oneOf(BANDS, "band"), "Only groups in this priority band (police only; ignored for partners, who never see bands)."),
      neighbourhoodId: optionalParam(id("neighbourhoodId"), "Only groups active in this neighbourhood."),
      areaCommand: areaCommand("groups active"),
      crimeType: optionalParam(oneOf(CRIME_TYPES.values, "crimeType"), "Only groups involved in this crime type."),
    }),
    policeOnlyFilters: ["band"],
  }),
  nominals: contract({
    sorts: NOMINAL_SORTS satisfies readonly NominalSort[],
    defaults: { sort: "name", dir: "asc" },
    filters: z.object({
      q: search,
      groupId: optionalParam(id("groupId"), "Only members of this group."),
      risk: optionalParam(oneOf(RISK_LEVEL.values, "risk"), "Only nominals with this risk level."),
      marker: optionalParam(oneOf(WARNING_MARKERS.values, "marker"), "Only nominals carrying this warning marker."),
    }),
  }),
  people: contract({
    sorts: PERSON_SORTS satisfies readonly PersonSort[],
    defaults: { sort: "name", dir: "asc" },
    filters: z.object({
      q: search,
      riskLevel: optionalParam(oneOf(RISK_LEVEL.values, "riskLevel"), "Only people at this risk level."),
      vulnerability: optionalParam(oneOf(VULNERABILITIES.values, "vulnerability"), "Only people with this vulnerability."),
      leadAgencyId: optionalParam(id("leadAgencyId"), "Only people whose case this agency leads."),
      agencyType: optionalParam(oneOf(AGENCY_TYPES, "agencyType"), "Only people whose lead agency is of this type. Combined with `leadAgencyId`, both must hold."),
      ageGroup: optionalParam(oneOf(AGE_GROUP.values, "ageGroup"), "Only children or only adults."),
    }),
  }),
  locations: contract({
    sorts: LOCATION_SORTS satisfies readonly LocationSort[],
    defaults: { sort: "address", dir: "asc" },
    filters: z.object({
      q: search,
      type: optionalParam(oneOf(LOCATION_TYPE.values, "type"), "Only locations of this type."),
      flag: optionalParam(oneOf(LOCATION_FLAGS.values, "flag"), "Only locations carrying this flag."),
      neighbourhoodId: optionalParam(id("neighbourhoodId"), "Only locations in this neighbourhood."),
    }),
  }),
  concerns: contract({
    sorts: TRIAGE_SORTS satisfies readonly TriageSort[],
    defaults: { sort: "createdAt", dir: "asc" },
    filters: z.object({
      status: optionalParam(oneOf(["OPEN", ...CONCERN_STATUS.values] as const, "status"), "`OPEN` (the default) is every concern still waiting: `NEW` and `IN_ASSESSMENT`. `OUTCOME` lists the assessed ones."),
      neighbourhoodId: optionalParam(id("neighbourhoodId"), "Only concerns in this neighbourhood."),
      areaCommand: areaCommand("concerns"),
      category: optionalParam(oneOf(CONCERN_CATEGORIES, "category"), "Only concerns of this category."),
      immediateRisk: optionalParam(
        oneOf(["true", "false"] as const, "immediateRisk").transform((v) => v === "true"),
        "`true`: only concerns reported with an immediate risk. `false` (or leaving it out) lists every concern.",
      ),
    }),
  }),
  actions: contract({
    sorts: ACTION_SORTS satisfies readonly ActionSort[],
    defaults: { sort: "dueDate", dir: "asc" },
    filters: z.object({
      mine: optionalParam(flag("mine"), "`true`: only actions assigned to you."),
      myAgency: optionalParam(flag("myAgency"), "`true`: only actions your agency owns."),
      owningAgencyId: optionalParam(id("owningAgencyId"), "Only actions this agency owns (of those you may see)."),
      groupId: optionalParam(id("groupId"), "Only actions on this group's 4P plan."),
      personId: optionalParam(id("personId"), "Only actions on this person's safeguarding plan."),
      status: optionalParam(oneOf(["OPEN_ANY", ...ACTION_STATUS.values] as const, "status"), "Only actions with this status. `OPEN_ANY` is every action still to do: `OPEN`, `IN_PROGRESS` and `BLOCKED`."),
      overdue: optionalParam(flag("overdue"), "`true`: only actions still to do whose due date has passed (today's date in Europe/London; an action due today is not overdue)."),
    }),
  }),
  referrals: contract({
    sorts: REFERRAL_SORTS satisfies readonly ReferralSort[],
    defaults: { sort: "referredOn", dir: "desc" },
    filters: z.object({
      personId: optionalParam(id("personId"), "One person's referrals (then no paging: every referral of that person, newest first; 404 unless you may see the person)."),
      status: optionalParam(oneOf(REFERRAL_STATUS.values, "status"), "Only referrals with this status."),
      type: optionalParam(oneOf(REFERRAL_TYPE.values, "type"), "Only referrals of this kind."),
      late: optionalParam(flag("late"), "`true`: only NRM referrals with no reasonable grounds decision after 5 days (today's date in Europe/London)."),
    }),
  }),
  meetings: contract({
    sorts: MEETING_SORTS satisfies readonly MeetingSort[],
    defaults: { sort: "startsAt", dir: "desc" },
    filters: z.object({
      status: optionalParam(oneOf(MEETING_STATUS.values, "status"), "Only meetings with this status."),
      type: optionalParam(oneOf(MEETING_TYPE.values, "type"), "Only police tactical or only partnership meetings."),
      when: optionalParam(oneOf(["upcoming", "past"] as const, "when"), "`upcoming`: starting now or later; `past`: started before now."),
      neighbourhoodId: optionalParam(id("neighbourhoodId"), "Only meetings with this neighbourhood in scope."),
    }),
  }),
};
export type ApiList = keyof typeof API_LISTS;

// ─── Response shapes (documentation; the integration tests check real responses against them) ─

const isoDateTime = z.iso.datetime({ offset: true });

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(["BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID", "PAYLOAD_TOO_LARGE", "UNSUPPORTED_MEDIA_TYPE", "INTERNAL"]),
      message: z.string().describe("A sentence for people, safe to show as it is."),
      fields: z.record(z.string(), z.array(z.string())).optional().describe("422 only: messages per field, keyed by the field's dotted path (`capability.violence`); `_form` for the body as a whole."),
      changedBy: z.string().optional().describe("409 only: who saved the record since the version you sent."),
      changedAt: isoDateTime.optional().describe("409 only: when they saved it."),
    }),
  })
  .describe("Every error, whatever the status.");

/** What every non-police view of a concern holds (the sanitised fields are blank until it is assessed). */
const concernSharedView = {
  audience: z.literal("partner"),
  id: z.uuid(),
  category: oneOf(CONCERN_CATEGORIES, "category"),
  occurredAt: isoDateTime,
  createdAt: isoDateTime,
  status: oneOf(CONCERN_STATUS.values, "status"),
  neighbourhood: z.string().nullable().describe("The neighbourhood's name."),
  outcome: oneOf(CONCERN_OUTCOME.values, "outcome").nullable(),
  outcomeAt: isoDateTime.nullable(),
  sanitisedSummary: z.string().describe("Written by the analyst for readers outside the intelligence unit: nothing that identifies the source."),
  handlingCode: oneOf(HANDLING_CODE.values, "handlingCode").nullable().describe("P: lawful sharing permitted. C: sharing permitted with the conditions below."),
  handlingConditions: z.string().describe("The conditions that come with handling code C (blank for P)."),
};
const groupPartnerRow = z.object({ id: z.uuid(), reference: z.string(), name: z.string(), status: oneOf(GROUP_STATUS.values, "status"), crimeTypes: z.array(z.string()), neighbourhoods: z.array(z.string()).describe("Neighbourhood names.") });
export const RESPONSE_SCHEMAS = {
  GroupPartnerRow: groupPartnerRow.describe("A row of the group list as a partner sees it: no scores, bands or people."),
  GroupPoliceRow: groupPartnerRow.extend({ score: z.number().int().nullable(), band: oneOf(BANDS, "band").nullable(), memberCount: z.number().int(), updatedAt: isoDateTime }).describe("A row of the group list as the police see it."),
  GroupPartnerView: z
    .object({
      audience: z.literal("partner"), id: z.uuid(), reference: z.string(), name: z.string(), status: oneOf(GROUP_STATUS.values, "status"), crimeTypes: z.array(z.string()),
      neighbourhoods: z.array(z.object({ id: z.uuid(), name: z.string() })), partnerSummary: z.string(),
    })
    .strict()
    .describe("The partner-safe view of a group shared with the partner's agency: nothing else is ever sent to a partner."),
  NominalRow: z.object({ id: z.uuid(), name: z.string(), aliases: z.array(z.string()), dateOfBirth: isoDateTime.nullable(), risk: oneOf(RISK_LEVEL.values, "risk").nullable(), warningMarkers: z.array(z.string()), groups: z.array(z.object({ id: z.uuid(), reference: z.string(), name: z.string() })), updatedAt: isoDateTime }),
  PersonRow: z.object({ id: z.uuid(), name: z.string(), ageGroup: oneOf(AGE_GROUP.values, "ageGroup"), ageYears: z.number().int().nullable(), riskLevel: oneOf(RISK_LEVEL.values, "riskLevel"), vulnerabilities: z.array(z.string()), leadAgency: z.string().nullable(), updatedAt: isoDateTime }),
  LocationRow: z.object({ id: z.uuid(), address: z.string(), postcode: z.string().nullable(), type: oneOf(LOCATION_TYPE.values, "type"), flags: z.array(z.string()), neighbourhood: z.string().nullable(), updatedAt: isoDateTime }),
  ConcernTriageRow: z
    .object({
      id: z.uuid(), category: oneOf(CONCERN_CATEGORIES, "category"), createdAt: isoDateTime, occurredAt: isoDateTime, immediateRisk: z.boolean(),
      status: oneOf(CONCERN_STATUS.values, "status"), neighbourhood: z.string().nullable().describe("The neighbourhood's name."), reportedBy: z.string().describe("The reporter's name."),
      excerpt: z.string().describe("The first 160 characters of what was reported (raw text: police only)."),
    })
    .describe("A row of the analysts' triage queue."),
  ConcernPartnerView: z.object(concernSharedView).strict().describe("A concern referred to the partner's agency: the sanitised summary and the handling code (with its conditions) only. Never the raw text, the source or the grading."),
  ConcernReporterView: z
    .object({
      ...concernSharedView,
      audience: z.literal("reporter"),
      description: z.string(), address: z.string(), peopleMentioned: z.string(), vehiclesMentioned: z.string(), source: oneOf(CONCERN_SOURCE.values, "source"), immediateRisk: z.boolean(), indicators: z.array(z.string()),
    })
    .strict()
    .describe("A concern as the person who logged it sees it: what they reported, and once assessed the outcome and sanitised summary. Never the grading or the assessor's notes."),
  ActionRow: z
    .object({
      id: z.uuid(), strand: oneOf(PLAN_STRAND.values, "strand"), title: z.string(), status: oneOf(ACTION_STATUS.values, "status"), priority: oneOf(ACTION_PRIORITY.values, "priority"),
      dueDate: isoDateTime.describe("The due date: a calendar day, sent as midnight UTC."),
      overdue: z.boolean().describe("Still to do and its due date has passed (today's date in Europe/London)."),
      owningAgency: z.string().describe("The owning agency's name."),
      assignee: z.string().nullable().describe("The assignee's name; null when the action is the agency's as a whole."),
      plan: z
        .object({ kind: z.enum(["GROUP", "PERSON"]), id: z.uuid(), label: z.string() })
        .nullable()
        .describe("The group's 4P plan, or the person's safeguarding plan; null for a person's plan you may not see the person of."),
      disruptionOutcome: oneOf(DISRUPTION_OUTCOME.values, "disruptionOutcome").nullable().describe("Completed Pursue actions: major, moderate, minor, none or negative."),
    })
    .describe("A row of an action list."),
  MeetingRow: z
    .object({
      id: z.uuid(), title: z.string(), type: oneOf(MEETING_TYPE.values, "type"), startsAt: isoDateTime, status: oneOf(MEETING_STATUS.values, "status"),
      chair: z.string().describe("The chair's name."), neighbourhoods: z.array(z.string()).describe("The names of the neighbourhoods in scope."),
      itemCount: z.number().int().describe("Agenda items you are given (partners: only those your agency is party to)."),
      minutesPublishedAt: isoDateTime.nullable(),
    })
    .describe("A row of the meeting list."),
  Created: z.object({ data: z.object({ id: z.uuid() }) }).describe("The new record's id; its URL is in the Location header."),
  Updated: z.object({ data: z.object({ id: z.uuid(), version: z.number().int().describe("The record's version now: send it with the next update.") }) }),
  ScoringResult: z.object({
    data: z.object({
      id: z.uuid().describe("The new scoring's id."),
      score: z.number().int().min(0).max(100),
      band: oneOf(BANDS, "band"),
      capabilityPoints: z.number(),
      harmPoints: z.number(),
      likelihoodMultiplier: z.number(),
      confidence: oneOf(CONFIDENCES, "confidence").describe("The effective confidence (lowered when ratings are Unknown)."),
      working: z.array(z.object({ label: z.string(), value: z.string(), points: z.number(), note: z.string().optional() })).describe("Every number the score is built from (docs/scoring.md)."),
      summary: z.string(),
    }),
  }),
};

// ─── The document ────────────────────────────────────────────────────────────────────────

type JsonSchema = Record<string, unknown>;

/** zod types JSON Schema cannot describe; a date is described as the ISO 8601 string it is sent as. */
const UNREPRESENTABLE = new Set(["bigint", "symbol", "undefined", "void", "map", "set", "nan", "function"]);

/**
 * zod → JSON Schema (2020-12, which OpenAPI 3.1 uses as is). `required` is what zod itself
 * insists on: the record schemas turn a missing list or checkbox into [] or false before
 * validating, so a key is listed only when parsing would fail without it. A date (a schema
 * that preprocesses an ISO 8601 string into z.date) is documented as a date-time string.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      const type = zodSchema._zod.def.type;
      if (type === "date") {
        jsonSchema.type = "string";
        jsonSchema.format = "date-time";
        return;
      }
      if (UNREPRESENTABLE.has(type)) throw new Error(`jsonSchemaOf: a ${type} cannot be represented in JSON Schema`);
      if (io !== "input" || !(zodSchema instanceof z.ZodObject) || !Array.isArray(jsonSchema.required)) return;
      const shape = zodSchema.shape as Record<string, z.ZodType>;
      jsonSchema.required = jsonSchema.required.filter((key) => !shape[key]?.safeParse(undefined).success);
      if (!(jsonSchema.required as string[]).length) delete jsonSchema.required;
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

const REQUEST_BODIES = {
  GroupInput: groupSchema,
  GroupUpdate: updateGroupSchema,
  ScoringInput: scoringSchema,
  MembershipInput: membershipSchema,
  NominalInput: nominalSchema,
  NominalUpdate: updateNominalSchema,
  PersonInput: personSchema,
  PersonUpdate: updatePersonSchema,
  LocationInput: locationSchema,
  LocationUpdate: updateLocationSchema,
  LinkInput: linkSchema,
  ConcernInput: logConcernSchema,
  ConcernAssessment: assessConcernSchema,
  ActionInput: createActionSchema,
  ActionUpdate: updateActionSchema,
  ReferralInput: createReferralSchema,
  ReferralUpdate: updateReferralSchema,
  MeetingInput: createMeetingSchema,
  MeetingUpdate: updateMeetingSchema,
  AgendaItemInput: freeItemSchema,
  AgendaVersion: agendaChangeSchema.pick({ version: true }),
  AgendaMove: agendaChangeSchema,
  DecisionInput: decisionSchema,
  ItemActionInput: itemActionSchema,
  MeetingStatusInput: meetingStatusSchema,
  MinutesInput: publishMinutesSchema,
} satisfies Record<string, z.ZodType>;
type RequestBody = keyof typeof REQUEST_BODIES;

const ERRORS = {
  400: ["BadRequest", "The body is not valid JSON."],
  401: ["Unauthenticated", "No signed-in session (or it has expired or been revoked)."],
  403: ["Forbidden", "Your role may not do this."],
  404: ["NotFound", "No such record, or not one your agency may see: the two look the same."],
  409: ["Conflict", "Someone saved the record after you read it: `changedBy` and `changedAt` say who and when. Nothing was saved."],
  413: ["PayloadTooLarge", `The body is larger than ${MAX_BODY_BYTES.toLocaleString("en-GB")} bytes.`],
  415: ["UnsupportedMediaType", "Send the body as JSON, with `Content-Type: application/json`."],
  422: ["Invalid", "The body or query failed validation: `fields` has a message per field."],
} as const;
type ErrorStatus = keyof typeof ERRORS;
const BODY_ERRORS: ErrorStatus[] = [400, 413, 415, 422];

type Operation = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** Replaces `description` in a partner's copy of the document. */
  partnerDescription?: string;
  tag: string;
  /** Partners may call it, so it appears in the copy of the document a partner is given. */
  partner?: boolean;
  list?: ApiList;
  body?: RequestBody;
  /** `partnerSchema` replaces `schema` in the copy of the document a partner is given. */
  success: { status: 200 | 201 | 204; description: string; schema?: JsonSchema; partnerSchema?: JsonSchema; location?: boolean; contentType?: string };
  errors: ErrorStatus[];
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** Lists count their rows only up to COUNT_CAP (lib/dal/list-params.ts). */
const TOTAL_DESCRIPTION = `How many rows the list holds, counted up to ${COUNT_CAP.toLocaleString("en-GB")}: past that, \`total\` is ${(COUNT_CAP + 1).toLocaleString("en-GB")} and \`totalIsLowerBound\` is true.`;
const TOTAL_IS_LOWER_BOUND = { type: "boolean", description: `\`true\`: the list holds more than ${COUNT_CAP.toLocaleString("en-GB")} rows and \`total\` is only a lower bound (keep asking for the next page until a page comes back short). \`false\`: \`total\` is exact.` };
const listOf = (items: JsonSchema, extra: JsonSchema = {}) => ({
  type: "object",
  required: ["data", "page", "pageSize", "total", "totalIsLowerBound", "audience"],
  properties: { data: { type: "array", items }, page: { type: "integer", minimum: 1 }, pageSize: { type: "integer", enum: [...PAGE_SIZES] }, total: { type: "integer", minimum: 0, description: TOTAL_DESCRIPTION }, totalIsLowerBound: TOTAL_IS_LOWER_BOUND, audience: { type: "string", enum: ["police", "partner"], description: "Which view of the records you were given." }, ...extra },
});
const recordView = (what: string) => ({ type: "object", required: ["data"], properties: { data: { type: "object", description: `${what}, with its links; dates are ISO 8601 strings.`, additionalProperties: true } } });

const OPERATIONS: Operation[] = [
  // Groups
  {
    method: "get", path: "/groups", operationId: "listGroups", tag: "Groups", partner: true, list: "groups",
    summary: "List organised crime groups",
    description: "Police see every group with its score, band and member count; partners see only groups shared with their agency, partner-safe fields only.",
    partnerDescription: "The groups shared with your agency: the partner-safe fields.",
    success: { status: 200, description: "A page of groups.", schema: listOf({ anyOf: [ref("GroupPoliceRow"), ref("GroupPartnerRow")] }), partnerSchema: listOf(ref("GroupPartnerRow")) },
    errors: [401, 403, 422],
  },
  { method: "post", path: "/groups", operationId: "createGroup", tag: "Groups", body: "GroupInput", summary: "Create a group", success: { status: 201, description: "Created.", schema: ref("Created"), location: true }, errors: [401, 403, ...BODY_ERRORS] },
  {
    method: "get", path: "/groups/{id}", operationId: "getGroup", tag: "Groups", partner: true,
    summary: "Read a group",
    description: "Police get the full profile (assessment, scorings, members, shares, links). Partners get the partner-safe view of a group shared with their agency, and 404 for any other.",
    partnerDescription: "The partner-safe view of a group shared with your agency; 404 for any other.",
    success: {
      status: 200, description: "The group.",
      schema: { type: "object", required: ["data"], properties: { data: { anyOf: [{ type: "object", description: "The police view (`audience: \"police\"`).", properties: { audience: { const: "police" } }, additionalProperties: true }, ref("GroupPartnerView")] } } },
      partnerSchema: { type: "object", required: ["data"], properties: { data: ref("GroupPartnerView") } },
    },
    errors: [401, 403, 404],
  },
  { method: "patch", path: "/groups/{id}", operationId: "updateGroup", tag: "Groups", body: "GroupUpdate", summary: "Update a group", description: "Send the whole record as edited, with the `version` you read.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "post", path: "/groups/{id}/scorings", operationId: "scoreGroup", tag: "Groups", body: "ScoringInput", summary: "Score a group", description: "Adds a scoring (scorings are never edited); the group's score and band follow the newest.", success: { status: 201, description: "Scored.", schema: ref("ScoringResult"), location: true }, errors: [401, 403, 404, ...BODY_ERRORS] },
  { method: "post", path: "/groups/{id}/members", operationId: "addGroupMember", tag: "Groups", body: "MembershipInput", summary: "Add a nominal to a group", success: { status: 201, description: "Added; the id is the membership's.", schema: ref("Created"), location: true }, errors: [401, 403, 404, ...BODY_ERRORS] },
  // Nominals
  { method: "get", path: "/nominals", operationId: "listNominals", tag: "Nominals", list: "nominals", summary: "List nominals", description: "Police only. Partners get 404.", success: { status: 200, description: "A page of nominals.", schema: listOf(ref("NominalRow")) }, errors: [401, 403, 404, 422] },
  { method: "post", path: "/nominals", operationId: "createNominal", tag: "Nominals", body: "NominalInput", summary: "Create a nominal", success: { status: 201, description: "Created.", schema: ref("Created"), location: true }, errors: [401, 403, 404, ...BODY_ERRORS] },
  { method: "get", path: "/nominals/{id}", operationId: "getNominal", tag: "Nominals", summary: "Read a nominal", description: "Police only (partners get 404). Every read is recorded in the audit trail.", success: { status: 200, description: "The nominal.", schema: recordView("The nominal, with its group memberships") }, errors: [401, 404] },
  { method: "patch", path: "/nominals/{id}", operationId: "updateNominal", tag: "Nominals", body: "NominalUpdate", summary: "Update a nominal", description: "Send the whole record as edited, with the `version` you read.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  // People at risk
  { method: "get", path: "/people-at-risk", operationId: "listPeopleAtRisk", tag: "People at risk", partner: true, list: "people", summary: "List people at risk", description: "Partners see the people their agency leads or that are shared with it.", success: { status: 200, description: "A page of people.", schema: listOf(ref("PersonRow")) }, errors: [401, 403, 422] },
  { method: "post", path: "/people-at-risk", operationId: "createPersonAtRisk", tag: "People at risk", body: "PersonInput", summary: "Record a person at risk", success: { status: 201, description: "Created.", schema: ref("Created"), location: true }, errors: [401, 403, ...BODY_ERRORS] },
  { method: "get", path: "/people-at-risk/{id}", operationId: "getPersonAtRisk", tag: "People at risk", partner: true, summary: "Read a person at risk", description: "Partners get the person without police notes or links (and 404 unless their agency leads or the person is shared with it). Every read is recorded in the audit trail.", success: { status: 200, description: "The person.", schema: recordView("The person at risk") }, errors: [401, 403, 404] },
  { method: "patch", path: "/people-at-risk/{id}", operationId: "updatePersonAtRisk", tag: "People at risk", body: "PersonUpdate", summary: "Update a person at risk", description: "Send the whole record as edited, with the `version` you read.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  // Locations
  { method: "get", path: "/locations", operationId: "listLocations", tag: "Locations", list: "locations", summary: "List locations", description: "Police only. Partners get 404.", success: { status: 200, description: "A page of locations.", schema: listOf(ref("LocationRow")) }, errors: [401, 403, 404, 422] },
  { method: "post", path: "/locations", operationId: "createLocation", tag: "Locations", body: "LocationInput", summary: "Create a location", success: { status: 201, description: "Created.", schema: ref("Created"), location: true }, errors: [401, 403, 404, ...BODY_ERRORS] },
  { method: "get", path: "/locations/{id}", operationId: "getLocation", tag: "Locations", summary: "Read a location", description: "Police only (partners get 404).", success: { status: 200, description: "The location.", schema: recordView("The location") }, errors: [401, 404] },
  { method: "patch", path: "/locations/{id}", operationId: "updateLocation", tag: "Locations", body: "LocationUpdate", summary: "Update a location", description: "Send the whole record as edited, with the `version` you read.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  // Links
  { method: "post", path: "/links", operationId: "createLink", tag: "Links", body: "LinkInput", summary: "Link two records", description: "Police only (partners get 404). 404 when the `from` record does not exist; 422 (on `toId`) when the `to` record does not.", success: { status: 201, description: "Linked.", schema: ref("Created"), location: true }, errors: [401, 403, 404, ...BODY_ERRORS] },
  { method: "delete", path: "/links/{id}", operationId: "deleteLink", tag: "Links", summary: "Remove a link", description: "Police only (partners get 404).", success: { status: 204, description: "Removed." }, errors: [401, 403, 404] },
  // Concerns
  {
    method: "get", path: "/concerns", operationId: "listConcernTriage", tag: "Concerns", list: "concerns",
    summary: "The triage queue of local concerns",
    description: "Analysts and supervisors. By default the concerns still waiting (`NEW` and `IN_ASSESSMENT`), oldest first; `status=OUTCOME` lists the assessed ones.",
    success: { status: 200, description: "A page of concerns.", schema: listOf(ref("ConcernTriageRow")) },
    errors: [401, 403, 422],
  },
  {
    method: "post", path: "/concerns", operationId: "logConcern", tag: "Concerns", partner: true, body: "ConcernInput",
    summary: "Log a local concern",
    description: "Any signed-in user; officers most. Say what was seen or heard, when (not in the future) and where (an address, a known location or at least a neighbourhood); tick indicators from the category's own list. An officer's concern belongs to their first neighbourhood unless another is given. With `immediateRisk` every active supervisor is notified at once. The concern then waits for an analyst to grade it (3x5x2) and decide the outcome, which is fed back to the reporter.",
    partnerDescription: "Tell the police what you have seen or heard: when (not in the future), where (an address or a neighbourhood) and the indicators from the category's own list. With `immediateRisk` the duty supervisors are alerted at once. You will be told the outcome.",
    success: { status: 201, description: "Logged.", schema: ref("Created"), location: true },
    errors: [401, 403, ...BODY_ERRORS],
  },
  {
    method: "get", path: "/concerns/{id}", operationId: "getConcern", tag: "Concerns", partner: true,
    summary: "Read a concern",
    description: "Police get everything: the raw text, the grading, the outcome note and the linked records. Whoever logged a concern gets what they reported and, once assessed, the outcome and sanitised summary (never the grading). A partner agency gets the sanitised view of a concern referred to it. Anyone else gets 404.",
    partnerDescription: "A concern you logged (what you reported and, once assessed, the outcome and summary), or one referred to your agency (the summary and handling code). 404 for any other.",
    success: {
      status: 200, description: "The concern.",
      schema: { type: "object", required: ["data"], properties: { data: { anyOf: [{ type: "object", description: "The police view (`audience: \"police\"`).", properties: { audience: { const: "police" } }, additionalProperties: true }, ref("ConcernReporterView"), ref("ConcernPartnerView")] } } },
      partnerSchema: { type: "object", required: ["data"], properties: { data: { anyOf: [ref("ConcernReporterView"), ref("ConcernPartnerView")] } } },
    },
    errors: [401, 404],
  },
  {
    method: "patch", path: "/concerns/{id}/assessment", operationId: "assessConcern", tag: "Concerns", body: "ConcernAssessment",
    summary: "Grade a concern and decide its outcome",
    description: "Analysts and supervisors, carrying the concern's `version`. The 3x5x2 grading: a `gradingReason` is required for source 3 (`NOT_RELIABLE`) or assessment E; `handlingConditions` for handling code C. Without an `outcome` the grading is saved and the concern is `IN_ASSESSMENT`; with one it is `OUTCOME` and needs the `sanitisedSummary` (what the reporter and any partner read: nothing that identifies the source), plus an `outcomeNote` for no further action, `referredAgencyId` for a referral (the agency's users are notified), `groupId` for a link to a group, or `newGroupName` and `newGroupReference` for a new emerging group. `links` is the whole set of linked records (the outcome's group is added). The reporter is notified of the outcome.",
    success: { status: 200, description: "Saved.", schema: ref("Updated") },
    errors: [401, 403, 404, 409, ...BODY_ERRORS],
  },
  // Actions (4P plans and safeguarding plans)
  {
    method: "get", path: "/actions", operationId: "listActions", tag: "Actions", partner: true, list: "actions",
    summary: "List actions",
    description: "Police see every action. Partners see the actions their agency owns or that are assigned to them, and other agencies' actions on a group, or on the safeguarding plan of a person, they can see when those are shared with the partnership. Soonest due first by default; `overdue` is worked out from the due date against today's date in Europe/London.",
    partnerDescription: "The actions your agency owns or that are assigned to you, and other agencies' actions shared with the partnership on a group or person you can see. Soonest due first by default.",
    success: { status: 200, description: "A page of actions.", schema: listOf(ref("ActionRow")) },
    errors: [401, 403, 422],
  },
  {
    method: "post", path: "/actions", operationId: "createAction", tag: "Actions", body: "ActionInput",
    summary: "Add an action to a plan",
    description: "Analysts and supervisors. An action belongs to a group's 4P plan (`groupId`) or a person's safeguarding plan (`personId`); it is owned by one agency, police or partner, and may be assigned to an active user of that agency. `subjectKind` and `subjectId` say what it is about (the group, or one of its nominals, people or locations). Owning an action lets a partner agency see the group's partner-safe view. The assignee is notified (or, with no assignee, the owning agency's users). 404 when the group or person does not exist.",
    success: { status: 201, description: "Created.", schema: ref("Created"), location: true },
    errors: [401, 403, 404, ...BODY_ERRORS],
  },
  {
    method: "get", path: "/actions/{id}", operationId: "getAction", tag: "Actions", partner: true,
    summary: "Read an action",
    description: "`audience` says which view: `police` (everything, with its history), `owner` (the owning agency's staff or the assignee: the description, outcome and history, the group's partner-safe summary, and the person only when shared with them) or `partnership` (another agency's action shared with the partnership: title, owner, status and due date only, never its description, notes or history). 404 for any action you may not see.",
    partnerDescription: "`audience` says which view: `owner` (your agency's action, or one assigned to you: the description, outcome and history) or `partnership` (another agency's action shared with the partnership: title, owner, status and due date only). 404 for any other action.",
    success: {
      status: 200, description: "The action.",
      schema: {
        type: "object", required: ["data"],
        properties: { data: { type: "object", description: "The action; dates are ISO 8601 strings.", properties: { audience: { type: "string", enum: ["police", "owner", "partnership"] }, canUpdate: { type: "boolean" }, version: { type: "integer", description: "Send it with the next update." } }, additionalProperties: true } },
      },
    },
    errors: [401, 403, 404],
  },
  {
    method: "patch", path: "/actions/{id}", operationId: "updateAction", tag: "Actions", partner: true, body: "ActionUpdate",
    summary: "Update an action: status, a note, the outcome",
    description: "Police, or the owning agency's staff (another agency's action answers 404), carrying the `version` you read. Send a `note` or a change of `status`. `DONE` needs an `outcomeNote` (what was achieved), and a done Pursue action its `disruptionOutcome`. Each update is added to the action's history.",
    partnerDescription: "Your agency's actions (any other answers 404), carrying the `version` you read. Send a `note` or a change of `status`. `DONE` needs an `outcomeNote` (what was achieved), and a done Pursue action its `disruptionOutcome`. Each update is added to the action's history.",
    success: { status: 200, description: "Saved.", schema: ref("Updated") },
    errors: [401, 403, 404, 409, ...BODY_ERRORS],
  },
  // Safeguarding referrals of people at risk
  {
    method: "get", path: "/referrals", operationId: "listReferrals", tag: "Referrals", partner: true, list: "referrals",
    summary: "List safeguarding referrals",
    description: "Without `personId`: a page of referrals, newest first, filtered by `status`, `type` and `late` in the database. Police see every referral; a partner agency sees the referrals it has received, the person named only when it may see them. With `personId`: that person's referrals (no paging), to anyone who may see the person (404 otherwise). `late` is true for an NRM referral with no reasonable grounds decision after `nrmDecisionDue` (the referral day plus 5 days, against today's date in Europe/London).",
    partnerDescription: "Without `personId`: a page of the referrals your agency has received, newest first; the person is named only when their record is shared with your agency. With `personId`: the referrals of a person you may see (404 otherwise).",
    success: {
      status: 200, description: "The referrals.",
      schema: {
        type: "object", required: ["data", "audience"],
        properties: {
          data: { type: "array", items: { type: "object", description: "A referral; dates are ISO 8601 strings.", properties: { type: { type: "string", enum: [...REFERRAL_TYPE.values] }, status: { type: "string", enum: [...REFERRAL_STATUS.values] }, late: { type: "boolean" }, canUpdate: { type: "boolean" }, version: { type: "integer" } }, additionalProperties: true } },
          audience: { type: "string", enum: ["police", "partner"] },
          page: { type: "integer", description: "Without `personId` only." },
          pageSize: { type: "integer", description: "Without `personId` only." },
          total: { type: "integer", description: `Without \`personId\` only. ${TOTAL_DESCRIPTION}` },
          totalIsLowerBound: { ...TOTAL_IS_LOWER_BOUND, description: `Without \`personId\` only. ${TOTAL_IS_LOWER_BOUND.description}` },
        },
      },
    },
    errors: [401, 403, 404, 422],
  },
  {
    method: "get", path: "/referrals/{id}", operationId: "getReferral", tag: "Referrals", partner: true,
    summary: "Read a referral",
    description: "Police see any referral. A partner sees a referral its agency received (the person named only when shared with it) or one of a person it may see. `canUpdate` says whether you may record its status and decision dates. 404 for any other.",
    success: {
      status: 200, description: "The referral.",
      schema: {
        type: "object", required: ["data", "audience"],
        properties: {
          data: { type: "object", description: "The referral; dates are ISO 8601 strings.", properties: { type: { type: "string", enum: [...REFERRAL_TYPE.values] }, status: { type: "string", enum: [...REFERRAL_STATUS.values] }, late: { type: "boolean" }, canUpdate: { type: "boolean" }, version: { type: "integer", description: "Send it with the next update." } }, additionalProperties: true },
          audience: { type: "string", enum: ["police", "partner"] },
        },
      },
    },
    errors: [401, 403, 404],
  },
  {
    method: "post", path: "/referrals", operationId: "createReferral", tag: "Referrals", partner: true, body: "ReferralInput",
    summary: "Refer a person at risk to an agency",
    description: "Police analysts and supervisors, or staff of the agency that leads the person. The receiving agency must be active; its users are notified. An NRM referral for an adult needs `consent`: without it the answer is 422 on `consent`, and an anonymous MS1 duty to notify (`DUTY_TO_NOTIFY`) should be made instead. Children need no consent for NRM.",
    success: { status: 201, description: "Created.", schema: ref("Created"), location: true },
    errors: [401, 403, 404, ...BODY_ERRORS],
  },
  {
    method: "patch", path: "/referrals/{id}", operationId: "updateReferral", tag: "Referrals", partner: true, body: "ReferralUpdate",
    summary: "Update a referral: status, decision dates, notes",
    description: "Police analysts and supervisors, or the receiving agency's staff (any other agency gets 404), carrying the `version` you read. Reasonable and conclusive grounds dates apply to NRM referrals only.",
    success: { status: 200, description: "Saved.", schema: ref("Updated") },
    errors: [401, 403, 404, 409, ...BODY_ERRORS],
  },
  // Exports
  {
    method: "get", path: "/export/{kind}", operationId: "exportList", tag: "Export",
    summary: "Export a list as CSV",
    description: "Analysts and supervisors. `kind` is groups, nominals, people or locations; the query takes that list's filters and sort (as its list operation). Streams up to 50,000 rows; formula-like cells are prefixed with ' so spreadsheets show them as text. Each export is recorded in the audit trail.",
    success: { status: 200, description: "The CSV file (UTF-8 with a byte-order mark).", schema: { type: "string" }, contentType: "text/csv" },
    errors: [401, 403, 404, 422],
  },
  // Tasking meetings
  {
    method: "get", path: "/meetings", operationId: "listMeetings", tag: "Meetings", partner: true, list: "meetings",
    summary: "List tasking meetings",
    description: "Police see every meeting. Partners see the meetings they, or their agency, attend. Latest first by default; `when` is worked out against the current time.",
    partnerDescription: "The meetings you, or your agency, attend. Latest first by default.",
    success: { status: 200, description: "A page of meetings.", schema: listOf(ref("MeetingRow")) },
    errors: [401, 403, 422],
  },
  {
    method: "post", path: "/meetings", operationId: "createMeeting", tag: "Meetings", body: "MeetingInput",
    summary: "Plan a meeting",
    description: `Supervisors. \`startsAt\` without an offset (\`2026-12-03T10:00\`) is London time, either side of a clock change; with \`Z\` or an offset it is that instant. The chair must be an active supervisor; attendees active users; agencies active. Locus proposes the agenda at once, for the neighbourhoods in scope since the previous meeting sharing one of them (or the last 28 days): ${AGENDA_ITEM_KIND.values.filter((k) => k !== "FREE").map((k) => AGENDA_ITEM_KIND.label[k].toLowerCase()).join("; ")}.`,
    success: { status: 201, description: "Planned, with its proposed agenda.", schema: ref("Created"), location: true },
    errors: [401, 403, ...BODY_ERRORS],
  },
  {
    method: "get", path: "/meetings/{id}", operationId: "getMeeting", tag: "Meetings", partner: true,
    summary: "Read a meeting and its agenda",
    description: "`audience` says which view. Police get every item with its wording, the reason it was proposed, each decision's rationale and the minutes. Partners who attend (or whose agency does) get only the items their agency is party to, in wording built from partner-safe fields, the notes for partners and, once published, the partner minutes. 404 for a meeting you may not see.",
    partnerDescription: "A meeting you or your agency attend: the items your agency is party to, the decisions with their notes for partners, the actions you may see and, once published, the partner minutes. 404 for any other meeting.",
    success: {
      status: 200, description: "The meeting.",
      schema: { type: "object", required: ["data"], properties: { data: { type: "object", description: "The meeting; dates are ISO 8601 strings.", properties: { audience: { type: "string", enum: ["police", "partner"] }, status: { type: "string", enum: [...MEETING_STATUS.values] }, canManage: { type: "boolean" }, version: { type: "integer", description: "Send it with the next change to the meeting or its agenda." }, items: { type: "array", items: { type: "object", properties: { kind: { type: "string", enum: [...AGENDA_ITEM_KIND.values] }, decision: { type: ["string", "null"], enum: [...MEETING_DECISION.values, null] }, version: { type: "integer", description: "Send it with the decision." } }, additionalProperties: true } } }, additionalProperties: true } } },
    },
    errors: [401, 403, 404],
  },
  { method: "patch", path: "/meetings/{id}", operationId: "updateMeeting", tag: "Meetings", body: "MeetingUpdate", summary: "Change a meeting", description: "Supervisors, with the `version` you read; not once it is closed (422). The agenda is left as it is: refresh it to add what the new scope proposes.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "post", path: "/meetings/{id}/agenda", operationId: "refreshAgenda", tag: "Meetings", body: "AgendaVersion", summary: "Refresh the proposed agenda", description: "Supervisors, with the meeting's `version`. Runs the agenda rules again and adds the proposals whose subject is not already an item, at the end. `added` says how many.", success: { status: 200, description: "Refreshed.", schema: { type: "object", required: ["data"], properties: { data: { type: "object", properties: { id: { type: "string", format: "uuid" }, version: { type: "integer" }, added: { type: "integer", minimum: 0 } } } } } }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "post", path: "/meetings/{id}/items", operationId: "addAgendaItem", tag: "Meetings", body: "AgendaItemInput", summary: "Add the chair's own item", description: "Supervisors, with the meeting's `version`. Optionally about a group or a person. `partnerTitle` is what partner attendees read; without it the item is police only.", success: { status: 201, description: "Added; the id is the item's.", schema: ref("Created"), location: true }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "patch", path: "/meetings/{id}/items/{itemId}", operationId: "decideAgendaItem", tag: "Meetings", body: "DecisionInput", summary: "Record the decision on an item", description: "Supervisors, with the item's `version`: adopt, monitor, no further action, refer or escalate, with the rationale (police only) and an optional note for partners.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "delete", path: "/meetings/{id}/items/{itemId}", operationId: "removeAgendaItem", tag: "Meetings", body: "AgendaVersion", summary: "Take an item off the agenda", description: "Supervisors, with the meeting's `version`; the items after it move up. An item actions were tasked from stays (422).", success: { status: 204, description: "Removed." }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "post", path: "/meetings/{id}/items/{itemId}/move", operationId: "moveAgendaItem", tag: "Meetings", body: "AgendaMove", summary: "Move an item up or down", description: "Supervisors, with the meeting's `version` and `direction` (`up` or `down`): swaps the item with its neighbour.", success: { status: 200, description: "Moved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "post", path: "/meetings/{id}/items/{itemId}/actions", operationId: "taskActionFromItem", tag: "Meetings", body: "ItemActionInput", summary: "Task an action from an item", description: "Supervisors. The action lands in the item's plan: its group's 4P plan (the item's group, or the group of the action or concern it is about), else its person's safeguarding plan; 422 when the item has neither. It is owned by one agency and may be assigned to an active user of that agency, who is notified; the next meeting in scope reviews it while it is open.", success: { status: 201, description: "Tasked; the Location is the action's.", schema: ref("Created"), location: true }, errors: [401, 403, 404, ...BODY_ERRORS] },
  { method: "post", path: "/meetings/{id}/status", operationId: "setMeetingStatus", tag: "Meetings", body: "MeetingStatusInput", summary: "Start or close a meeting", description: "Supervisors, with the meeting's `version`: planned → `IN_PROGRESS` → `CLOSED`, in that order only (422 otherwise). A closed meeting's agenda and decisions no longer change.", success: { status: 200, description: "Saved.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  { method: "post", path: "/meetings/{id}/minutes", operationId: "publishMinutes", tag: "Meetings", body: "MinutesInput", summary: "Publish the minutes", description: "Supervisors, once the meeting is closed (422 before), with its `version`. `minutes` is the police version; `partnerMinutes` is what partner attendees read. Every attendee is notified.", success: { status: 200, description: "Published.", schema: ref("Updated") }, errors: [401, 403, 404, 409, ...BODY_ERRORS] },
  {
    method: "get", path: "/meetings/{id}/pack.pdf", operationId: "downloadMeetingPack", tag: "Meetings", partner: true,
    summary: "Download the meeting pack (PDF)",
    description: "The agenda as the audience may see it, marked OFFICIAL-SENSITIVE for police; partners get their partner version. Each download is recorded in the audit trail.",
    partnerDescription: "The partner version of the meeting pack: the items your agency is party to. Each download is recorded in the audit trail.",
    success: { status: 200, description: "The PDF, as an attachment.", schema: { type: "string", format: "binary" }, contentType: "application/pdf" },
    errors: [401, 403, 404],
  },
  {
    method: "get", path: "/meetings/{id}/minutes.pdf", operationId: "downloadMeetingMinutes", tag: "Meetings", partner: true,
    summary: "Download the minutes (PDF)",
    description: "Police: once the meeting is closed. Partners: once the minutes are published, their partner version. 404 before. Each download is recorded in the audit trail.",
    partnerDescription: "The partner version of the minutes, once published (404 before). Each download is recorded in the audit trail.",
    success: { status: 200, description: "The PDF, as an attachment.", schema: { type: "string", format: "binary" }, contentType: "application/pdf" },
    errors: [401, 403, 404],
  },
  // The document itself
  { method: "get", path: "/openapi.json", operationId: "getOpenApiDocument", tag: "Meta", partner: true, summary: "This document", description: "Any signed-in user. Partners are given the operations they may use.", success: { status: 200, description: "OpenAPI 3.1.", schema: { type: "object" } }, errors: [401] },
];

function listParameters(list: ApiList, audience: Audience | null) {
  const c: ListContract<string, z.ZodObject> = API_LISTS[list];
  const paging = [
    { name: "page", in: "query", description: "Page number, from 1. Out-of-range values become 1.", schema: { type: "integer", minimum: 1, maximum: 100_000, default: 1 } },
    { name: "pageSize", in: "query", description: "Rows per page. Other values become the default.", schema: { type: "integer", enum: [...PAGE_SIZES], default: PAGE_SIZES[0] } },
    { name: "sort", in: "query", description: `Sort key. Unknown keys fall back to the default: \`relevance\` when \`q\` is given, otherwise \`${c.defaults.sort}\`.`, schema: { type: "string", enum: [...c.sorts] } },
    { name: "dir", in: "query", description: `Sort direction (default \`${c.defaults.dir}\`).`, schema: { type: "string", enum: ["asc", "desc"] } },
  ];
  const shape = c.filters.shape as Record<string, z.ZodType>;
  const hidden = audience === "partner" ? (c.policeOnlyFilters ?? []) : [];
  const filters = Object.entries(shape).filter(([name]) => !hidden.includes(name)).map(([name, field]) => {
    const { description, ...schema } = jsonSchemaOf(field, "input");
    return { name, in: "query", required: false, description: field.description ?? description, schema };
  });
  return [...paging, ...filters];
}

function operationObject(op: Operation, audience: Audience | null) {
  const parameters: JsonSchema[] = [];
  if (op.path.includes("{id}")) parameters.push({ name: "id", in: "path", required: true, description: "The record's id.", schema: { type: "string", format: "uuid" } });
  if (op.path.includes("{itemId}")) parameters.push({ name: "itemId", in: "path", required: true, description: "The agenda item's id.", schema: { type: "string", format: "uuid" } });
  if (op.path.includes("{kind}")) parameters.push({ name: "kind", in: "path", required: true, description: "Which list to export.", schema: { type: "string", enum: ["groups", "nominals", "people", "locations"] } });
  if (op.list) parameters.push(...listParameters(op.list, audience));
  const headers = op.success.location ? { Location: { description: "The URL of the new (or scored) record.", schema: { type: "string", format: "uri" } } } : undefined;
  const partner = audience === "partner";
  const schema = partner && op.success.partnerSchema ? op.success.partnerSchema : op.success.schema;
  const description = partner && op.partnerDescription ? op.partnerDescription : op.description;
  const responses: Record<string, unknown> = {
    [op.success.status]: { description: op.success.description, ...(headers ? { headers } : {}), ...(schema ? { content: { [op.success.contentType ?? "application/json"]: { schema } } } : {}) },
  };
  for (const status of [...new Set(op.errors)].sort()) responses[status] = { $ref: `#/components/responses/${ERRORS[status][0]}` };
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(description ? { description } : {}),
    tags: [op.tag],
    ...(parameters.length ? { parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } } : {}),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document. A partner is given only the operations partners may use, so the
 * document tells them no more than the API does.
 */
export function buildOpenApiDocument(options: { audience: Audience | null } = { audience: "police" }) {
  const operations = options.audience === "partner" ? OPERATIONS.filter((op) => op.partner) : OPERATIONS;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[API_BASE + op.path] ??= {})[op.method] = operationObject(op, options.audience);

  // Only the schemas the chosen operations use (a partner's copy names no police-only shapes).
  const used = new Set([...JSON.stringify(paths).matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]));
  const schemas: Record<string, JsonSchema> = { Error: jsonSchemaOf(errorResponseSchema, "output") };
  for (const [name, schema] of Object.entries(RESPONSE_SCHEMAS)) if (used.has(name)) schemas[name] = jsonSchemaOf(schema, "output");
  for (const [name, schema] of Object.entries(REQUEST_BODIES)) if (used.has(name)) schemas[name] = jsonSchemaOf(schema, "input");

  const responses = Object.fromEntries(Object.values(ERRORS).map(([name, description]) => [name, { description, content: { "application/json": { schema: ref("Error") } } }]));

  return {
    openapi: "3.1.1",
    info: {
      title: "Locus API",
      version: "1.0.0",
      description: [
        "Multi-agency organised-crime case management. Authenticate with the signed-in session cookie (sign in at /sign-in); requests without one get 401.",
        "Bodies are JSON (`Content-Type: application/json`); dates are ISO 8601 strings. Updates carry the `version` you read and are refused with 409 if the record has changed since.",
        "Every error has the shape `{\"error\": {\"code\", \"message\", \"fields\"?}}`. Records an agency may not see answer 404, exactly as records that do not exist.",
      ].join("\n\n"),
    },
    servers: [{ url: "/" }],
    security: [{ sessionCookie: [] }],
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The session cookie set by signing in (`__Secure-next-auth.session-token` over HTTPS)." },
      },
      schemas,
      responses,
    },
  };
}
