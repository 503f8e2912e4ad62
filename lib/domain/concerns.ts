// The vocabulary of local concerns: sources, the 3x5x2 grading, outcomes, and what to do now
// when someone is at immediate risk.
import type { ConcernOutcome, ConcernSource, ConcernStatus, HandlingCode, IntelligenceAssessment, SourceEvaluation } from "@/lib/generated/prisma/enums";
import { OC_CATEGORIES } from "./indicators";

function labels<K extends string>(entries: Record<K, string>) {
  return { values: Object.keys(entries) as K[], label: entries };
}

export const CONCERN_CATEGORIES = [...OC_CATEGORIES.map((c) => c.key), "OTHER"] as const;
export const CATEGORY_LABEL: Record<string, string> = { ...Object.fromEntries(OC_CATEGORIES.map((c) => [c.key, c.label])), OTHER: "Other organised crime" };

export const CONCERN_SOURCE = labels<ConcernSource>({ OWN_OBSERVATION: "My own observation", MEMBER_OF_PUBLIC: "A member of the public", PARTNER: "A partner agency", CCTV: "CCTV", OTHER: "Other" });
export const CONCERN_STATUS = labels<ConcernStatus>({ NEW: "New", IN_ASSESSMENT: "In assessment", OUTCOME: "Assessed" });
export const CONCERN_OUTCOME = labels<ConcernOutcome>({
  LINKED_TO_GROUP: "Linked to a group",
  NEW_EMERGING_GROUP: "New emerging group",
  REFERRED: "Referred to a partner agency",
  ESCALATED_TO_TASKING: "Escalated to tasking",
  NO_FURTHER_ACTION: "No further action",
});

export const SOURCE_EVALUATION = labels<SourceEvaluation>({ RELIABLE: "1 – Reliable", UNTESTED: "2 – Untested source", NOT_RELIABLE: "3 – Not reliable" });
export const INTEL_ASSESSMENT = labels<IntelligenceAssessment>({
  A: "A – Known directly to the source",
  B: "B – Known indirectly but corroborated",
  C: "C – Known indirectly",
  D: "D – Not known",
  E: "E – Suspected to be false",
});
export const HANDLING_CODE = labels<HandlingCode>({ P: "P – Lawful sharing permitted", C: "C – Sharing permitted with conditions" });

/** The short form people say out loud: "2B P". */
export function gradeCode(g: { sourceEvaluation: SourceEvaluation | null; intelAssessment: IntelligenceAssessment | null; handlingCode: HandlingCode | null }): string | null {
  if (!g.sourceEvaluation || !g.intelAssessment || !g.handlingCode) return null;
  const n = { RELIABLE: 1, UNTESTED: 2, NOT_RELIABLE: 3 }[g.sourceEvaluation];
  return `${n}${g.intelAssessment} ${g.handlingCode}`;
}

/** What an officer should do now when someone is at immediate risk (shown as soon as they tick it). */
export const IMMEDIATE_RISK_GUIDANCE = [
  "If anyone is in danger now, call 999 or use your radio: do not wait for this form.",
  "Stay with or keep sight of a child or vulnerable person at risk where it is safe to do so.",
  "Tell the duty supervisor or control room by radio; Locus also alerts supervisors as soon as you submit.",
  "For a child, make a safeguarding referral to the MASH today.",
];
