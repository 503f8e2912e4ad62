// The vocabulary of the joined-up record: the values people choose from, with their labels.
// Stored as strings in arrays (crime types, flags, vulnerabilities) or as enums (the rest).
import type { AgeGroup, GroupStatus, LinkType, LocationType, MemberStanding, RecordKind, RiskLevel } from "@/lib/generated/prisma/enums";

function labels<K extends string>(entries: Record<K, string>) {
  return { values: Object.keys(entries) as K[], label: entries };
}

export const GROUP_STATUS = labels<GroupStatus>({ EMERGING: "Emerging", ACTIVE: "Active", DORMANT: "Dormant", ARCHIVED: "Archived" });

export const CRIME_TYPES = labels({
  DRUGS_SUPPLY: "Drugs supply",
  COUNTY_LINES: "County lines",
  CSE: "Child sexual exploitation",
  CCE: "Child criminal exploitation",
  MODERN_SLAVERY: "Modern slavery / labour exploitation",
  SEX_MARKET: "Sex market / brothels",
  FRAUD: "Fraud",
  MONEY_LAUNDERING: "Money laundering",
  ORGANISED_ACQUISITIVE: "Organised acquisitive crime / shoplifting",
  CANNABIS_CULTIVATION: "Cannabis cultivation",
  FIREARMS: "Firearms",
  INTIMIDATION: "Intimidation / criminal family control",
  VEHICLE_CRIME: "Vehicle crime",
  BURGLARY: "Burglary",
});
export type CrimeType = (typeof CRIME_TYPES.values)[number];

export const MEMBER_STANDING = labels<MemberStanding>({ PRINCIPAL_SUBJECT: "Principal subject", SIGNIFICANT_MEMBER: "Significant group member", PERIPHERAL_SUBJECT: "Peripheral subject" });

export const NOMINAL_ROLES = ["Leader", "Enforcer", "Courier", "Money launderer", "Recruiter", "Corrupter", "Supplier", "Facilitator", "Dealer", "Driver", "Controller"] as const;

export const RISK_LEVEL = labels<RiskLevel>({ HIGH: "High", MEDIUM: "Medium", STANDARD: "Standard" });
export const AGE_GROUP = labels<AgeGroup>({ CHILD: "Child", ADULT: "Adult" });

export const VULNERABILITIES = labels({
  CSE: "Child sexual exploitation",
  CCE: "Child criminal exploitation",
  COUNTY_LINES: "County lines",
  CUCKOOING: "Cuckooing",
  MODERN_SLAVERY: "Modern slavery / labour exploitation",
  SEXUAL_EXPLOITATION_ADULT: "Sexual exploitation of adults",
  FRAUD_SCAM: "Fraud / scam",
  INTIMIDATION: "Intimidation / coercive control",
});

export const WARNING_MARKERS = labels({
  WEAPONS: "Weapons",
  FIREARMS: "Firearms",
  VIOLENCE: "Violence",
  DRUGS: "Drugs",
  ESCAPE_RISK: "Escape risk",
  MENTAL_HEALTH: "Mental health",
  SELF_HARM: "Self-harm",
});

export const LOCATION_TYPE = labels<LocationType>({
  RESIDENTIAL: "Residential",
  BUSINESS: "Business",
  LICENSED_PREMISES: "Licensed premises",
  HOTEL: "Hotel",
  CAR_WASH: "Car wash",
  NAIL_BAR: "Nail bar",
  TAKEAWAY: "Takeaway",
  SHOP: "Shop",
  WAREHOUSE: "Warehouse / unit",
  FARM_OR_RURAL: "Farm or rural",
  PUBLIC_SPACE: "Public space",
  OTHER: "Other",
});

export const LOCATION_FLAGS = labels({
  CUCKOOED: "Cuckooed address",
  BROTHEL: "Brothel",
  TRAP_HOUSE: "Trap house",
  CANNABIS_FARM: "Cannabis farm",
  STASH_HOUSE: "Stash house",
  LAUNDERING_FRONT: "Laundering front",
  EXPLOITATION_SITE: "Labour exploitation site",
  NO_GO: "\u201cNo-go\u201d area",
});

export const RECORD_KIND = labels<RecordKind>({ GROUP: "Group", NOMINAL: "Nominal", PERSON: "Person at risk", LOCATION: "Location" });

export const LINK_TYPE = labels<LinkType>({
  ASSOCIATE_OF: "Associate of",
  FAMILY_OF: "Family of",
  LIVES_AT: "Lives at",
  USES_VEHICLE: "Uses vehicle at",
  FREQUENTS: "Frequents",
  EXPLOITS: "Exploits",
  CONTROLS: "Controls",
  AT_RISK_FROM: "At risk from",
  OWNS: "Owns",
  WORKS_AT: "Works at",
  SUPPLIES: "Supplies",
  VICTIM_OF: "Victim of",
});

/** Where each record kind's page lives. */
export const RECORD_PATH: Record<RecordKind, string> = { GROUP: "/groups", NOMINAL: "/nominals", PERSON: "/people", LOCATION: "/locations" };

/** Group references look like 05/00283: a two-digit force or area code and a five-digit number. */
export const GROUP_REFERENCE = /^\d{2}\/\d{5}$/;
