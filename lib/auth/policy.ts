// The one permission policy. Every page, server action and route handler asks `can()` (through
// lib/auth/actor.ts); nothing else decides who may do what. Record-level rules (which agency may
// see which record) live beside the data they guard, in lib/dal, and start from these.
import type { AgencyType, Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["OFFICER", "ANALYST", "SUPERVISOR", "PARTNER", "ADMIN"] as const satisfies readonly Role[];

export const ROLE_LABELS: Record<Role, string> = {
  OFFICER: "Neighbourhood officer",
  ANALYST: "HQ analyst",
  SUPERVISOR: "Supervisor",
  PARTNER: "Partner practitioner",
  ADMIN: "Administrator",
};

export const AGENCY_TYPES = [
  "POLICE",
  "LOCAL_AUTHORITY",
  "CHILDRENS_SOCIAL_CARE",
  "ADULT_SOCIAL_CARE",
  "HOUSING",
  "HEALTH",
  "EDUCATION",
  "PROBATION",
  "VOLUNTARY_SECTOR",
  "OTHER",
] as const satisfies readonly AgencyType[];

export const AGENCY_TYPE_LABELS: Record<AgencyType, string> = {
  POLICE: "Police force",
  LOCAL_AUTHORITY: "Local authority",
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  ADULT_SOCIAL_CARE: "Adult social care",
  HOUSING: "Housing",
  HEALTH: "Health",
  EDUCATION: "Education",
  PROBATION: "Probation",
  VOLUNTARY_SECTOR: "Voluntary sector",
  OTHER: "Other partner",
};

/** Named permissions, with what each lets a user do (shown on the admin pages). */
export const PERMISSIONS = {
  "records:read": "Read groups, nominals, people at risk, locations and their links (the police view)",
  "records:write": "Create and edit groups, nominals, people at risk, locations, memberships and links",
  "records:export": "Export lists to CSV",
  "groups:score": "Score groups (capability, harm, likelihood, confidence)",
  "shared:read": "Read the partner-safe view of groups and people shared with their agency",
  "concerns:log": "Log a local concern",
  "concerns:assess": "Triage, grade, link and decide the outcome of concerns",
  "actions:create": "Add actions to 4P and safeguarding plans, for any agency",
  "meetings:manage": "Plan, chair and close tasking meetings, record decisions and publish minutes",
  "users:manage": "Create, edit and disable user accounts",
  "agencies:manage": "Create, edit and disable agencies",
  "neighbourhoods:manage": "Create, edit and disable neighbourhoods",
  "audit:read": "Browse the audit trail",
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  OFFICER: ["records:read", "concerns:log"],
  ANALYST: ["records:read", "records:write", "records:export", "groups:score", "concerns:log", "concerns:assess", "actions:create"],
  SUPERVISOR: ["records:read", "records:write", "records:export", "groups:score", "concerns:log", "concerns:assess", "actions:create", "meetings:manage", "audit:read"],
  PARTNER: ["shared:read", "concerns:log"],
  ADMIN: ["concerns:log", "users:manage", "agencies:manage", "neighbourhoods:manage", "audit:read"],
};

export function can(actor: { role: Role } | null | undefined, permission: Permission): boolean {
  return !!actor && ROLE_PERMISSIONS[actor.role].includes(permission);
}

export const POLICE_ROLES: readonly Role[] = ["OFFICER", "ANALYST", "SUPERVISOR"];

export function isPolice(actor: { agencyType: AgencyType }): boolean {
  return actor.agencyType === "POLICE";
}

/**
 * The agency rule: police roles belong to a police force, partner practitioners to a partner
 * agency; administrators may sit in either. Checked whenever a user is created or changed.
 */
export function roleFitsAgency(role: Role, agencyType: AgencyType): boolean {
  if (role === "ADMIN") return true;
  if (role === "PARTNER") return agencyType !== "POLICE";
  return agencyType === "POLICE";
}

export function roleAgencyMismatchMessage(role: Role): string {
  return role === "PARTNER"
    ? "A partner practitioner must belong to a partner agency, not a police force."
    : `A ${ROLE_LABELS[role].toLowerCase()} must belong to a police force.`;
}
