// Search-as-you-type for the record pickers (linking, adding members): names ranked by
// similarity, police only. Not audited per keystroke; the chosen link or membership is.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { formatDate } from "@/lib/format";
import type { RecordKind } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/errors";
import { fuzzyIds, inRankOrder } from "./search";
import { policeOnly } from "./visibility";

export type Suggestion = { id: string; kind: RecordKind; label: string; detail: string };

export async function suggestRecords(actor: Actor, kind: RecordKind, query: string): Promise<Suggestion[]> {
  if (!policeOnly(actor)) throw new ForbiddenError();
  if (query.trim().length < 2) return [];
  switch (kind) {
    case "GROUP": {
      const ids = await fuzzyIds("OrganisedCrimeGroup", query, 10);
      const rows = await db().organisedCrimeGroup.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, reference: true, status: true } });
      return inRankOrder(rows, ids).map((r) => ({ id: r.id, kind, label: `${r.reference} ${r.name}`, detail: r.status.toLowerCase() }));
    }
    case "NOMINAL": {
      const ids = await fuzzyIds("Nominal", query, 10);
      const rows = await db().nominal.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, aliases: true, dateOfBirth: true } });
      return inRankOrder(rows, ids).map((r) => ({ id: r.id, kind, label: r.name, detail: [r.dateOfBirth ? `born ${formatDate(r.dateOfBirth)}` : null, r.aliases.length ? `aka ${r.aliases.join(", ")}` : null].filter(Boolean).join("; ") }));
    }
    case "PERSON": {
      const ids = await fuzzyIds("PersonAtRisk", query, 10);
      const rows = await db().personAtRisk.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, ageGroup: true, ageYears: true } });
      return inRankOrder(rows, ids).map((r) => ({ id: r.id, kind, label: r.name, detail: `${r.ageGroup === "CHILD" ? "child" : "adult"}${r.ageYears != null ? `, ${r.ageYears}` : ""}` }));
    }
    case "LOCATION": {
      const ids = await fuzzyIds("Location", query, 10);
      const rows = await db().location.findMany({ where: { id: { in: ids } }, select: { id: true, address: true, postcode: true, type: true } });
      return inRankOrder(rows, ids).map((r) => ({ id: r.id, kind, label: r.address, detail: [r.postcode, r.type.toLowerCase().replace(/_/g, " ")].filter(Boolean).join(", ") }));
    }
  }
}
