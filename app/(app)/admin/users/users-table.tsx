"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import { Badge } from "@/components/ui/page-header";
import { ROLE_LABELS } from "@/lib/auth/policy";
import type { UserRow } from "@/lib/dal/users";
import { formatDateTime } from "@/lib/format";

const columns: ColumnDef<UserRow, unknown>[] = [
  { accessorKey: "name", header: "Name", meta: { sortKey: "name" }, cell: ({ row }) => <Link href={`/admin/users/${row.original.id}`}>{row.original.name}</Link> },
  { accessorKey: "email", header: "Email", meta: { sortKey: "email", className: "break-all" } },
  { accessorKey: "role", header: "Role", meta: { sortKey: "role" }, cell: ({ row }) => ROLE_LABELS[row.original.role] },
  { accessorKey: "agencyName", header: "Agency" },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <span className="flex flex-wrap gap-1">
        {row.original.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Disabled</Badge>}
        {row.original.lockedUntil && new Date(row.original.lockedUntil) > new Date() ? <Badge tone="amber">Locked</Badge> : null}
      </span>
    ),
  },
  { accessorKey: "lastSignInAt", header: "Last sign-in", meta: { sortKey: "lastSignInAt", className: "whitespace-nowrap" }, cell: ({ row }) => formatDateTime(row.original.lastSignInAt) },
];

export function UsersTable({ rows }: { rows: UserRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Users" />;
}
