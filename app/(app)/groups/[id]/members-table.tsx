import Link from "next/link";
import { Badge } from "@/components/ui/page-header";
import { MEMBER_STANDING, WARNING_MARKERS } from "@/lib/domain/case-record";
import type { MemberStanding } from "@/lib/generated/prisma/enums";
import type { MemberSort } from "@/lib/dal/groups";
import { formatDate } from "@/lib/format";
import { removeMemberAction } from "../actions";

export type MemberRow = { id: string; standing: MemberStanding; role: string | null; fromDate: Date | null; toDate: Date | null; nominal: { id: string; name: string; warningMarkers: string[] } };

export type MemberSorting = { sort: MemberSort; dir: "asc" | "desc"; href: (sort: MemberSort, dir: "asc" | "desc") => string };

/** A group's members (one page of them): used by the group's page and, sortable, its members page. */
export function MembersTable({ groupId, rows, canWrite, sorting }: { groupId: string; rows: MemberRow[]; canWrite: boolean; sorting?: MemberSorting }) {
  const th = (column: MemberSort, label: string) => {
    if (!sorting) return <th scope="col" className="px-3 py-2 text-left">{label}</th>;
    const active = sorting.sort === column;
    const next = active && sorting.dir === "asc" ? "desc" : "asc";
    return (
      <th scope="col" aria-sort={active ? (sorting.dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left">
        <Link href={sorting.href(column, next)} className="inline-flex items-center gap-1 text-slate-900 no-underline hover:underline">
          {label}
          <span aria-hidden="true" className="text-xs text-slate-600">{active ? (sorting.dir === "asc" ? "▲" : "▼") : "↕"}</span>
        </Link>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Members of the group</caption>
        <thead className="bg-slate-100">
          <tr>
            {th("name", "Nominal")}
            {th("standing", "Standing")}
            <th scope="col" className="px-3 py-2 text-left">Role</th>
            {th("fromDate", "Since")}
            {canWrite ? <th scope="col" className="px-3 py-2 text-left"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((m) => (
            <tr key={m.id}>
              <td className="px-3 py-2">
                <Link href={`/nominals/${m.nominal.id}`}>{m.nominal.name}</Link>
                {m.nominal.warningMarkers.length ? <span className="ml-2"><Badge tone="red">{m.nominal.warningMarkers.map((w) => WARNING_MARKERS.label[w as keyof typeof WARNING_MARKERS.label] ?? w).join(", ")}</Badge></span> : null}
              </td>
              <td className="px-3 py-2">{MEMBER_STANDING.label[m.standing]}</td>
              <td className="px-3 py-2">{m.role ?? "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDate(m.fromDate)}{m.toDate ? ` – ${formatDate(m.toDate)}` : ""}</td>
              {canWrite ? (
                <td className="px-3 py-2">
                  <form action={removeMemberAction.bind(null, groupId, m.id)}>
                    <button type="submit" className="text-red-700 underline">Remove<span className="sr-only"> {m.nominal.name}</span></button>
                  </form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
