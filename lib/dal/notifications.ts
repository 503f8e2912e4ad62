// In-app notifications (the bell). Each user sees only their own.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { countUpTo } from "./counts";
import { assertId } from "./ids";

export type NotificationInput = { kind: string; title: string; body?: string; href?: string };

/** Written in the same transaction as the change that causes it. */
export async function notify(tx: Pick<Tx, "notification">, userIds: string[], n: NotificationInput) {
  const unique = [...new Set(userIds)];
  if (unique.length) await tx.notification.createMany({ data: unique.map((userId) => ({ userId, kind: n.kind, title: n.title, body: n.body ?? "", href: n.href ?? null })) });
}

/** The bell shows up to this many unread; past it, "99+". */
export const UNREAD_SHOWN_MAX = 99;

/**
 * Unread notifications, counted only up to UNREAD_SHOWN_MAX + 1 (every signed-in page asks, and an
 * absent user can have thousands): Notification (userId, readAt, createdAt) serves it.
 */
export async function unreadCount(actor: Actor): Promise<number> {
  return (await countUpTo("Notification", [Prisma.sql`"userId" = ${actor.id}::uuid`, Prisma.sql`"readAt" is null`], UNREAD_SHOWN_MAX)).total;
}

export function listNotifications(actor: Actor, take = 50) {
  return db().notification.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take, select: { id: true, kind: true, title: true, body: true, href: true, createdAt: true, readAt: true } });
}

export async function markRead(actor: Actor, id?: string) {
  if (id) assertId(id, "Notification");
  await db().notification.updateMany({ where: { userId: actor.id, readAt: null, ...(id ? { id } : {}) }, data: { readAt: new Date() } });
}
