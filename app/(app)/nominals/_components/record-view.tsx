// Read-only building blocks for record pages and tables (nominals, people at risk, locations):
// sections with an h2, definition lists that stack on a phone, and badges that always carry text.
import Link from "next/link";
import { Badge } from "@/components/ui/page-header";
import { RISK_LEVEL } from "@/lib/domain/case-record";
import type { RiskLevel } from "@/lib/generated/prisma/enums";

export function Section({ id, title, children }: { id: string; title: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="card min-w-0 space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Term/value pairs: stacked on a phone, side by side from the small breakpoint; `emptyText` stands in for an empty value. */
export function DetailList({ items, emptyText }: { items: readonly (readonly [string, React.ReactNode])[]; emptyText?: React.ReactNode }) {
  return (
    <dl className="divide-y divide-slate-100">
      {items.map(([term, value]) => (
        <div key={term} className="py-2 first:pt-0 last:pb-0 sm:grid sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-semibold text-slate-700">{term}</dt>
          <dd className="mt-1 min-w-0 break-words text-slate-900 sm:col-span-2 sm:mt-0">{emptyText === undefined ? value : value || emptyText}</dd>
        </div>
      ))}
    </dl>
  );
}

export function NotRecorded({ children = "Not recorded" }: { children?: React.ReactNode }) {
  return <span className="text-slate-600">{children}</span>;
}

/** A plain list of free-text values (phone numbers, vehicles, addresses), or "None recorded". */
export function ValueList({ values, mono }: { values: readonly string[]; mono?: boolean }) {
  if (!values.length) return <NotRecorded>None recorded</NotRecorded>;
  return (
    <ul className="space-y-1">
      {values.map((v, i) => (
        <li key={`${v}-${i}`} className={`break-words ${mono ? "font-mono" : ""}`}>
          {v}
        </li>
      ))}
    </ul>
  );
}

/** Coded values (warning markers, flags, vulnerabilities) as labelled badges. */
export function BadgeList({ values, labels, tone = "slate", empty = "None" }: { values: readonly string[]; labels: Record<string, string>; tone?: "slate" | "red" | "amber" | "blue"; empty?: string }) {
  if (!values.length) return <NotRecorded>{empty}</NotRecorded>;
  return (
    <ul className="flex flex-wrap gap-1">
      {values.map((v) => (
        <li key={v}>
          <Badge tone={tone}>{labels[v] ?? v}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** Risk as a badge whose text says the level (the colour only repeats it). */
export function RiskBadge({ level, suffix = "" }: { level: RiskLevel | null | undefined; suffix?: string }) {
  if (!level) return <NotRecorded>Not assessed</NotRecorded>;
  const tone = level === "HIGH" ? "red" : level === "MEDIUM" ? "amber" : "slate";
  return (
    <Badge tone={tone}>
      {RISK_LEVEL.label[level]}
      {suffix}
    </Badge>
  );
}

export function EditLink({ href, name }: { href: string; name: string }) {
  return (
    <Link href={href} className="btn-secondary">
      Edit<span className="sr-only"> {name}</span>
    </Link>
  );
}
