// Optimistic concurrency: every update names the version it read. If the row has moved on, the
// update touches nothing and the caller learns who changed it and when (HTTP 409 / form message).
import type { Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";

export async function guardedUpdate(
  tx: Tx,
  what: string,
  update: () => Promise<{ count: number }>,
  current: () => Promise<{ updatedAt: Date; updatedById: string | null } | null>,
): Promise<void> {
  const { count } = await update();
  if (count === 1) return;
  const row = await current();
  if (!row) throw new NotFoundError(what);
  const by = row.updatedById ? await tx.user.findUnique({ where: { id: row.updatedById }, select: { name: true } }) : null;
  throw new ConflictError(by?.name ?? "another user", row.updatedAt);
}
