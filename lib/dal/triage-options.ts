// Choices for the analysts' triage queue filters.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { neighbourhoodChoices, type NeighbourhoodChoices } from "./neighbourhoods";

/**
 * The neighbourhood filter: every neighbourhood for a force-sized list, otherwise an area command
 * first and then only its neighbourhoods (plus the one chosen). The queue filters on the
 * neighbourhood, or with none chosen on the area command (`neighbourhoods.areaCommand`).
 */
export async function triageOptions(actor: Actor, query: { areaCommand?: string; neighbourhoodId?: string } = {}): Promise<{ neighbourhoods: NeighbourhoodChoices }> {
  if (!can(actor, "concerns:assess")) throw new ForbiddenError();
  const neighbourhoods = await neighbourhoodChoices(actor, { areaCommand: query.areaCommand, selectedIds: query.neighbourhoodId ? [query.neighbourhoodId] : [] });
  return { neighbourhoods };
}
