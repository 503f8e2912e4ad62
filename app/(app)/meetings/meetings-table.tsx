"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import type { MeetingRow } from "@/lib/dal/meetings";
import { MEETING_TYPE } from "@/lib/domain/meetings";
import { formatDate, formatDateTime } from "@/lib/format";
import { MeetingStatusBadge } from "./_components/badges";

const columns: ColumnDef<MeetingRow, unknown>[] = [
  {
    accessorKey: "startsAt",
    header: "When",
    meta: { sortKey: "startsAt", className: "whitespace-nowrap" },
    cell: ({ row }) => formatDateTime(row.original.startsAt),
  },
  {
    accessorKey: "title",
    header: "Meeting",
    meta: { sortKey: "title", className: "min-w-48" },
    cell: ({ row }) => (
      <Link href={`/meetings/${row.original.id}`} className="inline-flex min-h-11 items-center font-semibold wrap-break-word">
        {row.original.title}
      </Link>
    ),
  },
  { accessorKey: "type", header: "Type", meta: { className: "whitespace-nowrap" }, cell: ({ row }) => MEETING_TYPE.label[row.original.type] },
  { accessorKey: "status", header: "Status", meta: { sortKey: "status" }, cell: ({ row }) => <MeetingStatusBadge status={row.original.status} /> },
  { accessorKey: "chair", header: "Chair", meta: { className: "min-w-32" } },
  { id: "neighbourhoods", header: "Neighbourhoods", meta: { className: "min-w-40" }, cell: ({ row }) => row.original.neighbourhoods.join(", ") || "—" },
  { accessorKey: "itemCount", header: "Items", cell: ({ row }) => row.original.itemCount },
  {
    accessorKey: "minutesPublishedAt",
    header: "Minutes",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => (row.original.minutesPublishedAt ? `Published ${formatDate(row.original.minutesPublishedAt)}` : <span className="text-slate-600">Not published</span>),
  },
];

export function MeetingsTable({ rows, caption, emptyMessage }: { rows: MeetingRow[]; caption: string; emptyMessage: string }) {
  return <DataTable columns={columns} data={rows} caption={caption} emptyMessage={emptyMessage} />;
}
