// Record factories shared by the demo seed and the tests, so both build data the same way.
// They write directly (no actor, no audit): for setting up a world, not for user actions.
import { hashPassword } from "@/lib/auth/password";
import type { AgencyType, PrismaClient, Role } from "@/lib/generated/prisma/client";

type Db = Pick<PrismaClient, "agency" | "neighbourhood" | "user">;

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const hashes = new Map<string, Promise<string>>();
/** Hashing is deliberately slow; the same password is hashed once per process. */
function cachedHash(password: string) {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
}

export const DEFAULT_TEST_PASSWORD = "correct-horse-battery";

export async function makeAgency(db: Db, overrides: { name?: string; type?: AgencyType; active?: boolean } = {}) {
  return db.agency.create({ data: { name: overrides.name ?? `Agency ${next()}`, type: overrides.type ?? "POLICE", active: overrides.active ?? true } });
}

export async function makeNeighbourhood(db: Db, overrides: { name?: string; code?: string; areaCommand?: string } = {}) {
  const id = next();
  return db.neighbourhood.create({ data: { name: overrides.name ?? `Neighbourhood ${id}`, code: overrides.code ?? `N-${id}`.toUpperCase(), areaCommand: overrides.areaCommand ?? "Central" } });
}

export async function makeUser(
  db: Db,
  overrides: { agencyId: string; role?: Role; email?: string; name?: string; password?: string; active?: boolean; neighbourhoodIds?: string[] },
) {
  const id = next();
  return db.user.create({
    data: {
      email: (overrides.email ?? `user-${id}@locus.test`).toLowerCase(),
      name: overrides.name ?? `User ${id}`,
      passwordHash: await cachedHash(overrides.password ?? DEFAULT_TEST_PASSWORD),
      role: overrides.role ?? "OFFICER",
      agencyId: overrides.agencyId,
      active: overrides.active ?? true,
      neighbourhoods: { create: (overrides.neighbourhoodIds ?? []).map((neighbourhoodId) => ({ neighbourhoodId })) },
    },
  });
}
