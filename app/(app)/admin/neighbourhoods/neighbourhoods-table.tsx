"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import { Badge } from "@/components/ui/page-header";
import type { NeighbourhoodRow } from "@/lib/dal/neighbourhoods";

const columns: ColumnDef<NeighbourhoodRow, unknown>[] = [
  { accessorKey: "name", header: "Name", meta: { sortKey: "name" }, cell: ({ row }) => <Link href={`/admin/neighbourhoods/${row.original.id}`}>{row.original.name}</Link> },
  { accessorKey: "code", header: "Code", meta: { sortKey: "code" } },
  { accessorKey: "areaCommand", header: "Area command", meta: { sortKey: "areaCommand" } },
  { accessorKey: "officerCount", header: "Users covering" },
  { id: "status", header: "Status", cell: ({ row }) => (row.original.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Disabled</Badge>) },
];

export function NeighbourhoodsTable({ rows }: { rows: NeighbourhoodRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Neighbourhoods" />;
}
