// The Northbridge demo's safeguarding referrals: 25 across the people at risk seedCaseRecord
// wrote (read back from the database): MASH referrals of children to children's social care,
// adult safeguarding, NRM referrals (adults with consent, children without) some of them with a
// late Reasonable Grounds decision, anonymous MS1 duty-to-notify for adults who did not consent,
// housing and health referrals. Everything is fictional.
//
// Dates are relative to SEED_TODAY (2026-11-20). Lateness is worked out against the real date, so
// every NRM referral either has its reasonable grounds decision or is already late on the seed day.
// NRM and MS1 go to the police here (the force's modern slavery lead passes them to the Single
// Competent Authority, which is not an agency in Locus).
//
// Deterministic: its own seeded PRNG and SEED_TODAY; written with one createMany.
import type { PrismaClient, ReferralStatus, ReferralType } from "@/lib/generated/prisma/client";
import { SEED_TODAY, type CaseRecordSeedContext } from "./case-record";
import { AGENCY } from "./agencies";
import { Rng, uuid7 } from "./rng";

export type ReferralsSeedDb = Pick<PrismaClient, "referral" | "personAtRisk">;

const DAY = 86_400_000;
const REFERRERS = ["analyst@locus.test", "supervisor@locus.test", "council@locus.test"] as const;

/** The calendar day `offset` days from the seed day (negative: before). */
function dayAt(offset: number): Date {
  const d = new Date(SEED_TODAY.getTime() + offset * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}


type Spec = { who: "CHILD" | "ADULT"; type: ReferralType; agency: keyof typeof AGENCY; daysAgo: number; consent: boolean; status: ReferralStatus; decidedAfter?: number; rgAfter?: number; cgAfter?: number; notes: string };

const SPECS: Spec[] = [
  // MASH for children: screened within a day or two.
  { who: "CHILD", type: "MASH", agency: "csc", daysAgo: 40, consent: false, status: "ACCEPTED", decidedAfter: 1, notes: "Missing episodes and found out of area; older associates." },
  { who: "CHILD", type: "MASH", agency: "csc", daysAgo: 32, consent: false, status: "ACCEPTED", decidedAfter: 1, notes: "Several handsets and unexplained cash; school attendance dropping." },
  { who: "CHILD", type: "MASH", agency: "csc", daysAgo: 21, consent: false, status: "CLOSED", decidedAfter: 2, notes: "Screened: single agency response from early help." },
  { who: "CHILD", type: "MASH", agency: "csc", daysAgo: 9, consent: false, status: "ACCEPTED", decidedAfter: 1, notes: "Older 'boyfriend', gifts and alcohol." },
  { who: "CHILD", type: "MASH", agency: "csc", daysAgo: 2, consent: false, status: "SENT", notes: "Found with drugs concealed at a trap address." },
  { who: "CHILD", type: "MASH", agency: "csc", daysAgo: 1, consent: false, status: "SENT", notes: "Unexplained injuries reported by school." },
  // NRM: children need no consent; adults consented. Some Reasonable Grounds decisions late.
  { who: "CHILD", type: "NRM", agency: "police", daysAgo: 60, consent: false, status: "ACCEPTED", rgAfter: 4, cgAfter: 45, notes: "County lines: positive reasonable and conclusive grounds." },
  { who: "CHILD", type: "NRM", agency: "police", daysAgo: 30, consent: false, status: "ACCEPTED", rgAfter: 5, notes: "Criminal exploitation; awaiting conclusive grounds." },
  { who: "CHILD", type: "NRM", agency: "police", daysAgo: 14, consent: false, status: "SENT", notes: "Recovered from a cuckooed flat; decision awaited." },
  { who: "ADULT", type: "NRM", agency: "police", daysAgo: 50, consent: true, status: "ACCEPTED", rgAfter: 3, notes: "Labour exploitation at a car wash." },
  { who: "ADULT", type: "NRM", agency: "police", daysAgo: 20, consent: true, status: "SENT", notes: "Sexual exploitation; consented after support from Safe Harbour." },
  { who: "ADULT", type: "NRM", agency: "police", daysAgo: 11, consent: true, status: "SENT", notes: "Living at the workplace, no ID documents." },
  { who: "ADULT", type: "NRM", agency: "police", daysAgo: 35, consent: true, status: "DECLINED", rgAfter: 6, notes: "Negative reasonable grounds decision; support continues locally." },
  // MS1 duty to notify: adults who did not consent.
  { who: "ADULT", type: "DUTY_TO_NOTIFY", agency: "police", daysAgo: 44, consent: false, status: "CLOSED", decidedAfter: 0, notes: "Did not consent to NRM; anonymous notification made." },
  { who: "ADULT", type: "DUTY_TO_NOTIFY", agency: "police", daysAgo: 16, consent: false, status: "CLOSED", decidedAfter: 0, notes: "Worker transported with others; declined NRM." },
  { who: "ADULT", type: "DUTY_TO_NOTIFY", agency: "police", daysAgo: 3, consent: false, status: "SENT", notes: "Signs of fear and controlled pay; declined NRM." },
  // Adult safeguarding.
  { who: "ADULT", type: "ADULT_SAFEGUARDING", agency: "asc", daysAgo: 38, consent: true, status: "ACCEPTED", decidedAfter: 3, notes: "Cuckooed tenant with care and support needs." },
  { who: "ADULT", type: "ADULT_SAFEGUARDING", agency: "asc", daysAgo: 12, consent: true, status: "SENT", notes: "Repeat doorstep fraud against an elderly resident." },
  { who: "ADULT", type: "ADULT_SAFEGUARDING", agency: "asc", daysAgo: 27, consent: false, status: "DECLINED", decidedAfter: 4, notes: "No care and support needs identified; signposted." },
  // Housing.
  { who: "ADULT", type: "HOUSING", agency: "homes", daysAgo: 33, consent: true, status: "ACCEPTED", decidedAfter: 5, notes: "Management move away from the cuckooed flat." },
  { who: "ADULT", type: "HOUSING", agency: "homes", daysAgo: 8, consent: true, status: "SENT", notes: "Target hardening and tenancy review." },
  { who: "ADULT", type: "HOUSING", agency: "homes", daysAgo: 19, consent: true, status: "CLOSED", decidedAfter: 6, notes: "Rehoused." },
  // Health.
  { who: "ADULT", type: "HEALTH", agency: "nhs", daysAgo: 25, consent: true, status: "ACCEPTED", decidedAfter: 2, notes: "Substance misuse service." },
  { who: "CHILD", type: "HEALTH", agency: "nhs", daysAgo: 6, consent: true, status: "SENT", notes: "Sexual health outreach." },
  { who: "CHILD", type: "OTHER", agency: "csc", daysAgo: 4, consent: true, status: "SENT", notes: "Youth work mentoring." },
];

export async function seedReferrals(db: ReferralsSeedDb, ctx: CaseRecordSeedContext): Promise<void> {
  const rng = new Rng(0x4ef11);
  const ids = new Rng(0x4ef12);
  const agencyId = (key: keyof typeof AGENCY) => {
    const id = ctx.agencies.get(AGENCY[key]);
    if (!id) throw new Error(`seedReferrals: agency "${AGENCY[key]}" missing`);
    return id;
  };
  const people = await db.personAtRisk.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, ageGroup: true } });
  const pool = { CHILD: people.filter((p) => p.ageGroup === "CHILD"), ADULT: people.filter((p) => p.ageGroup === "ADULT") };
  const referrers = REFERRERS.map((e) => ctx.users.get(e)).filter((id): id is string => !!id);
  const after = (base: Date, days: number | undefined) => (days === undefined ? null : new Date(base.getTime() + days * DAY));
  const rows = SPECS.flatMap((s) => {
    const candidates = pool[s.who].length ? pool[s.who] : people;
    if (!candidates.length) return [];
    const person = rng.pick(candidates);
    const referredOn = dayAt(-s.daysAgo);
    const by = referrers.length ? rng.pick(referrers) : null;
    const createdAt = new Date(referredOn.getTime() + rng.int(9, 17) * 3_600_000);
    return [{
      id: uuid7(createdAt, ids), personId: person.id, type: s.type, receivingAgencyId: agencyId(s.agency), referredOn, consent: s.consent, status: s.status,
      decisionOn: after(referredOn, s.decidedAfter ?? s.rgAfter), reasonableGroundsOn: after(referredOn, s.rgAfter), conclusiveGroundsOn: after(referredOn, s.cgAfter),
      notes: s.notes, createdAt, createdById: by, updatedById: by,
    }];
  });
  await db.referral.createMany({ data: rows });
}
