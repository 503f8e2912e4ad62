"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import type { PersonRow } from "@/lib/dal/people";
import { AGE_GROUP, VULNERABILITIES } from "@/lib/domain/case-record";
import { formatDate } from "@/lib/format";
import { BadgeList, NotRecorded, RiskBadge } from "../../nominals/_components/record-view";

const columns: ColumnDef<PersonRow, unknown>[] = [
  {
    accessorKey: "name",
    header: "Name",
    meta: { sortKey: "name", className: "min-w-36" },
    cell: ({ row }) => (
      <Link href={`/people/${row.original.id}`} className="font-semibold">
        {row.original.name}
      </Link>
    ),
  },
  {
    id: "age",
    header: "Child or adult",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => (
      <>
        {AGE_GROUP.label[row.original.ageGroup]}
        {row.original.ageYears !== null ? `, ${row.original.ageYears}` : null}
      </>
    ),
  },
  { accessorKey: "riskLevel", header: "Risk level", meta: { sortKey: "riskLevel" }, cell: ({ row }) => <RiskBadge level={row.original.riskLevel} /> },
  { id: "vulnerabilities", header: "Vulnerabilities", meta: { className: "min-w-40" }, cell: ({ row }) => <BadgeList values={row.original.vulnerabilities} labels={VULNERABILITIES.label} /> },
  { accessorKey: "leadAgency", header: "Lead agency", meta: { className: "min-w-32" }, cell: ({ row }) => row.original.leadAgency ?? <NotRecorded>None</NotRecorded> },
  { accessorKey: "updatedAt", header: "Updated", meta: { sortKey: "updatedAt", className: "whitespace-nowrap" }, cell: ({ row }) => formatDate(row.original.updatedAt) },
];

export function PeopleTable({ rows }: { rows: PersonRow[] }) {
  return <DataTable columns={columns} data={rows} caption="People at risk" emptyMessage="No people at risk match these filters." />;
}
