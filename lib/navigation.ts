// The navigation, as data: each entry names the permissions that open it (any one will do), so
// a role sees only what it may use (and the pages refuse the rest with 403 all the same).
import { can, type Permission } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string; anyOf?: Permission[] };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/actions", label: "My actions" },
  { href: "/concerns/new", label: "Log a concern", anyOf: ["concerns:log"] },
  { href: "/concerns", label: "Triage", anyOf: ["concerns:assess"] },
  { href: "/groups", label: "Groups", anyOf: ["records:read", "shared:read"] },
  { href: "/nominals", label: "Nominals", anyOf: ["records:read"] },
  { href: "/people", label: "People at risk", anyOf: ["records:read", "shared:read"] },
  { href: "/referrals", label: "Referrals", anyOf: ["records:read", "shared:read"] },
  { href: "/locations", label: "Locations", anyOf: ["records:read"] },
  { href: "/meetings", label: "Meetings", anyOf: ["records:read", "shared:read"] },
  { href: "/audit", label: "Audit trail", anyOf: ["audit:read"] },
  { href: "/admin/users", label: "Users", anyOf: ["users:manage"] },
  { href: "/admin/agencies", label: "Agencies", anyOf: ["agencies:manage"] },
  { href: "/admin/neighbourhoods", label: "Neighbourhoods", anyOf: ["neighbourhoods:manage"] },
];

export function navFor(actor: { role: Role }): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.anyOf || item.anyOf.some((p) => can(actor, p)));
}
