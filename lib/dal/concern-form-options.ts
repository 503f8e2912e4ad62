// Choices for the "Log a concern" form: every role may log one, so every role may read these.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import type { NeighbourhoodFormOptions } from "./groups";
import { neighbourhoodChoices } from "./neighbourhoods";

export type ConcernFormOptions = NeighbourhoodFormOptions;

/** A safety bound on the actor's own neighbourhoods, listed beside an area command's. */
const OWN_MAX = 100;

/**
 * The neighbourhood select of "Log a concern": every active neighbourhood for a force-sized list
 * (neighbourhoodChoices); past it, the officer's own neighbourhoods (the default, and what a
 * phone needs in a hurry), plus those of an area command when one is chosen, plus the one chosen
 * (`neighbourhoodId`), always. logConcern still checks the neighbourhood itself.
 */
export async function concernFormOptions(actor: Actor, scope: { areaCommand?: string; neighbourhoodId?: string } = {}): Promise<ConcernFormOptions> {
  if (!can(actor, "concerns:log")) throw new ForbiddenError();
  const choices = await neighbourhoodChoices(actor, { areaCommand: scope.areaCommand, selectedIds: scope.neighbourhoodId ? [scope.neighbourhoodId] : [], keepSelected: true });
  if (choices.all) return { neighbourhoods: choices.neighbourhoods };
  // With an area command (asked for, or the chosen one's) neighbourhoodChoices lists only its own: add the officer's.
  const own =
    choices.areaCommand && actor.neighbourhoodIds.length
      ? await db().neighbourhood.findMany({ where: { active: true, id: { in: actor.neighbourhoodIds } }, orderBy: [{ name: "asc" }, { id: "asc" }], take: OWN_MAX, select: { id: true, name: true, code: true, areaCommand: true } })
      : [];
  const neighbourhoods = [...choices.neighbourhoods, ...own.filter((o) => !choices.neighbourhoods.some((n) => n.id === o.id))].sort((a, b) => a.name.localeCompare(b.name, "en-GB") || a.id.localeCompare(b.id));
  return { neighbourhoods, neighbourhoodsNarrowed: { areaCommands: choices.areaCommands, areaCommand: choices.areaCommand } };
}
