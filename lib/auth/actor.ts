// Who is asking. Loaded once per request (React cache) from the session cookie and Postgres.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { AgencyType, Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { isUuid } from "@/lib/dal/ids";
import { authOptions } from "./options";
import { can, type Permission } from "./policy";
import { decodeSessionToken } from "./session-token";

export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  agencyId: string;
  agencyName: string;
  agencyType: AgencyType;
  neighbourhoodIds: string[];
  requestId: string | null;
};

export const getActor = cache(async (): Promise<Actor | null> => {
  // The JWT is verified (signature and expiry) by next-auth's own decoder.
  const token = await getToken({ req: { cookies: await cookies(), headers: await headers() } as never, secret: authOptions.secret, decode: decodeSessionToken });
  if (!token?.sub || typeof token.sv !== "number") return null;
  // proxy.ts gives every page request an id; /api/v1 (no proxy) takes the caller's or makes one.
  return loadActor(token.sub, token.sv, (await headers()).get("x-request-id")?.slice(0, 64) || crypto.randomUUID());
});

type ActorRow = {
  id: string; name: string; email: string; role: Role; active: boolean; sessionVersion: number; agencyId: string;
  agencyName: string; agencyType: AgencyType; agencyActive: boolean; neighbourhoodIds: string[];
};

/**
 * The user behind a session, or null when the session no longer stands (user or agency disabled,
 * session version moved on). One round trip: this runs on every request, and Prisma's nested
 * select was three queries (user, agency, neighbourhoods).
 */
export async function loadActor(userId: string, sessionVersion: number | null, requestId: string | null): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  const [user] = await db().$queryRaw<ActorRow[]>`
    SELECT u."id"::text AS "id", u."name", u."email", u."role"::text AS "role", u."active", u."sessionVersion", u."agencyId"::text AS "agencyId",
           a."name" AS "agencyName", a."type"::text AS "agencyType", a."active" AS "agencyActive",
           ARRAY(SELECT un."neighbourhoodId"::text FROM "UserNeighbourhood" un WHERE un."userId" = u."id") AS "neighbourhoodIds"
    FROM "User" u JOIN "Agency" a ON a."id" = u."agencyId"
    WHERE u."id" = ${userId}::uuid`;
  if (!user || !user.active || !user.agencyActive || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    agencyId: user.agencyId,
    agencyName: user.agencyName,
    agencyType: user.agencyType,
    neighbourhoodIds: user.neighbourhoodIds,
    requestId,
  };
}

/** For pages and server actions: the signed-in actor, or off to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** For pages: the actor if they hold the permission, otherwise the 403 page (with no data). */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) forbidden();
  return actor;
}
