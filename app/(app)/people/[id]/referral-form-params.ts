// What the referral form held when it was re-submitted as a GET to narrow its agency list.
import type { FormParams } from "@/components/forms/form-params";
import { REFERRAL_TYPE } from "@/lib/domain/referrals";
import type { ReferralFormValues } from "./referral-form";

export function referralFormParams(q: FormParams): ReferralFormValues | undefined {
  if (!q.narrowing) return undefined;
  return {
    type: q.oneOf("type", REFERRAL_TYPE.values),
    receivingAgencyId: q.text("receivingAgencyId", 36),
    referredOn: q.text("referredOn", 10),
    consent: q.checked("consent"),
    notes: q.text("notes", 4_000),
  };
}
