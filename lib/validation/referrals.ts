// Schemas for making and updating safeguarding referrals. The NRM consent rule needs the person's
// age group, so the data layer checks it (lib/domain/referrals.ts).
import { z } from "zod";
import { todayInLondon } from "@/lib/domain/actions";
import { REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { checkbox, optionalText, uuid, version } from "./fields";

const oneOf = <K extends string>(values: readonly K[], message: string) => z.enum(values as unknown as [K, ...K[]], { error: message });
const date = (label: string) => z.iso.date({ error: `${label} must be a date like 2026-12-31` });
const notFuture = (label: string) => date(label).refine((v) => new Date(v).getTime() <= todayInLondon().getTime(), { message: `${label} cannot be in the future` });
const optionalDate = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), notFuture(label).optional());

export const createReferralSchema = z.object({
  personId: uuid("person"),
  type: oneOf(REFERRAL_TYPE.values, "Choose the kind of referral"),
  receivingAgencyId: uuid("receiving agency"),
  referredOn: notFuture("Referred on"),
  consent: checkbox,
  notes: optionalText("Notes", 4_000).transform((v) => v ?? ""),
});
export type CreateReferralInput = z.infer<typeof createReferralSchema>;

export const updateReferralSchema = z.object({
  version,
  status: oneOf(REFERRAL_STATUS.values, "Choose a status"),
  decisionOn: optionalDate("Decision date"),
  reasonableGroundsOn: optionalDate("Reasonable grounds decision date"),
  conclusiveGroundsOn: optionalDate("Conclusive grounds decision date"),
  notes: optionalText("Notes", 4_000).transform((v) => v ?? ""),
});
export type UpdateReferralInput = z.infer<typeof updateReferralSchema>;
