// In-app notifications (the bell). Each user sees only their own.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db/client";
import { assertId } from "./ids";

export type NotificationInput = { kind: string; title: string; body?: string; href?: string };

/** Written in the same transaction as the change that causes it. */
export async function notify(tx: Pick<Tx, "notification">, userIds: string[], n: NotificationInput) {
  const unique = [...new Set(userIds)];
  if (unique.length) await tx.notification.createMany({ data: unique.map((userId) => ({ userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null })) });
}

export function unreadCount(actor: Actor): Promise<number> {
  return db().notification.count({ where: { userId: actor.id, readAt: null } });
}

export function listNotifications(actor: Actor, take = 50) {
  return db().notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take, select: { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true } });
}

export async function markRead(actor: Actor, id?: string) {
  if (id) assertId(id, "Notification");
  await db().notification.updateMany({ where: { userId: actor.id, readAt: null, ...(id ? { id } : {}) }, data: { readAt: new Date() } });
}
