// Words for the scale dataset: places, people's names, free text. The value lists (crime types,
// vulnerabilities, markers, location types and flags, indicators, link types) come from the app's
// own vocabulary (lib/domain), exactly as the demo seed uses them; the names follow the same
// heritage mix as the demo seed's name pools.
import type { Rng } from "../../lib/db/seed/rng";

/** Forty fictional police force areas (none is the demo's Northbridge). */
export const FORCE_AREAS = [
  "Ashdale", "Brackenshire", "Calderbrook", "Dunmoor", "Eastmarch", "Fenwick", "Greymoor", "Hollinsford", "Ironvale", "Kestrel Coast",
  "Larkhill", "Marlowshire", "Oakhampton", "Pennine Reach", "Queensmere", "Ravensdale", "Saltmarsh", "Thornbury", "Underwood", "Wensleydale Vale",
  "Westhaven", "Yarrowfield", "Ambercombe", "Blackwater", "Coldharbour", "Deepdale", "Elmsworth", "Foxley", "Glenmoor", "Harrowgate Vale",
  "Ivydene", "Juniper Downs", "Kingsholm", "Longmere", "Midcaster", "Netherby", "Orchardshire", "Pickering Wold", "Redbrook", "Stonebridge",
] as const;

/** Neighbourhood names inside an area (combined with the area's name). */
export const NEIGHBOURHOOD_PARTS = [
  "Central", "Riverside", "Canal Quarter", "Old Town", "Market Square", "Station Road", "Parkside", "Hillside", "Millfield", "Harbour Road",
  "Kingsmoor", "Elm Park", "Ashgrove Estate", "Northgate", "Southfields", "Eastbrook", "Westwood", "Bridge End", "Chapel Hill", "Mount Pleasant",
  "Victoria Park", "Fairview", "Greenacres", "Holme Lane", "Lowfield", "Meadowbank", "Newtown", "Oakwood", "Primrose Hill", "Quarry Bank",
  "Rosehill", "Sandy Lane", "Tanners Row", "Upper Town", "Valley Road", "Woodhouse", "Abbey Fields", "Beacon Hill", "Castle Mead", "Dale End",
  "Forge Lane", "Gasworks", "Highfield", "Ings Road", "Jubilee Estate", "Kiln Lane", "Lime Street", "Moorside", "Nab Lane", "Orchard Way",
] as const;
export const AREA_COMMANDS = ["City", "North", "South", "East", "West"] as const;

export const STREET_FIRST = ["Church", "Station", "Mill", "Park", "High", "Victoria", "Albert", "King", "Queen", "Chapel", "Bridge", "Market", "North", "South", "Manor", "Grange", "Willow", "Beech", "Oak", "Elm", "Ash", "Cedar", "Holly", "Rose", "Moor", "Dale", "Canal", "Wharf", "Foundry", "Tannery", "Castle", "Abbey", "Priory", "Hill", "Brook", "Meadow", "Orchard", "Garden", "School", "Hall"] as const;
export const STREET_KIND = ["Street", "Road", "Lane", "Avenue", "Close", "Crescent", "Terrace", "Grove", "Way", "Court", "Drive", "Place", "Row", "Walk", "Gardens"] as const;
export const BUSINESS_NAMES = ["Express Car Wash", "Star Nails", "Golden Dragon Takeaway", "Kings Hand Car Wash", "Perfect Nails", "Mini Market", "Phone Repairs", "Barber Lounge", "Vape Shop", "Kebab House", "Chicken Shack", "Bargain Store", "Tyre Centre", "Convenience Store", "Massage Parlour", "Off Licence", "Snooker Club", "Trade Counter", "Storage Units", "Pizza Place"] as const;

type Pool = { weight: number; male: string[]; female: string[]; surnames: string[] };
export const NAME_POOLS: Pool[] = [
  {
    weight: 52,
    male: ["Jack", "Liam", "Kyle", "Jordan", "Callum", "Reece", "Bradley", "Ryan", "Lewis", "Nathan", "Jamie", "Aaron", "Craig", "Scott", "Wayne", "Shane", "Tyler", "Ashley", "Jake", "Harvey", "Mason", "Jayden", "Kai", "Ethan", "Rhys", "Gareth", "Dylan", "Owen", "Luke", "Mark", "Gavin", "Stuart", "John", "Paul", "Daniel", "Thomas", "James", "Adam", "Lee", "Dean"],
    female: ["Kayleigh", "Chantelle", "Jade", "Stacey", "Leanne", "Gemma", "Shannon", "Courtney", "Amber", "Chloe", "Megan", "Bethan", "Lauren", "Ellie", "Mia", "Ruby", "Skye", "Poppy", "Keira", "Demi", "Maisie", "Holly", "Casey", "Tia", "Sarah", "Emma", "Laura", "Rachel"],
    surnames: ["Baxter", "Thornton", "Holt", "Ackroyd", "Sutcliffe", "Haigh", "Crossley", "Barraclough", "Greenwood", "Booth", "Kershaw", "Naylor", "Lister", "Hinchliffe", "Robertshaw", "Fletcher", "Parkin", "Sykes", "Dawson", "Marsden", "Hartley", "Jenkins", "Pritchard", "Evans", "Hughes", "Wood", "Tasker", "Firth", "Moorhouse", "Bramley", "Whiteley", "Senior", "Pearson", "Hebden", "Rowntree", "Smith", "Jones", "Taylor", "Brown", "Wilson", "Johnson", "Walker", "Wright", "Robinson", "Thompson", "White", "Hall", "Green", "Harris", "Clarke", "Jackson", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "King", "Watson", "Harrison"],
  },
  { weight: 14, male: ["Andre", "Jerome", "Darnell", "Tremaine", "Kwame", "Kofi", "Emeka", "Chidi", "Tunde", "Femi", "Omari", "Elijah", "Joel", "Reuben", "Tyrone", "Isaac", "Nathaniel", "Kobe"], female: ["Keisha", "Nia", "Aaliyah", "Tasha", "Shanice", "Abena", "Chiamaka", "Folake", "Jada", "Imani"], surnames: ["Owusu", "Boateng", "Asante", "Okonkwo", "Nwosu", "Eze", "Balogun", "Campbell", "Francis", "Gayle", "Bailey", "Henry", "Lindo", "Ofori", "Appiah", "Onyeka", "Forbes", "Bennett", "Mensah", "Adebayo"] },
  { weight: 9, male: ["Tariq", "Imran", "Bilal", "Zain", "Adnan", "Faisal", "Hamza", "Usman", "Kamran", "Rizwan", "Sohail", "Asif", "Yasir"], female: ["Amira", "Samira", "Nadia", "Sana", "Ayesha", "Maryam", "Hira", "Zara"], surnames: ["Hussain", "Akhtar", "Iqbal", "Mahmood", "Qureshi", "Butt", "Chaudhry", "Anwar", "Saddique", "Bashir", "Aslam", "Javed", "Khan", "Ali", "Ahmed"] },
  { weight: 7, male: ["Arjun", "Ravi", "Sunil", "Vikram", "Jaspreet", "Gurdeep", "Harjit", "Kiran", "Nikhil", "Rohit"], female: ["Priti", "Simran", "Anjali", "Harpreet", "Neha", "Kiran", "Pooja"], surnames: ["Sharma", "Chauhan", "Sandhu", "Gill", "Dhillon", "Bains", "Parmar", "Lad", "Solanki", "Johal", "Patel", "Mistry"] },
  { weight: 8, male: ["Tomasz", "Piotr", "Marek", "Lukasz", "Kamil", "Andrei", "Florin", "Ionut", "Bogdan", "Mihai", "Darius"], female: ["Agnieszka", "Ewa", "Kasia", "Roxana", "Elena", "Ioana", "Alina"], surnames: ["Nowak", "Kowalczyk", "Mazur", "Popescu", "Ionescu", "Dumitru", "Stanciu", "Wojcik", "Kaminski", "Lewandowski"] },
  { weight: 7, male: ["Sean", "Ciaran", "Conor", "Patrick", "Declan", "Eoin", "Niall", "Cillian"], female: ["Siobhan", "Aoife", "Niamh", "Roisin", "Orla"], surnames: ["O'Brien", "O'Neill", "McCarthy", "Quinn", "Gallagher", "Brennan", "Murphy", "Kavanagh", "Donnelly", "Hegarty"] },
  { weight: 3, male: ["Mehmet", "Emre", "Kerem", "Yusuf", "Baran", "Serkan"], female: ["Zeynep", "Elif", "Ayla"], surnames: ["Yilmaz", "Demir", "Kaya", "Aydin", "Celik"] },
  { weight: 2, male: ["Arben", "Besnik", "Luan", "Dritan"], female: ["Arta", "Drita"], surnames: ["Hoxha", "Berisha", "Gashi", "Shala", "Krasniqi"] },
  { weight: 5, male: ["Abdi", "Mohamed", "Liban", "Hassan", "Abdirahman", "Mustafe", "Guled"], female: ["Hodan", "Fartun", "Amran", "Sahra", "Ifrah"], surnames: ["Farah", "Warsame", "Osman", "Jama", "Abdullahi", "Hersi", "Nur", "Egal"] },
  { weight: 3, male: ["Wei", "Jun", "Minh", "Duc", "Hao"], female: ["Mei", "Linh", "Yan", "Thu"], surnames: ["Chen", "Wong", "Nguyen", "Tran", "Lam", "Cheung"] },
];
const POOL_TOTAL = NAME_POOLS.reduce((s, p) => s + p.weight, 0);

export const NICKNAMES = ["Bugsy", "Ginger", "Smudge", "Tiny", "Chops", "Spider", "Bones", "Milky", "Scrappy", "Bam", "Ace", "Skinz", "Dutchy", "Nugget", "Fizz", "Zee", "Rocket", "Teddy", "Mouse", "Haz", "Boomer", "Whizz", "Stretch", "Lucky", "Jinx", "Shorty", "Flash", "Gadget", "Snowy", "Biscuit", "Little Man", "Rico", "Lil J", "Duke", "Prince", "Rocco", "Tank", "Pops", "Ghost", "Dee", "Tee", "Bash", "Kez"];

export function personName(rng: Rng, male: boolean): { first: string; surname: string; name: string } {
  let r = rng.next() * POOL_TOTAL;
  let pool = NAME_POOLS[0]!;
  for (const p of NAME_POOLS) {
    r -= p.weight;
    if (r < 0) {
      pool = p;
      break;
    }
  }
  const first = rng.pick(male ? pool.male : pool.female);
  const surname = rng.pick(pool.surnames);
  return { first, surname, name: `${first} ${surname}` };
}

export const GROUP_NAME_SHAPES: ((s: { surname: string; place: string; nick: string; street: string }) => string)[] = [
  (s) => `${s.surname} family`,
  (s) => `${s.place} Boys`,
  (s) => `${s.nick} line`,
  (s) => `${s.street} crew`,
  (s) => `${s.surname} network`,
  (s) => `${s.place} OCG`,
  (s) => `The ${s.surname} brothers`,
  (s) => `${s.nick} squad`,
];

export const DESCRIPTION_OPENERS = [
  "Several young people seen going in and out of", "A resident reports frequent short visits to", "Cars with out-of-area plates parked for minutes at a time outside",
  "A neighbour says an elderly man has new 'friends' staying at", "School staff noticed a pupil with new expensive clothes and two phones near",
  "Workers dropped off early every morning by minibus at", "Shouting and a smell of cannabis reported from", "Taxi drivers say they are asked to take children to",
  "A shop owner refused to move when approached by men outside", "Reports of people living above the unit at",
];
export const DESCRIPTION_CLOSERS = [
  "Happens most evenings after 9pm.", "Seen on at least three occasions this week.", "The same grey hatchback each time.", "The caller is frightened and asked not to be named.",
  "CCTV from the corner shop may show it.", "No obvious signs of injury, but the child looked scared.", "Neighbours say it started about a month ago.", "Could be linked to the cuckooing reported last month.",
];
export const SANITISED = [
  "Information received about suspicious activity at an address; assessed and acted on.", "Concern assessed and linked to an existing group profile.", "Referred to the partner agency for safeguarding follow-up.",
  "Assessed: no further police action at this time; kept on record.", "Escalated to the tasking meeting for a decision.", "Intelligence developed into a new emerging group profile.",
];
export const GRADING_REASONS = ["Single uncorroborated report from an anonymous caller.", "Source has given inaccurate information before.", "Third-hand account; no corroboration yet."];
export const CONDITIONS = ["Do not disclose to the subject or family.", "Share only with the named safeguarding lead.", "Not to be used in court without further authority."];
export const NFA_REASONS = ["Activity explained: legitimate business deliveries.", "Duplicate of an earlier report already actioned.", "No organised crime indicators on review."];

export const ACTION_TITLES: Record<"PURSUE" | "PREVENT" | "PROTECT" | "PREPARE", string[]> = {
  PURSUE: ["Execute drugs warrant at the address", "Financial investigation into the principal", "Arrest enquiry for the lead nominal", "ANPR plan for the group's vehicles", "Closure order application for the trap house"],
  PREVENT: ["Diversion referral for the youngest member", "Prevent engagement with the school", "Mentoring offer for peripheral members", "Knife crime awareness session"],
  PROTECT: ["Safeguarding visit to the cuckooed address", "Housing move for the victim", "Return home interview", "Target hardening at the victim's address", "Licensing visit to the premises"],
  PREPARE: ["Community reassurance patrols", "Brief the neighbourhood team", "Community impact statement", "Partnership briefing for schools"],
};
export const ACTION_NOTES = ["Action created.", "Chased the owner for an update.", "Visit booked for next week.", "Waiting for information from another agency.", "Done: outcome recorded.", "Cancelled: superseded by a new plan."];

export function street(rng: Rng): string {
  return `${rng.pick(STREET_FIRST)} ${rng.pick(STREET_KIND)}`;
}

export function postcode(forceIndex: number, local: number, rng: Rng): string {
  const letters = "ABDEFGHJLNPQRSTUWXYZ";
  const area = String.fromCharCode(65 + (forceIndex % 26)) + String.fromCharCode(65 + ((forceIndex * 7 + 3) % 26));
  return `${area}${(local % 30) + 1} ${rng.int(1, 9)}${letters[rng.int(0, letters.length - 1)]}${letters[rng.int(0, letters.length - 1)]}`;
}

export function vehicleReg(rng: Rng): string {
  const L = "ABCDEFGHJKLMNOPRSTUVWXYZ";
  const l = () => L[rng.int(0, L.length - 1)]!;
  return `${l()}${l()}${String(rng.int(10, 75)).padStart(2, "0")} ${l()}${l()}${l()}`;
}

export function phone(rng: Rng): string {
  return `07${rng.int(100, 999)} ${String(rng.int(0, 999999)).padStart(6, "0")}`;
}
