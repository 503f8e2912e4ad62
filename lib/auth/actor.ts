// Who is asking. Loaded once per request (React cache) from the session cookie and Postgres.
import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { AgencyType, Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import { can, type Permission } from "./policy";

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
  const token = await getToken({ req: { cookies: await cookies(), headers: await headers() } as never, secret: authOptions.secret });
  if (!token?.sub || typeof token.sv !== "number") return null;
  return loadActor(token.sub, token.sv, (await headers()).get("x-request-id"));
});

export async function loadActor(userId: string, sessionVersion: number | null, requestId: string | null): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true, name: true, email: true, role: true, active: true, sessionVersion: true, agencyId: true,
      agency: { select: { name: true, type: true, active: true } },
      neighbourhoods: { select: { neighbourhoodId: true } },
    },
  });
  if (!user || !user.active || !user.agency.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    agencyId: user.agencyId,
    agencyName: user.agency.name,
    agencyType: user.agency.type,
    neighbourhoodIds: user.neighbourhoods.map((n) => n.neighbourhoodId),
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
