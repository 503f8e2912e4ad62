"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/lib/navigation";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="border-t border-brand-800 bg-brand-800">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2">
        {items.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block min-h-11 px-3 py-3 text-sm font-semibold text-white no-underline hover:bg-brand-700 hover:no-underline ${current ? "border-b-4 border-amber-400" : "border-b-4 border-transparent"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
