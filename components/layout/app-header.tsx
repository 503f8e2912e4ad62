import Link from "next/link";
import type { NavItem } from "@/lib/navigation";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ items, user, unread }: { items: NavItem[]; user: { name: string; roleLabel: string; agencyName: string }; unread: number }) {
  return (
    <header className="bg-brand-900 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900">
        Skip to main content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-white no-underline hover:no-underline">
          Locus
        </Link>
        <div className="flex items-center gap-2 text-sm sm:gap-3">
          <span className="hidden text-right leading-tight sm:block">
            <span className="block font-semibold">{user.name}</span>
            <span className="block text-brand-100">
              {user.roleLabel} · {user.agencyName}
            </span>
          </span>
          <NotificationBell unread={unread} />
          <SignOutButton />
        </div>
      </div>
      <NavLinks items={items} />
    </header>
  );
}
