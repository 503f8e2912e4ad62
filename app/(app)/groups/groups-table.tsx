"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import { Badge } from "@/components/ui/page-header";
import { CRIME_TYPES, GROUP_STATUS } from "@/lib/domain/case-record";
import type { GroupPartnerRow, GroupPoliceRow } from "@/lib/dal/groups";
import { formatDate } from "@/lib/format";

const statusTone = { ACTIVE: "red", EMERGING: "amber", DORMANT: "slate", ARCHIVED: "slate" } as const;

const common: ColumnDef<GroupPartnerRow, unknown>[] = [
  { accessorKey: "reference", header: "Reference", meta: { sortKey: "reference", className: "whitespace-nowrap" } },
  { accessorKey: "name", header: "Name", meta: { sortKey: "name" }, cell: ({ row }) => <Link href={`/groups/${row.original.id}`}>{row.original.name}</Link> },
  { accessorKey: "status", header: "Status", cell: ({ row }) => <Badge tone={statusTone[row.original.status]}>{GROUP_STATUS.label[row.original.status]}</Badge> },
  { id: "crimeTypes", header: "Crime types", cell: ({ row }) => row.original.crimeTypes.map((c) => CRIME_TYPES.label[c as keyof typeof CRIME_TYPES.label] ?? c).join(", ") },
  { id: "neighbourhoods", header: "Neighbourhoods", cell: ({ row }) => row.original.neighbourhoods.join(", ") },
];

const police: ColumnDef<GroupPoliceRow, unknown>[] = [
  ...(common as ColumnDef<GroupPoliceRow, unknown>[]),
  { accessorKey: "band", header: "Band", cell: ({ row }) => (row.original.band ? <Badge tone="blue">{row.original.band}</Badge> : "—") },
  { accessorKey: "score", header: "Score", meta: { sortKey: "score" }, cell: ({ row }) => row.original.score ?? "not scored" },
  { accessorKey: "memberCount", header: "Members" },
  { accessorKey: "updatedAt", header: "Updated", meta: { sortKey: "updatedAt", className: "whitespace-nowrap" }, cell: ({ row }) => formatDate(row.original.updatedAt) },
];

export function GroupsTable(props: { audience: "police"; rows: GroupPoliceRow[] } | { audience: "partner"; rows: GroupPartnerRow[] }) {
  return props.audience === "police" ? <DataTable columns={police} data={props.rows} caption="Organised crime groups" /> : <DataTable columns={common} data={props.rows} caption="Organised crime groups shared with your agency" />;
}
