"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import type { AuditRow } from "@/lib/dal/audit-trail";
import { formatDateTime } from "@/lib/format";

const columns: ColumnDef<AuditRow, unknown>[] = [
  { accessorKey: "at", header: "When", meta: { className: "whitespace-nowrap" }, cell: ({ row }) => <time dateTime={new Date(row.original.at).toISOString()}>{formatDateTime(row.original.at)}</time> },
  { id: "actor", header: "Who", cell: ({ row }) => (row.original.actorName ? <span title={row.original.actorEmail ?? undefined}>{row.original.actorName}</span> : <span className="text-slate-600">—</span>) },
  { accessorKey: "action", header: "Action", cell: ({ row }) => <code className="text-xs">{row.original.action}</code> },
  {
    id: "entity",
    header: "Record",
    cell: ({ row }) =>
      row.original.entityId ? (
        <Link href={`/audit?entityType=${encodeURIComponent(row.original.entityType)}&entityId=${encodeURIComponent(row.original.entityId)}`}>
          {row.original.entityType}
        </Link>
      ) : (
        row.original.entityType
      ),
  },
  { accessorKey: "summary", header: "Summary", meta: { className: "min-w-64" } },
];

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Audit events, newest first" emptyMessage="No audit events match these filters." />;
}
