import Link from "next/link";

/** The bell: a link to the notifications page, its name saying how many are unread. */
/** `unread` is counted up to 100 (lib/dal/notifications.ts): 100 means "more than 99". */
export function NotificationBell({ unread }: { unread: number }) {
  const many = unread > 99;
  const shown = many ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      className="btn relative min-h-11 min-w-11 border border-white/60 px-3 text-white hover:bg-white/10"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-5 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="sr-only sm:not-sr-only">Notifications</span>
      {unread > 0 ? (
        <>
          <span aria-hidden="true" className="inline-flex min-w-6 items-center justify-center rounded-full bg-amber-400 px-1.5 text-xs font-bold text-slate-900">
            {shown}
          </span>
          <span className="sr-only">, {many ? "more than 99" : unread} unread</span>
        </>
      ) : null}
    </Link>
  );
}
