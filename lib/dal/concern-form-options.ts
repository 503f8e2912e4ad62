// Choices for the "Log a concern" form: every role may log one, so every role may read these.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";

export type ConcernFormOptions = { neighbourhoods: { id: string; name: string }[] };

export async function concernFormOptions(actor: Actor): Promise<ConcernFormOptions> {
  if (!can(actor, "concerns:log")) throw new ForbiddenError();
  const neighbourhoods = await db().neighbourhood.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { neighbourhoods };
}
