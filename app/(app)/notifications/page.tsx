import Link from "next/link";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { listNotifications } from "@/lib/dal/notifications";
import { formatDateTime } from "@/lib/format";
import { markAllReadAction, markOneReadAction } from "./actions";

export const metadata = { title: "Notifications" };

/** Only links within Locus are followed (a stored href is never trusted to be a URL elsewhere). */
function internalHref(href: string | null): string | null {
  return href && href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : null;
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const notifications = await listNotifications(actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <>
      <PageHeader
        title="Notifications"
        description={unread ? `${unread} unread.` : "Nothing unread."}
        actions={
          unread ? (
            <form action={markAllReadAction}>
              <button type="submit" className="btn-secondary">
                Mark all as read
              </button>
            </form>
          ) : null
        }
      />
      {notifications.length ? (
        <ul className="max-w-3xl space-y-3">
          {notifications.map((n) => {
            const href = internalHref(n.href);
            const isUnread = !n.readAt;
            return (
              <li key={n.id} className={`card min-w-0 ${isUnread ? "border-l-4 border-l-brand-700 bg-brand-50" : ""}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2">
                      {isUnread ? <Badge tone="blue">Unread</Badge> : null}
                      <span className="text-sm text-slate-700">{formatDateTime(n.createdAt)}</span>
                    </p>
                    <h2 className={`mt-1 wrap-break-word ${isUnread ? "font-bold" : "font-semibold"}`}>{href ? <Link href={href}>{n.title}</Link> : n.title}</h2>
                    {n.body ? <p className="mt-1 wrap-break-word whitespace-pre-line text-sm text-slate-700">{n.body}</p> : null}
                  </div>
                  {isUnread ? (
                    <form action={markOneReadAction.bind(null, n.id)}>
                      <button type="submit" className="btn-secondary">
                        Mark as read<span className="sr-only">: {n.title}</span>
                      </button>
                    </form>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="card max-w-3xl text-slate-700">No notifications yet. You&rsquo;ll get one here when, for example, HQ assesses a concern you logged.</p>
      )}
    </>
  );
}
