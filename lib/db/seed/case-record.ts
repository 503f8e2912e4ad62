// The Northbridge demo case record: organised crime groups, nominals, people at risk, locations
// and the links between them. Everything here is fictional: Northbridge does not exist, the "NB"
// postcode area does not exist, phone numbers are in Ofcom's drama range (07700 900xxx) and every
// vehicle registration contains an I or a Q among its last three letters, which DVLA never issues.
//
// Deterministic: a seeded PRNG (never Math.random) and a fixed "today" (SEED_TODAY), so every run
// produces the same records, with ids derived from the same PRNG (UUIDv7 layout, time = createdAt).
// Rows are built with the shared factories' row builders (groupRow, scoringRow: searchText and
// scores computed exactly as for the tests) and written with a handful of createMany calls.
import { searchTextOf } from "@/lib/dal/search";
import { CAPABILITY_FACTORS, HARM_FACTORS, type CapabilityFactor, type Confidence, type Extent, type HarmFactor } from "@/lib/domain/scoring";
import type { AgeGroup, GroupStatus, LinkType, LocationType, MemberStanding, PrismaClient, RecordKind, RiskLevel } from "@/lib/generated/prisma/client";
import { groupRow, scoringRow, type RecordsDb } from "../factories-records";
import { AGENCY, type AgencyKey } from "./agencies";
import { Rng, uuid7 } from "./rng";

export type CaseRecordSeedDb = RecordsDb & Pick<PrismaClient, "groupNeighbourhood" | "groupShare" | "personShare">;
export type CaseRecordSeedContext = {
  /** agency name -> id */
  agencies: Map<string, string>;
  /** neighbourhood code -> id */
  neighbourhoods: Map<string, string>;
  /** user email -> id */
  users: Map<string, string>;
};

/** The seed's fixed "today": every timestamp falls in the 12 months before it. */
export const SEED_TODAY = new Date(Date.UTC(2026, 10, 20, 12, 0, 0));
const NOW = SEED_TODAY.getTime();
const DAY = 86_400_000;


// ─── Time helpers (all relative to SEED_TODAY) ───────────────────────────────────────────

/** A timestamp `days` before today, during working hours; never after SEED_TODAY. */
function daysAgo(days: number, rng: Rng): Date {
  const d = Math.max(1, days);
  const base = new Date(NOW - d * DAY);
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate(), rng.int(8, 17), rng.int(0, 59), rng.int(0, 59)));
}
/** A calendar date (for @db.Date columns) `days` before today. */
function dateAgo(days: number): Date {
  const base = new Date(NOW - Math.max(0, days) * DAY);
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate()));
}
function daysBefore(d: Date): number {
  return Math.floor((NOW - d.getTime()) / DAY);
}
/** A moment a little after `d` (up to `maxDays`), never after today. */
function after(d: Date, maxDays: number, rng: Rng): Date {
  const t = d.getTime() + rng.int(0, Math.max(0, maxDays)) * DAY + rng.int(0, 6 * 3600) * 1000;
  return new Date(Math.min(t, NOW - 3600_000));
}
function later(...ds: Date[]): Date {
  return new Date(Math.max(...ds.map((d) => d.getTime())));
}
function month(d: Date): string {
  return d.toISOString().slice(0, 7);
}
/** A date of birth for someone aged `age` today. */
function dobForAge(age: number, rng: Rng): Date {
  const birthday = new Date(NOW - rng.int(1, 364) * DAY);
  return new Date(Date.UTC(birthday.getUTCFullYear() - age, birthday.getUTCMonth(), birthday.getUTCDate()));
}
function ageOn(dob: Date): number {
  const today = new Date(NOW);
  let age = today.getUTCFullYear() - dob.getUTCFullYear();
  if (today.getUTCMonth() < dob.getUTCMonth() || (today.getUTCMonth() === dob.getUTCMonth() && today.getUTCDate() < dob.getUTCDate())) age--;
  return age;
}

// ─── Agencies and users the seed refers to ───────────────────────────────────────────────


const USER = {
  officer: "officer@locus.test",
  analyst: "analyst@locus.test",
  supervisor: "supervisor@locus.test",
  barker: "tom.barker@northbridge.example",
  reid: "marcus.reid@northbridge.example",
  whitaker: "grace.whitaker@northbridge.example",
  price: "owen.price@northbridge.example",
  clarke: "fiona.clarke@northbridge.example",
  doyle: "chris.doyle@northbridge.example",
} as const;
type UserKey = keyof typeof USER;

// ─── Geography ───────────────────────────────────────────────────────────────────────────

/** Neighbourhood code -> postcode district, map offset from the (fictional) city centre, streets. */
const GEO: Record<string, { district: string; lat: number; lon: number; streets: { name: string; postcode: string; flats?: boolean }[] }> = {
  "NB-CEN": { district: "NB1", lat: 0, lon: 0, streets: [
    { name: "Market Street", postcode: "NB1 2AB" }, { name: "Cornhill", postcode: "NB1 3DF" }, { name: "Victoria Parade", postcode: "NB1 4GH" },
    { name: "Station Approach", postcode: "NB1 1JL" }, { name: "Chapel Walk", postcode: "NB1 5NP" },
  ] },
  "NB-RIV": { district: "NB2", lat: 0.011, lon: 0.021, streets: [
    { name: "Riverside Drive", postcode: "NB2 1AR" }, { name: "Wharf Lane", postcode: "NB2 2BS" }, { name: "Ferry Road", postcode: "NB2 3DT" },
    { name: "Quayside Court", postcode: "NB2 4EU", flats: true }, { name: "Willow Bank", postcode: "NB2 5FW" },
  ] },
  "NB-CAN": { district: "NB3", lat: -0.008, lon: 0.014, streets: [
    { name: "Canal Street", postcode: "NB3 1GX" }, { name: "Lock Keeper's Way", postcode: "NB3 2HY" }, { name: "Towpath Mews", postcode: "NB3 3JZ" },
    { name: "Basin Road", postcode: "NB3 4LA" }, { name: "Mill Race", postcode: "NB3 5NB" },
  ] },
  "NB-ASH": { district: "NB4", lat: 0.021, lon: 0.046, streets: [
    { name: "Ashgrove Road", postcode: "NB4 1PD" }, { name: "Rowan House, Ashgrove Road", postcode: "NB4 2QE", flats: true }, { name: "Hawthorn Close", postcode: "NB4 3RF" },
    { name: "Larch Walk", postcode: "NB4 4SG" }, { name: "Birch Court", postcode: "NB4 5TH", flats: true },
  ] },
  "NB-MIL": { district: "NB5", lat: 0.031, lon: 0.028, streets: [
    { name: "Millfield Lane", postcode: "NB5 1UJ" }, { name: "Weaver Street", postcode: "NB5 2WL" }, { name: "Spinner's Row", postcode: "NB5 3XN" },
    { name: "Foundry Road", postcode: "NB5 4YP" }, { name: "Cotton Way", postcode: "NB5 5ZQ" },
  ] },
  "NB-HAR": { district: "NB6", lat: -0.019, lon: 0.052, streets: [
    { name: "Harbour Road", postcode: "NB6 1AS" }, { name: "Dock Street", postcode: "NB6 2BT" }, { name: "Anchor Terrace", postcode: "NB6 3DU" },
    { name: "Chandlery Yard", postcode: "NB6 4EW" }, { name: "Pier View", postcode: "NB6 5FX" },
  ] },
  "NB-KIN": { district: "NB7", lat: 0.016, lon: -0.046, streets: [
    { name: "Kingsmoor Road", postcode: "NB7 1GY" }, { name: "Heather Rise", postcode: "NB7 2HZ" }, { name: "Moor Lane", postcode: "NB7 3JA" },
    { name: "Curlew Drive", postcode: "NB7 4LB" }, { name: "Bracken Close", postcode: "NB7 5ND" },
  ] },
  "NB-ELM": { district: "NB8", lat: -0.021, lon: -0.034, streets: [
    { name: "Elm Park Avenue", postcode: "NB8 1PE" }, { name: "Linden Grove", postcode: "NB8 2QF" }, { name: "Orchard Way", postcode: "NB8 3RG" },
    { name: "Beech Crescent", postcode: "NB8 4SH" }, { name: "Park Terrace", postcode: "NB8 5TJ" },
  ] },
};
const CENTRE = { lat: 53.4, lon: -1.5 };

function streetOf(hood: string, name: string) {
  const s = geo(hood).streets.find((x) => x.name === name);
  if (!s) throw new Error(`seed: no street ${name} in ${hood}`);
  return s;
}
function geo(hood: string) {
  const g = GEO[hood];
  if (!g) throw new Error(`seed: no geography for ${hood}`);
  return g;
}

/** Hand-placed premises and places that groups use. */
type KeyPlace = { key: string; hood: string; street: string; address: string; type: LocationType; flags: string[]; notes?: string };
const KEY_PLACES: KeyPlace[] = [
  { key: "carwashMil", hood: "NB-MIL", street: "Foundry Road", address: "Sparkle Hand Car Wash, Foundry Road", type: "CAR_WASH", flags: ["EXPLOITATION_SITE"], notes: "Workers seen sleeping in a portable cabin at the rear." },
  { key: "carwashHar", hood: "NB-HAR", street: "Dock Street", address: "Sparkle Hand Car Wash, 2 Dock Street", type: "CAR_WASH", flags: ["EXPLOITATION_SITE"] },
  { key: "carwashKin", hood: "NB-KIN", street: "Moor Lane", address: "Moorside Valeting, Moor Lane", type: "CAR_WASH", flags: ["EXPLOITATION_SITE"], notes: "Same van drops off workers here and at the Foundry Road site." },
  { key: "nailsMil", hood: "NB-MIL", street: "Weaver Street", address: "Glamour Nails, 17 Weaver Street", type: "NAIL_BAR", flags: ["EXPLOITATION_SITE"] },
  { key: "nailsCen", hood: "NB-CEN", street: "Market Street", address: "Luxe Nails & Beauty, 88 Market Street", type: "NAIL_BAR", flags: ["EXPLOITATION_SITE", "LAUNDERING_FRONT"] },
  { key: "takeawayMil", hood: "NB-MIL", street: "Millfield Lane", address: "Golden Fry, 5 Millfield Lane", type: "TAKEAWAY", flags: ["LAUNDERING_FRONT"], notes: "Declared takings far above footfall seen on observation." },
  { key: "minimarketCen", hood: "NB-CEN", street: "Cornhill", address: "Cornhill Mini Market, 12 Cornhill", type: "SHOP", flags: ["LAUNDERING_FRONT"] },
  { key: "barberMil", hood: "NB-MIL", street: "Weaver Street", address: "Sharp Cuts Barbers, 23 Weaver Street", type: "BUSINESS", flags: ["LAUNDERING_FRONT"] },
  { key: "phonesCen", hood: "NB-CEN", street: "Station Approach", address: "QuickFix Phones, 4 Station Approach", type: "SHOP", flags: ["LAUNDERING_FRONT"], notes: "Suspected source of unregistered handsets." },
  { key: "vapeMil", hood: "NB-MIL", street: "Cotton Way", address: "Millfield Vape & Convenience, 61 Cotton Way", type: "SHOP", flags: ["LAUNDERING_FRONT"] },
  { key: "hotelStation", hood: "NB-CEN", street: "Station Approach", address: "Station Lodge Hotel, Station Approach", type: "HOTEL", flags: [], notes: "Staff briefed on the hotel watch scheme." },
  { key: "hotelCanal", hood: "NB-CAN", street: "Basin Road", address: "Basin Road Budget Inn, Basin Road", type: "HOTEL", flags: [], notes: "Rooms booked for single nights by adults with children." },
  { key: "hotelRiver", hood: "NB-RIV", street: "Quayside Court", address: "Riverside Suites (serviced apartments), Quayside Court", type: "HOTEL", flags: [] },
  { key: "pubLock", hood: "NB-CAN", street: "Lock Keeper's Way", address: "The Lock Keeper, Lock Keeper's Way", type: "LICENSED_PREMISES", flags: [] },
  { key: "pubAnchor", hood: "NB-HAR", street: "Anchor Terrace", address: "The Anchor, Anchor Terrace", type: "LICENSED_PREMISES", flags: [] },
  { key: "pubRowan", hood: "NB-ASH", street: "Ashgrove Road", address: "The Rowan Tavern, Ashgrove Road", type: "LICENSED_PREMISES", flags: [], notes: "Licensee reluctant to engage; CCTV frequently 'not working'." },
  { key: "clubCen", hood: "NB-CEN", street: "Chapel Walk", address: "Vault nightclub, Chapel Walk", type: "LICENSED_PREMISES", flags: [] },
  { key: "unitHar", hood: "NB-HAR", street: "Chandlery Yard", address: "Unit 4, Chandlery Yard", type: "WAREHOUSE", flags: ["STASH_HOUSE"] },
  { key: "unitMil", hood: "NB-MIL", street: "Foundry Road", address: "Unit 9, Foundry Road Trading Estate", type: "WAREHOUSE", flags: ["CANNABIS_FARM"], notes: "Electricity supply bypassed; found during a fire service visit." },
  { key: "farmKin", hood: "NB-KIN", street: "Moor Lane", address: "Outbuildings, Curlew Farm, Moor Lane", type: "FARM_OR_RURAL", flags: ["CANNABIS_FARM"] },
  { key: "playAsh", hood: "NB-ASH", street: "Larch Walk", address: "Play area and garages, Larch Walk", type: "PUBLIC_SPACE", flags: ["NO_GO"], notes: "Residents describe the garages as a 'no-go' area after dark." },
  { key: "recElm", hood: "NB-ELM", street: "Park Terrace", address: "Elm Park recreation ground, Park Terrace", type: "PUBLIC_SPACE", flags: [] },
  { key: "towpathCan", hood: "NB-CAN", street: "Basin Road", address: "Canal towpath under Basin Road bridge", type: "PUBLIC_SPACE", flags: [] },
  { key: "retailHar", hood: "NB-HAR", street: "Harbour Road", address: "Harbour Road Retail Park", type: "SHOP", flags: [] },
  { key: "garageKin", hood: "NB-KIN", street: "Kingsmoor Road", address: "Kingsmoor Motors, 140 Kingsmoor Road", type: "BUSINESS", flags: [], notes: "Used to re-plate stolen vehicles (closed June)." },
  { key: "yardElm", hood: "NB-ELM", street: "Orchard Way", address: "Premier Roofing & Driveways yard, Orchard Way", type: "BUSINESS", flags: [] },
  { key: "brothelQuay", hood: "NB-RIV", street: "Quayside Court", address: "Flat 12, Quayside Court", type: "RESIDENTIAL", flags: ["BROTHEL"] },
  { key: "brothelWharf", hood: "NB-RIV", street: "Wharf Lane", address: "Flat 3, 41 Wharf Lane", type: "RESIDENTIAL", flags: ["BROTHEL"] },
  { key: "brothelVictoria", hood: "NB-CEN", street: "Victoria Parade", address: "First floor, 22 Victoria Parade", type: "RESIDENTIAL", flags: ["BROTHEL"] },
  { key: "brothelTowpath", hood: "NB-CAN", street: "Towpath Mews", address: "9 Towpath Mews", type: "RESIDENTIAL", flags: ["BROTHEL"] },
];

/** Ordinary homes, so nominals and people at risk have somewhere to live. More where the groups are. */
const HOMES_PER_HOOD: Record<string, number> = { "NB-CEN": 3, "NB-RIV": 4, "NB-CAN": 4, "NB-ASH": 7, "NB-MIL": 5, "NB-HAR": 4, "NB-KIN": 6, "NB-ELM": 5 };

const FLAG_NOTES: Record<string, string[]> = {
  CUCKOOED: ["Tenant rarely seen; steady flow of short visits.", "Resident known to adult social care; new 'friends' staying.", "Neighbours report youths coming and going at all hours."],
  TRAP_HOUSE: ["Used for dealing and to hold runners between deliveries.", "Windows boarded; visitors stay under five minutes.", "Young people seen arriving by taxi late at night."],
  STASH_HOUSE: ["Believed used to store drugs and cash.", "Lock-up used to store stolen goods.", "Occupant has no obvious income; rarely leaves."],
  CANNABIS_FARM: ["Covered windows, strong smell, condensation on the glass.", "Electricity meter bypassed.", "Letting agent reports the tenant paid six months in cash."],
  EXPLOITATION_SITE: ["Shared house for car-wash workers; up to ten sleeping there.", "Workers collected by van at 07:00 daily."],
};

// ─── Names (fictional combinations; no real people are meant) ────────────────────────────

type Heritage = { weight: number; male: string[]; female: string[]; surnames: string[]; elderMale?: string[]; elderFemale?: string[]; feminine?: (s: string) => string };
const HERITAGES: Heritage[] = [
  {
    weight: 42,
    male: ["Jack", "Liam", "Kyle", "Jordan", "Callum", "Reece", "Bradley", "Ryan", "Lewis", "Nathan", "Jamie", "Aaron", "Craig", "Scott", "Wayne", "Shane", "Tyler", "Ashley", "Jake", "Harvey", "Mason", "Jayden", "Kai", "Ethan", "Rhys", "Gareth", "Dylan", "Owen", "Luke", "Mark", "Gavin", "Stuart"],
    female: ["Kayleigh", "Chantelle", "Jade", "Stacey", "Leanne", "Gemma", "Shannon", "Courtney", "Amber", "Chloe", "Megan", "Bethan", "Lauren", "Ellie", "Mia", "Ruby", "Skye", "Poppy", "Keira", "Demi", "Maisie", "Holly", "Casey", "Tia"],
    surnames: ["Baxter", "Thornton", "Holt", "Ackroyd", "Sutcliffe", "Haigh", "Crossley", "Barraclough", "Greenwood", "Booth", "Kershaw", "Naylor", "Lister", "Hinchliffe", "Robertshaw", "Fletcher", "Parkin", "Sykes", "Dawson", "Marsden", "Hartley", "Jenkins", "Pritchard", "Evans", "Hughes", "Wood", "Tasker", "Firth", "Moorhouse", "Bramley", "Whiteley", "Senior", "Pearson", "Hebden", "Rowntree", "Ibbotson", "Cartwright", "Lockwood"],
    elderMale: ["Albert", "Harold", "Kenneth", "Dennis", "Norman", "Stanley", "Brian", "Gordon", "Ronald", "Geoffrey"],
    elderFemale: ["Margaret", "Dorothy", "Joan", "Eileen", "Barbara", "Sheila", "Jean", "Maureen", "Audrey", "Pauline", "Brenda", "Irene"],
  },
  {
    weight: 14,
    male: ["Andre", "Jerome", "Darnell", "Tremaine", "Kwame", "Kofi", "Emeka", "Chidi", "Tunde", "Femi", "Omari", "Elijah", "Joel", "Reuben", "Tyrone", "Isaac", "Nathaniel", "Kobe"],
    female: ["Keisha", "Nia", "Aaliyah", "Tasha", "Shanice", "Abena", "Chiamaka", "Folake", "Jada", "Imani"],
    surnames: ["Owusu", "Boateng", "Asante", "Okonkwo", "Nwosu", "Eze", "Balogun", "Campbell", "Francis", "Gayle", "Bailey", "Henry", "Lindo", "Ofori", "Appiah", "Onyeka", "Forbes", "Bennett"],
    elderMale: ["Winston", "Clifton", "Delroy"],
    elderFemale: ["Hyacinth", "Gloria", "Ivy"],
  },
  {
    weight: 9,
    male: ["Tariq", "Imran", "Bilal", "Zain", "Adnan", "Faisal", "Hamza", "Usman", "Kamran", "Rizwan", "Sohail", "Asif", "Yasir"],
    female: ["Amira", "Samira", "Nadia", "Sana", "Ayesha", "Maryam", "Hira", "Zara"],
    surnames: ["Hussain", "Akhtar", "Iqbal", "Mahmood", "Qureshi", "Butt", "Chaudhry", "Anwar", "Saddique", "Bashir", "Aslam", "Javed"],
    elderMale: ["Mohammed Sadiq", "Ghulam"],
    elderFemale: ["Zubeda", "Naseem"],
  },
  {
    weight: 7,
    male: ["Arjun", "Ravi", "Sunil", "Vikram", "Jaspreet", "Gurdeep", "Harjit", "Kiran", "Nikhil", "Rohit"],
    female: ["Priti", "Simran", "Anjali", "Harpreet", "Neha", "Kiran", "Pooja"],
    surnames: ["Sharma", "Chauhan", "Sandhu", "Gill", "Dhillon", "Bains", "Parmar", "Lad", "Solanki", "Johal"],
    elderMale: ["Gurbachan", "Mohan"],
    elderFemale: ["Kamla", "Savitri"],
  },
  {
    weight: 8,
    male: ["Tomasz", "Piotr", "Marek", "Lukasz", "Kamil", "Andrei", "Florin", "Ionut", "Bogdan", "Mihai", "Darius"],
    female: ["Agnieszka", "Ewa", "Kasia", "Roxana", "Elena", "Ioana", "Alina"],
    surnames: ["Nowakowski", "Kowalczyk", "Wisniewski", "Lewandowski", "Zielinski", "Popescu", "Ionescu", "Dumitru", "Stanciu", "Mazur"],
    feminine: (s) => s.replace(/ski$/, "ska"),
  },
  {
    weight: 7,
    male: ["Sean", "Ciaran", "Conor", "Patrick", "Declan", "Eoin", "Niall", "Cillian"],
    female: ["Siobhan", "Aoife", "Niamh", "Roisin", "Orla"],
    surnames: ["O'Brien", "O'Neill", "McCarthy", "Quinn", "Gallagher", "Brennan", "Murphy", "Kavanagh", "Donnelly", "Hegarty"],
    elderMale: ["Michael", "Eamon"],
    elderFemale: ["Bridget", "Mary"],
  },
  {
    weight: 3,
    male: ["Mehmet", "Emre", "Kerem", "Yusuf", "Baran", "Serkan"],
    female: ["Zeynep", "Elif", "Ayla"],
    surnames: ["Yilmaz", "Demir", "Kaya", "Aydin", "Celik"],
  },
  {
    weight: 2,
    male: ["Arben", "Besnik", "Luan", "Dritan"],
    female: ["Arta", "Drita"],
    surnames: ["Hoxha", "Berisha", "Gashi", "Shala", "Krasniqi"],
  },
  {
    weight: 5,
    male: ["Abdi", "Mohamed", "Liban", "Hassan", "Abdirahman", "Mustafe", "Guled"],
    female: ["Hodan", "Fartun", "Amran", "Sahra", "Ifrah"],
    surnames: ["Farah", "Warsame", "Osman", "Jama", "Abdullahi", "Hersi", "Nur", "Egal"],
  },
  {
    weight: 3,
    male: ["Wei", "Jun", "Minh", "Duc", "Hao"],
    female: ["Mei", "Linh", "Yan", "Thu"],
    surnames: ["Chen", "Wong", "Nguyen", "Tran", "Lam", "Cheung"],
  },
];

/** Surnames of the demo staff, kept out of the generated names so nobody is confused with a colleague. */
const RESERVED_SURNAMES = new Set(["okafor", "desai", "marsh", "whitfield", "rahman", "morgan", "barker", "novak", "reid", "whitaker", "price", "clarke", "adeyemi", "doyle", "lowe", "ellison", "fairweather", "lindqvist", "smith", "smyth"]);

/** Nicknames anyone might carry. */
const NICKNAMES = ["Bugsy", "Ginger", "Smudge", "Tiny", "Chops", "Spider", "Bones", "Milky", "Scrappy", "Bam", "Ace", "Skinz", "Dutchy", "Nugget", "Fizz", "Zee", "Rocket", "Teddy", "Mouse", "Haz", "Boomer", "Whizz", "Stretch", "Lucky", "Jinx", "Shorty", "Flash", "Gadget", "Snowy", "Biscuit"];
const MALE_NICKNAMES = ["Little Man", "Rico", "Lil J", "Duke", "Prince", "Rocco", "Tank", "Pops"];
const ALT_FIRST = { male: ["Jay", "Danny", "Mo", "Ricky", "Tony", "Sonny"], female: ["Jo", "Sam", "Nikki", "Toni", "Lou"] };

// ─── The groups ──────────────────────────────────────────────────────────────────────────

type KeyNominal = { name: string; aliases: string[]; age: number; standing: MemberStanding; role: string; markers: string[]; risk: RiskLevel; notes?: string; offences?: string[] };
type Home = "family" | "cuckooed" | "brothel" | "site" | "none";
type VictimSpec = {
  count: number;
  age: [number, number];
  vulns: string[][];
  lead: (AgencyKey | null)[];
  shareWith?: AgencyKey[];
  risk: RiskLevel[];
  consent?: number;
  male: number;
  home: Home;
  elderly?: boolean;
  notes: string[];
};
type SiteSpec = { place: string; link: "CONTROLS" | "FREQUENTS" } | { flag: string; count: number; hoods?: string[]; type?: LocationType };
type GroupSpec = {
  key: string;
  reference: string;
  name: string;
  aliases: string[];
  status: GroupStatus;
  crimeTypes: string[];
  hoods: string[];
  lro: UserKey;
  sro: UserKey | null;
  shares: AgencyKey[];
  createdDaysAgo: number;
  assessment: string;
  partnerSummary: string;
  scorings: { daysAgo: number; author: UserKey; code: string; rationale: string }[];
  keyNominals: KeyNominal[];
  extraSignificant: number;
  extraPeripheral: number;
  roles: { significant: string[]; peripheral: string[] };
  ages: { significant: [number, number]; peripheral: [number, number] };
  offences: string[];
  sites: SiteSpec[];
  victims: VictimSpec[];
  /** Memberships ended on this many days ago (archived groups). */
  endedDaysAgo?: number;
};

const GROUPS: GroupSpec[] = [
  {
    key: "deeLine",
    reference: "05/00283",
    name: "Dee Line (Kingsmoor)",
    aliases: ["Dee line", "KM Boys", "the Kingsmoor line"],
    status: "ACTIVE",
    crimeTypes: ["COUNTY_LINES", "DRUGS_SUPPLY", "CCE"],
    hoods: ["NB-KIN", "NB-ELM", "NB-CEN"],
    lro: "reid",
    sro: "supervisor",
    shares: ["csc", "schools", "homes"],
    createdDaysAgo: 306,
    assessment:
      "POLICE-ONLY assessment: The Dee line is a county line run out of Northbridge Central into Kingsmoor and Elm Park, controlled by Tyrell MENSAH ('Tee') with Jordan PICKERING recruiting runners outside local schools. " +
      "Reporting graded B2 indicates 40–60 deals a day and at least six local children used to carry drugs and cash, some held in debt bondage after staged robberies. " +
      "Three addresses in Kingsmoor are assessed as cuckooed and MENSAH is reported to carry a bladed weapon. Priority: safeguard the identified children with Children's Social Care, then a warrant at the main trap house.",
    partnerSummary:
      "A drug supply network operating across Kingsmoor, Elm Park and the city centre that uses local children to carry and sell drugs and takes over the homes of vulnerable adults. " +
      "Children linked to this group should be treated as at risk of criminal exploitation. Please pass on missing episodes, unexplained money, phones or injuries, and any change in visitors at tenancies, to the police single point of contact.",
    scorings: [
      { daysAgo: 300, author: "analyst", code: "MMLMMM/MMLMHM/M/M", rationale: "Initial scoring after the line was identified from Kingsmoor neighbourhood concerns and two missing-child referrals." },
      { daysAgo: 150, author: "price", code: "HMLMMM/HHLHHM/H/M", rationale: "Violence raised after a runner was stabbed in Elm Park; two further children identified, so likelihood is now high." },
      { daysAgo: 25, author: "analyst", code: "HHLHMH/HHMHHH/H/H", rationale: "Access to weapons corroborated by a recovered knife; the line now reaches the city centre; confidence raised after phone analysis." },
    ],
    keyNominals: [
      { name: "Tyrell Mensah", aliases: ["Tee", "T-Man"], age: 27, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: ["WEAPONS", "VIOLENCE", "DRUGS"], risk: "HIGH", notes: "Controls the Dee line handset; rarely holds drugs himself." },
      { name: "Jordan Pickering", aliases: ["JP"], age: 22, standing: "SIGNIFICANT_MEMBER", role: "Recruiter", markers: ["DRUGS"], risk: "HIGH", notes: "Seen outside two Kingsmoor schools at home time." },
    ],
    extraSignificant: 4,
    extraPeripheral: 10,
    roles: { significant: ["Enforcer", "Supplier", "Driver", "Controller"], peripheral: ["Courier", "Dealer", "Courier", "Dealer", "Driver"] },
    ages: { significant: [19, 34], peripheral: [15, 19] },
    offences: ["Possession with intent to supply Class A", "Being concerned in the supply of Class A", "Possession of a bladed article", "Section 20 wounding", "Child criminal exploitation (s.1 Modern Slavery Act 2015)"],
    sites: [
      { flag: "CUCKOOED", count: 3, hoods: ["NB-KIN", "NB-ELM"] },
      { flag: "TRAP_HOUSE", count: 2, hoods: ["NB-KIN", "NB-CEN"] },
      { place: "hotelStation", link: "FREQUENTS" },
      { place: "recElm", link: "FREQUENTS" },
      { place: "phonesCen", link: "FREQUENTS" },
    ],
    victims: [
      { count: 8, age: [13, 17], vulns: [["CCE", "COUNTY_LINES"], ["CCE", "COUNTY_LINES"], ["CCE", "COUNTY_LINES", "CSE"]], lead: ["csc", "csc", "csc", "schools", null], shareWith: ["schools", "nhs"], risk: ["HIGH", "HIGH", "MEDIUM"], male: 0.75, home: "family", notes: ["Found in another force area with cash and two phones.", "Return interview: said {he} was 'working off a debt' after being robbed.", "Attendance dropped sharply since spring; new expensive clothes.", "Missing four times this year; returned by a taxi paid for by an unknown adult.", "", "Found with drugs concealed; would not say who gave them to {him}."] },
      { count: 2, age: [38, 64], vulns: [["CUCKOOING"]], lead: ["homes", "asc"], shareWith: ["asc", "homes"], risk: ["HIGH", "MEDIUM"], consent: 0.5, male: 0.5, home: "cuckooed", notes: ["Tenant with a learning disability; youths staying at the flat.", "Says the visitors are 'friends' but appears frightened."] },
    ],
  },
  {
    key: "canal",
    reference: "05/00311",
    name: "Canal Quarter network",
    aliases: ["the Lock crowd", "Basin Road lot"],
    status: "ACTIVE",
    crimeTypes: ["CSE", "CCE", "DRUGS_SUPPLY"],
    hoods: ["NB-CAN", "NB-CEN", "NB-RIV"],
    lro: "clarke",
    sro: "supervisor",
    shares: ["csc", "nhs", "schools"],
    createdDaysAgo: 268,
    assessment:
      "POLICE-ONLY assessment: A loose network of adult males led by Lee CADDICK ('Caddy') and Connor BRIGHT targets girls and boys aged 13–16 through social media, with 'parties' at flats in the Canal Quarter and at the Basin Road Budget Inn. " +
      "Information from a partner agency (graded C) and two missing-episode return interviews name BRIGHT as the 'boyfriend' contact who supplies cannabis and alcohol. " +
      "Nine children are linked so far; digital forensic work on a recovered handset is outstanding and the risk of further victims is assessed as high.",
    partnerSummary:
      "A group of adults believed to be sexually exploiting children in the Canal Quarter and city centre, making contact online and using parties, gifts, alcohol and drugs. " +
      "Children linked to this group are subject to safeguarding plans. Partners are asked to report sightings of children with unknown older adults, in cars or at hotels, and any missing episodes.",
    scorings: [
      { daysAgo: 260, author: "analyst", code: "MLLMLM/HHLMHM/M/L", rationale: "Initial scoring from partner referrals; several ratings provisional." },
      { daysAgo: 60, author: "analyst", code: "MLLHMM/HHLMHM/H/M", rationale: "Tactical awareness raised: suspects use burner phones and encrypted apps. Likelihood raised after further victims came forward." },
    ],
    keyNominals: [
      { name: "Lee Caddick", aliases: ["Caddy"], age: 34, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: ["VIOLENCE"], risk: "HIGH", notes: "Drives a grey hatchback seen outside the Basin Road Budget Inn." },
      { name: "Connor Bright", aliases: ["CB", "Brighty"], age: 24, standing: "PRINCIPAL_SUBJECT", role: "Recruiter", markers: ["DRUGS"], risk: "HIGH", notes: "Makes first contact with children through social media." },
    ],
    extraSignificant: 3,
    extraPeripheral: 5,
    roles: { significant: ["Controller", "Driver", "Facilitator"], peripheral: ["Facilitator", "Driver", "Recruiter"] },
    ages: { significant: [21, 45], peripheral: [18, 40] },
    offences: ["Sexual activity with a child", "Causing or inciting a child to engage in sexual activity", "Supplying Class B to a child", "Child abduction (s.2)", "Harassment"],
    sites: [
      { flag: "TRAP_HOUSE", count: 2, hoods: ["NB-CAN", "NB-CEN"] },
      { place: "hotelCanal", link: "FREQUENTS" },
      { place: "hotelStation", link: "FREQUENTS" },
      { place: "pubLock", link: "FREQUENTS" },
      { place: "towpathCan", link: "FREQUENTS" },
      { place: "clubCen", link: "FREQUENTS" },
    ],
    victims: [
      { count: 8, age: [12, 16], vulns: [["CSE"], ["CSE"], ["CSE", "CCE"]], lead: ["csc", "csc", "csc", "csc", "schools"], shareWith: ["nhs", "schools"], risk: ["HIGH", "HIGH", "MEDIUM"], male: 0.25, home: "family", notes: ["Older 'boyfriend' buying gifts and a new phone.", "Seen getting into cars with unknown adult males near the towpath.", "Disclosed attending 'parties' at a flat in the Canal Quarter.", "Sexual health clinic raised a concern.", "Missing overnight twice; came back with alcohol and a new phone."] },
      { count: 1, age: [18, 19], vulns: [["SEXUAL_EXPLOITATION_ADULT"]], lead: ["nhs"], risk: ["HIGH"], consent: 1, male: 0, home: "family", notes: ["Care leaver, previously supported as a child at risk from this group."] },
    ],
  },
  {
    key: "silverline",
    reference: "05/00347",
    name: "Silverline fraud ring",
    aliases: ["Silverline Capital", "the crypto lads"],
    status: "ACTIVE",
    crimeTypes: ["FRAUD", "MONEY_LAUNDERING"],
    hoods: ["NB-CEN", "NB-RIV"],
    lro: "price",
    sro: "clarke",
    shares: ["asc"],
    createdDaysAgo: 338,
    assessment:
      "POLICE-ONLY assessment: Romance and investment fraud ring posing as 'Silverline Capital', led by Marcus ADEBAYO-GRANT ('Marco'). Victims are groomed on dating and social media sites and moved onto a fake crypto trading platform; 23 reports are linked to date with losses of about £410,000. " +
      "Natalie CAWTHORNE is assessed to control a network of money-mule accounts, and a bank insider is suspected but not yet corroborated. Financial investigation referral made; national fraud disseminations are being linked.",
    partnerSummary:
      "An organised fraud group running romance and fake investment scams, mostly targeting older and isolated adults in Northbridge. Victims are often contacted online and persuaded to transfer their savings. " +
      "Adult social care and other partners are asked to flag residents who describe new online relationships involving money or 'investment' opportunities, so that protective advice can be given.",
    scorings: [
      { daysAgo: 330, author: "price", code: "LLMMHM/LHHLHH/M/M", rationale: "Scored on referral from the regional fraud team." },
      { daysAgo: 200, author: "price", code: "LLHHHH/LHHLHH/H/M", rationale: "Suspected bank insider and a wider mule network: infiltration and resilience raised." },
      { daysAgo: 40, author: "analyst", code: "LLHHHH/LHHMHH/H/H", rationale: "Community harm raised as more Northbridge victims were identified; the financial investigation has confirmed the mule accounts." },
    ],
    keyNominals: [
      { name: "Marcus Adebayo-Grant", aliases: ["Marco", "M.A.G."], age: 38, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: [], risk: "HIGH", notes: "Lives well beyond declared income; several company directorships." },
      { name: "Natalie Cawthorne", aliases: ["Nat"], age: 33, standing: "SIGNIFICANT_MEMBER", role: "Money launderer", markers: [], risk: "MEDIUM" },
    ],
    extraSignificant: 3,
    extraPeripheral: 7,
    roles: { significant: ["Facilitator", "Corrupter", "Controller"], peripheral: ["Money launderer", "Facilitator", "Money launderer"] },
    ages: { significant: [25, 50], peripheral: [18, 30] },
    offences: ["Fraud by false representation", "Money laundering (POCA s.327–329)", "Possession of articles for use in fraud", "Conspiracy to defraud"],
    sites: [
      { place: "hotelRiver", link: "FREQUENTS" },
      { place: "clubCen", link: "FREQUENTS" },
    ],
    victims: [
      { count: 6, age: [48, 81], vulns: [["FRAUD_SCAM"]], lead: ["asc", "asc", null], risk: ["MEDIUM", "STANDARD", "HIGH"], consent: 0.6, male: 0.4, home: "family", notes: ["Lost £38,000 to an online 'partner' met on a dating site.", "Transferred pension savings into a fake trading account.", "Still in contact with the 'romance'; family very worried.", "Took out a loan to pay 'release fees' on a fake investment.", "Bank raised a concern after large transfers abroad.", ""] },
    ],
  },
  {
    key: "harbourCrew",
    reference: "05/00362",
    name: "Harbour Road Crew",
    aliases: ["HRC", "the trolley crew"],
    status: "EMERGING",
    crimeTypes: ["ORGANISED_ACQUISITIVE", "CCE"],
    hoods: ["NB-HAR", "NB-CEN"],
    lro: "doyle",
    sro: "supervisor",
    shares: ["communitySafety", "schools"],
    createdDaysAgo: 96,
    assessment:
      "POLICE-ONLY assessment: Emerging organised shoplifting crew led by Kayleigh DUNN ('Kay'), stealing to order from the Harbour Road Retail Park and city-centre stores, with goods sold on through online marketplaces. " +
      "Retail crime partnership data shows 140 incidents in six months with losses of about £62,000, and three teenage boys are used to carry out thefts. Intelligence (graded B3) suggests stolen goods are stored at an address off Harbour Road.",
    partnerSummary:
      "A group committing repeated, organised thefts from shops in the Harbour Road and city-centre areas, using teenagers to carry out some of them. " +
      "Community Safety is leading the retail partnership response; partners are asked to share concerns about young people involved in shop theft so that they can be offered support.",
    scorings: [{ daysAgo: 90, author: "price", code: "LLLMMM/LLMMMM/H/M", rationale: "First scoring of an emerging group, from retail crime partnership data." }],
    keyNominals: [{ name: "Kayleigh Dunn", aliases: ["Kay", "KD"], age: 31, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: [], risk: "MEDIUM", notes: "Sells goods through several online marketplace accounts." }],
    extraSignificant: 2,
    extraPeripheral: 7,
    roles: { significant: ["Controller", "Facilitator", "Driver"], peripheral: ["Courier", "Driver", "Facilitator"] },
    ages: { significant: [22, 45], peripheral: [15, 22] },
    offences: ["Theft from shops (organised)", "Handling stolen goods", "Going equipped for theft", "Assault on a retail worker"],
    sites: [
      { flag: "STASH_HOUSE", count: 1, hoods: ["NB-HAR"] },
      { place: "retailHar", link: "FREQUENTS" },
    ],
    victims: [{ count: 3, age: [14, 16], vulns: [["CCE"]], lead: ["csc", "schools"], shareWith: ["communitySafety"], risk: ["MEDIUM", "STANDARD"], male: 0.8, home: "family", notes: ["Detained at the retail park with a 'shopping list' on {his} phone.", "Told school staff {he} is paid £20 a trip."] }],
  },
  {
    key: "velvet",
    reference: "05/00378",
    name: "Velvet Rooms network",
    aliases: ["Velvet", "the Quayside flats"],
    status: "ACTIVE",
    crimeTypes: ["SEX_MARKET", "MODERN_SLAVERY", "MONEY_LAUNDERING"],
    hoods: ["NB-RIV", "NB-CAN", "NB-CEN"],
    lro: "officer",
    sro: "clarke",
    shares: ["nhs", "safeHarbour"],
    createdDaysAgo: 287,
    assessment:
      "POLICE-ONLY assessment: A brothel network run by Gary FELTON ('Gaz') and Donna FELTON across four flats in Riverside, the Canal Quarter and the city centre, advertised on adult services sites under rotating names. " +
      "Outreach visits and licensing checks indicate at least eight women, several believed trafficked into the UK, with controlled movement and passports held. " +
      "Proceeds of £15,000–£20,000 a month are thought to be laundered through a city-centre nail bar. A coordinated welfare visit with health and voluntary-sector partners is planned before enforcement.",
    partnerSummary:
      "A network controlling women selling sex from several flats in Riverside, the Canal Quarter and the city centre, some of whom may be victims of trafficking and exploitation. Health and voluntary-sector partners are supporting outreach. " +
      "Please report signs of multiple women at one address with frequent male callers, or women who appear controlled or lack their own documents.",
    scorings: [
      { daysAgo: 280, author: "analyst", code: "MMLMMM/HHMLHM/H/M", rationale: "Initial scoring following outreach reports." },
      { daysAgo: 100, author: "analyst", code: "HMLHMH/HHMMHM/H/M", rationale: "Violence raised after an assault on a woman at the Wharf Lane flat; the network moved addresses within days of a licensing visit." },
    ],
    keyNominals: [
      { name: "Gary Felton", aliases: ["Gaz"], age: 49, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: ["VIOLENCE"], risk: "HIGH" },
      { name: "Donna Felton", aliases: ["Donna Kemp"], age: 46, standing: "PRINCIPAL_SUBJECT", role: "Controller", markers: [], risk: "MEDIUM", notes: "Books the flats and handles the adverts." },
    ],
    extraSignificant: 3,
    extraPeripheral: 5,
    roles: { significant: ["Money launderer", "Driver", "Enforcer"], peripheral: ["Driver", "Facilitator"] },
    ages: { significant: [25, 50], peripheral: [20, 45] },
    offences: ["Controlling prostitution for gain", "Keeping a brothel used for prostitution", "Human trafficking for sexual exploitation", "Money laundering (POCA s.327–329)"],
    sites: [
      { place: "brothelQuay", link: "CONTROLS" },
      { place: "brothelWharf", link: "CONTROLS" },
      { place: "brothelVictoria", link: "CONTROLS" },
      { place: "brothelTowpath", link: "CONTROLS" },
      { place: "nailsCen", link: "CONTROLS" },
      { place: "hotelRiver", link: "FREQUENTS" },
    ],
    victims: [{ count: 6, age: [19, 34], vulns: [["SEXUAL_EXPLOITATION_ADULT", "MODERN_SLAVERY"], ["SEXUAL_EXPLOITATION_ADULT"]], lead: ["nhs", "safeHarbour", null], shareWith: ["safeHarbour", "nhs"], risk: ["HIGH", "HIGH", "MEDIUM"], consent: 0.5, male: 0, home: "brothel", notes: ["Passport held by 'the landlady'; little English.", "Attended A&E with injuries; would not say how they happened.", "Moved between flats every few weeks.", "Told outreach workers {he} owes money for {his} travel."] }],
  },
  {
    key: "hollins",
    reference: "05/00219",
    name: "Ashgrove Estate family group",
    aliases: ["Hollins family", "the Hollinses", "Ashgrove firm"],
    status: "ACTIVE",
    crimeTypes: ["INTIMIDATION", "DRUGS_SUPPLY", "MONEY_LAUNDERING"],
    hoods: ["NB-ASH", "NB-MIL"],
    lro: "barker",
    sro: "supervisor",
    shares: ["homes", "csc", "communitySafety"],
    createdDaysAgo: 358,
    assessment:
      "POLICE-ONLY assessment: The HOLLINS family, led by Raymond HOLLINS ('Big Ray') with his son Dean HOLLINS as enforcer, controls drug supply and intimidation on the Ashgrove Estate. " +
      "Residents and witnesses routinely withdraw statements; two tenants have reported protection payments and flats in Rowan House have been taken over for dealing. " +
      "Source reporting (graded B2) links Dean HOLLINS to a handgun stored off the estate, and proceeds are believed to be laundered through Millfield cash businesses.",
    partnerSummary:
      "A family-based group exercising control over parts of the Ashgrove Estate through intimidation, drug dealing and the takeover of tenants' homes. Residents may be reluctant to report. " +
      "Housing and other partners are asked to report tenancy changes, new 'visitors' at flats, anti-social behaviour and any resident who appears afraid, and to take care not to reveal who has raised a concern.",
    scorings: [
      { daysAgo: 350, author: "analyst", code: "HMLMMH/HHMHMM/H/M", rationale: "Scoring carried over from the previous profile and reviewed." },
      { daysAgo: 180, author: "price", code: "HHMMMH/HHMHMM/H/M", rationale: "Access to weapons raised on reporting of a handgun; suspected leak of tenancy information (unconfirmed) raises infiltration." },
      { daysAgo: 12, author: "analyst", code: "HHMMMH/HHMHHM/H/H", rationale: "Victim vulnerability raised after the cuckooing of two disabled tenants in Rowan House." },
    ],
    keyNominals: [
      { name: "Raymond Hollins", aliases: ["Big Ray", "Ray"], age: 56, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: ["VIOLENCE", "WEAPONS"], risk: "HIGH", notes: "Holds court at the Rowan Tavern most evenings." },
      { name: "Dean Hollins", aliases: ["Deano"], age: 33, standing: "PRINCIPAL_SUBJECT", role: "Enforcer", markers: ["VIOLENCE", "WEAPONS", "FIREARMS"], risk: "HIGH", notes: "Firearms warning: approach with caution." },
      { name: "Jason Hollins", aliases: ["Jase"], age: 29, standing: "SIGNIFICANT_MEMBER", role: "Supplier", markers: ["DRUGS"], risk: "HIGH" },
      { name: "Kerry Hollins", aliases: [], age: 52, standing: "SIGNIFICANT_MEMBER", role: "Money launderer", markers: [], risk: "MEDIUM" },
      { name: "Lewis Hollins", aliases: ["Lew"], age: 24, standing: "PERIPHERAL_SUBJECT", role: "Dealer", markers: ["DRUGS"], risk: "MEDIUM" },
      { name: "Tina Hollins", aliases: [], age: 27, standing: "PERIPHERAL_SUBJECT", role: "Facilitator", markers: [], risk: "STANDARD" },
      { name: "Callum Hollins", aliases: ["Cal"], age: 17, standing: "PERIPHERAL_SUBJECT", role: "Courier", markers: [], risk: "MEDIUM", notes: "Child: also known to children's social care." },
    ],
    extraSignificant: 2,
    extraPeripheral: 5,
    roles: { significant: ["Enforcer", "Dealer"], peripheral: ["Dealer", "Courier", "Enforcer"] },
    ages: { significant: [24, 45], peripheral: [17, 35] },
    offences: ["Intimidation of a witness", "Supply of Class A", "Section 18 wounding with intent", "Blackmail", "Affray", "Money laundering (POCA s.327–329)"],
    sites: [
      { place: "pubRowan", link: "CONTROLS" },
      { place: "playAsh", link: "CONTROLS" },
      { flag: "CUCKOOED", count: 3, hoods: ["NB-ASH"] },
      { flag: "STASH_HOUSE", count: 1, hoods: ["NB-ASH"] },
      { flag: "TRAP_HOUSE", count: 1, hoods: ["NB-ASH"] },
      { place: "vapeMil", link: "FREQUENTS" },
    ],
    victims: [
      { count: 3, age: [34, 72], vulns: [["CUCKOOING"], ["CUCKOOING", "INTIMIDATION"]], lead: ["homes", "homes", "asc"], shareWith: ["asc", "homes"], risk: ["HIGH", "MEDIUM"], consent: 0.6, male: 0.6, home: "cuckooed", notes: ["Wheelchair user; dealers using the flat and taking {his} benefits.", "Afraid to answer the door; asked housing for a move.", "Says {he} 'owes' the family for a loan."] },
      { count: 2, age: [28, 60], vulns: [["INTIMIDATION"]], lead: ["homes", "communitySafety"], shareWith: ["asc"], risk: ["HIGH", "MEDIUM"], consent: 0.5, male: 0.5, home: "family", notes: ["Withdrew a statement after a brick was thrown through the window.", "Pays weekly 'protection' to keep the shop open."] },
      { count: 2, age: [14, 16], vulns: [["CCE"]], lead: ["csc"], shareWith: ["homes", "schools"], risk: ["HIGH"], male: 0.8, home: "family", notes: ["Seen holding drugs for older youths at the Larch Walk garages.", "Excluded from school; spending nights away from home."] },
    ],
  },
  {
    key: "sparkle",
    reference: "05/00395",
    name: "Sparkle car wash network",
    aliases: ["Sparkle Valeting", "the car wash firm"],
    status: "ACTIVE",
    crimeTypes: ["MODERN_SLAVERY", "MONEY_LAUNDERING"],
    hoods: ["NB-MIL", "NB-HAR", "NB-KIN"],
    lro: "whitaker",
    sro: "clarke",
    shares: ["safeHarbour", "communitySafety"],
    createdDaysAgo: 246,
    assessment:
      "POLICE-ONLY assessment: Darren SHIPLEY ('Ship') operates three hand car washes and a nail bar that are assessed as labour-exploitation sites. " +
      "Workers are transported together in a white van, appear to live on site or in a shared house on Cotton Way, and are paid in cash well below the minimum wage with deductions for 'rent' and 'debts'. " +
      "A joint visit with the labour-abuse regulator found no right-to-work checks, and cash turnover is assessed to exceed what the sites could take.",
    partnerSummary:
      "A network of hand car washes and a nail bar where workers are believed to be exploited: long hours, little or no pay, and living at or near their workplace. Voluntary-sector and community safety partners are supporting welfare visits. " +
      "Please report workers who seem fearful, are transported together, or say they cannot leave.",
    scorings: [
      { daysAgo: 240, author: "price", code: "LULMMM/MMHLHM/M/L", rationale: "Initial scoring after a partner welfare visit; access to weapons not known." },
      { daysAgo: 70, author: "price", code: "MLLMMM/MHHLHM/H/M", rationale: "Joint visit confirmed exploitation indicators at all three car washes; violence reported by one worker; likelihood raised." },
    ],
    keyNominals: [{ name: "Darren Shipley", aliases: ["Ship"], age: 44, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: [], risk: "MEDIUM", notes: "Director of Sparkle Valeting Ltd; pays workers in cash." }],
    extraSignificant: 3,
    extraPeripheral: 6,
    roles: { significant: ["Controller", "Money launderer", "Driver", "Recruiter"], peripheral: ["Controller", "Driver"] },
    ages: { significant: [25, 50], peripheral: [20, 45] },
    offences: ["Holding a person in slavery or servitude", "Arranging travel with a view to exploitation", "Money laundering (POCA s.327–329)", "Employing illegal workers"],
    sites: [
      { place: "carwashMil", link: "CONTROLS" },
      { place: "carwashHar", link: "CONTROLS" },
      { place: "carwashKin", link: "CONTROLS" },
      { place: "nailsMil", link: "CONTROLS" },
      { flag: "EXPLOITATION_SITE", count: 1, hoods: ["NB-MIL"] },
    ],
    victims: [{ count: 6, age: [19, 41], vulns: [["MODERN_SLAVERY"]], lead: ["safeHarbour", "safeHarbour", null], shareWith: ["communitySafety"], risk: ["HIGH", "MEDIUM"], consent: 0.5, male: 0.8, home: "site", notes: ["Works 12-hour shifts; says {he} sends money home to pay a debt.", "No identity documents; the 'boss' keeps them.", "National Referral Mechanism referral made with consent.", "Declined NRM referral; duty-to-notify (MS1) submitted."] }],
  },
  {
    key: "cashNetwork",
    reference: "05/00402",
    name: "Millfield cash businesses network",
    aliases: ["the Golden Fry group"],
    status: "ACTIVE",
    crimeTypes: ["MONEY_LAUNDERING", "DRUGS_SUPPLY", "FRAUD"],
    hoods: ["NB-MIL", "NB-CEN"],
    lro: "analyst",
    sro: "supervisor",
    shares: [],
    createdDaysAgo: 215,
    assessment:
      "POLICE-ONLY assessment: Stephen ASHWORTH ('the accountant') is assessed to launder drug proceeds for at least two Northbridge groups through a takeaway, a mini market, a barber and a vape shop whose declared takings far exceed footfall. " +
      "Financial intelligence shows structured cash deposits just under reporting thresholds across nine accounts. ASHWORTH has no recent convictions and is forensically aware; recommend a financial investigation and a joint visit with trading standards and HMRC.",
    partnerSummary:
      "A network of cash businesses in Millfield and the city centre believed to be used to launder the proceeds of crime. Trading standards and licensing colleagues may be asked to support inspections.",
    scorings: [
      { daysAgo: 210, author: "analyst", code: "LLMHHH/LLHMLM/M/M", rationale: "Scored from financial intelligence." },
      { daysAgo: 30, author: "analyst", code: "LLMHHH/LLHMLH/H/M", rationale: "Further accounts identified in neighbouring force areas: geographic scope and likelihood raised." },
    ],
    keyNominals: [{ name: "Stephen Ashworth", aliases: ["Ash", "the accountant"], age: 51, standing: "PRINCIPAL_SUBJECT", role: "Money launderer", markers: [], risk: "MEDIUM", notes: "Runs a bookkeeping business from home." }],
    extraSignificant: 2,
    extraPeripheral: 4,
    roles: { significant: ["Money launderer", "Facilitator", "Corrupter"], peripheral: ["Money launderer", "Facilitator"] },
    ages: { significant: [30, 60], peripheral: [22, 55] },
    offences: ["Money laundering (POCA s.327–329)", "Being concerned in the supply of Class A", "False accounting", "Cheating the public revenue"],
    sites: [
      { place: "takeawayMil", link: "CONTROLS" },
      { place: "minimarketCen", link: "CONTROLS" },
      { place: "barberMil", link: "CONTROLS" },
      { place: "phonesCen", link: "CONTROLS" },
      { place: "vapeMil", link: "CONTROLS" },
    ],
    victims: [{ count: 1, age: [22, 30], vulns: [["INTIMIDATION"]], lead: [null], risk: ["MEDIUM"], male: 1, home: "family", notes: ["Shop worker pressured to bank cash in {his} own name."] }],
  },
  {
    key: "grows",
    reference: "05/00416",
    name: "Elm Park grows",
    aliases: ["the growers", "Greenhouse crew"],
    status: "ACTIVE",
    crimeTypes: ["CANNABIS_CULTIVATION", "MODERN_SLAVERY", "DRUGS_SUPPLY"],
    hoods: ["NB-ELM", "NB-KIN", "NB-MIL"],
    lro: "officer",
    sro: "clarke",
    shares: ["homes", "safeHarbour"],
    createdDaysAgo: 166,
    assessment:
      "POLICE-ONLY assessment: Rohan MISTRY ('Ro') is assessed to organise commercial cannabis grows in rented houses in Elm Park and Kingsmoor, a unit on the Foundry Road trading estate and a farm outbuilding, each with a bypassed electricity supply. " +
      "Gardeners are believed to be trafficked and held at the grows; a 16-year-old found at an Elm Park address in August was referred through the NRM. Landlord checks suggest the same letting agent set up three of the tenancies.",
    partnerSummary:
      "A group setting up cannabis farms in rented homes and units in Elm Park, Kingsmoor and Millfield, using people who may be trafficked to tend the plants. " +
      "Housing partners are asked to report tenancies with covered windows, strong smells, unusual electrical work or occupants who rarely leave.",
    scorings: [
      { daysAgo: 160, author: "price", code: "MMLMMM/MMMMHM/M/M", rationale: "Initial scoring after three grows were found." },
      { daysAgo: 45, author: "price", code: "MMLMHM/MHMMHM/H/M", rationale: "Trafficked child found at a grow; criminal expertise raised (electricity bypass, ventilation)." },
    ],
    keyNominals: [{ name: "Rohan Mistry", aliases: ["Ro"], age: 36, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: [], risk: "MEDIUM", notes: "Rents properties through third parties." }],
    extraSignificant: 3,
    extraPeripheral: 6,
    roles: { significant: ["Controller", "Supplier", "Facilitator"], peripheral: ["Facilitator", "Courier", "Driver"] },
    ages: { significant: [24, 50], peripheral: [18, 40] },
    offences: ["Production of cannabis", "Abstracting electricity", "Human trafficking", "Possession with intent to supply Class B"],
    sites: [
      { place: "unitMil", link: "CONTROLS" },
      { place: "farmKin", link: "CONTROLS" },
      { flag: "CANNABIS_FARM", count: 3, hoods: ["NB-ELM", "NB-KIN"] },
    ],
    victims: [
      { count: 1, age: [16, 16], vulns: [["MODERN_SLAVERY", "CCE"]], lead: ["csc"], shareWith: ["safeHarbour"], risk: ["HIGH"], male: 1, home: "site", notes: ["Found locked in a grow house; referred through the NRM."] },
      { count: 2, age: [19, 28], vulns: [["MODERN_SLAVERY"]], lead: ["safeHarbour"], risk: ["HIGH", "MEDIUM"], consent: 0.5, male: 0.8, home: "site", notes: ["Says {he} was brought to the UK to 'garden' to pay off the journey."] },
    ],
  },
  {
    key: "rogueTraders",
    reference: "05/00431",
    name: "Elm Park rogue traders",
    aliases: ["the driveway men", "Premier Roofing & Driveways"],
    status: "EMERGING",
    crimeTypes: ["FRAUD", "BURGLARY"],
    hoods: ["NB-ELM", "NB-RIV", "NB-KIN"],
    lro: "officer",
    sro: "supervisor",
    shares: ["asc", "communitySafety"],
    createdDaysAgo: 80,
    assessment:
      "POLICE-ONLY assessment: Emerging group trading as 'Premier Roofing & Driveways', led by Glen FAIRCLOUGH, cold-calling elderly residents in Elm Park and Riverside to quote for unnecessary roof and driveway work, then escorting victims to the bank to withdraw cash. " +
      "John SMITH ('Smithy') is believed to drive the victims and hold the cash. Eleven reports since June, the largest loss £18,500; a distraction burglary in Kingsmoor may be linked.",
    partnerSummary:
      "A group of doorstep traders targeting older residents in Elm Park, Riverside and Kingsmoor with overpriced or unnecessary building work, sometimes escorting them to the bank. " +
      "Adult social care and community safety partners are asked to share concerns about residents who have had recent doorstep callers or unexplained cash withdrawals, so that protective advice and call-blocking can be offered.",
    scorings: [{ daysAgo: 75, author: "analyst", code: "LLLMLL/LHHLHL/M/L", rationale: "Emerging group: first scoring from trading standards reports. Several ratings provisional." }],
    keyNominals: [
      { name: "Glen Fairclough", aliases: ["Glenny"], age: 45, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: [], risk: "MEDIUM", notes: "Uses several trading names; changes vans often." },
      { name: "John Smith", aliases: ["Smithy"], age: 47, standing: "SIGNIFICANT_MEMBER", role: "Driver", markers: [], risk: "MEDIUM", notes: "Drives victims to the bank and waits outside.", offences: ["Fraud by false representation", "Theft"] },
    ],
    extraSignificant: 1,
    extraPeripheral: 4,
    roles: { significant: ["Facilitator", "Money launderer"], peripheral: ["Driver", "Facilitator"] },
    ages: { significant: [25, 55], peripheral: [18, 40] },
    offences: ["Fraud by false representation", "Distraction burglary", "Theft", "Unfair commercial practices"],
    sites: [{ place: "yardElm", link: "CONTROLS" }],
    victims: [{ count: 6, age: [72, 91], vulns: [["FRAUD_SCAM"]], lead: ["asc", "asc", null], shareWith: ["communitySafety"], risk: ["HIGH", "MEDIUM", "STANDARD"], consent: 0.6, male: 0.4, home: "family", elderly: true, notes: ["Paid £6,400 cash for a driveway that was never finished.", "Lives alone with early dementia; callers returned three times.", "Escorted to the bank by 'the roofer' to withdraw £9,000.", "Paid £2,100 for roof repairs that were not needed.", "Neighbour reported a van parked outside for hours.", ""] }],
  },
  {
    key: "armourer",
    reference: "05/00188",
    name: "Harbour armourer network",
    aliases: ["the Dock Street supply"],
    status: "DORMANT",
    crimeTypes: ["FIREARMS", "DRUGS_SUPPLY"],
    hoods: ["NB-HAR"],
    lro: "supervisor",
    sro: null,
    shares: [],
    createdDaysAgo: 348,
    assessment:
      "POLICE-ONLY assessment: Kieran WALSH ('Kez') was assessed to supply converted blank-firing pistols and ammunition to Northbridge groups from a lock-up on Chandlery Yard. " +
      "Activity stopped after WALSH was remanded in January; he remains in custody pending trial and no supply has been reported since. Status set to dormant: review on WALSH's release or any new reporting of firearms on the Ashgrove Estate.",
    partnerSummary: "A group previously involved in supplying weapons in the Harbour Road area. It is currently inactive and under periodic review.",
    scorings: [
      { daysAgo: 340, author: "analyst", code: "HHLHMM/HHLMLM/H/M", rationale: "Scored from firearms supply reporting." },
      { daysAgo: 250, author: "analyst", code: "HHLHML/HHLMLM/L/M", rationale: "Principal remanded in custody: likelihood and resilience lowered." },
    ],
    keyNominals: [{ name: "Kieran Walsh", aliases: ["Kez"], age: 39, standing: "PRINCIPAL_SUBJECT", role: "Supplier", markers: ["FIREARMS", "VIOLENCE", "WEAPONS"], risk: "HIGH", notes: "Remanded in custody since January." }],
    extraSignificant: 2,
    extraPeripheral: 3,
    roles: { significant: ["Facilitator", "Courier"], peripheral: ["Courier", "Facilitator"] },
    ages: { significant: [25, 50], peripheral: [19, 35] },
    offences: ["Possession of a prohibited firearm", "Transfer of prohibited weapons", "Possession of ammunition without a certificate", "Supply of Class A"],
    sites: [
      { place: "unitHar", link: "CONTROLS" },
      { place: "pubAnchor", link: "FREQUENTS" },
      { flag: "STASH_HOUSE", count: 1, hoods: ["NB-HAR"] },
    ],
    victims: [{ count: 1, age: [24, 32], vulns: [["INTIMIDATION", "CUCKOOING"]], lead: [null], risk: ["HIGH"], male: 0, home: "site", notes: ["Former partner of a member; pressured to store a bag at {his} flat."] }],
  },
  {
    key: "keyless",
    reference: "05/00142",
    name: "Kingsmoor keyless crew",
    aliases: ["the relay crew", "the key-fob boys"],
    status: "ARCHIVED",
    crimeTypes: ["VEHICLE_CRIME", "BURGLARY", "ORGANISED_ACQUISITIVE"],
    hoods: ["NB-KIN", "NB-ELM"],
    lro: "whitaker",
    sro: "supervisor",
    shares: ["probation"],
    createdDaysAgo: 330,
    endedDaysAgo: 148,
    assessment:
      "POLICE-ONLY assessment: Keyless vehicle-theft crew led by Jamie ORCHARD, stealing high-value cars from driveways in Kingsmoor and Elm Park with relay devices and moving them through a Kingsmoor car lot for false plates. " +
      "The operation concluded in June with four charged and ORCHARD sentenced to four years; two teenage members were diverted to a youth programme. Archived after the closing review.",
    partnerSummary:
      "A vehicle-theft group that operated in Kingsmoor and Elm Park. The police operation has concluded and the group is archived; young people involved were referred for support.",
    scorings: [
      { daysAgo: 320, author: "price", code: "LLLMMM/LLHMLM/H/M", rationale: "Scored at the start of the operation." },
      { daysAgo: 150, author: "price", code: "LLLMLL/LLHMLM/L/H", rationale: "Operation concluded: four charged and the principal sentenced. Likelihood and resilience lowered." },
    ],
    keyNominals: [{ name: "Jamie Orchard", aliases: ["Orchy"], age: 26, standing: "PRINCIPAL_SUBJECT", role: "Leader", markers: ["ESCAPE_RISK"], risk: "MEDIUM", notes: "Serving four years; release date under review." }],
    extraSignificant: 3,
    extraPeripheral: 6,
    roles: { significant: ["Driver", "Facilitator", "Supplier"], peripheral: ["Driver", "Courier"] },
    ages: { significant: [20, 40], peripheral: [16, 21] },
    offences: ["Theft of a motor vehicle", "Burglary (dwelling) to obtain car keys", "Handling stolen goods", "Dangerous driving"],
    sites: [
      { place: "garageKin", link: "CONTROLS" },
      { flag: "STASH_HOUSE", count: 1, hoods: ["NB-KIN"], type: "WAREHOUSE" },
    ],
    victims: [{ count: 2, age: [15, 17], vulns: [["CCE"]], lead: ["csc"], shareWith: ["schools"], risk: ["MEDIUM", "STANDARD"], male: 1, home: "family", notes: ["Diverted to a youth programme after arrest in a stolen car."] }],
  },
];

/** Nominals in a second group: [nominal name, group key, standing, role]. */
const CROSSOVERS: [string, string, MemberStanding, string][] = [
  ["Stephen Ashworth", "hollins", "SIGNIFICANT_MEMBER", "Money launderer"],
  ["Stephen Ashworth", "deeLine", "PERIPHERAL_SUBJECT", "Money launderer"],
  ["Dean Hollins", "armourer", "SIGNIFICANT_MEMBER", "Enforcer"],
  ["Donna Felton", "cashNetwork", "PERIPHERAL_SUBJECT", "Money launderer"],
];
/** Known associations across groups: [from, to, type, note]. */
const KEY_ASSOCIATIONS: [string, string, LinkType, string][] = [
  ["Stephen Ashworth", "Tyrell Mensah", "ASSOCIATE_OF", "Financial intelligence"],
  ["Stephen Ashworth", "Raymond Hollins", "ASSOCIATE_OF", "Officer observation"],
  ["Dean Hollins", "Kieran Walsh", "ASSOCIATE_OF", "Prison visits record"],
  ["Gary Felton", "Darren Shipley", "ASSOCIATE_OF", "Company records check"],
  ["Jordan Pickering", "Callum Hollins", "ASSOCIATE_OF", "Stop and account together"],
  ["Gary Felton", "Donna Felton", "FAMILY_OF", "Married; custody record"],
  ["Raymond Hollins", "Dean Hollins", "FAMILY_OF", "Father and son"],
  ["Raymond Hollins", "Jason Hollins", "FAMILY_OF", "Father and son"],
  ["Raymond Hollins", "Kerry Hollins", "FAMILY_OF", "Married"],
  ["Raymond Hollins", "Lewis Hollins", "FAMILY_OF", "Grandfather and grandson"],
  ["Kerry Hollins", "Tina Hollins", "FAMILY_OF", "Mother and daughter"],
  ["Dean Hollins", "Jason Hollins", "FAMILY_OF", "Brothers"],
  ["Jason Hollins", "Lewis Hollins", "FAMILY_OF", "Cousins"],
  ["Tina Hollins", "Callum Hollins", "FAMILY_OF", "Mother and son"],
  ["Glen Fairclough", "John Smith", "ASSOCIATE_OF", "Seen together at victims' addresses"],
];

const GENERAL_OFFENCES = ["Possession of Class B", "Common assault", "Theft", "Criminal damage", "Drink driving", "Possession of Class A", "Handling stolen goods", "Public order offence"];
const NOMINAL_NOTES = [
  "Uses several handsets and changes numbers often.",
  "Bail conditions: curfew 19:00–07:00.",
  "Believed to carry cash for the group.",
  "Subject of a Criminal Behaviour Order.",
  "Released on licence earlier this year.",
  "Known to frequent the city centre at night.",
  "Has links to another force area.",
  "Family members also known to police.",
];

const SOURCE_NOTES: Record<string, string[]> = {
  nominalLivesAt: ["PNC address", "Officer observation", "Housing tenancy check", "Custody record", "Probation address"],
  controls: ["Analyst assessment", "Local concern log", "Officer observation", "Licensing visit"],
  frequents: ["Officer observation", "CCTV review", "Local concern log", "Partner information"],
  associate: ["Stop and account together", "Co-accused", "Phone contact analysis", "Officer observation", "Seen together on CCTV"],
  family: ["Custody record", "Family details from social care", "PNC record"],
  exploits: ["Partner referral", "Victim account", "Missing-episode return interview", "Officer observation"],
  atRisk: ["Strategy meeting", "MASH screening", "Partner referral", "Multi-agency meeting"],
  personLivesAt: ["Social care record", "Housing record", "Officer visit"],
  worksAt: ["Officer observation", "Labour inspection visit", "Company records check"],
};

// ─── Building ────────────────────────────────────────────────────────────────────────────

type LocationRow = { id: string; key?: string; address: string; postcode: string; searchText: string; neighbourhoodId: string; hood: string; type: LocationType; flags: string[]; latitude: number | null; longitude: number | null; notes: string; createdAt: Date; updatedAt: Date; createdById: string; updatedById: string };
type NominalRow = {
  id: string; name: string; aliases: string[]; searchText: string; dateOfBirth: Date; pncNumber: string | null; croNumber: string | null; phoneNumbers: string[]; vehicles: string[];
  addresses: string[]; warningMarkers: string[]; mainOffences: string[]; risk: RiskLevel | null; notes: string; createdAt: Date; updatedAt: Date; createdById: string; updatedById: string;
};
type PersonRow = {
  id: string; name: string; searchText: string; dateOfBirth: Date | null; ageYears: number; ageGroup: AgeGroup; address: string; vulnerabilities: string[]; riskLevel: RiskLevel; riskLevelSince: Date; leadAgencyId: string | null;
  consentRecorded: boolean; notes: string; createdAt: Date; updatedAt: Date; createdById: string; updatedById: string;
};
type MembershipRow = { id: string; groupId: string; nominalId: string; standing: MemberStanding; role: string; fromDate: Date; toDate: Date | null; createdAt: Date; createdById: string };
type LinkRow = { id: string; fromKind: RecordKind; fromId: string; toKind: RecordKind; toId: string; type: LinkType; fromDate: Date | null; toDate: Date | null; sourceNote: string; createdAt: Date; createdById: string };

export async function seedCaseRecord(db: CaseRecordSeedDb, ctx: CaseRecordSeedContext): Promise<void> {
  const rng = new Rng(20261120);
  const ids = new Rng(0x10c05);

  const agencyId = (key: AgencyKey) => {
    const id = ctx.agencies.get(AGENCY[key]);
    if (!id) throw new Error(`seedCaseRecord: agency "${AGENCY[key]}" missing`);
    return id;
  };
  const hoodId = (code: string) => {
    const id = ctx.neighbourhoods.get(code);
    if (!id) throw new Error(`seedCaseRecord: neighbourhood ${code} missing`);
    return id;
  };
  const analystId = ctx.users.get(USER.analyst);
  if (!analystId) throw new Error(`seedCaseRecord: user ${USER.analyst} missing`);
  /** A named user, or the analyst when the demo has been trimmed of that colleague. */
  const userId = (key: UserKey) => ctx.users.get(USER[key]) ?? analystId;
  const officerId = userId("officer");

  // ── Names ──
  const usedNames = new Set<string>(["john smith"]);
  const heritageWeights = HERITAGES.reduce((s, h) => s + h.weight, 0);
  const pickHeritage = (): Heritage => {
    let r = rng.next() * heritageWeights;
    for (const h of HERITAGES) {
      r -= h.weight;
      if (r < 0) return h;
    }
    return HERITAGES[0]!;
  };
  const makeName = (opts: { male: boolean; elderly?: boolean; heritage?: Heritage; surname?: string }): { name: string; heritage: Heritage } => {
    for (let attempt = 0; attempt < 200; attempt++) {
      let h = opts.heritage ?? pickHeritage();
      // Older people get names of their generation: draw from a heritage that has them.
      while (opts.elderly && !opts.heritage && !(opts.male ? h.elderMale : h.elderFemale)?.length) h = pickHeritage();
      const elderList = opts.male ? h.elderMale : h.elderFemale;
      const first = opts.elderly && elderList?.length ? rng.pick(elderList) : rng.pick(opts.male ? h.male : h.female);
      let surname = opts.surname ?? rng.pick(h.surnames);
      if (!opts.male && h.feminine) surname = h.feminine(surname);
      if (RESERVED_SURNAMES.has(surname.toLowerCase())) continue;
      const name = `${first} ${surname}`;
      if (usedNames.has(name.toLowerCase())) continue;
      usedNames.add(name.toLowerCase());
      return { name, heritage: h };
    }
    throw new Error("seedCaseRecord: ran out of names");
  };
  for (const g of GROUPS) for (const k of g.keyNominals) usedNames.add(k.name.toLowerCase());

  // ── Identifiers ──
  const usedPhones = new Set<number>();
  const phone = () => {
    let n = rng.int(0, 999);
    while (usedPhones.has(n)) n = (n + 1) % 1000;
    usedPhones.add(n);
    return `07700 900${String(n).padStart(3, "0")}`;
  };
  const usedPlates = new Set<string>();
  const plate = () => {
    const tagFirst = "ABCDEFGHKLMNPRSVWY";
    const letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    const ageIds = ["15", "65", "16", "66", "17", "67", "18", "68", "19", "69", "20", "70", "21", "71", "22", "72", "23", "73", "24"];
    for (;;) {
      const tail = [rng.pick([...letters]), rng.pick([...letters]), rng.pick([...letters])];
      tail[rng.int(0, 2)] = rng.pick(["I", "Q"]); // never issued in these positions: cannot be a real plate
      const p = `${rng.pick([...tagFirst])}${rng.pick([...letters])}${rng.pick(ageIds)} ${tail.join("")}`;
      if (!usedPlates.has(p)) {
        usedPlates.add(p);
        return p;
      }
    }
  };
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
  const checkLetter = () => rng.pick([..."ABCDEFGHJKLMNPQRTUVWXYZ"]);
  /** The year someone was first recorded: from age 14, never in the future. */
  const firstRecorded = (dob: Date, from: number) => Math.min(2026, dob.getUTCFullYear() + rng.int(from, Math.max(from, Math.min(ageOn(dob), from + 12))));
  const pnc = (dob: Date) => {
    const year = firstRecorded(dob, 14);
    return `${String(year % 100).padStart(2, "0")}/${digits(7)}${checkLetter()}`;
  };
  const cro = (dob: Date) => {
    const year = firstRecorded(dob, 15);
    return `${digits(6)}/${String(year % 100).padStart(2, "0")}${checkLetter()}`;
  };

  // ── Locations ──
  const locations: LocationRow[] = [];
  const usedAddresses = new Set<string>();
  const coords = (hood: string) => {
    const g = geo(hood);
    return { latitude: Number((CENTRE.lat + g.lat + (rng.next() - 0.5) * 0.01).toFixed(5)), longitude: Number((CENTRE.lon + g.lon + (rng.next() - 0.5) * 0.014).toFixed(5)) };
  };
  const addLocation = (l: { key?: string; hood: string; address: string; postcode: string; type: LocationType; flags: string[]; notes?: string; withCoords?: boolean }) => {
    usedAddresses.add(l.address.toLowerCase());
    const createdAt = daysAgo(rng.int(200, 364), rng);
    const c = l.withCoords === false ? { latitude: null, longitude: null } : coords(l.hood);
    const by = rng.chance(0.7) ? analystId : officerId;
    const row: LocationRow = {
      id: uuid7(createdAt, ids), key: l.key, address: l.address, postcode: l.postcode, searchText: searchTextOf(l.address, l.postcode), neighbourhoodId: hoodId(l.hood), hood: l.hood,
      type: l.type, flags: l.flags, ...c, notes: l.notes ?? "", createdAt, updatedAt: after(createdAt, 120, rng), createdById: by, updatedById: by,
    };
    locations.push(row);
    return row;
  };
  /** A new residential address in `hood` (a flat where the street is a block). */
  const newAddress = (hood: string): { address: string; postcode: string } => {
    for (;;) {
      const s = rng.pick(geo(hood).streets);
      const address = s.flats ? `Flat ${rng.int(1, 64)}, ${s.name}, Northbridge` : `${rng.int(1, 150)} ${s.name}, Northbridge`;
      if (!usedAddresses.has(address.toLowerCase())) {
        usedAddresses.add(address.toLowerCase());
        return { address, postcode: s.postcode };
      }
    }
  };

  const places = new Map<string, LocationRow>();
  for (const p of KEY_PLACES) {
    const s = streetOf(p.hood, p.street);
    places.set(p.key, addLocation({ key: p.key, hood: p.hood, address: `${p.address}, Northbridge`, postcode: s.postcode, type: p.type, flags: p.flags, notes: p.notes, withCoords: true }));
  }
  /** Each group's sites, with how the group is linked to them. */
  const groupSites = new Map<string, { loc: LocationRow; link: "CONTROLS" | "FREQUENTS" }[]>();
  for (const g of GROUPS) {
    const sites: { loc: LocationRow; link: "CONTROLS" | "FREQUENTS" }[] = [];
    for (const s of g.sites) {
      if ("place" in s) {
        const loc = places.get(s.place);
        if (!loc) throw new Error(`seedCaseRecord: no place ${s.place}`);
        sites.push({ loc, link: s.link });
      } else {
        for (let i = 0; i < s.count; i++) {
          const hood = (s.hoods ?? g.hoods)[i % (s.hoods ?? g.hoods).length]!;
          const a = s.type === "WAREHOUSE" ? { address: `Lock-up garage ${rng.int(1, 30)}, ${rng.pick(geo(hood).streets).name}, Northbridge`, postcode: geo(hood).streets[0]!.postcode } : newAddress(hood);
          usedAddresses.add(a.address.toLowerCase());
          sites.push({ loc: addLocation({ hood, ...a, type: s.type ?? "RESIDENTIAL", flags: [s.flag], notes: rng.pick(FLAG_NOTES[s.flag] ?? [""]), withCoords: rng.chance(0.85) }), link: "CONTROLS" });
        }
      }
    }
    groupSites.set(g.key, sites);
  }
  /** Ordinary homes: residents are counted so no home gets crowded. */
  const homes: { loc: LocationRow; residents: number }[] = [];
  for (const [hood, n] of Object.entries(HOMES_PER_HOOD)) {
    for (let i = 0; i < n; i++) homes.push({ loc: addLocation({ hood, ...newAddress(hood), type: "RESIDENTIAL", flags: [], withCoords: rng.chance(0.8) }), residents: 0 });
  }
  const homeIn = (hoods: string[], cap = 2) => {
    const free = homes.filter((h) => hoods.includes(h.loc.hood) && h.residents < cap);
    if (!free.length) return null;
    const h = rng.pick(free);
    h.residents++;
    return h.loc;
  };
  const fullAddress = (l: { address: string; postcode: string }) => `${l.address}, ${l.postcode}`;

  // ── Groups, their neighbourhoods, shares and scorings (score/band/scoredAt follow the newest) ──
  const groupIds = new Map<string, string>();
  const groupCreated = new Map<string, Date>();
  const groupRows: (ReturnType<typeof groupRow> & { score?: number; band?: string; scoredAt?: Date })[] = [];
  const groupNeighbourhoods: { groupId: string; neighbourhoodId: string }[] = [];
  const groupShares: { groupId: string; agencyId: string; sharedAt: Date; sharedById: string }[] = [];
  const scorings: ReturnType<typeof scoringRow>["data"][] = [];
  for (const g of GROUPS) {
    const createdAt = daysAgo(g.createdDaysAgo, rng);
    const id = uuid7(createdAt, ids);
    const row = groupRow({
      id,
      reference: g.reference,
      name: g.name,
      aliases: g.aliases,
      status: g.status,
      crimeTypes: g.crimeTypes,
      assessment: g.assessment,
      partnerSummary: g.partnerSummary,
      lroId: userId(g.lro),
      sroId: g.sro ? userId(g.sro) : null,
      createdById: analystId,
      createdAt,
    });
    let latest: { score: number; band: string; scoredAt: Date } | null = null;
    for (const s of g.scorings) {
      const at = daysAgo(s.daysAgo, rng);
      const { data } = scoringRow({ id: uuid7(at, ids), groupId: id, authorId: userId(s.author), ...parseRatings(s.code), rationale: s.rationale, createdAt: at });
      scorings.push(data);
      if (!latest || at > latest.scoredAt) latest = { score: data.score, band: data.band, scoredAt: at };
    }
    groupRows.push({ ...row, ...(latest ? { ...latest, updatedAt: latest.scoredAt } : {}) });
    for (const code of g.hoods) groupNeighbourhoods.push({ groupId: id, neighbourhoodId: hoodId(code) });
    for (const key of g.shares) groupShares.push({ groupId: id, agencyId: agencyId(key), sharedAt: after(createdAt, 14, rng), sharedById: analystId });
    groupIds.set(g.key, id);
    groupCreated.set(g.key, createdAt);
  }
  const gid = (key: string) => {
    const id = groupIds.get(key);
    if (!id) throw new Error(`seedCaseRecord: no group ${key}`);
    return id;
  };

  // ── Nominals and memberships ──
  const nominals: NominalRow[] = [];
  const nominalByName = new Map<string, NominalRow>();
  const memberships: MembershipRow[] = [];
  const links: LinkRow[] = [];
  const members = new Map<string, { nominal: NominalRow; standing: MemberStanding }[]>();
  const createdAt = new Map<string, Date>();

  const link = (fromKind: RecordKind, fromId: string, toKind: RecordKind, toId: string, type: LinkType, notes: readonly string[] | string, fromDaysAgo?: number) => {
    const ends = [createdAt.get(fromId), createdAt.get(toId)].filter((d): d is Date => !!d);
    const created = after(ends.length ? later(...ends) : daysAgo(300, rng), 30, rng);
    const fromDate = fromDaysAgo !== undefined ? dateAgo(fromDaysAgo) : dateAgo(rng.int(daysBefore(created), Math.min(364, daysBefore(created) + 120)));
    const note = typeof notes === "string" ? notes : rng.pick(notes);
    links.push({ id: uuid7(created, ids), fromKind, fromId, toKind, toId, type, fromDate, toDate: null, sourceNote: `${note}, ${month(created)}`, createdAt: created, createdById: rng.chance(0.75) ? analystId : officerId });
  };

  const addNominal = (n: { name: string; aliases: string[]; age: number; markers: string[]; offences: string[]; risk: RiskLevel | null; notes?: string; hoods: string[]; createdBefore?: Date; homeChance?: number }) => {
    const created = n.createdBefore ? daysAgo(rng.int(daysBefore(n.createdBefore), Math.min(364, daysBefore(n.createdBefore) + 20)), rng) : daysAgo(rng.int(20, 364), rng);
    const dob = dobForAge(n.age, rng);
    const hasRecord = n.age >= 16 ? rng.chance(0.75) : rng.chance(0.35);
    const home = rng.chance(n.homeChance ?? 0.35) ? homeIn(n.hoods) : null;
    const address = home ? fullAddress(home) : fullAddress(newAddress(rng.pick(n.hoods)));
    const phones = Array.from({ length: rng.chance(0.75) ? rng.int(1, 2) : 0 }, phone);
    const row: NominalRow = {
      id: "",
      name: n.name,
      aliases: n.aliases,
      searchText: searchTextOf(n.name, n.aliases),
      dateOfBirth: dob,
      pncNumber: hasRecord ? pnc(dob) : null,
      croNumber: hasRecord && rng.chance(0.55) ? cro(dob) : null,
      phoneNumbers: phones,
      vehicles: n.age >= 17 && rng.chance(0.3) ? Array.from({ length: rng.chance(0.2) ? 2 : 1 }, plate) : [],
      addresses: rng.chance(0.2) ? [address, fullAddress(newAddress(rng.pick(Object.keys(GEO))))] : [address],
      warningMarkers: n.markers,
      mainOffences: n.offences,
      risk: n.risk,
      notes: n.notes ?? (rng.chance(0.3) ? rng.pick(NOMINAL_NOTES) : ""),
      createdAt: created,
      updatedAt: after(created, 90, rng),
      createdById: analystId,
      updatedById: rng.chance(0.8) ? analystId : officerId,
    };
    row.id = uuid7(created, ids);
    nominals.push(row);
    nominalByName.set(row.name, row);
    createdAt.set(row.id, created);
    if (home) link("NOMINAL", row.id, "LOCATION", home.id, "LIVES_AT", SOURCE_NOTES.nominalLivesAt!);
    return row;
  };
  const markersFor = (role: string, groupKey: string) => {
    const m = new Set<string>();
    if (role === "Enforcer") {
      m.add("VIOLENCE");
      if (rng.chance(0.6)) m.add("WEAPONS");
    }
    if (groupKey === "armourer" && rng.chance(0.5)) m.add("FIREARMS");
    if (["Dealer", "Courier", "Supplier"].includes(role) && rng.chance(0.5)) m.add("DRUGS");
    if (rng.chance(0.08)) m.add("MENTAL_HEALTH");
    if (rng.chance(0.05)) m.add("SELF_HARM");
    if (rng.chance(0.05)) m.add("ESCAPE_RISK");
    return [...m];
  };
  const nickname = (name: string, male: boolean) => {
    const out: string[] = [];
    if (rng.chance(0.55)) out.push(rng.pick(male ? [...NICKNAMES, ...MALE_NICKNAMES] : NICKNAMES));
    if (rng.chance(0.12)) out.push(`${rng.pick(male ? ALT_FIRST.male : ALT_FIRST.female)} ${name.split(" ").slice(-1)[0]}`);
    return [...new Set(out)];
  };
  const join = (groupKey: string, nominal: NominalRow, standing: MemberStanding, role: string, spec: GroupSpec) => {
    const group = gid(groupKey);
    const gCreated = groupCreated.get(groupKey)!;
    const ended = spec.endedDaysAgo;
    const created = after(later(gCreated, nominal.createdAt), 20, rng);
    // Joined on or before the membership was recorded; principals usually well before.
    const start = Math.min(364, daysBefore(created) + rng.int(0, standing === "PRINCIPAL_SUBJECT" ? 120 : 45));
    memberships.push({
      id: uuid7(created, ids), groupId: group, nominalId: nominal.id, standing, role, fromDate: dateAgo(ended ? Math.max(start, ended + 30) : start), toDate: ended ? dateAgo(ended) : null, createdAt: created, createdById: analystId,
    });
    const list = members.get(groupKey) ?? [];
    list.push({ nominal, standing });
    members.set(groupKey, list);
  };

  for (const g of GROUPS) {
    const gCreated = groupCreated.get(g.key)!;
    for (const k of g.keyNominals) {
      const n = addNominal({ name: k.name, aliases: k.aliases, age: k.age, markers: k.markers, offences: k.offences ?? rng.sample(g.offences, rng.int(2, 3)), risk: k.risk, notes: k.notes, hoods: g.hoods, createdBefore: gCreated, homeChance: 0.6 });
      join(g.key, n, k.standing, k.role, g);
    }
    const extra: [MemberStanding, string[], [number, number]][] = [
      ...Array.from({ length: g.extraSignificant }, (): [MemberStanding, string[], [number, number]] => ["SIGNIFICANT_MEMBER", g.roles.significant, g.ages.significant]),
      ...Array.from({ length: g.extraPeripheral }, (): [MemberStanding, string[], [number, number]] => ["PERIPHERAL_SUBJECT", g.roles.peripheral, g.ages.peripheral]),
    ];
    extra.forEach(([standing, roles, ages], i) => {
      const role = roles[i % roles.length]!;
      const age = rng.int(ages[0], ages[1]);
      const male = rng.chance(g.key === "velvet" || g.key === "harbourCrew" ? 0.6 : 0.85);
      const { name } = makeName({ male });
      const risk: RiskLevel | null = standing === "SIGNIFICANT_MEMBER" ? rng.pick<RiskLevel>(["HIGH", "MEDIUM", "MEDIUM"]) : rng.pick<RiskLevel | null>(["MEDIUM", "STANDARD", "STANDARD", null]);
      const n = addNominal({ name, aliases: nickname(name, male), age, markers: markersFor(role, g.key), offences: rng.sample(g.offences, rng.int(1, 3)), risk, hoods: g.hoods });
      join(g.key, n, standing, role, g);
    });
  }
  for (const [name, groupKey, standing, role] of CROSSOVERS) {
    const n = nominalByName.get(name);
    const spec = GROUPS.find((g) => g.key === groupKey);
    if (!n || !spec) throw new Error(`seedCaseRecord: crossover ${name} -> ${groupKey}`);
    join(groupKey, n, standing, role, spec);
  }
  // A few members cross into a second group, as real networks do.
  for (const [fromKey, toKey, role] of [["deeLine", "keyless", "Driver"], ["harbourCrew", "keyless", "Facilitator"], ["grows", "sparkle", "Driver"], ["hollins", "deeLine", "Supplier"]] as const) {
    const candidates = (members.get(fromKey) ?? []).filter((m) => m.standing !== "PRINCIPAL_SUBJECT" && !(members.get(toKey) ?? []).some((x) => x.nominal.id === m.nominal.id));
    const m = rng.pick(candidates);
    join(toKey, m.nominal, "PERIPHERAL_SUBJECT", role, GROUPS.find((g) => g.key === toKey)!);
  }

  // Associations inside each group: the principals know the significant members; peripherals hang off someone.
  const pairs = new Set<string>();
  const associate = (a: NominalRow, b: NominalRow, type: LinkType, notes: readonly string[] | string) => {
    const key = [a.id, b.id].sort().join(":");
    if (a.id === b.id || pairs.has(key)) return;
    pairs.add(key);
    link("NOMINAL", a.id, "NOMINAL", b.id, type, notes);
  };
  for (const [from, to, type, note] of KEY_ASSOCIATIONS) {
    const a = nominalByName.get(from);
    const b = nominalByName.get(to);
    if (!a || !b) throw new Error(`seedCaseRecord: association ${from} -> ${to}`);
    associate(a, b, type, note);
  }
  for (const g of GROUPS) {
    const list = members.get(g.key) ?? [];
    const principals = list.filter((m) => m.standing === "PRINCIPAL_SUBJECT");
    const significant = list.filter((m) => m.standing === "SIGNIFICANT_MEMBER");
    const peripheral = list.filter((m) => m.standing === "PERIPHERAL_SUBJECT");
    for (const p of principals) for (const s of significant) associate(p.nominal, s.nominal, "ASSOCIATE_OF", SOURCE_NOTES.associate!);
    for (let i = 1; i < principals.length; i++) associate(principals[0]!.nominal, principals[i]!.nominal, "ASSOCIATE_OF", SOURCE_NOTES.associate!);
    for (const p of peripheral) if (rng.chance(0.75)) associate(rng.pick([...significant, ...principals]).nominal, p.nominal, "ASSOCIATE_OF", SOURCE_NOTES.associate!);
  }

  // Nominals outside any group: relatives of members, and associates who turn up around them.
  const inGroups = [...nominals];
  const TOTAL_NOMINALS = 150;
  for (let i = 0; nominals.length < TOTAL_NOMINALS; i++) {
    const anchor = rng.pick(inGroups);
    const relative = i < 8;
    const surname = anchor.name.split(" ").slice(-1)[0]!;
    const heritage = HERITAGES.find((h) => h.surnames.includes(surname));
    const male = rng.chance(relative ? 0.7 : 0.8);
    const { name } = relative && heritage ? makeName({ male, heritage, surname }) : makeName({ male });
    const n = addNominal({ name, aliases: nickname(name, male), age: rng.int(16, 60), markers: rng.chance(0.15) ? [rng.pick(["VIOLENCE", "DRUGS", "WEAPONS", "MENTAL_HEALTH"])] : [], offences: rng.sample(GENERAL_OFFENCES, rng.int(0, 2)), risk: rng.pick<RiskLevel | null>(["STANDARD", "STANDARD", "MEDIUM", null]), hoods: rng.sample(Object.keys(GEO), 2) });
    if (relative && heritage) associate(anchor, n, "FAMILY_OF", SOURCE_NOTES.family!);
    else {
      associate(anchor, n, "ASSOCIATE_OF", SOURCE_NOTES.associate!);
      if (rng.chance(0.4)) associate(rng.pick(inGroups), n, "ASSOCIATE_OF", SOURCE_NOTES.associate!);
    }
  }

  // Groups control and frequent their places; some members work at them.
  for (const g of GROUPS) {
    for (const s of groupSites.get(g.key) ?? []) link("GROUP", gid(g.key), "LOCATION", s.loc.id, s.link, s.link === "CONTROLS" ? SOURCE_NOTES.controls! : SOURCE_NOTES.frequents!);
    const businesses = (groupSites.get(g.key) ?? []).filter((s) => s.link === "CONTROLS" && ["CAR_WASH", "NAIL_BAR", "TAKEAWAY", "SHOP", "BUSINESS"].includes(s.loc.type));
    for (const b of businesses) {
      const list = members.get(g.key) ?? [];
      const owner = list.find((m) => m.standing === "PRINCIPAL_SUBJECT");
      if (owner && rng.chance(0.5)) link("NOMINAL", owner.nominal.id, "LOCATION", b.loc.id, "OWNS", "Company records check");
      const worker = rng.pick(list.filter((m) => m.standing !== "PRINCIPAL_SUBJECT"));
      link("NOMINAL", worker.nominal.id, "LOCATION", b.loc.id, "WORKS_AT", SOURCE_NOTES.worksAt!);
    }
    // Someone from the group occupies its trap houses and stash houses.
    for (const s of groupSites.get(g.key) ?? []) {
      if (!s.loc.flags.some((f) => f === "TRAP_HOUSE" || f === "STASH_HOUSE") || s.loc.type !== "RESIDENTIAL") continue;
      const list = (members.get(g.key) ?? []).filter((m) => m.standing === "PERIPHERAL_SUBJECT");
      if (list.length) link("NOMINAL", rng.pick(list).nominal.id, "LOCATION", s.loc.id, "LIVES_AT", SOURCE_NOTES.nominalLivesAt!);
    }
  }

  // ── People at risk ──
  const people: PersonRow[] = [];
  const personShares: { personId: string; agencyId: string; sharedAt: Date; sharedById: string }[] = [];
  for (const g of GROUPS) {
    const list = members.get(g.key) ?? [];
    const sites = groupSites.get(g.key) ?? [];
    for (const v of g.victims) {
      for (let i = 0; i < v.count; i++) {
        const age = rng.int(v.age[0], v.age[1]);
        const ageGroup: AgeGroup = age < 18 ? "CHILD" : "ADULT";
        const male = rng.chance(v.male);
        const { name } = makeName({ male, elderly: v.elderly || age >= 70 });
        const created = after(groupCreated.get(g.key)!, Math.max(0, daysBefore(groupCreated.get(g.key)!) - 5), rng);
        const knownDob = ageGroup === "CHILD" || v.elderly || rng.chance(0.6);
        const dob = knownDob ? dobForAge(age, rng) : null;
        let home: LocationRow | null = null;
        const pickSite = (pred: (l: LocationRow) => boolean) => {
          const options = sites.map((s) => s.loc).filter(pred);
          return options.length ? rng.pick(options) : null;
        };
        if (v.home === "family") home = rng.chance(0.7) ? homeIn(g.hoods) : null;
        else if (v.home === "cuckooed") home = pickSite((l) => l.flags.includes("CUCKOOED"));
        else if (v.home === "brothel") home = pickSite((l) => l.flags.includes("BROTHEL"));
        else if (v.home === "site") home = pickSite((l) => l.type !== "PUBLIC_SPACE" && l.type !== "LICENSED_PREMISES" && l.type !== "HOTEL");
        const lead = v.lead[i % v.lead.length] ?? null;
        const risk = v.risk[i % v.risk.length]!;
        const row: PersonRow = {
          id: uuid7(created, ids),
          name,
          searchText: searchTextOf(name),
          dateOfBirth: dob,
          ageYears: dob ? ageOn(dob) : age,
          ageGroup,
          address: home ? fullAddress(home) : v.home === "site" ? "No fixed abode" : rng.chance(0.8) ? fullAddress(newAddress(rng.pick(g.hoods))) : "",
          vulnerabilities: v.vulns[i % v.vulns.length]!,
          riskLevel: risk,
          riskLevelSince: created,
          leadAgencyId: lead ? agencyId(lead) : null,
          consentRecorded: ageGroup === "ADULT" && rng.chance(v.consent ?? 0),
          notes: pronouns(v.notes[i % v.notes.length] ?? "", male),
          createdAt: created,
          updatedAt: after(created, 60, rng),
          createdById: rng.chance(0.7) ? analystId : officerId,
          updatedById: analystId,
        };
        people.push(row);
        createdAt.set(row.id, created);
        for (const share of v.shareWith ?? []) {
          if (share === lead || !rng.chance(0.6)) continue;
          personShares.push({ personId: row.id, agencyId: agencyId(share), sharedAt: after(created, 20, rng), sharedById: analystId });
        }
        if (home) link("PERSON", row.id, "LOCATION", home.id, "LIVES_AT", SOURCE_NOTES.personLivesAt!);
        link("PERSON", row.id, "GROUP", gid(g.key), "AT_RISK_FROM", SOURCE_NOTES.atRisk!);
        const exploiters = list.filter((m) => m.standing !== "PRINCIPAL_SUBJECT" || rng.chance(0.5));
        if (exploiters.length && rng.chance(0.45)) link("PERSON", row.id, "NOMINAL", rng.pick(exploiters).nominal.id, "AT_RISK_FROM", SOURCE_NOTES.atRisk!);
        if (exploiters.length && rng.chance(0.45)) link("NOMINAL", rng.pick(exploiters).nominal.id, "PERSON", row.id, "EXPLOITS", SOURCE_NOTES.exploits!);
      }
    }
  }

  // ── Write ──
  await db.organisedCrimeGroup.createMany({ data: groupRows });
  await db.groupNeighbourhood.createMany({ data: groupNeighbourhoods });
  if (groupShares.length) await db.groupShare.createMany({ data: groupShares });
  await db.groupScoring.createMany({ data: scorings });
  await db.location.createMany({ data: locations.map(({ key: _key, hood: _hood, ...l }) => l) });
  await db.nominal.createMany({ data: nominals });
  await db.groupMembership.createMany({ data: memberships });
  await db.personAtRisk.createMany({ data: people });
  if (personShares.length) await db.personShare.createMany({ data: personShares });
  await db.link.createMany({ data: links });
}

/** Fills the {he} / {his} / {him} placeholders in a note. */
function pronouns(note: string, male: boolean): string {
  return note.replace(/\{he\}/g, male ? "he" : "she").replace(/\{his\}/g, male ? "his" : "her").replace(/\{him\}/g, male ? "him" : "her");
}

/** "HHLMMM/HHMHMM/H/M": six capability ratings, six harm ratings, likelihood, confidence. */
function parseRatings(code: string): { capability: Record<CapabilityFactor, Extent>; harm: Record<HarmFactor, Extent>; likelihood: Extent; confidence: Confidence } {
  const extent: Record<string, Extent> = { U: "UNKNOWN", L: "LOW", M: "MEDIUM", H: "HIGH" };
  const confidence: Record<string, Confidence> = { L: "LOW", M: "MEDIUM", H: "HIGH" };
  const [cap = "", harm = "", likelihood = "", conf = ""] = code.split("/");
  const read = (s: string, i: number) => {
    const e = extent[s.charAt(i)];
    if (!e) throw new Error(`seedCaseRecord: bad rating code ${code}`);
    return e;
  };
  const c = confidence[conf];
  if (cap.length !== CAPABILITY_FACTORS.length || harm.length !== HARM_FACTORS.length || !c) throw new Error(`seedCaseRecord: bad rating code ${code}`);
  return {
    capability: Object.fromEntries(CAPABILITY_FACTORS.map((f, i) => [f, read(cap, i)])) as Record<CapabilityFactor, Extent>,
    harm: Object.fromEntries(HARM_FACTORS.map((f, i) => [f, read(harm, i)])) as Record<HarmFactor, Extent>,
    likelihood: read(likelihood, 0),
    confidence: c,
  };
}
