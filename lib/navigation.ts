// The navigation, as data: each entry names the permission it needs, so a role sees only what it
// may use (and the pages refuse the rest with 403 all the same).
import { can, type Permission } from "@/lib/auth/policy";
import type { Role } from "@/lib/generated/prisma/enums";

export type NavItem = { href: string; label: string; permission?: Permission };

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/audit", label: "Audit trail", permission: "audit:read" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/agencies", label: "Agencies", permission: "agencies:manage" },
  { href: "/admin/neighbourhoods", label: "Neighbourhoods", permission: "neighbourhoods:manage" },
];

export function navFor(actor: { role: Role }): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || can(actor, item.permission));
}
