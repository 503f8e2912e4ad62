// The vocabulary of safeguarding referrals and their rules: the NRM consent rule (an adult must
// consent; otherwise an anonymous MS1 "duty to notify" is made instead) and the Reasonable Grounds
// decision, normally within 5 days of the referral.
import type { AgeGroup, ReferralStatus, ReferralType } from "@/lib/generated/prisma/enums";
import { todayInLondon } from "./actions";

function labels<K extends string>(entries: Record<K, string>) {
  return { values: Object.keys(entries) as K[], label: entries };
}

export const REFERRAL_TYPE = labels<ReferralType>({
  MASH: "MASH (multi-agency safeguarding hub)",
  ADULT_SAFEGUARDING: "Adult safeguarding",
  NRM: "National Referral Mechanism (NRM)",
  DUTY_TO_NOTIFY: "Duty to notify (MS1, anonymous)",
  HOUSING: "Housing",
  HEALTH: "Health",
  OTHER: "Other",
});
export const REFERRAL_STATUS = labels<ReferralStatus>({ SENT: "Sent", ACCEPTED: "Accepted", DECLINED: "Declined", CLOSED: "Closed" });

/** Days within which a Reasonable Grounds decision is normally made after an NRM referral. */
export const NRM_DECISION_DAYS = 5;

export const NRM_CONSENT_MESSAGE = "An adult must consent to an NRM referral. Without consent, make an anonymous duty to notify (MS1) instead.";

/** The day the Reasonable Grounds decision is normally due: the referral day plus five days. */
export function nrmDecisionDue(referredOn: Date): Date {
  return new Date(Date.UTC(referredOn.getUTCFullYear(), referredOn.getUTCMonth(), referredOn.getUTCDate() + NRM_DECISION_DAYS));
}

/** Late: an NRM referral with no Reasonable Grounds decision, and today (in London) is past the due day. */
export function isNrmLate(referral: { type: ReferralType; referredOn: Date; reasonableGroundsOn: Date | null }, now = new Date()): boolean {
  if (referral.type !== "NRM" || referral.reasonableGroundsOn) return false;
  return todayInLondon(now).getTime() > nrmDecisionDue(referral.referredOn).getTime();
}

/** An NRM referral for an adult needs the adult's consent; a child's needs none. */
export function nrmNeedsConsent(type: ReferralType, ageGroup: AgeGroup): boolean {
  return type === "NRM" && ageGroup === "ADULT";
}

/**
 * The consent rule. Returns null when the referral may be made, or the type Locus offers instead
 * (an anonymous MS1 duty to notify) with the reason.
 */
export function consentProblem(input: { type: ReferralType; consent: boolean }, ageGroup: AgeGroup): { offer: "DUTY_TO_NOTIFY"; message: string } | null {
  if (nrmNeedsConsent(input.type, ageGroup) && !input.consent) return { offer: "DUTY_TO_NOTIFY", message: NRM_CONSENT_MESSAGE };
  return null;
}
