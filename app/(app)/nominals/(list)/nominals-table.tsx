"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import type { NominalRow } from "@/lib/dal/nominals";
import { WARNING_MARKERS } from "@/lib/domain/case-record";
import { formatDate } from "@/lib/format";
import { BadgeList, NotRecorded, RiskBadge } from "../_components/record-view";

export type NominalTableRow = NominalRow & { age: number | null };

const columns: ColumnDef<NominalTableRow, unknown>[] = [
  {
    accessorKey: "name",
    header: "Name",
    meta: { sortKey: "name", className: "min-w-40" },
    cell: ({ row }) => (
      <>
        <Link href={`/nominals/${row.original.id}`} className="font-semibold">
          {row.original.name}
        </Link>
        {row.original.aliases.length ? <p className="text-xs text-slate-700">Also known as {row.original.aliases.join(", ")}</p> : null}
      </>
    ),
  },
  {
    accessorKey: "dateOfBirth",
    header: "Date of birth",
    meta: { sortKey: "dateOfBirth", className: "whitespace-nowrap" },
    cell: ({ row }) =>
      row.original.dateOfBirth ? (
        <>
          {formatDate(row.original.dateOfBirth)}
          {row.original.age !== null ? <span className="block text-xs text-slate-700">Age {row.original.age}</span> : null}
        </>
      ) : (
        <NotRecorded>Not known</NotRecorded>
      ),
  },
  { accessorKey: "risk", header: "Risk", cell: ({ row }) => <RiskBadge level={row.original.risk} /> },
  { id: "warningMarkers", header: "Warning markers", meta: { className: "min-w-36" }, cell: ({ row }) => <BadgeList values={row.original.warningMarkers} labels={WARNING_MARKERS.label} tone="red" /> },
  {
    id: "groups",
    header: "Groups",
    meta: { className: "min-w-40" },
    cell: ({ row }) =>
      row.original.groups.length ? (
        <ul className="space-y-1">
          {row.original.groups.map((g) => (
            <li key={g.id}>
              <Link href={`/groups/${g.id}`}>
                {g.reference} {g.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <NotRecorded>None</NotRecorded>
      ),
  },
  { accessorKey: "updatedAt", header: "Updated", meta: { sortKey: "updatedAt", className: "whitespace-nowrap" }, cell: ({ row }) => formatDate(row.original.updatedAt) },
];

export function NominalsTable({ rows }: { rows: NominalTableRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Nominals" emptyMessage="No nominals match these filters." />;
}
