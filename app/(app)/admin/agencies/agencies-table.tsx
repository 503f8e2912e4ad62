"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import { Badge } from "@/components/ui/page-header";
import { AGENCY_TYPE_LABELS } from "@/lib/auth/policy";
import type { AgencyRow } from "@/lib/dal/agencies";

const columns: ColumnDef<AgencyRow, unknown>[] = [
  { accessorKey: "name", header: "Name", meta: { sortKey: "name" }, cell: ({ row }) => <Link href={`/admin/agencies/${row.original.id}`}>{row.original.name}</Link> },
  { accessorKey: "type", header: "Type", meta: { sortKey: "type" }, cell: ({ row }) => AGENCY_TYPE_LABELS[row.original.type] },
  { accessorKey: "userCount", header: "Users" },
  { id: "status", header: "Status", cell: ({ row }) => (row.original.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Disabled</Badge>) },
];

export function AgenciesTable({ rows }: { rows: AgencyRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Agencies" />;
}
