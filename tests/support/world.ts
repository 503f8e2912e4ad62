// A small world for integration tests: a police force, two partner agencies and one user per
// role, each with the Actor the data layer expects. Built with the seed's factories.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeAgency, makeNeighbourhood, makeUser } from "@/lib/db/factories";
import type { Role } from "@/lib/generated/prisma/enums";

export async function buildWorld() {
  const police = await makeAgency(db(), { type: "POLICE" });
  const council = await makeAgency(db(), { type: "CHILDRENS_SOCIAL_CARE" });
  const housing = await makeAgency(db(), { type: "HOUSING" });
  const patch = [await makeNeighbourhood(db()), await makeNeighbourhood(db())];
  const agencyFor = (role: Role) => (role === "PARTNER" ? council : police);
  const actors = {} as Record<"officer" | "analyst" | "supervisor" | "partner" | "admin", Actor>;
  for (const [key, role] of [["officer", "OFFICER"], ["analyst", "ANALYST"], ["supervisor", "SUPERVISOR"], ["partner", "PARTNER"], ["admin", "ADMIN"]] as const) {
    const agency = agencyFor(role);
    const user = await makeUser(db(), { role, agencyId: agency.id, neighbourhoodIds: role === "OFFICER" ? patch.map((n) => n.id) : [] });
    actors[key] = asActor(user, agency);
  }
  return { police, council, housing, patch, ...actors };
}

export function asActor(user: { id: string; name: string; email: string; role: Role; agencyId: string }, agency: { name: string; type: Actor["agencyType"] }, neighbourhoodIds: string[] = []): Actor {
  return { id: user.id, name: user.name, email: user.email, role: user.role, agencyId: user.agencyId, agencyName: agency.name, agencyType: agency.type, neighbourhoodIds, requestId: "test-request" };
}
