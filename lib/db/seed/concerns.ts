// The Northbridge demo's local concerns: about 400 over the 12 months before SEED_TODAY, logged
// mostly by neighbourhood officers (a few by partners), graded 3x5x2 and decided by the analyst
// and the supervisor, with about 20 still waiting in the triage queue. They are linked to the
// groups, nominals, people and locations seedCaseRecord wrote, which are read back from the
// database. Everything is fictional, as in ./case-record.ts.
//
// Every description carries the marker RAW-TEXT (police-only raw text), so tests can prove it
// never reaches a partner; sanitised summaries never carry it, nor anything naming the source.
//
// Deterministic: its own seeded PRNG (never Math.random) and SEED_TODAY; written with two
// createMany calls.
import { OC_CATEGORIES } from "@/lib/domain/indicators";
import type { ConcernOutcome, ConcernSource, HandlingCode, IntelligenceAssessment, PrismaClient, RecordKind, SourceEvaluation } from "@/lib/generated/prisma/client";
import { concernRow } from "../factories-records";
import { SEED_TODAY, type CaseRecordSeedContext } from "./case-record";
import { AGENCY, type AgencyKey } from "./agencies";
import { Rng, uuid7 } from "./rng";

export type ConcernsSeedDb = Pick<PrismaClient, "concern" | "concernLink" | "organisedCrimeGroup" | "groupMembership" | "personAtRisk" | "location" | "link">;

/** How many concerns, and how many of them are still waiting for an analyst. */
const TOTAL = 400;
const OPEN = 20;
const NOW = SEED_TODAY.getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const RAW_MARKER = "RAW-TEXT";




// ─── Who and where ───────────────────────────────────────────────────────────────────────


const USER = {
  officer: "officer@locus.test",
  barker: "tom.barker@northbridge.example",
  novak: "lena.novak@northbridge.example",
  reid: "marcus.reid@northbridge.example",
  whitaker: "grace.whitaker@northbridge.example",
  analyst: "analyst@locus.test",
  supervisor: "supervisor@locus.test",
  council: "council@locus.test",
  housing: "housing@locus.test",
} as const;
type UserKey = keyof typeof USER;
type OfficerKey = "officer" | "barker" | "novak" | "reid" | "whitaker";

/** Neighbourhood code -> its name, the officer whose patch it is, and some streets. */
const HOODS: Record<string, { name: string; officer: OfficerKey; streets: string[] }> = {
  "NB-CEN": { name: "Northbridge Central", officer: "officer", streets: ["Market Street", "Cornhill", "Victoria Parade", "Station Approach", "Chapel Walk"] },
  "NB-RIV": { name: "Riverside", officer: "officer", streets: ["Riverside Drive", "Wharf Lane", "Ferry Road", "Quayside Court", "Willow Bank"] },
  "NB-CAN": { name: "the Canal Quarter", officer: "novak", streets: ["Canal Street", "Lock Keeper's Way", "Towpath Mews", "Basin Road", "Mill Race"] },
  "NB-ASH": { name: "the Ashgrove Estate", officer: "barker", streets: ["Ashgrove Road", "Hawthorn Close", "Larch Walk", "Birch Court", "Rowan House"] },
  "NB-MIL": { name: "Millfield", officer: "barker", streets: ["Millfield Lane", "Weaver Street", "Spinner's Row", "Foundry Road", "Cotton Way"] },
  "NB-HAR": { name: "Harbour Road", officer: "whitaker", streets: ["Harbour Road", "Dock Street", "Anchor Terrace", "Chandlery Yard", "Pier View"] },
  "NB-KIN": { name: "Kingsmoor", officer: "reid", streets: ["Kingsmoor Road", "Heather Rise", "Moor Lane", "Curlew Drive", "Bracken Close"] },
  "NB-ELM": { name: "Elm Park", officer: "reid", streets: ["Elm Park Avenue", "Linden Grove", "Orchard Way", "Beech Crescent", "Park Terrace"] },
};

// ─── What gets reported ──────────────────────────────────────────────────────────────────

type Category = "COUNTY_LINES" | "CUCKOOING" | "CSE" | "MODERN_SLAVERY" | "SEX_MARKET" | "FRAUD" | "INTIMIDATION" | "OTHER";
const CATEGORY_WEIGHT: Record<Category, number> = { COUNTY_LINES: 20, CUCKOOING: 14, CSE: 10, MODERN_SLAVERY: 10, SEX_MARKET: 7, FRAUD: 14, INTIMIDATION: 12, OTHER: 13 };
/** The groups' crime types that make a concern of this category relevant to them. */
const CATEGORY_CRIME_TYPES: Record<Category, string[]> = {
  COUNTY_LINES: ["COUNTY_LINES", "CCE"],
  CUCKOOING: ["COUNTY_LINES", "DRUGS_SUPPLY"],
  CSE: ["CSE"],
  MODERN_SLAVERY: ["MODERN_SLAVERY"],
  SEX_MARKET: ["SEX_MARKET"],
  FRAUD: ["FRAUD", "MONEY_LAUNDERING"],
  INTIMIDATION: ["INTIMIDATION"],
  OTHER: ["ORGANISED_ACQUISITIVE", "CANNABIS_CULTIVATION", "FIREARMS", "VEHICLE_CRIME", "BURGLARY"],
};
/** People at risk with these vulnerabilities are the ones a concern of this category may be about. */
const CATEGORY_VULNERABILITIES: Record<Category, string[]> = {
  COUNTY_LINES: ["CCE", "COUNTY_LINES"], CUCKOOING: ["CUCKOOING"], CSE: ["CSE"], MODERN_SLAVERY: ["MODERN_SLAVERY"],
  SEX_MARKET: ["SEXUAL_EXPLOITATION_ADULT"], FRAUD: ["FRAUD_SCAM"], INTIMIDATION: ["INTIMIDATION"], OTHER: [],
};
/** Where a referral of this category goes (partner agency -> weight). */
const REFERRAL: Record<Category, Partial<Record<AgencyKey, number>>> = {
  COUNTY_LINES: { csc: 6, schools: 2, homes: 2 },
  CUCKOOING: { homes: 6, asc: 3, communitySafety: 1 },
  CSE: { csc: 8, nhs: 2 },
  MODERN_SLAVERY: { safeHarbour: 7, communitySafety: 3 },
  SEX_MARKET: { safeHarbour: 5, nhs: 5 },
  FRAUD: { asc: 6, communitySafety: 4 },
  INTIMIDATION: { homes: 5, communitySafety: 5 },
  OTHER: { communitySafety: 7, homes: 3 },
};

/** A known place the note is about: its type or one of its flags. */
type PlaceNeed = { types?: string[]; flags?: string[] };
type Template = {
  text: string;
  /** Exactly as in lib/domain/indicators.ts. */
  indicators: string[];
  people?: string;
  vehicles?: string;
  /** {place} must be a known location like this in the neighbourhood. */
  place?: PlaceNeed;
  /** Reads like a police officer's own note (a stop, a search): never a partner's. */
  police?: boolean;
  /** The people described include an adult man, who might be a known nominal. */
  mentions?: boolean;
  /** The sanitised line the analyst writes: the neighbourhood at most, never the source or the address. */
  summary: string;
};

const CL = OC_CATEGORIES.find((c) => c.key === "COUNTY_LINES")!.indicators;
const CU = OC_CATEGORIES.find((c) => c.key === "CUCKOOING")!.indicators;
const CS = OC_CATEGORIES.find((c) => c.key === "CSE")!.indicators;
const MS = OC_CATEGORIES.find((c) => c.key === "MODERN_SLAVERY")!.indicators;
const SM = OC_CATEGORIES.find((c) => c.key === "SEX_MARKET")!.indicators;
const FR = OC_CATEGORIES.find((c) => c.key === "FRAUD")!.indicators;
const IN = OC_CATEGORIES.find((c) => c.key === "INTIMIDATION")!.indicators;
const ind = (list: readonly string[], ...i: number[]) => i.map((n) => list[n]!);

const HOTEL: PlaceNeed = { types: ["HOTEL"] };
const TEMPLATES: Record<Category, Template[]> = {
  COUNTY_LINES: [
    {
      text: "Stop check {time} on {street}: boy aged about {age}, not local, said he was visiting a cousin but could not give an address. Two phones ringing constantly and £{cash} in cash. Left with an older male in a car.",
      indicators: ind(CL, 0, 1, 2, 3), people: "Boy about {age}, slim, black puffer jacket. Older male driver, early 20s.", vehicles: "{car}", police: true, mentions: true,
      summary: "A child from outside the area was found in {hood} with cash and several phones, in the company of an older male: indicators of criminal exploitation.",
    },
    {
      text: "Attendance officer mentioned a Year 10 pupil from {street} who has missed most of the last three weeks and keeps turning up in new designer clothes. Mum says he 'stays with friends'.",
      indicators: ind(CL, 7, 1), people: "Boy, 15, Year 10.",
      summary: "A child living in {hood} is missing school and has unexplained new possessions: possible criminal exploitation.",
    },
    {
      text: "15-year-old reported missing from home found at {time} near the station. Had a train ticket from out of the area and a key card for {place}.",
      indicators: ind(CL, 0, 6), place: HOTEL, people: "Boy, 15, reported missing the night before.",
      summary: "A missing child was found in {hood} with travel tickets and hotel access: indicators of county lines exploitation.",
    },
    {
      text: "Residents report lads on bikes meeting cars for a few seconds at a time by the garages on {street}, mostly after school and late evening. One seen taking something from his waistband.",
      indicators: ind(CL, 8, 3), people: "Three or four boys, 14 to 16, on bikes; drivers older.", vehicles: "{car}", mentions: true,
      summary: "Young people are believed to be dealing drugs to drivers in {hood}, directed by older associates.",
    },
    {
      text: "Spoke to a lad of about {age} on {street} with a fresh cut across his hand; would not say how he got it. The lads with him were older, early 20s, and did the talking for him.",
      indicators: ind(CL, 4, 3), people: "Boy about {age}; two males early 20s.", police: true, mentions: true,
      summary: "A child in {hood} has unexplained injuries and older associates who speak for him: possible criminal exploitation.",
    },
    {
      text: "Knife found in the bag of a 16-year-old during a search on {street} at {time}. He also had £{cash} and a cheap handset with a single contact saved.",
      indicators: ind(CL, 5, 2, 1), people: "Boy, 16.", police: true,
      summary: "A child in {hood} was found carrying a knife, cash and a basic handset: indicators of county lines exploitation.",
    },
    {
      text: "Mother worried: her son ({age}) keeps going missing overnight and came back with a new phone and trainers. She has seen messages offering him 'work' and a 'line'.",
      indicators: ind(CL, 0, 1, 2), people: "Boy, {age}; an older male he calls '{nick}'.", mentions: true,
      summary: "A child from {hood} is repeatedly missing overnight and is being offered 'work': believed at risk of criminal exploitation.",
    },
    {
      text: "Wraps found hidden in a drainpipe behind {street} after a group of teenagers ran off when we arrived. One had travelled in from out of the area.",
      indicators: ind(CL, 8, 0), police: true,
      summary: "Drugs were found hidden where young people gather in {hood}, one of them from outside the area: consistent with a county line.",
    },
  ],
  CUCKOOING: [
    {
      text: "Neighbours at {addr} say the tenant, who has learning difficulties, has not been seen for about two weeks. Young people coming and going at all hours, some staying over.",
      indicators: ind(CU, 1, 3, 0), people: "Tenant, vulnerable adult. Several youths, late teens.",
      summary: "A vulnerable tenant in {hood} has not been seen for some time while young people use the address: possible cuckooing.",
    },
    {
      text: "Counted {n} visitors in 40 minutes at {addr}, each staying under five minutes. Two cars waited outside with engines running.",
      indicators: ind(CU, 0), vehicles: "{car}", police: true,
      summary: "An address in {hood} has a high number of short visits consistent with drug dealing.",
    },
    {
      text: "Visit to {addr}: tenant anxious, said 'my friends are looking after the flat' and would not let us in. Strong smell of cannabis and a new lock on the bedroom door.",
      indicators: ind(CU, 3, 1), people: "Tenant, 50s, lives alone. Two males in the hallway.", mentions: true,
      summary: "A tenant in {hood} appears to have lost control of their home to others using it for drugs.",
    },
    {
      text: "Needles and small bags found on the stairwell by {addr}; residents say dealing happens openly from the landing after 9pm.",
      indicators: ind(CU, 2),
      summary: "Open drug dealing and drug litter reported at a block of flats in {hood}.",
    },
    {
      text: "Elderly resident at {addr} has stopped going to the day centre. Carer says two men in their twenties now 'live there' and answer the door.",
      indicators: ind(CU, 3, 1), people: "Resident, 70s. Two males, 20s, one known as '{nick}'.", mentions: true,
      summary: "An elderly resident in {hood} is believed to have people living with them who control the home.",
    },
    {
      text: "Taxis dropping off and collecting at {addr} through the night. The occupant was seen at the window but turned away when I knocked.",
      indicators: ind(CU, 0, 1), vehicles: "Private hire cars, various",
      summary: "An address in {hood} has frequent short-stay visitors at night and the occupant avoids contact: possible cuckooing.",
    },
  ],
  CSE: [
    {
      text: "Girl aged about {age} seen getting into a car on {street} at {time} with a man in his late twenties. She told her friend he is her 'boyfriend'.",
      indicators: ind(CS, 0, 3), people: "Girl about {age}; male, late 20s.", vehicles: "{car}", mentions: true,
      summary: "A girl from {hood} is believed to be in a relationship with an adult male who collects her by car: risk of sexual exploitation.",
    },
    {
      text: "School safeguarding lead reports a Year 9 girl arriving with new phones, vapes and alcohol she cannot pay for, and talking about parties at a flat near {street}.",
      indicators: ind(CS, 1, 4), people: "Girl, 14, Year 9.",
      summary: "A girl from {hood} has gifts she cannot account for and talks of parties at a flat: risk of sexual exploitation.",
    },
    {
      text: "Two girls, about {age}, reported missing overnight, came back saying they had been at a 'party' with older men. One had a bottle of vodka and a lot of credit on her phone.",
      indicators: ind(CS, 2, 4, 1), people: "Two girls about {age}.",
      summary: "Two girls from {hood} went missing overnight and were with older men who supplied alcohol: risk of sexual exploitation.",
    },
    {
      text: "Night manager at {place} worried about men booking rooms for one night and young girls arriving later by taxi.",
      indicators: ind(CS, 4, 3), place: HOTEL, people: "Males 20s to 30s; girls who look under 16.", mentions: true,
      summary: "Adults are believed to be bringing young girls to hotel rooms in {hood}.",
    },
    {
      text: "Parent found messages on her daughter's phone from an adult offering lifts and cannabis. Daughter ({age}) has been missing three times this month.",
      indicators: ind(CS, 1, 2, 3), people: "Girl, {age}; adult male using the name '{nick}'.", mentions: true,
      summary: "A girl from {hood} is being contacted by an adult offering lifts and drugs and has been missing repeatedly.",
    },
  ],
  MODERN_SLAVERY: [
    {
      text: "Visited {place}: {n} workers, none with ID; one said the boss 'keeps the papers'. Thin clothing, no gloves, hands cracked from the chemicals.",
      indicators: ind(MS, 2, 3), place: { types: ["CAR_WASH", "NAIL_BAR"] }, police: true,
      summary: "Workers at a business in {hood} have no identity documents and work in poor conditions: possible labour exploitation.",
    },
    {
      text: "The same minibus drops {n} men at {place} at 07:00 and collects them at 20:00. They do not speak to customers and look to the driver before answering anything.",
      indicators: ind(MS, 0, 5), place: { types: ["CAR_WASH", "NAIL_BAR"], flags: ["EXPLOITATION_SITE"] }, vehicles: "White minibus, no markings",
      summary: "Workers at a business in {hood} are transported together for long days and appear fearful: possible labour exploitation.",
    },
    {
      text: "Mattresses seen through the back window of {place}. A worker said they sleep there and the boss takes 'rent' out of their wages.",
      indicators: ind(MS, 1, 4), place: { flags: ["EXPLOITATION_SITE"] },
      summary: "People are believed to be living at their workplace in {hood}, with deductions taken from their pay.",
    },
    {
      text: "Customer reports a young woman at {place} was crying and said she cannot leave until she has paid off her 'debt'.",
      indicators: ind(MS, 5, 4), place: { types: ["NAIL_BAR", "TAKEAWAY", "CAR_WASH"] },
      summary: "A worker at a business in {hood} may be held in debt bondage.",
    },
    {
      text: "Fire safety visit at {addr}: {n} men sharing two rooms and one bathroom, all working at the same car wash and all paid in cash by one man.",
      indicators: ind(MS, 4, 3, 0), people: "{n} adult males; a man who collects them, 40s.", mentions: true,
      summary: "A house in {hood} is overcrowded with workers whose pay is controlled by one man: possible labour exploitation.",
    },
  ],
  SEX_MARKET: [
    {
      text: "Residents at {addr} report a steady stream of men calling, afternoons and late at night, and different women seen at the window each week.",
      indicators: ind(SM, 0),
      summary: "An address in {hood} is believed to be used for sex work, with the women changing often.",
    },
    {
      text: "Adverts online use photos of the same flat at {addr}, with one phone number across several profiles.",
      indicators: ind(SM, 1),
      summary: "Online adverts suggest an address in {hood} is being used as a brothel.",
    },
    {
      text: "Women at {addr} are dropped off and collected by the same man and never seem to go out alone. One looked frightened when I spoke to her.",
      indicators: ind(SM, 2, 0), people: "Women, 20s; male driver, 40s.", vehicles: "{car}", mentions: true,
      summary: "Women at an address in {hood} are believed to be controlled and may be victims of exploitation.",
    },
    {
      text: "Taxi driver says he is regularly booked to move women between {street} and the Canal Quarter by a man who pays cash and does all the talking.",
      indicators: ind(SM, 2), people: "Male, 40s, pays cash.", mentions: true,
      summary: "Women are believed to be moved between addresses in {hood} and nearby for sex work, with their movement controlled.",
    },
  ],
  FRAUD: [
    {
      text: "Three elderly residents on {street} approached by men offering to fix roofs; one was driven to the bank to withdraw £{cash}.",
      indicators: ind(FR, 0, 1), people: "Two males, 40s; victims in their 80s.", vehicles: "Unmarked white van", mentions: true,
      summary: "Elderly residents in {hood} are being targeted by doorstep traders and pressured into paying large sums.",
    },
    {
      text: "Bank called: a woman in her eighties from {street} tried to transfer her savings to a 'friend' she met online and has never met in person.",
      indicators: ind(FR, 2, 0), people: "Victim, 80s, lives alone.",
      summary: "An elderly resident of {hood} is believed to be the victim of a romance scam.",
    },
    {
      text: "{place} is nearly always empty but is said to take thousands a week. Cash is paid in at the bank by a man who is not the owner.",
      indicators: ind(FR, 3), place: { flags: ["LAUNDERING_FRONT"] }, people: "Male, 50s, pays in the cash.", mentions: true,
      summary: "A business in {hood} is suspected of being used to launder cash.",
    },
    {
      text: "Man in an unsigned van knocked on doors on {street} saying driveways needed resurfacing; quoted £{cash}, then tripled it once the work had started.",
      indicators: ind(FR, 1), vehicles: "Unsigned pick-up truck",
      summary: "Rogue traders are cold-calling residents in {hood} and inflating prices once work starts.",
    },
    {
      text: "Elderly man at {addr} has been phoned repeatedly by someone claiming to be his bank; he has already handed his card to a 'courier' at the door.",
      indicators: ind(FR, 0, 1), people: "Victim, 80s. Courier: young male on a moped.",
      summary: "An elderly resident of {hood} has been targeted by a courier fraud.",
    },
  ],
  INTIMIDATION: [
    {
      text: "Victim of the assault on {street} has withdrawn her statement; said she 'has to live here' and would not say more.",
      indicators: ind(IN, 0, 1), police: true,
      summary: "A victim in {hood} has withdrawn support for a prosecution, apparently out of fear.",
    },
    {
      text: "Shopkeeper on {street} let slip that he pays 'the family' each week so his windows are not put through. Will not give a statement.",
      indicators: ind(IN, 3, 1), people: "Shopkeeper; a man who collects, known as '{nick}'.", mentions: true,
      summary: "A business in {hood} is believed to be paying protection money to a local group.",
    },
    {
      text: "Residents say nobody uses the play area and garages on {street} after dark: youths there stop people and ask what they are doing.",
      indicators: ind(IN, 2),
      summary: "Part of {hood} has become a 'no-go' area after dark because of a group of youths.",
    },
    {
      text: "Tenants' meeting near {street}: several said they would never report anything because 'everyone knows who runs this estate'.",
      indicators: ind(IN, 1),
      summary: "Residents in {hood} are afraid to report crime because of a local group.",
    },
    {
      text: "Witness to the car fire on {street} rang to say she has been told what will happen if she speaks to police, and wants to withdraw.",
      indicators: ind(IN, 0),
      summary: "A witness in {hood} is believed to have been threatened into withdrawing.",
    },
  ],
  OTHER: [
    {
      text: "Strong smell of cannabis and condensation on covered windows at {addr}; the meter cupboard looks tampered with.",
      indicators: [],
      summary: "An address in {hood} is suspected of being used to grow cannabis.",
    },
    {
      text: "Vans coming and going at night from {place}; shutters down all day. Possibly storing stolen goods.",
      indicators: [], place: { types: ["WAREHOUSE", "BUSINESS"] }, vehicles: "Two Luton vans",
      summary: "Premises in {hood} are suspected of being used to store stolen goods.",
    },
    {
      text: "High-value cars on false plates parked up on {street} for a few days at a time, then moved on.",
      indicators: [], vehicles: "Black German saloons, plates changed",
      summary: "Vehicles on false plates are being stored for short periods in {hood}.",
    },
    {
      text: "Shop on {street} selling phones and power tools far below price; the same faces bring bags in and leave with cash.",
      indicators: [], mentions: true, people: "Two males, 30s.",
      summary: "A shop in {hood} is suspected of handling stolen goods.",
    },
    {
      text: "Report of a man offering to sell a handgun in the pub car park on {street}.",
      indicators: [], people: "Male, 30s, known as '{nick}'.", mentions: true,
      summary: "A firearm is reported to have been offered for sale in {hood}.",
    },
  ],
};

const GRADING_REASONS = [
  "The caller has made several reports about the same neighbour, none corroborated; checks found nothing to support this one.",
  "The person passing this on has given inaccurate information before and has a grievance against the occupant.",
  "Patrols and a visit found the address empty since the spring: the report is suspected to be false.",
  "Third-hand, and contradicted by what the housing provider found on a visit the same week.",
  "The account changed each time it was retold; suspected to be part of a neighbour dispute.",
];
const NFA_REASONS = [
  "Duplicate of an earlier concern about the same thing, already assessed and linked.",
  "Not enough detail to act on, and the caller did not want further contact.",
  "Checks found a family dispute over money, not organised crime; advice given.",
  "The people concerned were seen and spoken to; the circumstances were explained and no vulnerability was identified.",
  "Nothing found on two patrols at the times given; will be looked at again if reported again.",
];
const CONDITIONS = [
  "Not to be disclosed to the resident, the household or the landlord. Share within the receiving safeguarding team only.",
  "Do not act on this without first speaking to the Northbridge Police intelligence unit: it may affect a police operation.",
  "For safeguarding purposes only; not to be shared further or used in civil proceedings.",
  "Do not approach the premises or the people described; pass any contact with them to the police.",
];
/** Key nominals (men) an officer might name in a note; others are left unnamed. */
const KNOWN_MEN = new Set(["Tyrell Mensah", "Jordan Pickering", "Lee Caddick", "Connor Bright", "Marcus Adebayo-Grant", "Raymond Hollins", "Dean Hollins", "Jason Hollins", "Lewis Hollins", "Darren Shipley", "Stephen Ashworth", "Rohan Mistry", "Glen Fairclough", "John Smith", "Gary Felton"]);
const CARS = ["Dark grey hatchback", "Black Audi saloon", "Silver Ford Focus, private hire sticker", "White Mercedes van", "Blue Vauxhall Corsa", "Red Seat Leon, tinted windows"];
const NICKS = ["Dee", "Tee", "Bash", "Kez", "Smudge", "Lil J", "Ghost", "Ricky"];

// ─── The seed ────────────────────────────────────────────────────────────────────────────

type Place = { id: string; address: string; hood: string; type: string; flags: string[] };
type GroupInfo = { id: string; reference: string; name: string; status: string; crimeTypes: string[]; hoods: string[] };
type Link = { kind: RecordKind; id: string };

export async function seedConcerns(db: ConcernsSeedDb, ctx: CaseRecordSeedContext): Promise<void> {
  const rng = new Rng(0xc0ce2);
  const ids = new Rng(0xc0ce3);

  const need = (map: Map<string, string>, key: string, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`seedConcerns: ${what} "${key}" missing`);
    return id;
  };
  const agencyId = (key: AgencyKey) => need(ctx.agencies, AGENCY[key], "agency");
  const userId = (key: UserKey) => ctx.users.get(USER[key]) ?? need(ctx.users, USER.officer, "user");
  const hoodCode = new Map([...ctx.neighbourhoods].map(([code, id]) => [id, code]));
  const hoodCodes = Object.keys(HOODS).filter((c) => ctx.neighbourhoods.has(c));
  const policeId = agencyId("police");

  // ── The case record, read back ──
  const groups: GroupInfo[] = (
    await db.organisedCrimeGroup.findMany({ where: { status: { not: "ARCHIVED" } }, orderBy: { reference: "asc" }, select: { id: true, reference: true, name: true, status: true, crimeTypes: true, neighbourhoods: { select: { neighbourhoodId: true } } } })
  ).map((g) => ({ ...g, hoods: g.neighbourhoods.map((n) => hoodCode.get(n.neighbourhoodId) ?? "").filter(Boolean) }));
  const members = await db.groupMembership.findMany({ where: { toDate: null }, orderBy: [{ groupId: "asc" }, { nominalId: "asc" }], select: { groupId: true, nominal: { select: { id: true, name: true, aliases: true, vehicles: true } } } });
  const people = await db.personAtRisk.findMany({ orderBy: { id: "asc" }, select: { id: true, ageGroup: true, vulnerabilities: true } });
  const personGroups = await db.link.findMany({ where: { fromKind: "PERSON", toKind: "GROUP" }, orderBy: { id: "asc" }, select: { fromId: true, toId: true } });
  const places: Place[] = (await db.location.findMany({ where: { neighbourhoodId: { not: null } }, orderBy: { id: "asc" }, select: { id: true, address: true, neighbourhoodId: true, type: true, flags: true } })).map((l) => ({
    id: l.id, address: l.address, hood: hoodCode.get(l.neighbourhoodId!) ?? "", type: l.type, flags: l.flags,
  }));
  if (!hoodCodes.length) throw new Error("seedConcerns: no demo neighbourhoods");

  const relevance = (g: GroupInfo, category: Category) => {
    const at = g.crimeTypes.findIndex((t) => CATEGORY_CRIME_TYPES[category].includes(t));
    if (at < 0) return 0;
    return (1 / (at + 1)) * ({ ACTIVE: 1, EMERGING: 0.8, DORMANT: 0.15 }[g.status] ?? 0);
  };
  const pickGroup = (candidates: GroupInfo[], category: Category): GroupInfo | null => {
    const weights = Object.fromEntries(candidates.map((g) => [g.id, relevance(g, category)]).filter(([, w]) => (w as number) > 0));
    if (!Object.keys(weights).length) return null;
    const id = rng.weighted<string>(weights);
    return candidates.find((g) => g.id === id)!;
  };
  const placeFor = (hood: string, want: PlaceNeed) =>
    places.filter((p) => p.hood === hood && ((want.types ?? []).includes(p.type) || (want.flags ?? []).some((f) => p.flags.includes(f))));
  /** Homes and flagged addresses a note about an address might be about, by category. */
  const ADDRESS_FLAGS: Partial<Record<Category, string[]>> = { CUCKOOING: ["CUCKOOED", "TRAP_HOUSE"], SEX_MARKET: ["BROTHEL"], OTHER: ["CANNABIS_FARM", "STASH_HOUSE"], MODERN_SLAVERY: ["EXPLOITATION_SITE"] };

  // ── Build ──
  type Draft = {
    row: ReturnType<typeof concernRow> & { id: string };
    category: Category;
    hood: string;
    mentioned: { id: string } | null;
    /** The group in the neighbourhood this is most likely about (what the analyst will link it to). */
    likely: GroupInfo | null;
    summary: string;
  };
  const drafts: Draft[] = [];
  const categories = Object.keys(CATEGORY_WEIGHT) as Category[];
  for (let i = 0; i < TOTAL; i++) {
    // The first few cover every category and every neighbourhood; the rest follow the weights.
    const category = i < categories.length ? categories[i]! : rng.weighted(CATEGORY_WEIGHT);
    const groupHoods = [...new Set(groups.filter((g) => relevance(g, category) > 0).flatMap((g) => g.hoods))].filter((h) => hoodCodes.includes(h));
    const hood = i < hoodCodes.length ? hoodCodes[i]! : groupHoods.length && rng.chance(0.65) ? rng.pick(groupHoods) : rng.pick(hoodCodes);
    const streets = HOODS[hood]!.streets;

    // Who logged it: now and then a partner, usually the officer whose patch it is.
    let reporter: UserKey = HOODS[hood]!.officer;
    const partnerReporter = rng.chance(0.08) ? (category === "COUNTY_LINES" || category === "CSE" ? "council" : category === "CUCKOOING" || category === "INTIMIDATION" ? "housing" : null) : null;
    if (partnerReporter) reporter = partnerReporter;
    else if (rng.chance(0.2)) reporter = rng.weighted<OfficerKey>({ officer: 3, barker: 1, novak: 1, reid: 1, whitaker: 1 });
    const byPartner = reporter === "council" || reporter === "housing";

    const usable = TEMPLATES[category].filter((t) => (!t.place || placeFor(hood, t.place).length > 0) && !(byPartner && t.police));
    const template = rng.pick(usable.length ? usable : TEMPLATES[category].filter((t) => !t.place));

    // Where: a known place, a flagged address, or just a street.
    let location: Place | null = null;
    let address = "";
    const place = template.place ? rng.pick(placeFor(hood, template.place)) : null;
    if (place) {
      location = rng.chance(0.7) ? place : null;
      address = place.address;
    } else if (template.text.includes("{addr}")) {
      const flagged = places.filter((p) => p.hood === hood && (p.type === "RESIDENTIAL" || category === "OTHER") && (ADDRESS_FLAGS[category] ?? []).some((f) => p.flags.includes(f)));
      const homes = places.filter((p) => p.hood === hood && p.type === "RESIDENTIAL");
      const known = flagged.length && rng.chance(0.6) ? rng.pick(flagged) : homes.length && rng.chance(0.3) ? rng.pick(homes) : null;
      if (known) {
        location = rng.chance(0.6) ? known : null;
        address = known.address;
      } else {
        address = rng.chance(0.5) ? `${rng.int(1, 120)} ${rng.pick(streets)}` : `Flat ${rng.int(1, 24)}, ${rng.int(2, 60)} ${rng.pick(streets)}`;
      }
    }
    const street = address ? (streets.find((s) => address.includes(s)) ?? rng.pick(streets)) : rng.pick(streets);
    if (!address && rng.chance(0.8)) address = rng.chance(0.5) ? street : `Near ${street}`;

    // The groups this might be about, and now and then a member mentioned by name or nickname.
    const relevant = groups.filter((g) => relevance(g, category) > 0 && g.hoods.includes(hood));
    const likely = pickGroup(relevant, category);
    const crew = likely ? members.filter((m) => m.groupId === likely.id && KNOWN_MEN.has(m.nominal.name)) : [];
    const mentioned = crew.length && template.mentions && !byPartner && rng.chance(0.45) ? rng.pick(crew).nominal : null;

    // One value per placeholder, so the note and its people and vehicles fields agree.
    const vars: Record<string, string> = {
      street,
      addr: address || `an address on ${street}`,
      place: place?.address ?? `premises on ${street}`,
      time: `${String(rng.int(0, 23)).padStart(2, "0")}:${rng.pick(["05", "15", "20", "35", "40", "50"])}`,
      age: String(rng.int(13, 16)),
      n: String(rng.int(3, 9)),
      cash: String(rng.pick([120, 240, 340, 460, 600, 850, 1200, 2500])),
      car: rng.pick(CARS),
      nick: mentioned?.aliases[0] ?? rng.pick(NICKS),
    };
    const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, key: string) => vars[key] ?? whole);
    let peopleMentioned = template.people ? fill(template.people) : "";
    if (mentioned) {
      const alias = mentioned.aliases[0];
      peopleMentioned = `${peopleMentioned} Possibly ${mentioned.name}${alias && !peopleMentioned.includes(`'${alias}'`) ? ` ('${alias}')` : ""}.`.trim();
    }
    const vehiclesMentioned = mentioned?.vehicles[0] && template.vehicles ? `${mentioned.vehicles[0]} (seen before)` : template.vehicles ? fill(template.vehicles) : "";

    const extra = OC_CATEGORIES.find((c) => c.key === category)?.indicators.filter((x) => !template.indicators.includes(x)) ?? [];
    const indicators = [...template.indicators, ...(extra.length && rng.chance(0.2) ? [rng.pick(extra)] : [])];
    const source: ConcernSource = byPartner
      ? rng.chance(0.7) ? "PARTNER" : "MEMBER_OF_PUBLIC"
      : template.police ? "OWN_OBSERVATION" : rng.weighted<ConcernSource>({ OWN_OBSERVATION: 25, MEMBER_OF_PUBLIC: 40, PARTNER: 15, CCTV: 12, OTHER: 8 });

    const createdAt = new Date(NOW - rng.int(1, 364) * DAY - rng.int(0, 14 * 60) * 60_000);
    const occurredAt = new Date(createdAt.getTime() - rng.int(30, 72 * 60) * 60_000);
    const id = uuid7(createdAt, ids);
    const reportedById = userId(reporter);
    drafts.push({
      category, hood, mentioned, likely, summary: template.summary,
      row: {
        ...concernRow({
          id, reportedById, reporterAgencyId: byPartner ? agencyId(reporter === "council" ? "csc" : "homes") : policeId,
          category, indicators, description: `${fill(template.text)} [${RAW_MARKER}]`, occurredAt, createdAt, address, locationId: location?.id ?? null, neighbourhoodId: ctx.neighbourhoods.get(hood)!,
          peopleMentioned, vehiclesMentioned, source, immediateRisk: rng.chance(0.05),
        }),
        id,
      },
    });
  }

  // ── Which are still waiting: about 20 of the newest; at least two of officer@locus.test's ──
  drafts.sort((a, b) => a.row.createdAt.getTime() - b.row.createdAt.getTime());
  const newest = drafts.slice(-30);
  const open = new Set(rng.sample(newest, OPEN));
  const samOkafor = userId("officer");
  const samsWaiting = () => [...open].filter((d) => d.row.reportedById === samOkafor).length;
  for (const d of [...newest].reverse()) {
    if (samsWaiting() >= 2) break;
    if (d.row.reportedById === samOkafor) open.add(d);
  }
  const openSorted = drafts.filter((d) => open.has(d));
  // The older half of the queue has been started on: graded, no outcome yet.
  const inAssessment = new Set(rng.sample(openSorted.slice(0, Math.ceil(openSorted.length / 2)), 6));
  // The two newest untouched ones were reported with an immediate risk (supervisors were alerted).
  for (const d of openSorted.filter((x) => !inAssessment.has(x)).slice(-2)) d.row.immediateRisk = true;

  // ── Grading and outcomes ──
  const links: { concernId: string; kind: RecordKind; recordId: string; createdAt: Date }[] = [];
  const rows: Draft["row"][] = [];
  for (const d of drafts) {
    const { row, category } = d;
    const concernLinks: Link[] = row.locationId ? [{ kind: "LOCATION", id: row.locationId }] : [];
    if (open.has(d) && !inAssessment.has(d)) {
      rows.push(row);
      for (const l of concernLinks) links.push({ concernId: row.id, kind: l.kind, recordId: l.id, createdAt: row.createdAt });
      continue;
    }

    const assessorId = rng.chance(0.7) ? userId("analyst") : userId("supervisor");
    const grade = gradeFor(row.source, rng);
    const handlingCode: HandlingCode = rng.chance(0.12) ? "C" : "P";
    const hoodName = HOODS[d.hood]!.name;
    const summaryBase = d.summary.replaceAll("{hood}", hoodName);

    if (inAssessment.has(d)) {
      const gradedAt = new Date(Math.min(row.createdAt.getTime() + rng.int(2, 48) * HOUR, NOW - HOUR));
      rows.push({
        ...row, status: "IN_ASSESSMENT", assessorId, ...grade, handlingCode, handlingConditions: handlingCode === "C" ? rng.pick(CONDITIONS) : "",
        sanitisedSummary: rng.chance(0.5) ? summaryBase : "", version: 2, updatedAt: gradedAt, updatedById: assessorId,
      });
      for (const l of concernLinks) links.push({ concernId: row.id, kind: l.kind, recordId: l.id, createdAt: row.createdAt });
      continue;
    }

    // The outcome: what the analyst made of it.
    const likely = d.likely;
    const anywhere = pickGroup(groups, category);
    let outcome: ConcernOutcome;
    if (grade.sourceEvaluation === "NOT_RELIABLE" || grade.intelAssessment === "E") outcome = "NO_FURTHER_ACTION";
    else if (row.immediateRisk) outcome = rng.weighted<ConcernOutcome>({ ESCALATED_TO_TASKING: 6, REFERRED: 3, ...(likely ? { LINKED_TO_GROUP: 1 } : {}) });
    else if (likely) outcome = rng.weighted<ConcernOutcome>({ LINKED_TO_GROUP: 55, REFERRED: 18, ESCALATED_TO_TASKING: 10, NO_FURTHER_ACTION: 17 });
    else outcome = rng.weighted<ConcernOutcome>({ ...(anywhere ? { LINKED_TO_GROUP: 20 } : {}), REFERRED: 35, ESCALATED_TO_TASKING: 10, NO_FURTHER_ACTION: 35 });

    const outcomeAt = new Date(Math.min(row.createdAt.getTime() + (row.immediateRisk ? rng.int(1, 8) * HOUR : rng.int(1, 10) * DAY + rng.int(0, 8) * HOUR), NOW - HOUR));
    let groupId: string | null = null;
    let referredAgencyId: string | null = null;
    let outcomeNote = "";
    let outcomeLine = "";
    const group = likely ?? anywhere;
    if (outcome === "LINKED_TO_GROUP" && group) {
      groupId = group.id;
      concernLinks.push({ kind: "GROUP", id: group.id });
      outcomeNote = rng.pick([
        `Corroborates existing intelligence on ${group.reference} ${group.name}; added to the profile for the next scoring review.`,
        `Consistent with the known activity of ${group.reference} ${group.name} in ${hoodName}. Linked and passed to the LRO.`,
        `Fits the pattern for ${group.name} (${group.reference}); linked so the LRO sees it.`,
      ]);
      outcomeLine = "It has been linked to an organised crime group the police are already working on. Thank you: keep reporting.";
    } else if (outcome === "REFERRED") {
      const key = rng.weighted(REFERRAL[category]);
      referredAgencyId = agencyId(key);
      outcomeNote = rng.pick([`Referred to ${AGENCY[key]} for safeguarding follow-up.`, `Passed to ${AGENCY[key]} through the MASH; police will review on their reply.`, `Referred to ${AGENCY[key]}, who hold the lead for this.`]);
      outcomeLine = `Referred to ${AGENCY[key]} for follow-up.`;
      if (likely && rng.chance(0.4)) concernLinks.push({ kind: "GROUP", id: likely.id });
    } else if (outcome === "ESCALATED_TO_TASKING") {
      outcomeNote = row.immediateRisk
        ? "Taken to the daily management meeting because of the immediate risk; a visit was made the same day."
        : `Escalated to the ${hoodName} tasking meeting: a patrol plan and a welfare visit have been asked for.`;
      outcomeLine = "Passed to the neighbourhood tasking meeting for action.";
      if (likely && rng.chance(0.6)) concernLinks.push({ kind: "GROUP", id: likely.id });
    } else {
      outcome = "NO_FURTHER_ACTION";
      outcomeNote = grade.gradingReason ? `No further action. ${grade.gradingReason}` : rng.pick(NFA_REASONS);
      outcomeLine = "Checked and no further police action is needed at present. Thank you for reporting it.";
    }
    // Nominals and people the analyst linked as well.
    if (d.mentioned && (outcome === "LINKED_TO_GROUP" || outcome === "ESCALATED_TO_TASKING")) concernLinks.push({ kind: "NOMINAL", id: d.mentioned.id });
    const vulns = CATEGORY_VULNERABILITIES[category];
    if (vulns.length && outcome !== "NO_FURTHER_ACTION" && rng.chance(0.3)) {
      const linkedGroup = concernLinks.find((l) => l.kind === "GROUP")?.id;
      const atRiskFromGroup = new Set(personGroups.filter((l) => l.toId === linkedGroup).map((l) => l.fromId));
      const fits = people.filter((p) => p.vulnerabilities.some((v) => vulns.includes(v)));
      const best = fits.filter((p) => atRiskFromGroup.has(p.id));
      const person = best.length ? rng.pick(best) : fits.length ? rng.pick(fits) : null;
      if (person) concernLinks.push({ kind: "PERSON", id: person.id });
    }

    const conditions = handlingCode === "C" ? rng.pick(CONDITIONS) : "";
    rows.push({
      ...row, status: "OUTCOME", assessorId, ...grade, handlingCode, handlingConditions: conditions,
      sanitisedSummary: `${summaryBase} ${outcomeLine}`, outcome, outcomeNote, outcomeAt, referredAgencyId, groupId,
      version: rng.chance(0.3) ? 3 : 2, updatedAt: outcomeAt, updatedById: assessorId,
    });
    const unique = new Map(concernLinks.map((l) => [`${l.kind}:${l.id}`, l]));
    for (const l of unique.values()) links.push({ concernId: row.id, kind: l.kind, recordId: l.id, createdAt: l.kind === "LOCATION" ? row.createdAt : outcomeAt });
  }

  // ── Write ──
  await db.concern.createMany({ data: rows });
  await db.concernLink.createMany({ data: links });
}

/** 3x5x2 source evaluation and intelligence assessment, as an analyst would grade this source. */
function gradeFor(source: ConcernSource, rng: Rng): { sourceEvaluation: SourceEvaluation; intelAssessment: IntelligenceAssessment; gradingReason: string } {
  const code = {
    OWN_OBSERVATION: () => rng.weighted({ "1A": 45, "1B": 30, "2B": 25 }),
    CCTV: () => rng.weighted({ "1A": 50, "2B": 50 }),
    MEMBER_OF_PUBLIC: () => rng.weighted({ "2B": 45, "2C": 42, "2D": 5, "3C": 4, "3E": 3 }),
    PARTNER: () => rng.weighted({ "1B": 20, "2B": 50, "2C": 30 }),
    OTHER: () => rng.weighted({ "2C": 65, "2D": 27, "3E": 8 }),
  }[source]();
  const sourceEvaluation = ({ "1": "RELIABLE", "2": "UNTESTED", "3": "NOT_RELIABLE" } as const)[code[0] as "1" | "2" | "3"];
  const intelAssessment = code[1] as IntelligenceAssessment;
  const gradingReason = sourceEvaluation === "NOT_RELIABLE" || intelAssessment === "E" ? rng.pick(GRADING_REASONS) : "";
  return { sourceEvaluation, intelAssessment, gradingReason };
}
