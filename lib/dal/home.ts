// Figures for the home pages. Each role sees only its own.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { neighbourhoodNames } from "./neighbourhoods";

export async function homeSummary(actor: Actor) {
  const [patch, admin] = await Promise.all([
    neighbourhoodNames(actor.neighbourhoodIds),
    can(actor, "users:manage")
      ? Promise.all([
          db().user.count({ where: { active: true } }),
          db().agency.count({ where: { active: true } }),
          db().neighbourhood.count({ where: { active: true } }),
          db().user.count({ where: { lockedUntil: { gt: new Date() } } }),
        ]).then(([users, agencies, neighbourhoods, locked]) => ({ users, agencies, neighbourhoods, locked }))
      : null,
  ]);
  return { patch, admin };
}
