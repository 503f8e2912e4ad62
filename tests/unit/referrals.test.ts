// The referral rules: the Reasonable Grounds decision is due five days after an NRM referral and
// is late from the day after (London calendar day); an adult must consent to an NRM referral,
// otherwise Locus offers an anonymous MS1 duty to notify; children need no consent.
import { describe, expect, it } from "vitest";
import { consentProblem, isNrmLate, NRM_CONSENT_MESSAGE, nrmDecisionDue, nrmNeedsConsent, REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const at = (iso: string) => new Date(iso);
const nrm = (referredOn: string, reasonableGroundsOn: string | null = null) => ({ type: "NRM" as const, referredOn: day(referredOn), reasonableGroundsOn: reasonableGroundsOn ? day(reasonableGroundsOn) : null });

describe("labels", () => {
  it("names every type and status", () => {
    expect(REFERRAL_TYPE.values).toHaveLength(7);
    expect(REFERRAL_TYPE.label.DUTY_TO_NOTIFY).toMatch(/MS1/);
    expect(REFERRAL_STATUS.values).toEqual(["SENT", "ACCEPTED", "DECLINED", "CLOSED"]);
  });
});

describe("NRM decision due", () => {
  it("is five days after the referral, across a month end", () => {
    expect(nrmDecisionDue(day("2026-11-20"))).toEqual(day("2026-11-25"));
    expect(nrmDecisionDue(day("2026-12-29"))).toEqual(day("2027-01-03"));
  });
});

describe("isNrmLate", () => {
  it("is not late on the due day, late the day after", () => {
    expect(isNrmLate(nrm("2026-11-10"), at("2026-11-15T12:00:00Z"))).toBe(false);
    expect(isNrmLate(nrm("2026-11-10"), at("2026-11-16T00:01:00Z"))).toBe(true);
  });
  it("uses the London day: 23:30 UTC in summer is already the next day", () => {
    expect(isNrmLate(nrm("2026-07-01"), at("2026-07-06T22:30:00Z"))).toBe(false);
    expect(isNrmLate(nrm("2026-07-01"), at("2026-07-06T23:30:00Z"))).toBe(true);
  });
  it("is never late once reasonable grounds are decided, nor for other types", () => {
    expect(isNrmLate(nrm("2026-11-01", "2026-11-12"), at("2026-11-20T12:00:00Z"))).toBe(false);
    expect(isNrmLate({ ...nrm("2026-11-01"), type: "DUTY_TO_NOTIFY" }, at("2026-11-20T12:00:00Z"))).toBe(false);
    expect(isNrmLate({ ...nrm("2026-11-01"), type: "MASH" }, at("2026-11-20T12:00:00Z"))).toBe(false);
  });
});

describe("the NRM consent rule", () => {
  it("an adult must consent to an NRM referral; MS1 is offered instead", () => {
    expect(nrmNeedsConsent("NRM", "ADULT")).toBe(true);
    expect(consentProblem({ type: "NRM", consent: false }, "ADULT")).toEqual({ offer: "DUTY_TO_NOTIFY", message: NRM_CONSENT_MESSAGE });
    expect(consentProblem({ type: "NRM", consent: true }, "ADULT")).toBeNull();
  });
  it("a child needs no consent for NRM", () => {
    expect(nrmNeedsConsent("NRM", "CHILD")).toBe(false);
    expect(consentProblem({ type: "NRM", consent: false }, "CHILD")).toBeNull();
  });
  it("MS1 and other referrals need no consent under this rule", () => {
    expect(consentProblem({ type: "DUTY_TO_NOTIFY", consent: false }, "ADULT")).toBeNull();
    expect(consentProblem({ type: "HOUSING", consent: false }, "ADULT")).toBeNull();
  });
});
