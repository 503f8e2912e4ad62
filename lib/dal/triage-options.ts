// Choices for the analysts' triage queue filters.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";

export async function triageOptions(actor: Actor): Promise<{ neighbourhoods: { id: string; name: string }[] }> {
  if (!can(actor, "concerns:assess")) throw new ForbiddenError();
  const neighbourhoods = await db().neighbourhood.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
  return { neighbourhoods };
}
