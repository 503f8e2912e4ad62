import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES, roleFitsAgency, AGENCY_TYPES, type Permission } from "@/lib/auth/policy";
import { navFor, NAV_ITEMS } from "@/lib/navigation";

// The whole role × permission table, written out so that any change to the policy is a
// deliberate change to this test too.
const EXPECTED: Record<(typeof ROLES)[number], Permission[]> = {
  OFFICER: ["records:read", "concerns:log"],
  ANALYST: ["records:read", "records:write", "records:export", "groups:score", "concerns:log", "concerns:assess", "actions:create"],
  SUPERVISOR: ["records:read", "records:write", "records:export", "groups:score", "concerns:log", "concerns:assess", "actions:create", "meetings:manage", "audit:read"],
  PARTNER: ["shared:read", "concerns:log"],
  ADMIN: ["concerns:log", "users:manage", "agencies:manage", "neighbourhoods:manage", "audit:read"],
};

describe("permission policy", () => {
  const permissions = Object.keys(PERMISSIONS) as Permission[];

  for (const role of ROLES) {
    for (const permission of permissions) {
      const allowed = EXPECTED[role].includes(permission);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can({ role }, permission)).toBe(allowed);
      });
    }
  }

  it("grants nothing to a missing actor", () => {
    for (const permission of permissions) expect(can(null, permission)).toBe(false);
  });

  it("names only known permissions in the role table", () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(permissions).toContain(p);
  });
});

describe("agency rule", () => {
  it("puts police roles in a police force and partners in partner agencies", () => {
    for (const type of AGENCY_TYPES) {
      const police = type === "POLICE";
      expect(roleFitsAgency("OFFICER", type)).toBe(police);
      expect(roleFitsAgency("ANALYST", type)).toBe(police);
      expect(roleFitsAgency("SUPERVISOR", type)).toBe(police);
      expect(roleFitsAgency("PARTNER", type)).toBe(!police);
      expect(roleFitsAgency("ADMIN", type)).toBe(true);
    }
  });
});

describe("navigation", () => {
  it("shows each role only the entries its permissions allow", () => {
    expect(navFor({ role: "OFFICER" }).map((i) => i.href)).toEqual(["/", "/actions", "/concerns/new", "/groups", "/nominals", "/people", "/referrals", "/locations", "/meetings"]);
    expect(navFor({ role: "ANALYST" }).map((i) => i.href)).toEqual(["/", "/actions", "/concerns/new", "/concerns", "/groups", "/nominals", "/people", "/referrals", "/locations", "/meetings"]);
    expect(navFor({ role: "PARTNER" }).map((i) => i.href)).toEqual(["/", "/actions", "/concerns/new", "/groups", "/people", "/referrals", "/meetings"]);
    expect(navFor({ role: "SUPERVISOR" }).map((i) => i.href)).toEqual(["/", "/actions", "/concerns/new", "/concerns", "/groups", "/nominals", "/people", "/referrals", "/locations", "/meetings", "/audit"]);
    // Administrators run the system; they do not read intelligence.
    expect(navFor({ role: "ADMIN" }).map((i) => i.href)).toEqual(["/", "/actions", "/concerns/new", "/audit", "/admin/users", "/admin/agencies", "/admin/neighbourhoods"]);
    expect(NAV_ITEMS.length).toBe(14);
  });
});
