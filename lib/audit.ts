// Writing audit events. Always called with the transaction that makes the change, so the change
// and its record commit or fail together. The table is append-only (a trigger refuses UPDATE,
// DELETE and TRUNCATE), so there is deliberately no function here to change an event.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";

export type AuditActor = { id: string; agencyId: string; requestId?: string | null } | null;

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  summary: string;
  details?: Prisma.InputJsonValue;
};

export async function recordAudit(tx: Pick<Tx, "auditEvent">, actor: AuditActor, event: AuditInput) {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorAgencyId: actor?.agencyId ?? null,
      requestId: actor?.requestId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      summary: event.summary,
      details: event.details,
    },
  });
}

/**
 * The same event as one SQL `INSERT`, for a hot-path change written as a single statement (a
 * data-modifying CTE ending in this insert): one round trip instead of BEGIN, the change, the
 * audit and COMMIT, and still one transaction, since a statement is atomic.
 */
export function auditInsertSql(actor: AuditActor, event: AuditInput): Prisma.Sql {
  const details = event.details === undefined ? null : JSON.stringify(event.details);
  return Prisma.sql`INSERT INTO "AuditEvent" ("actorId", "actorAgencyId", "requestId", "action", "entityType", "entityId", "summary", "details")
    VALUES (${actor?.id ?? null}::uuid, ${actor?.agencyId ?? null}::uuid, ${actor?.requestId ?? null}, ${event.action}, ${event.entityType}, ${event.entityId ?? null}, ${event.summary}, ${details}::jsonb)`;
}

/**
 * An event that goes with no change of its own (a record viewed, a search, signing out): one
 * `INSERT`, atomic by itself, so no transaction around it. Prisma's interactive transaction cost
 * three round trips (BEGIN, the insert, COMMIT) and more of the server's CPU than the insert,
 * on every view of a nominal or person at risk (docs/benchmarks.md).
 */
export async function recordStandaloneAudit(client: { $executeRaw: (query: Prisma.Sql) => Promise<number> }, actor: AuditActor, event: AuditInput) {
  await client.$executeRaw(auditInsertSql(actor, event));
}

/** Fields that never go into an audit event's details. */
const SECRET_FIELDS = new Set(["password", "passwordHash", "sessionVersion"]);

/** The before → after of the fields a change touched, for an audit event's details. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Prisma.InputJsonObject {
  const changes: Record<string, { from: Prisma.InputJsonValue | null; to: Prisma.InputJsonValue | null }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (SECRET_FIELDS.has(key) || value === undefined) continue;
    const previous = before[key];
    if (JSON.stringify(previous) !== JSON.stringify(value)) changes[key] = { from: toJson(previous), to: toJson(value) };
  }
  return changes;
}

function toJson(value: unknown): Prisma.InputJsonValue | null {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
