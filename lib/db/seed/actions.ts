// The Northbridge demo's 4P plans and safeguarding plans: about 125 actions across the 12
// groups' plans (Pursue, Prevent, Protect, Prepare) and about 30 on the safeguarding plans of 15
// people at risk, owned by the police and by partner agencies, each with one to three history
// entries. The groups, members, places and people seedCaseRecord wrote are read back from the
// database. Everything is fictional, as in ./case-record.ts.
//
// Dates: created, updated and completed before SEED_TODAY (2026-11-20). Whether an action is
// overdue is worked out against the real date, so the overdue ones are due well in the past
// (September to 10 November 2026) and the other open ones well into 2027: the demo reads the
// same for months. Titles never name a nominal or a person at risk (partners may see titles);
// descriptions name a nominal only on police-owned actions.
//
// Deterministic: its own seeded PRNG (never Math.random) and SEED_TODAY; written with two
// createMany calls. A few actions are fixed, for the walkthrough and the end-to-end tests
// (see DEMO_OVERDUE_HOMES_ACTION).
import type { ActionPriority, ActionStatus, DisruptionOutcome, PlanStrand, PrismaClient, RecordKind } from "@/lib/generated/prisma/client";
import { actionRow } from "../factories-records";
import { SEED_TODAY, type CaseRecordSeedContext } from "./case-record";
import { AGENCY, type AgencyKey } from "./agencies";
import { Rng, uuid7 } from "./rng";

export type ActionsSeedDb = Pick<PrismaClient, "action" | "actionUpdate" | "organisedCrimeGroup" | "groupMembership" | "personAtRisk" | "link" | "location">;

const NOW = SEED_TODAY.getTime();
const DAY = 86_400_000;

/** The overdue Northbridge Homes action assigned to housing@locus.test (Aisha Rahman). */
export const DEMO_OVERDUE_HOMES_ACTION = {
  title: "Welfare visit and tenancy review for the cuckooed tenant at Rowan House",
  groupReference: "05/00219",
  groupName: "Ashgrove Estate family group",
  assignee: "housing@locus.test",
} as const;

// ─── Time helpers (all relative to SEED_TODAY) ───────────────────────────────────────────

/** A calendar day (for the @db.Date due date) `offset` days from today (negative: before). */
function dayAt(offset: number): Date {
  const d = new Date(NOW + offset * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}
/** A moment during working hours `offset` days from today; never later than an hour before SEED_TODAY. */
function momentAt(offset: number, rng: Rng): Date {
  const d = dayAt(Math.min(0, offset));
  const t = d.getTime() + rng.int(8, 17) * 3_600_000 + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
  return new Date(Math.min(t, NOW - 3_600_000));
}
/** Whole days from today to `d` (negative: in the past). */
function offsetOf(d: Date): number {
  return Math.floor((d.getTime() - NOW) / DAY);
}


// ─── Who ─────────────────────────────────────────────────────────────────────────────────


const USER = {
  officer: "officer@locus.test",
  analyst: "analyst@locus.test",
  supervisor: "supervisor@locus.test",
  council: "council@locus.test",
  housing: "housing@locus.test",
  barker: "tom.barker@northbridge.example",
  novak: "lena.novak@northbridge.example",
  reid: "marcus.reid@northbridge.example",
  whitaker: "grace.whitaker@northbridge.example",
  price: "owen.price@northbridge.example",
  clarke: "fiona.clarke@northbridge.example",
  adeyemi: "ruth.adeyemi@northbridge.example",
  doyle: "chris.doyle@northbridge.example",
  lowe: "hannah.lowe@northbridge.example",
  ellison: "mark.ellison@northbridge.example",
  fairweather: "jo.fairweather@northbridge.example",
  lindqvist: "bea.lindqvist@northbridge.example",
} as const;
type UserKey = keyof typeof USER;

/** The partner agencies' practitioners who carry their actions. */
const PARTNER_STAFF: Record<Exclude<AgencyKey, "police">, UserKey> = {
  csc: "council", asc: "adeyemi", communitySafety: "doyle", homes: "housing", nhs: "lowe", schools: "ellison", probation: "fairweather", safeHarbour: "lindqvist",
};
/** Who adds actions to plans: analysts and supervisors. */
const PLANNERS: Partial<Record<UserKey, number>> = { analyst: 4, supervisor: 3, price: 2, clarke: 2 };
const INTEL: UserKey[] = ["analyst", "price"];
const POLICE_STAFF = new Set<UserKey>(["officer", "analyst", "supervisor", "barker", "novak", "reid", "whitaker", "price", "clarke"]);

/** Neighbourhood code -> its name in a sentence, and the neighbourhood officer whose patch it is. */
const HOODS: Record<string, { name: string; officer: UserKey }> = {
  "NB-CEN": { name: "Northbridge Central", officer: "officer" },
  "NB-RIV": { name: "Riverside", officer: "officer" },
  "NB-CAN": { name: "the Canal Quarter", officer: "novak" },
  "NB-ASH": { name: "the Ashgrove Estate", officer: "barker" },
  "NB-MIL": { name: "Millfield", officer: "barker" },
  "NB-HAR": { name: "Harbour Road", officer: "whitaker" },
  "NB-KIN": { name: "Kingsmoor", officer: "reid" },
  "NB-ELM": { name: "Elm Park", officer: "reid" },
};

// ─── What gets done ──────────────────────────────────────────────────────────────────────

/**
 * One kind of action. Placeholders: {hood} (a neighbourhood of the group), {group}, {ref}, and in
 * police-owned descriptions {nominal} (the group's principal subject) and {place} (the address).
 */
type Template = {
  /** Crime types (as on the group) this fits, "DOORSTEP" (fraud with burglary: rogue traders), or "ANY". */
  themes: readonly string[];
  strand: PlanStrand;
  owner: AgencyKey;
  /** Police actions: the neighbourhood officer, an analyst, or the group's lead officer. */
  who?: "local" | "intel" | "lead";
  title: string;
  detail: string;
  /** What it is about: the group (default), its principal subject, one of its places, or a person at risk from it. */
  about?: "nominal" | "site" | "person";
  /** Only for a group with one of its places flagged so; for "site", the place is one of them. */
  siteFlags?: readonly string[];
  /** For "person": only for a group with a person at risk with one of these vulnerabilities, who is the subject. */
  personVulns?: readonly string[];
  priority?: ActionPriority;
  /** Shared with the partnership (its title, owner and status; never its notes). */
  share?: boolean;
  progress: string;
  blocked?: string;
  /** The outcome note of a done action (for Pursue: a major, moderate or minor disruption). */
  done: string;
  /** Pursue: the outcome note when it came to nothing, or went wrong (none, negative). */
  nil?: string;
};

const DRUGS = ["COUNTY_LINES", "CCE", "DRUGS_SUPPLY"];
/** Cuckooing: drug supply from a vulnerable person's home, and the criminal families that take homes over. */
const CUCKOO = [...DRUGS, "INTIMIDATION"];
const TEMPLATES: Template[] = [
  // ── Drugs supply, county lines and child criminal exploitation ──
  {
    themes: DRUGS, strand: "PURSUE", owner: "police", who: "local", priority: "HIGH",
    title: "Test purchase operation in {hood}",
    detail: "Plain-clothes test purchases from the line's deal phone over four weeks to evidence supply for charge. Covert authority to be in place before the first buy; Children's Social Care told of any child seen dealing.",
    progress: "Authority granted; the first two purchases have been made and exhibited.",
    blocked: "Paused: the deal number changed and the new one has not yet been attributed.",
    done: "Eleven test purchases made; five street dealers charged with supplying class A drugs, three remanded.",
    nil: "Operation closed early: the line stopped selling to new numbers after the first purchase. Nothing charged.",
  },
  {
    themes: ["COUNTY_LINES"], strand: "PURSUE", owner: "police", who: "intel",
    title: "Call data and cell-site analysis of the deal line",
    detail: "Attribute the deal line and the controller's handsets from call data; map the runners' movements against the missing episodes of the children linked to {group}.",
    progress: "Call data received for two handsets; analysis under way.",
    done: "Controller's handset attributed and the line's supply route mapped; product passed to the warrant team.",
    nil: "The handsets were dropped before the data came back; nothing new attributed.",
  },
  {
    themes: DRUGS, strand: "PURSUE", owner: "police", who: "lead", about: "site", siteFlags: ["TRAP_HOUSE", "STASH_HOUSE"], priority: "HIGH",
    title: "Drugs warrant at the line's main trap house",
    detail: "Misuse of Drugs Act section 23 warrant at {place}, assessed as {group}'s main trap house. Children's Social Care on standby for any child found inside; dog unit and method of entry booked.",
    progress: "Warrant granted by the magistrates; briefing set for the next early turn.",
    blocked: "On hold: the address has gone quiet; waiting for fresh intelligence before applying.",
    done: "Warrant executed: 62 wraps of crack cocaine, £2,300 in cash and three phones seized; two adults arrested and one 15-year-old safeguarded.",
    nil: "Warrant executed but the address had been cleared; nothing found. A review of how the operation was compromised has been asked for.",
  },
  {
    themes: ["COUNTY_LINES", "DRUGS_SUPPLY"], strand: "PURSUE", owner: "police", who: "local",
    title: "Targeted patrols and stop checks at the drop points in {hood}",
    detail: "High-visibility and plain-clothes patrols at the times and places runners meet buyers, with stop and search where the grounds are there.",
    progress: "Patrol plan agreed; the first week done with two stop-searches.",
    done: "Six weeks of patrols: three searches found drugs, and dealing reported at the drop points fell by half.",
    nil: "Patrols done but the dealing moved to the next street; no arrests.",
  },
  {
    themes: CUCKOO, strand: "PURSUE", owner: "police", who: "lead", about: "site", siteFlags: ["CUCKOOED"], priority: "HIGH",
    title: "Closure order on the cuckooed flat, with Northbridge Homes",
    detail: "Closure notice and then a magistrates' closure order (Anti-social Behaviour, Crime and Policing Act 2014, Part 4) on {place}, with Northbridge Homes as joint applicant. The tenant is to be offered respite accommodation first.",
    progress: "Evidence file with the force solicitor; Northbridge Homes has supplied the tenancy history.",
    blocked: "Waiting for the court date; the first listing was adjourned.",
    done: "Three-month closure order granted; the tenant moved to respite accommodation and visits to the block stopped.",
    nil: "Closure order refused on the evidence available; the tenant remains at risk and support continues.",
  },
  {
    themes: CUCKOO, strand: "PURSUE", owner: "homes", about: "site", siteFlags: ["CUCKOOED", "TRAP_HOUSE"], share: true,
    title: "Tenancy enforcement: injunction against the visitors using the tenant's flat",
    detail: "Apply for an anti-social behaviour injunction excluding the adults using the flat from the block, with power of arrest. Police statements to support it.",
    progress: "Housing officer's statement done; waiting for two police statements.",
    done: "Injunction granted excluding three adults from the block for 12 months, with power of arrest.",
    nil: "Application withdrawn: the tenant would not support it and the evidence fell short.",
  },
  {
    themes: ["COUNTY_LINES", "DRUGS_SUPPLY"], strand: "PURSUE", owner: "communitySafety", share: true,
    title: "Community protection warnings for the dealers using the parade in {hood}",
    detail: "Community Safety to issue community protection warnings, then notices, to the adults the police identify dealing at the parade; police to evidence breaches.",
    progress: "Four warnings drafted; waiting for police identification of two more.",
    done: "Four community protection warnings issued and one notice served; the group has moved off the parade.",
    nil: "Warnings issued but ignored; breach evidence not strong enough to prosecute.",
  },
  {
    themes: ["COUNTY_LINES", "CCE"], strand: "PREVENT", owner: "schools", share: true,
    title: "County lines grooming sessions in {hood} secondary schools",
    detail: "Deliver the exploitation awareness session to Years 8 to 10, with the school police liaison officer; designated safeguarding leads to be briefed first.",
    progress: "Two of the three schools booked for next half-term.",
    done: "Sessions delivered at three schools; two pupils made disclosures, which were passed to the MASH.",
  },
  {
    themes: ["COUNTY_LINES", "CCE", "CSE"], strand: "PREVENT", owner: "csc", about: "person", personVulns: ["CCE", "COUNTY_LINES", "CSE"], priority: "HIGH",
    title: "Return home interviews for the children linked to the group who go missing",
    detail: "Every missing episode of a child linked to {group} gets an independent return home interview within 72 hours; what is learned goes to the police exploitation team.",
    progress: "Interviews done for four of the seven children; one refused.",
    blocked: "Two families are not engaging; escalated to the team manager.",
    done: "Interviews completed for all seven children within 72 hours; two disclosed exploitation and now have child protection plans.",
  },
  {
    themes: ["COUNTY_LINES", "CCE"], strand: "PREVENT", owner: "communitySafety", share: true,
    title: "Refer the younger runners to the Positive Futures youth programme",
    detail: "Youth workers to offer the children on the periphery of the line places on the evening and weekend programme, with a mentor each.",
    progress: "Three young people referred; two have started.",
    done: "Five young people engaged over the term; none has come to police notice since.",
  },
  {
    themes: ["COUNTY_LINES", "CCE"], strand: "PREVENT", owner: "police", who: "local",
    title: "Disrupt recruitment at school gates at home time in {hood}",
    detail: "High-visibility patrols at home time at the schools where the group's recruiter has been seen, agreed with the head teachers.",
    progress: "Patrols running three days a week.",
    done: "Patrols at two schools for a half-term; the recruiter has not been seen there since.",
  },
  {
    themes: ["COUNTY_LINES", "CCE"], strand: "PROTECT", owner: "csc", about: "person", personVulns: ["CCE", "COUNTY_LINES"], siteFlags: ["TRAP_HOUSE"], priority: "HIGH",
    title: "MASH strategy discussion for the children found at the trap house",
    detail: "Strategy discussion with police, health and education within 24 hours; consider section 47 enquiries and a placement away from the area.",
    progress: "Strategy discussion held; section 47 enquiries opened.",
    done: "Both children placed on child protection plans; one moved to a placement outside the county with the family's agreement.",
  },
  {
    themes: CUCKOO, strand: "PROTECT", owner: "homes", siteFlags: ["CUCKOOED"], share: true,
    title: "Cuckooing welfare visits to vulnerable tenants in {hood}",
    detail: "Joint visits with the neighbourhood team to the tenancies flagged as at risk of cuckooing: check who is staying, offer support and explain how to report.",
    progress: "Eight of the fourteen flagged tenancies visited.",
    blocked: "Visits paused while the housing officer for the patch is off sick; cover being arranged.",
    done: "All fourteen flagged tenancies visited; two new cuckooing cases found and referred to the police.",
  },
  {
    themes: CUCKOO, strand: "PROTECT", owner: "homes", about: "site", siteFlags: ["CUCKOOED"],
    title: "Secure door entry and video doorbell for the cuckooed flat",
    detail: "Fit a secure door entry and a video doorbell at the flat; change the locks after the visitors are excluded.",
    progress: "Works order raised with the contractor.",
    done: "Door entry, video doorbell and new locks fitted; the tenant reports no unwanted visitors since.",
  },
  {
    themes: CUCKOO, strand: "PROTECT", owner: "asc", about: "person", personVulns: ["CUCKOOING"],
    title: "Care Act safeguarding enquiry for the cuckooed tenant",
    detail: "Section 42 enquiry for the adult whose home is being used; a care and support assessment and a safety plan with the tenant.",
    progress: "Enquiry opened; first visit made with the housing officer.",
    done: "Section 42 enquiry concluded; the tenant moved to supported housing with a care package.",
  },
  {
    themes: ["COUNTY_LINES", "CCE", "CSE"], strand: "PROTECT", owner: "schools", about: "person", personVulns: ["CCE", "COUNTY_LINES", "CSE"], share: true,
    title: "Trusted adult and safety plan in school for the children at risk",
    detail: "Each child linked to the group gets a named trusted adult in school and a safety plan covering journeys to and from school.",
    progress: "Safety plans agreed for three of the five children.",
    done: "Safety plans in place for all five children; attendance has improved for four of them.",
  },
  {
    themes: ["COUNTY_LINES", "DRUGS_SUPPLY", "INTIMIDATION", "CANNABIS_CULTIVATION"], strand: "PREPARE", owner: "police", who: "lead",
    title: "Community impact assessment before the warrant phase in {hood}",
    detail: "Assess the likely impact of the enforcement phase on residents and on the children linked to the group; plan the reassurance and the safeguarding response.",
    progress: "Draft shared with Community Safety and Children's Social Care.",
    done: "Assessment agreed at tasking; reassurance patrols and a safeguarding cell planned for the day of action.",
  },
  {
    themes: ["COUNTY_LINES", "CCE"], strand: "PREPARE", owner: "nhs", share: true,
    title: "Flag young people attending A&E with stab or unexplained injuries",
    detail: "The emergency department to tell the trust's exploitation lead of any young person from {hood} attending with a stab wound or an unexplained injury, for a same-day safeguarding referral.",
    progress: "Flag added to the triage system; staff briefing in progress.",
    done: "Flag live; three referrals made in the first two months, each screened by the MASH within 24 hours.",
  },

  // ── Child sexual exploitation ──
  {
    themes: ["CSE"], strand: "PURSUE", owner: "police", who: "intel", priority: "HIGH",
    title: "Identify the adults at the 'parties' from phone downloads",
    detail: "Digital forensic downloads of the phones seized from the girls (with consent) to identify the adults organising the parties attributed to {group}.",
    progress: "Downloads of two phones complete; four numbers being attributed.",
    done: "Four adults identified; two arrested for sexual activity with a child and on bail with conditions.",
    nil: "Downloads complete but the numbers were unregistered and have been dropped; no one identified.",
  },
  {
    themes: ["CSE"], strand: "PURSUE", owner: "police", who: "lead", about: "nominal",
    title: "Child abduction warning notices for the adults seen with the girls",
    detail: "Serve child abduction warning notices on {nominal} and the other adults seen with the girls; record them on police systems so any breach is acted on.",
    progress: "Two notices served; two more adults being traced.",
    done: "Notices served on three adults; one breached within a month and was arrested.",
    nil: "Notices served; no change in the adults' behaviour seen and no breach evidenced.",
  },
  {
    themes: ["CSE"], strand: "PURSUE", owner: "communitySafety", share: true,
    title: "Licensing review of the late-night takeaway where girls are picked up",
    detail: "Ask the licensing committee to review the premises licence; police to supply the evidence of children being collected from the premises after midnight.",
    progress: "Review application submitted; hearing date awaited.",
    done: "Licence suspended for three months and conditions added: CCTV, no under-18s after 9pm, staff training.",
    nil: "The committee took no action on the evidence given.",
  },
  {
    themes: ["CSE"], strand: "PREVENT", owner: "schools", share: true,
    title: "Healthy relationships and online grooming lessons in {hood} schools",
    detail: "PSHE lessons on grooming, online safety and where to get help, for Years 7 to 9, with a parents' evening.",
    progress: "Lesson plans agreed with the designated safeguarding leads.",
    done: "Lessons delivered in four schools; the parents' evening was attended by about 60 families.",
  },
  {
    themes: ["CSE"], strand: "PREVENT", owner: "csc", about: "person", personVulns: ["CSE"],
    title: "Specialist exploitation worker for each girl linked to the group",
    detail: "Allocate a specialist exploitation worker to each girl linked to {group}, with a weekly contact and a safety plan.",
    progress: "Workers allocated to five of the eight girls.",
    blocked: "Waiting list for the specialist team; interim contact by the social workers.",
    done: "All eight girls have a specialist worker; six are engaging well.",
  },
  {
    themes: ["CSE"], strand: "PROTECT", owner: "police", who: "local", share: true,
    title: "Hotel and taxi operator awareness visits in {hood}",
    detail: "Visit the hotels and private hire operators in the area: signs of child sexual exploitation, what to record and how to report it.",
    progress: "Five hotels and two taxi firms visited.",
    done: "All hotels and the three taxi firms visited; one hotel has since reported a concern that led to a safeguarding visit.",
  },
  {
    themes: ["CSE"], strand: "PROTECT", owner: "nhs", about: "person", personVulns: ["CSE"],
    title: "Fast-track CAMHS assessments for the girls at risk",
    detail: "Mental health assessments within four weeks for the girls linked to the group, and routine exploitation screening at the sexual health clinic.",
    progress: "Three assessments booked.",
    done: "Assessments completed for all referred girls; two started therapy.",
  },
  {
    themes: ["CSE", "SEX_MARKET"], strand: "PREPARE", owner: "police", who: "lead", priority: "HIGH",
    title: "Achieving best evidence interviews and ISVA support for the victims",
    detail: "Plan video-recorded interviews with intermediaries and an independent sexual violence adviser for each victim willing to give evidence; special measures at court.",
    progress: "Two interviews done; intermediary booked for the third.",
    done: "Interviews completed with three victims, each supported by an ISVA; special measures granted for the trial.",
  },

  // ── Modern slavery and labour exploitation ──
  {
    themes: ["MODERN_SLAVERY"], strand: "PURSUE", owner: "police", who: "lead", about: "site", priority: "HIGH",
    title: "Joint inspection visit with the GLAA, HMRC and Immigration Enforcement",
    detail: "Multi-agency visit to {place}: speak to every worker away from the managers, with interpreters; Safe Harbour on site to offer support.",
    progress: "Date agreed with the GLAA; interpreters booked for Romanian and Albanian.",
    blocked: "Postponed: the GLAA team was redeployed; a new date is being agreed.",
    done: "Visit made: nine workers spoken to, four accepted support; the director was interviewed under caution.",
    nil: "Visit made but the site was closed on the day; no workers present.",
  },
  {
    themes: ["MODERN_SLAVERY"], strand: "PURSUE", owner: "police", who: "intel", about: "nominal",
    title: "Slavery and trafficking risk order application",
    detail: "Build the application for a slavery and trafficking risk order against {nominal}: bank records, vehicle movements and the workers' accounts.",
    progress: "Financial evidence gathered; draft with the force solicitor.",
    done: "Risk order granted for five years: no employing staff or arranging their travel or accommodation.",
    nil: "Application not pursued: the force solicitor advised the evidence would not meet the test.",
  },
  {
    themes: ["MODERN_SLAVERY"], strand: "PROTECT", owner: "safeHarbour", about: "person", personVulns: ["MODERN_SLAVERY"], priority: "HIGH",
    title: "National Referral Mechanism referrals and safe-house places for the workers",
    detail: "Safe Harbour to support each potential victim through the NRM (police as first responder where needed), with safe-house places for those who want them.",
    progress: "Three NRM referrals made; positive reasonable grounds decisions for two.",
    done: "Five referrals made; all received positive reasonable grounds decisions and three moved into safe houses.",
  },
  {
    themes: ["MODERN_SLAVERY"], strand: "PROTECT", owner: "safeHarbour", share: true,
    title: "Outreach visits with interpreters to the workers' shared houses",
    detail: "Regular outreach visits to the shared houses to build trust, with information in the workers' languages.",
    progress: "Three visits made; workers accepting leaflets but wary.",
    done: "Monthly outreach for four months; two workers self-referred for support.",
  },
  {
    themes: ["MODERN_SLAVERY"], strand: "PREVENT", owner: "communitySafety", share: true,
    title: "Labour exploitation awareness for businesses in {hood}",
    detail: "Campaign to hand car washes, nail bars and takeaways: the signs of labour exploitation and how to report them anonymously.",
    progress: "Materials printed in five languages.",
    done: "Forty businesses visited; two reports received through the anonymous line.",
  },
  {
    themes: ["MODERN_SLAVERY"], strand: "PREPARE", owner: "safeHarbour",
    title: "Reception centre plan for the day of action",
    detail: "Plan a reception centre for potential victims on the day of action: interpreters, food, health checks, and safe-house places on standby.",
    progress: "Venue agreed with the council; interpreters on standby.",
    done: "Reception centre ran on the day; eight people were received and six accepted support.",
  },

  // ── The off-street sex market ──
  {
    themes: ["SEX_MARKET"], strand: "PURSUE", owner: "police", who: "lead", about: "site", siteFlags: ["BROTHEL"], priority: "HIGH",
    title: "Closure order on the flat used as a brothel",
    detail: "Closure order on {place}, with the evidence from the visits; the women to be offered support by Safe Harbour and the NHS outreach team first.",
    progress: "Evidence of use gathered over three visits; the application is being drafted.",
    done: "Closure order granted; the women were offered support and two accepted safe accommodation.",
    nil: "The flat was vacated before the hearing and the activity moved to another address.",
  },
  {
    themes: ["SEX_MARKET"], strand: "PURSUE", owner: "police", who: "intel",
    title: "Attribute the adult services adverts to the group",
    detail: "Monitor the adult services websites: link the adverts, phone numbers and payment accounts to {group}.",
    progress: "Thirty-one adverts linked to four phone numbers.",
    done: "Adverts attributed to the controllers' numbers and bank account; evidence passed for a controlling prostitution investigation.",
    nil: "The adverts moved to an overseas site that would not provide data; nothing attributed.",
  },
  {
    themes: ["SEX_MARKET"], strand: "PROTECT", owner: "nhs", share: true,
    title: "Outreach sexual health clinic for women in the off-street sex market",
    detail: "A monthly outreach clinic with interpreters, and a route into health care that does not depend on anyone's immigration status.",
    progress: "First outreach session held; four women attended.",
    done: "Clinic running monthly; eleven women seen and three referred on for exploitation support.",
  },
  {
    themes: ["SEX_MARKET"], strand: "PREVENT", owner: "communitySafety", share: true,
    title: "Short-let and letting agent awareness visits",
    detail: "Visit the letting agents and short-let hosts in the area: the signs a flat is being used as a brothel, and how to report it.",
    progress: "Six agents visited.",
    done: "All twelve agents in the area visited; one has since ended a let and reported it.",
  },

  // ── Fraud and scams ──
  {
    themes: ["FRAUD"], strand: "PURSUE", owner: "police", who: "intel",
    title: "Banking protocol alerts and branch CCTV for the victims' withdrawals",
    detail: "Collect the Banking Protocol calls and branch CCTV for the victims' large withdrawals, to identify who brought them to the bank.",
    progress: "CCTV requested from four branches.",
    done: "CCTV identified the same driver at three withdrawals; he has been interviewed under caution.",
    nil: "CCTV had been overwritten at three branches; nothing identified.",
  },
  {
    themes: ["DOORSTEP"], strand: "PURSUE", owner: "communitySafety", share: true,
    title: "Trading Standards investigation into the rogue roofing traders",
    detail: "Trading Standards to investigate the trading names used, with the police: consumer protection offences and the company records.",
    progress: "Three trading names linked to one mobile number.",
    done: "Two traders charged under the consumer protection regulations; one trading name struck off.",
    nil: "The traders left the area before interview; file kept open.",
  },
  {
    themes: ["DOORSTEP"], strand: "PURSUE", owner: "police", who: "local",
    title: "Stop checks on the vans working the doorsteps in {hood}",
    detail: "ANPR and stop checks on the vans seen cold-calling older residents; check traders' details and paperwork.",
    progress: "ANPR markers set on two vans.",
    done: "Four stop checks; one van seized for no insurance and two traders reported for fraud.",
    nil: "The vans were not seen again in the period.",
  },
  {
    themes: ["FRAUD"], strand: "PROTECT", owner: "asc", about: "person", personVulns: ["FRAUD_SCAM"],
    title: "Safeguarding visit and call blocker for the older victim",
    detail: "Adult Social Care to visit the victim with a family member: a call blocker, the bank's protections, and a Care Act assessment if needed.",
    progress: "Visit made; call blocker ordered.",
    done: "Call blocker fitted and the bank has added protections; the victim has had no scam calls since.",
  },
  {
    themes: ["DOORSTEP"], strand: "PROTECT", owner: "communitySafety", share: true,
    title: "No cold calling zone for the streets targeted in {hood}",
    detail: "Set up a no cold calling zone with residents' agreement: street signs, door stickers and a neighbourhood watch.",
    progress: "Residents consulted; 70% in favour.",
    done: "Zone in place on five streets; no doorstep crime reported there since.",
  },
  {
    themes: ["FRAUD"], strand: "PREVENT", owner: "communitySafety", share: true,
    title: "Scam awareness talks at sheltered housing schemes in {hood}",
    detail: "Talks with the police fraud protect officer at the sheltered schemes and day centres.",
    progress: "Three talks booked.",
    done: "Six talks given to about 150 residents; four reported earlier scam attempts afterwards.",
  },
  {
    themes: ["FRAUD"], strand: "PREPARE", owner: "police", who: "local",
    title: "Victim care: statements and impact statements from the older victims",
    detail: "Take statements from the victims at home, with a family member or an intermediary; victim personal statements for court.",
    progress: "Three of the six statements taken.",
    done: "All six statements taken; the victims have a named contact for the case.",
  },

  // ── Money laundering and criminal finances ──
  {
    themes: ["MONEY_LAUNDERING", "FRAUD", "DRUGS_SUPPLY", "SEX_MARKET"], strand: "PURSUE", owner: "police", who: "intel", about: "nominal", priority: "HIGH",
    title: "Financial investigation into the principal subject's assets",
    detail: "Proceeds of Crime Act financial investigation into {nominal}: accounts, vehicles and the cash the principal subject is seen with; consider account freezing orders and cash seizure.",
    progress: "Production orders served on two banks.",
    blocked: "Waiting for the banks' returns on the production orders.",
    done: "Account freezing order granted on £18,400; forfeiture proceedings under way.",
    nil: "The accounts had been emptied before the order; nothing frozen.",
  },
  {
    themes: ["MONEY_LAUNDERING"], strand: "PURSUE", owner: "police", who: "intel",
    title: "Companies House and bank analysis of the group's cash businesses",
    detail: "Analyse the directorships, turnover and cash deposits of the businesses linked to {group} against their likely trade.",
    progress: "Seven companies mapped; deposits analysed for two.",
    done: "Analysis shows about £400,000 a year more cash banked than the businesses could take; passed to the economic crime unit.",
    nil: "Nothing out of line found in the accounts seen.",
  },
  {
    themes: ["MONEY_LAUNDERING"], strand: "PURSUE", owner: "communitySafety", share: true,
    title: "Licensing and HMRC compliance visits to the group's cash businesses",
    detail: "Joint visits with HMRC and licensing officers: staff, tills, stock and the premises licences.",
    progress: "Visits planned for two premises.",
    done: "Visits made; one premises licence reviewed and HMRC opened two enquiries.",
    nil: "Visits found nothing out of order.",
  },

  // ── Intimidation and criminal family control ──
  {
    themes: ["INTIMIDATION"], strand: "PURSUE", owner: "police", who: "local", priority: "HIGH",
    title: "Evidence-led prosecution for the witness intimidation in {hood}",
    detail: "Build the intimidation cases without relying on the witnesses: CCTV, doorbell footage, 999 calls and body-worn video.",
    progress: "Footage collected for two incidents.",
    done: "Two members charged with witness intimidation on the footage alone; both remanded.",
    nil: "The CPS advised the evidence was insufficient without the witnesses.",
  },
  {
    themes: ["INTIMIDATION"], strand: "PURSUE", owner: "homes", share: true,
    title: "Possession proceedings against the tenancy used to intimidate neighbours",
    detail: "Northbridge Homes to seek possession on the anti-social behaviour ground, with the police evidence of the intimidation of neighbours.",
    progress: "Notice of seeking possession served.",
    done: "Possession order granted; the household has left the estate.",
    nil: "The court suspended the order on conditions; the intimidation continues and is being recorded.",
  },
  {
    themes: ["INTIMIDATION"], strand: "PROTECT", owner: "police", who: "local", about: "person", personVulns: ["INTIMIDATION"],
    title: "Witness safety plan: panic alarm and patrol plan",
    detail: "A safety plan for the intimidated witness: a panic alarm linked to the control room, a marker on the address and a patrol plan.",
    progress: "Panic alarm fitted; marker added.",
    done: "Safety plan in place; no further incidents at the address.",
  },
  {
    themes: ["INTIMIDATION"], strand: "PROTECT", owner: "homes", about: "person", personVulns: ["INTIMIDATION"],
    title: "Management move for the tenant intimidated by the family",
    detail: "A management move to a safe address away from the estate, with the tenant's agreement.",
    progress: "Three properties offered; the tenant is considering them.",
    done: "The tenant moved to a new address away from the estate; the old tenancy is closed.",
  },
  {
    themes: ["INTIMIDATION"], strand: "PREPARE", owner: "communitySafety", share: true,
    title: "Community reassurance plan for {hood}",
    detail: "Leaflets, ward surgeries and a residents' meeting after the enforcement phase, so residents know what has been done and how to report.",
    progress: "Leaflet approved; first surgery booked.",
    done: "Leaflet drop, two surgeries and a ward councillor briefing; the reassurance survey shows confidence up.",
  },

  // ── Cannabis cultivation ──
  {
    themes: ["CANNABIS_CULTIVATION"], strand: "PURSUE", owner: "police", who: "lead", about: "site", siteFlags: ["CANNABIS_FARM"], priority: "HIGH",
    title: "Warrant at the suspected cannabis farm in {hood}",
    detail: "Warrant at {place}; the electricity network operator on standby for the bypassed supply, and Safe Harbour for any gardener found inside.",
    progress: "Thermal imaging and the supply readings support the application.",
    done: "Warrant executed: 340 plants and the growing equipment seized; one gardener safeguarded through the NRM.",
    nil: "Warrant executed: the grow had been moved out days before; only equipment found.",
  },
  {
    themes: ["CANNABIS_CULTIVATION"], strand: "PURSUE", owner: "homes", share: true,
    title: "Inspect tenancies let through third parties for cannabis cultivation",
    detail: "Tenancy audit visits to the homes sublet through third parties in the area, looking for the signs of cannabis cultivation.",
    progress: "Twelve of the twenty tenancies inspected.",
    done: "All twenty inspected; two found set up for growing, both recovered and reported to the police.",
    nil: "No cultivation found at the tenancies inspected.",
  },
  {
    themes: ["CANNABIS_CULTIVATION"], strand: "PREVENT", owner: "homes", share: true,
    title: "Landlord and letting agent awareness of cannabis farm signs",
    detail: "A briefing for private landlords and letting agents: cash rents paid in advance, blacked-out windows, high electricity use.",
    progress: "Briefing set for the landlords' forum.",
    done: "Briefing given to about 40 landlords; one property reported since.",
  },
  {
    themes: ["CANNABIS_CULTIVATION"], strand: "PROTECT", owner: "safeHarbour", about: "person", personVulns: ["MODERN_SLAVERY"],
    title: "Support for the young man found in the grow house",
    detail: "Safe-house place, an NRM referral and immigration advice for the potential victim found tending the plants.",
    progress: "NRM referral made; positive reasonable grounds decision received.",
    done: "Conclusive grounds decision positive; he is in move-on accommodation and has legal advice.",
  },

  // ── Firearms ──
  {
    themes: ["FIREARMS"], strand: "PURSUE", owner: "police", who: "intel",
    title: "Ballistics and NABIS links for the recovered handgun",
    detail: "Submit the recovered handgun for ballistic comparison; check for links to other discharges in the region.",
    progress: "Submitted to the national ballistics service.",
    done: "The handgun was linked to two discharges in another force area; intelligence shared.",
    nil: "No links found to other discharges.",
  },
  {
    themes: ["FIREARMS"], strand: "PURSUE", owner: "police", who: "lead", about: "nominal",
    title: "Prison intelligence review for the remanded principal subject",
    detail: "Review {nominal}'s prison calls, visits and finances with the prison intelligence unit for signs the supply continues from custody.",
    progress: "Request made to the prison intelligence unit.",
    done: "Review complete: two visitors identified passing messages; their visits have been stopped.",
    nil: "Nothing of note found in the calls or visits.",
  },
  {
    themes: ["FIREARMS"], strand: "PROTECT", owner: "police", who: "lead", priority: "HIGH",
    title: "Threat to life review for the people named in the feud",
    detail: "Review the threat to life warnings given after the discharge on Harbour Road; refresh the risk assessments and the safety advice.",
    progress: "Two of the three people named have been seen.",
    done: "Warnings reviewed; the threat is assessed as reduced since the principal subject's remand.",
  },

  // ── Acquisitive crime and vehicle crime ──
  {
    themes: ["ORGANISED_ACQUISITIVE", "VEHICLE_CRIME", "BURGLARY"], strand: "PURSUE", owner: "police", who: "intel",
    title: "Link the theft series to the crew with CCTV and retailer reports",
    detail: "Collate the retailers' reports and CCTV for the theft series and attribute them to members of {group}.",
    progress: "Twenty-three offences collated; six identifications so far.",
    done: "Thirty offences attributed to four members; charged as a series and remanded.",
    nil: "Too few identifications to attribute the series.",
  },
  {
    themes: ["ORGANISED_ACQUISITIVE", "VEHICLE_CRIME"], strand: "PURSUE", owner: "police", who: "local",
    title: "ANPR and stop checks on the crew's vehicles in {hood}",
    detail: "ANPR markers and stop checks on the vehicles linked to the crew; seize any without insurance.",
    progress: "Markers set on three vehicles.",
    done: "Two vehicles seized and three stop checks led to arrests for going equipped.",
    nil: "The vehicles were sold on; no stops made.",
  },
  {
    themes: ["ORGANISED_ACQUISITIVE"], strand: "PURSUE", owner: "communitySafety", share: true,
    title: "Retail crime partnership banning notices for the crew",
    detail: "Exclusion notices from the retail park and the shopping centre through the retail crime partnership.",
    progress: "Notices drafted for four members.",
    done: "Banning notices issued to five members; thefts at the retail park down by a third.",
    nil: "Notices issued but ignored; breaches not enforced.",
  },
  {
    themes: ["ORGANISED_ACQUISITIVE", "CCE"], strand: "PREVENT", owner: "schools", share: true,
    title: "School-based youth worker for the younger members",
    detail: "A youth worker based in the school for the children on the edge of the crew, with mentoring and activities after school.",
    progress: "Youth worker in post two days a week.",
    done: "Four children worked with over the term; none arrested since.",
  },
  {
    themes: ["VEHICLE_CRIME"], strand: "PROTECT", owner: "police", who: "local", share: true,
    title: "Keyless car theft prevention in {hood}",
    detail: "Door-knocking on the streets hit by keyless thefts: signal-blocking pouches and steering locks for owners of the models targeted.",
    progress: "Two streets done; 80 pouches handed out.",
    done: "Six streets covered; keyless thefts there fell from eleven to two in the following quarter.",
  },

  // ── Any group ──
  {
    themes: ["ANY"], strand: "PURSUE", owner: "police", who: "lead", about: "nominal",
    title: "Bail conditions and breach enforcement for the arrested members",
    detail: "Check the bail conditions of {nominal} and the other arrested members; visits to test curfews and non-association conditions.",
    progress: "Curfew checks running twice a week.",
    done: "Two breaches found; one member remanded in custody.",
    nil: "No breaches found in the period.",
  },
  {
    themes: ["FIREARMS", "ORGANISED_ACQUISITIVE", "VEHICLE_CRIME", "BURGLARY", "INTIMIDATION", "COUNTY_LINES"], strand: "PREVENT", owner: "probation", share: true,
    title: "Review licence conditions for the members on licence",
    detail: "Probation to review the licence conditions of the members being released or on licence: exclusion zones, non-association and phone conditions.",
    progress: "Conditions review booked for the two members due out.",
    done: "Exclusion zones and non-association conditions added for both; police told of the release dates.",
  },
  {
    themes: ["ANY"], strand: "PREPARE", owner: "police", who: "lead",
    title: "Refresh the group profile and partnership briefing after the last phase",
    detail: "Update {group}'s profile, the partner-safe summary and the partnership briefing after the last phase of the plan.",
    progress: "Profile refreshed; briefing being written.",
    done: "Profile and partner summary refreshed and briefed to the partnership meeting.",
  },
  {
    themes: ["ANY"], strand: "PREPARE", owner: "communitySafety", share: true,
    title: "Community reassurance and communications plan for {hood}",
    detail: "Communications for residents before and after the enforcement phase: what has been done, and how to report.",
    progress: "Draft messages agreed with the police press office.",
    done: "Plan delivered: press release, social media and a residents' meeting.",
  },
];

/** Actions on a person's safeguarding plan, by the person's vulnerabilities. */
type PersonTemplate = Omit<Template, "themes" | "who" | "about" | "siteFlags" | "nil"> & { vulns: readonly string[] };
const PERSON_TEMPLATES: PersonTemplate[] = [
  { vulns: ["CCE", "COUNTY_LINES"], strand: "PROTECT", owner: "csc", priority: "HIGH", title: "Child protection plan review and exploitation risk assessment", detail: "Review the child protection plan at the next conference, with the updated exploitation risk assessment and the police intelligence picture.", progress: "Risk assessment updated with the police and the school.", done: "Plan reviewed; the risk is reduced to medium and the plan continues with a new safety plan." },
  { vulns: ["CCE", "COUNTY_LINES"], strand: "PREVENT", owner: "schools", title: "Attendance and reintegration plan at school", detail: "A reduced timetable building up to full time, a key worker, and a daily check-in.", progress: "Reduced timetable agreed with the family.", done: "Back at school full time; attendance over 90% this half-term." },
  { vulns: ["CCE", "COUNTY_LINES", "CSE"], strand: "PROTECT", owner: "csc", title: "Return home interview after the latest missing episode", detail: "An independent return home interview within 72 hours; share what is learned with the police exploitation team.", progress: "Interview booked with the young person's chosen worker.", done: "Interview done; new information about where the young person was taken passed to the police." },
  { vulns: ["CCE", "COUNTY_LINES", "CSE"], strand: "PROTECT", owner: "police", priority: "HIGH", title: "Child abduction warning notice for the adult controlling the child", detail: "Serve a child abduction warning notice on the adult the child is repeatedly found with; flag the child and the adult on police systems.", progress: "Adult identified; notice being prepared.", done: "Notice served and recorded; the adult has not been seen with the child since." },
  { vulns: ["CSE"], strand: "PROTECT", owner: "csc", priority: "HIGH", title: "Specialist exploitation worker and safety plan", detail: "Weekly sessions with the specialist worker; a safety plan agreed with the young person and the family.", progress: "Worker allocated; first two sessions held.", done: "Safety plan in place; the young person is engaging and has had no missing episodes in two months." },
  { vulns: ["CSE"], strand: "PROTECT", owner: "nhs", title: "Sexual health and CAMHS follow-up", detail: "Follow-up at the young people's sexual health clinic and a CAMHS assessment.", progress: "Clinic appointment attended; CAMHS referral accepted.", done: "CAMHS assessment completed and therapy started." },
  { vulns: ["CUCKOOING"], strand: "PROTECT", owner: "homes", title: "Tenancy support and the offer of a management move", detail: "Weekly tenancy support visits, and the offer of a move away from the block if the tenant wants it.", progress: "Support visits started; the tenant is considering a move.", done: "The tenant accepted a move to a ground-floor flat in another area; visits continue for three months." },
  { vulns: ["CUCKOOING"], strand: "PROTECT", owner: "asc", title: "Care and support assessment and section 42 enquiry", detail: "A Care Act assessment of the tenant's needs and a section 42 safeguarding enquiry.", progress: "Assessment started; the tenant agreed to a second visit.", done: "Care package in place, with daily visits; enquiry closed with a safety plan." },
  { vulns: ["CUCKOOING", "INTIMIDATION"], strand: "PROTECT", owner: "police", title: "Safety plan: Cocoon Watch and a panic alarm", detail: "A panic alarm linked to the control room, a marker on the address and Cocoon Watch with the neighbours.", progress: "Panic alarm fitted and the marker added.", done: "Safety plan in place; no further incidents reported." },
  { vulns: ["MODERN_SLAVERY"], strand: "PROTECT", owner: "safeHarbour", priority: "HIGH", title: "Safe-house support and follow-up of the NRM decision", detail: "Support in the safe house and advocacy through the National Referral Mechanism to the conclusive grounds decision.", progress: "Positive reasonable grounds decision; support in the safe house continues.", done: "Positive conclusive grounds decision; moved on to independent accommodation with support." },
  { vulns: ["MODERN_SLAVERY"], strand: "PREPARE", owner: "police", title: "Duty to notify (MS1) and victim statement", detail: "Make the MS1 notification where an adult declines the NRM, and take a statement if the person is willing.", progress: "MS1 submitted.", done: "MS1 submitted and a first account taken; the person is in contact with Safe Harbour." },
  { vulns: ["SEXUAL_EXPLOITATION_ADULT"], strand: "PROTECT", owner: "nhs", title: "Outreach health appointments and exit support", detail: "Health appointments through the outreach clinic and a referral to the exit support service.", progress: "Two outreach appointments attended.", done: "Registered with a GP and working with the exit service." },
  { vulns: ["SEXUAL_EXPLOITATION_ADULT"], strand: "PROTECT", owner: "safeHarbour", title: "Safe accommodation and a support worker", detail: "Emergency safe accommodation and a named support worker, with an interpreter.", progress: "Safe accommodation found; support worker allocated.", done: "Settled in safe accommodation; engaging with the support worker weekly." },
  { vulns: ["FRAUD_SCAM"], strand: "PROTECT", owner: "asc", title: "Financial safeguarding with the family and the bank", detail: "Work with the family and the bank: third-party mandate or lasting power of attorney, and the bank's vulnerable customer protections.", progress: "Bank has added a vulnerable customer marker.", done: "Lasting power of attorney registered and the bank's protections in place." },
  { vulns: ["FRAUD_SCAM"], strand: "PROTECT", owner: "police", title: "Call blocker and Banking Protocol flag", detail: "Fit a call blocker and make sure the victim's bank knows to use the Banking Protocol for any unusual withdrawal.", progress: "Call blocker ordered.", done: "Call blocker fitted; the bank used the protocol once since and the withdrawal was stopped." },
  { vulns: ["INTIMIDATION"], strand: "PROTECT", owner: "police", priority: "HIGH", title: "Witness safety plan and special measures", detail: "A safety plan for the witness, a panic alarm, and special measures at court.", progress: "Panic alarm fitted; special measures applied for.", done: "Special measures granted; the witness gave evidence from behind a screen." },
  { vulns: ["INTIMIDATION"], strand: "PROTECT", owner: "homes", title: "Management move to a safe address", detail: "A management move away from the area, with the person's agreement.", progress: "Two properties offered.", done: "Moved to a safe address; the old address has a marker." },
];

const CREATED_NOTES = [
  "Action created.",
  "Agreed at the partnership tasking meeting for {hood}.",
  "Added to the plan at the monthly OCG management meeting ({ref}).",
  "Agreed at the tactical tasking and coordination meeting; owner confirmed.",
];
const CHASE_NOTES = [
  "Chased at tasking: the owner to give a new date.",
  "Still open at the last tasking meeting; escalated to the owning agency's manager.",
  "Reviewed at the partnership meeting: carried over, owner to update before the next meeting.",
];
const DONE_NOTES = ["Completed: outcome recorded.", "Closed at tasking; outcome below.", "Done."];
const CANCEL_NOTES = [
  "Cancelled at tasking: superseded by the joint operation plan.",
  "No longer needed: the address is now empty and the tenancy has ended.",
  "Cancelled: the people concerned have moved out of the area; the receiving area has the referral.",
];
const BLOCKED_NOTES = ["Blocked: waiting for information from another agency.", "Blocked: the key worker is on leave; cover being arranged."];
const PERSON_DETAIL_SUFFIX = " Part of the person's safeguarding plan.";

// ─── The seed ────────────────────────────────────────────────────────────────────────────

type GroupInfo = { id: string; reference: string; name: string; status: string; crimeTypes: string[]; hoods: string[]; createdAt: Date; lroId: string | null };
type Update = { id: string; actionId: string; authorId: string; note: string; statusFrom: ActionStatus | null; statusTo: ActionStatus | null; createdAt: Date };
type Draft = {
  row: ReturnType<typeof actionRow> & { id: string };
  updates: Update[];
  done: string;
  nil: string;
  /** A police action a neighbourhood officer could carry (not an analyst's). */
  local: boolean;
};

export async function seedActions(db: ActionsSeedDb, ctx: CaseRecordSeedContext): Promise<void> {
  const rng = new Rng(0xac710);
  const ids = new Rng(0xac711);

  const need = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`seedActions: ${what} "${key}" missing`);
    return id;
  };
  const agencyId = (key: AgencyKey) => need(ctx.agencies, AGENCY[key], "agency");
  const userId = (key: UserKey) => need(ctx.users, USER[key], "user");
  const hoodCode = new Map([...ctx.neighbourhoods].map(([code, id]) => [id, code]));
  const policeUserIds = new Map([...POLICE_STAFF].filter((k) => ctx.users.has(USER[k])).map((k) => [userId(k), k]));

  // ── The case record, read back ──
  const groups: GroupInfo[] = (
    await db.organisedCrimeGroup.findMany({ orderBy: { reference: "asc" }, select: { id: true, reference: true, name: true, status: true, crimeTypes: true, createdAt: true, lroId: true, neighbourhoods: { select: { neighbourhoodId: true } } } })
  ).map((g) => ({ ...g, hoods: g.neighbourhoods.map((n) => hoodCode.get(n.neighbourhoodId) ?? "").filter((c) => c in HOODS) }));
  if (!groups.length) throw new Error("seedActions: no groups (run seedCaseRecord first)");
  const memberships = await db.groupMembership.findMany({ orderBy: [{ groupId: "asc" }, { standing: "asc" }, { nominalId: "asc" }], select: { groupId: true, standing: true, toDate: true, nominal: { select: { id: true, name: true } } } });
  const groupLinks = await db.link.findMany({ where: { fromKind: "GROUP", toKind: "LOCATION" }, orderBy: { id: "asc" }, select: { fromId: true, toId: true } });
  const places = new Map((await db.location.findMany({ where: { id: { in: groupLinks.map((l) => l.toId) } }, select: { id: true, address: true, flags: true } })).map((l) => [l.id, l]));
  const atRisk = await db.link.findMany({ where: { fromKind: "PERSON", toKind: "GROUP", type: "AT_RISK_FROM" }, orderBy: { id: "asc" }, select: { fromId: true, toId: true } });
  const people = await db.personAtRisk.findMany({ orderBy: { id: "asc" }, select: { id: true, riskLevel: true, vulnerabilities: true, leadAgencyId: true, createdAt: true, shares: { select: { agencyId: true } } } });
  const personById = new Map(people.map((p) => [p.id, p]));

  const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
  const planner = () => userId(rng.weighted(PLANNERS));

  // ── Building one action ──
  const drafts: Draft[] = [];
  type Plan = {
    groupId: string | null;
    personId: string | null;
    strand: PlanStrand;
    owner: AgencyKey;
    assignee: UserKey | null;
    title: string;
    detail: string;
    subject: { kind: RecordKind; id: string };
    priority: ActionPriority;
    share: boolean;
    status: ActionStatus;
    /** Days from today to the due date. */
    due: number;
    /** Days from today the action was created: before the due date, after its plan began. */
    created: number;
    hoodName: string;
    ref: string;
    progress: string;
    blocked: string;
    done: string;
    nil: string;
    chase: boolean;
    local: boolean;
  };

  const build = (p: Plan) => {
    const createdAt = momentAt(p.created, rng);
    const id = uuid7(createdAt, ids);
    const owningAgencyId = agencyId(p.owner);
    const assigneeId = p.assignee ? userId(p.assignee) : null;
    // Who writes the owner's updates: the assignee, else the agency's practitioner (or an officer).
    const doer = assigneeId ?? (p.owner === "police" ? userId(rng.pick(["supervisor", "clarke"] as const)) : userId(PARTNER_STAFF[p.owner]));
    const creator = planner();
    const vars = { hood: p.hoodName, ref: p.ref };
    const updates: Update[] = [];
    const add = (authorId: string, note: string, from: ActionStatus | null, to: ActionStatus | null, at: Date) =>
      updates.push({ id: uuid7(at, ids), actionId: id, authorId, note, statusFrom: from, statusTo: to, createdAt: at });
    add(creator, fill(rng.pick(CREATED_NOTES), vars), null, "OPEN", createdAt);

    const dueDate = dayAt(p.due);
    const lastDay = Math.min(-1, p.due + 10);
    /** A moment after `from` (by at least an hour where it can be), by day `toOffset` at the latest. */
    const between = (from: Date, toOffset: number) => {
      const t = momentAt(rng.int(Math.min(offsetOf(from) + 1, toOffset), toOffset), rng).getTime();
      return new Date(Math.min(NOW - 60_000, Math.max(from.getTime() + 3_600_000, t)));
    };
    let completedAt: Date | null = null;
    if (p.status === "IN_PROGRESS" || p.status === "BLOCKED" || (p.status === "DONE" && rng.chance(0.6))) {
      add(doer, p.progress, "OPEN", "IN_PROGRESS", between(createdAt, Math.min(-2, p.created + rng.int(3, 25))));
    }
    if (p.status === "BLOCKED") add(doer, p.blocked, "IN_PROGRESS", "BLOCKED", between(updates.at(-1)!.createdAt, -1));
    if (p.status === "DONE") {
      completedAt = between(updates.at(-1)!.createdAt, lastDay);
      add(doer, rng.pick(DONE_NOTES), updates.length > 1 ? "IN_PROGRESS" : "OPEN", "DONE", completedAt);
    }
    if (p.status === "CANCELLED") add(userId(rng.pick(["supervisor", "clarke"] as const)), rng.pick(CANCEL_NOTES), "OPEN", "CANCELLED", between(createdAt, lastDay));
    if (p.status === "OPEN" && p.chase) add(userId(rng.pick(["supervisor", "clarke"] as const)), rng.pick(CHASE_NOTES), null, null, between(createdAt, -1));

    const last = updates.at(-1)!;
    drafts.push({
      row: {
        ...actionRow({
          id, groupId: p.groupId, personId: p.personId, strand: p.strand, title: p.title, description: p.detail, owningAgencyId, assigneeId, dueDate, priority: p.priority, status: p.status,
          subjectKind: p.subject.kind, subjectId: p.subject.id, sharedWithPartnership: p.share, completedAt, version: updates.length, createdAt, updatedAt: last.createdAt, createdById: creator, updatedById: last.authorId,
        }),
        id,
      },
      updates,
      done: p.done,
      nil: p.nil,
      local: p.local,
    });
  };

  /** Status and dates: what the group's state allows; about one open action in four overdue. */
  const schedule = (groupStatus: string, earliest: number): Pick<Plan, "status" | "due" | "created" | "chase"> => {
    const status: ActionStatus =
      groupStatus === "ARCHIVED" ? rng.weighted<ActionStatus>({ DONE: 5, CANCELLED: 1 })
      : groupStatus === "DORMANT" ? rng.weighted<ActionStatus>({ DONE: 4, CANCELLED: 1, OPEN: 1 })
      : rng.weighted<ActionStatus>({ DONE: 34, CANCELLED: 4, OPEN: 21, IN_PROGRESS: 31, BLOCKED: 6 });
    const from = Math.min(-30, Math.max(earliest + 2, -260));
    if (status === "DONE" || status === "CANCELLED") {
      const created = rng.int(from, -20);
      const due = created + rng.int(21, 100);
      return { status, created, due: due <= -3 ? due : Math.max(created + 7, -rng.int(3, 30)), chase: false };
    }
    if (groupStatus !== "DORMANT" && rng.chance(0.25)) {
      // Overdue: due between 1 September and 10 November 2026.
      const due = rng.int(-80, -10);
      return { status, due, created: Math.max(from, due - rng.int(21, 75)), chase: rng.chance(0.6) };
    }
    // Still to do, and due well into 2027.
    return { status, due: rng.int(52, 220), created: rng.int(Math.max(from, -150), -3), chase: false };
  };

  // ── The groups' 4P plans ──
  const PER_GROUP: Record<string, number> = { ACTIVE: 12, EMERGING: 9, DORMANT: 6, ARCHIVED: 6 };
  for (const g of groups) {
    const members = memberships.filter((m) => m.groupId === g.id);
    const principal = (members.find((m) => m.standing === "PRINCIPAL_SUBJECT" && !m.toDate) ?? members.find((m) => m.standing === "PRINCIPAL_SUBJECT") ?? members[0])?.nominal ?? null;
    const sites = groupLinks.filter((l) => l.fromId === g.id).map((l) => places.get(l.toId)).filter((l) => !!l);
    const victims = atRisk.filter((l) => l.toId === g.id).map((l) => personById.get(l.fromId)).filter((p) => !!p);
    const flaggedSites = (t: Template) => sites.filter((s) => (t.siteFlags ?? []).some((f) => s.flags.includes(f)));
    const fittingVictims = (t: Template) => victims.filter((p) => !t.personVulns || t.personVulns.some((v) => p.vulnerabilities.includes(v)));
    const tags = [...g.crimeTypes, ...(g.crimeTypes.includes("FRAUD") && g.crimeTypes.includes("BURGLARY") ? ["DOORSTEP"] : [])];
    // A template fits the group's crime types, and the group has what it is about.
    const fits = (t: Template) =>
      (t.themes.includes("ANY") || t.themes.some((x) => tags.includes(x))) &&
      (!t.siteFlags || flaggedSites(t).length > 0) &&
      (t.about !== "site" || sites.length > 0) &&
      (t.about !== "person" || fittingVictims(t).length > 0) &&
      (t.about !== "nominal" || !!principal);
    // Work on the group's main crime type first, then its others; the general kinds only to fill the plan up.
    const main = (t: Template) => t.themes.includes(tags[0] ?? "") || (tags.includes("DOORSTEP") && t.themes.includes("DOORSTEP"));
    const candidates = [
      ...rng.shuffle(TEMPLATES.filter((t) => fits(t) && main(t))),
      ...rng.shuffle(TEMPLATES.filter((t) => fits(t) && !main(t) && !t.themes.includes("ANY"))),
      ...rng.shuffle(TEMPLATES.filter((t) => fits(t) && t.themes.includes("ANY"))),
    ];
    // One of each strand first, then the rest of the shuffled list.
    const chosen: Template[] = [];
    for (const strand of ["PURSUE", "PREVENT", "PROTECT", "PREPARE"] as const) {
      const t = candidates.find((c) => c.strand === strand && !chosen.includes(c));
      if (t) chosen.push(t);
    }
    for (const t of candidates) if (chosen.length < (PER_GROUP[g.status] ?? 8) && !chosen.includes(t)) chosen.push(t);

    const lroKey = g.lroId ? policeUserIds.get(g.lroId) : undefined;
    const earliest = offsetOf(g.createdAt);

    for (const t of chosen) {
      if (t.about === "nominal" && t.owner !== "police") throw new Error(`seedActions: "${t.title}" names a nominal but is not police-owned`);
      const hood = g.hoods.length ? rng.pick(g.hoods) : "NB-CEN";
      let subject: { kind: RecordKind; id: string } = { kind: "GROUP", id: g.id };
      let place = "";
      if (t.about === "nominal" && principal) subject = { kind: "NOMINAL", id: principal.id };
      if (t.about === "site") {
        const flagged = flaggedSites(t);
        const site = rng.pick(flagged.length ? flagged : sites);
        subject = { kind: "LOCATION", id: site.id };
        place = site.address;
      }
      if (t.about === "person") subject = { kind: "PERSON", id: rng.pick(fittingVictims(t)).id };
      let assignee: UserKey | null = null;
      if (t.owner === "police") {
        const local = HOODS[hood]!.officer;
        const key: UserKey = t.who === "intel" ? rng.pick(INTEL) : t.who === "lead" ? (lroKey ?? rng.pick(["supervisor", "clarke"] as const)) : local;
        assignee = rng.chance(0.85) ? key : null;
      } else if (rng.chance(0.65)) assignee = PARTNER_STAFF[t.owner];
      const vars = { hood: HOODS[hood]!.name, group: g.name, ref: g.reference, nominal: principal?.name ?? "the principal subject", place: place || "the address" };
      build({
        groupId: g.id, personId: null, strand: t.strand, owner: t.owner, assignee, title: fill(t.title, vars), detail: fill(t.detail, vars), subject,
        priority: t.priority ?? rng.weighted<ActionPriority>({ MEDIUM: 6, LOW: 2, HIGH: 2 }),
        share: t.share ?? (t.owner !== "police" && rng.chance(0.4)),
        ...schedule(g.status, earliest), hoodName: vars.hood, ref: g.reference,
        progress: fill(t.progress, vars), blocked: t.blocked ?? rng.pick(BLOCKED_NOTES), done: fill(t.done, vars), nil: t.nil ?? "No measurable disruption.",
        local: t.owner === "police" && t.who !== "intel",
      });
    }
  }

  // ── People's safeguarding plans: fifteen people, mostly high risk ──
  const byRisk = (r: string) => rng.shuffle(people.filter((p) => p.riskLevel === r));
  const high = byRisk("HIGH");
  const queue = [...high.slice(0, 11), ...byRisk("MEDIUM"), ...high.slice(11)];
  let planned = 0;
  const agencyKeyOf = new Map((Object.keys(AGENCY) as AgencyKey[]).filter((k) => ctx.agencies.has(AGENCY[k])).map((k) => [agencyId(k), k]));
  for (const person of queue) {
    if (planned === 15) break;
    const group = groups.find((g) => atRisk.some((l) => l.fromId === person.id && l.toId === g.id));
    const hood = group?.hoods[0] ?? "NB-CEN";
    // Only agencies that may see the person own actions on their plan: police, the lead, those shared with.
    const allowed = new Set<AgencyKey>(["police", ...[person.leadAgencyId, ...person.shares.map((s) => s.agencyId)].map((a) => (a ? agencyKeyOf.get(a) : undefined)).filter((k) => !!k)]);
    const options = PERSON_TEMPLATES.filter((t) => t.vulns.some((v) => person.vulnerabilities.includes(v)) && allowed.has(t.owner));
    const lead = person.leadAgencyId ? agencyKeyOf.get(person.leadAgencyId) : undefined;
    const ranked = [...options.filter((t) => t.owner === lead), ...rng.shuffle(options.filter((t) => t.owner !== lead))];
    if (ranked.length) planned++;
    for (const t of ranked.slice(0, rng.int(1, 3))) {
      const vars = { hood: HOODS[hood]!.name, ref: group?.reference ?? "" };
      const assignee: UserKey | null = t.owner === "police" ? (rng.chance(0.8) ? HOODS[hood]!.officer : null) : rng.chance(0.7) ? PARTNER_STAFF[t.owner] : null;
      build({
        groupId: null, personId: person.id, strand: t.strand, owner: t.owner, assignee, title: t.title, detail: t.detail + PERSON_DETAIL_SUFFIX, subject: { kind: "PERSON", id: person.id },
        priority: t.priority ?? rng.weighted<ActionPriority>({ MEDIUM: 6, HIGH: 3, LOW: 1 }), share: false,
        ...schedule("ACTIVE", offsetOf(person.createdAt)), hoodName: vars.hood, ref: vars.ref,
        progress: t.progress, blocked: rng.pick(BLOCKED_NOTES), done: t.done, nil: "", local: t.owner === "police",
      });
    }
  }

  // ── The fixed actions the walkthrough and the end-to-end tests rely on ──
  const ashgrove = groups.find((g) => g.reference === DEMO_OVERDUE_HOMES_ACTION.groupReference);
  if (!ashgrove) throw new Error("seedActions: the Ashgrove Estate family group is missing");
  const cuckooed = people.find((p) => p.vulnerabilities.includes("CUCKOOING") && p.leadAgencyId === agencyId("homes") && atRisk.some((l) => l.fromId === p.id && l.toId === ashgrove.id));
  const fixed = { groupId: ashgrove.id, personId: null, hoodName: HOODS["NB-ASH"]!.name, ref: ashgrove.reference, blocked: "", done: "", nil: "", share: false, local: false };
  build({
    ...fixed, strand: "PROTECT", owner: "homes", assignee: "housing", title: DEMO_OVERDUE_HOMES_ACTION.title, priority: "HIGH", status: "IN_PROGRESS", due: -21, created: -63, chase: false,
    detail: "Visit the tenant at Rowan House with the neighbourhood officer and Adult Social Care: who is staying, whether the tenant feels safe, and the support and tenancy options. Record any sign of the family's associates using the flat.",
    subject: cuckooed ? { kind: "PERSON", id: cuckooed.id } : { kind: "GROUP", id: ashgrove.id },
    progress: "First visit made with PC Barker: the tenant would not open the door. A second visit is being arranged with Adult Social Care.",
  });
  build({
    ...fixed, strand: "PURSUE", owner: "homes", assignee: null, title: "Serve notice of seeking possession on the Hawthorn Close tenancy used for dealing", priority: "MEDIUM", status: "OPEN", due: -14, created: -49, chase: true,
    detail: "Northbridge Homes' legal team to serve notice of seeking possession on the anti-social behaviour ground, using the police evidence bundle of dealing from the address.",
    subject: { kind: "GROUP", id: ashgrove.id }, progress: "",
  });

  // ── At least four open police actions for officer@locus.test, one of them overdue ──
  const sam = userId("officer");
  const policeId = agencyId("police");
  const openPolice = drafts.filter((d) => d.local && d.row.owningAgencyId === policeId && ["OPEN", "IN_PROGRESS", "BLOCKED"].includes(d.row.status));
  const overdue = (d: Draft) => d.row.dueDate.getTime() < NOW;
  const samsOpen = () => openPolice.filter((d) => d.row.assigneeId === sam);
  for (const d of openPolice.filter(overdue)) if (!samsOpen().some(overdue) && d.row.assigneeId !== sam) reassign(d, sam);
  for (const d of openPolice) if (samsOpen().length < 4 && d.row.assigneeId !== sam) reassign(d, sam);
  function reassign(d: Draft, to: string) {
    const from = d.row.assigneeId;
    d.row.assigneeId = to;
    // Their own progress notes are theirs now.
    for (const u of d.updates) if (u.authorId === from && u.statusTo !== "OPEN") u.authorId = to;
    d.row.updatedById = d.updates.at(-1)!.authorId;
  }

  // ── Disruption outcomes of done Pursue actions: every point of the scale appears ──
  const donePursue = drafts.filter((d) => d.row.status === "DONE" && d.row.strand === "PURSUE");
  for (const d of donePursue) d.row.disruptionOutcome = rng.weighted<DisruptionOutcome>({ MAJOR: 3, MODERATE: 5, MINOR: 4, NONE: 2, NEGATIVE: 1 });
  for (const value of ["MAJOR", "MODERATE", "MINOR", "NONE", "NEGATIVE"] as const) {
    if (donePursue.some((d) => d.row.disruptionOutcome === value)) continue;
    const spare = donePursue.find((d) => donePursue.filter((x) => x.row.disruptionOutcome === d.row.disruptionOutcome).length > 1);
    if (spare) spare.row.disruptionOutcome = value;
  }
  for (const d of drafts) {
    if (d.row.status !== "DONE") continue;
    const came = d.row.disruptionOutcome === "NONE" || d.row.disruptionOutcome === "NEGATIVE";
    d.row.outcomeNote = came ? d.nil : d.done;
  }

  // ── Write ──
  drafts.sort((a, b) => a.row.createdAt.getTime() - b.row.createdAt.getTime());
  await db.action.createMany({ data: drafts.map((d) => d.row) });
  await db.actionUpdate.createMany({ data: drafts.flatMap((d) => d.updates) });
}
