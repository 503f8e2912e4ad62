// Schemas for logging and assessing concerns: the 3x5x2 rules live here, so the form, the API
// and the data layer all apply the same ones.
import { z } from "zod";
import { CONCERN_CATEGORIES, CONCERN_OUTCOME, CONCERN_SOURCE, HANDLING_CODE, INTEL_ASSESSMENT, SOURCE_EVALUATION } from "@/lib/domain/concerns";
import { OC_CATEGORIES } from "@/lib/domain/indicators";
import { RECORD_KIND } from "@/lib/domain/case-record";
import { checkbox, optionalText, requiredText, uuid, version } from "./fields";

const oneOf = <K extends string>(values: readonly K[], message: string) => z.enum(values as unknown as [K, ...K[]], { error: message });
const optionalUuid = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), uuid(label).optional());
const strings = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(200)).max(30));

export const logConcernSchema = z
  .object({
    category: oneOf(CONCERN_CATEGORIES, "Choose what kind of organised crime this looks like"),
    indicators: strings,
    description: requiredText("What you saw or heard", 10_000),
    occurredAt: z.preprocess(
      (v) => (typeof v === "string" && v ? new Date(v) : v),
      z.date({ error: "Say when it happened" }).refine((d) => !Number.isNaN(d.getTime()), "Say when it happened").refine((d) => d.getTime() <= Date.now() + 5 * 60_000, "When cannot be in the future"),
    ),
    address: optionalText("Address", 300).transform((v) => v ?? ""),
    locationId: optionalUuid("known location"),
    neighbourhoodId: optionalUuid("neighbourhood"),
    peopleMentioned: optionalText("People", 2_000).transform((v) => v ?? ""),
    vehiclesMentioned: optionalText("Vehicles", 1_000).transform((v) => v ?? ""),
    source: oneOf(CONCERN_SOURCE.values, "Say where this came from"),
    immediateRisk: checkbox,
  })
  .superRefine((c, ctx) => {
    const known = OC_CATEGORIES.find((k) => k.key === c.category)?.indicators ?? [];
    for (const i of c.indicators) if (!known.includes(i)) ctx.addIssue({ code: "custom", path: ["indicators"], message: "Tick indicators from the list for this category" });
    if (!c.address && !c.locationId && !c.neighbourhoodId) ctx.addIssue({ code: "custom", path: ["address"], message: "Say where: an address, a known location or at least the neighbourhood" });
  });
export type LogConcernInput = z.infer<typeof logConcernSchema>;

const recordRef = z.object({ kind: oneOf(RECORD_KIND.values, "Choose a record type"), id: uuid("record") });

/** Grading and outcome. The rules: a reason for source 3 or assessment E; written conditions
 *  for handling code C; a reason for no further action; an agency for a referral; a group for
 *  "linked to a group"; a name and reference for a new emerging group. */
export const assessConcernSchema = z
  .object({
    version,
    sourceEvaluation: oneOf(SOURCE_EVALUATION.values, "Choose the source evaluation (1, 2 or 3)"),
    intelAssessment: oneOf(INTEL_ASSESSMENT.values, "Choose the intelligence assessment (A to E)"),
    handlingCode: oneOf(HANDLING_CODE.values, "Choose the handling code (P or C)"),
    gradingReason: optionalText("Reason", 2_000).transform((v) => v ?? ""),
    handlingConditions: optionalText("Handling conditions", 2_000).transform((v) => v ?? ""),
    sanitisedSummary: optionalText("Sanitised summary", 4_000).transform((v) => v ?? ""),
    links: z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(recordRef).max(50)),
    outcome: z.preprocess((v) => (v === "" ? undefined : v), oneOf(CONCERN_OUTCOME.values, "Choose an outcome").optional()),
    outcomeNote: optionalText("Outcome note", 4_000).transform((v) => v ?? ""),
    referredAgencyId: optionalUuid("agency"),
    groupId: optionalUuid("group"),
    newGroupName: optionalText("New group's name", 120),
    newGroupReference: optionalText("New group's reference", 20),
  })
  .superRefine((a, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if ((a.sourceEvaluation === "NOT_RELIABLE" || a.intelAssessment === "E") && !a.gradingReason) need("gradingReason", "Give a reason: it is required for source 3 or assessment E");
    if (a.handlingCode === "C" && !a.handlingConditions) need("handlingConditions", "Write the conditions: handling code C requires them, and whoever receives it will see them");
    if (a.outcome) {
      if (!a.sanitisedSummary) need("sanitisedSummary", "Write the sanitised summary the reporting officer and any partner will read");
      if (a.outcome === "NO_FURTHER_ACTION" && !a.outcomeNote) need("outcomeNote", "Give the reason for no further action");
      if (a.outcome === "REFERRED" && !a.referredAgencyId) need("referredAgencyId", "Choose the partner agency it is referred to");
      if (a.outcome === "LINKED_TO_GROUP" && !a.groupId) need("groupId", "Choose the group it is linked to");
      if (a.outcome === "NEW_EMERGING_GROUP") {
        if (!a.newGroupName) need("newGroupName", "Name the new group");
        if (!a.newGroupReference || !/^\d{2}\/\d{5}$/.test(a.newGroupReference)) need("newGroupReference", "Give the new group a reference like 05/00283");
      }
    }
  });
export type AssessConcernInput = z.infer<typeof assessConcernSchema>;
