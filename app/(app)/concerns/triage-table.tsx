"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import { Badge } from "@/components/ui/page-header";
import type { TriageRow } from "@/lib/dal/concerns";
import { CATEGORY_LABEL, CONCERN_STATUS } from "@/lib/domain/concerns";
import { formatDateTime } from "@/lib/format";

const STATUS_TONE = { NEW: "blue", IN_ASSESSMENT: "amber", OUTCOME: "green" } as const;

const columns: ColumnDef<TriageRow, unknown>[] = [
  {
    accessorKey: "createdAt",
    header: "Logged",
    meta: { sortKey: "createdAt", className: "whitespace-nowrap" },
    cell: ({ row }) => (
      <>
        {formatDateTime(row.original.createdAt)}
        <span className="block text-xs text-slate-600">Happened {formatDateTime(row.original.occurredAt)}</span>
      </>
    ),
  },
  { accessorKey: "category", header: "Category", meta: { className: "min-w-40" }, cell: ({ row }) => CATEGORY_LABEL[row.original.category] ?? row.original.category },
  {
    id: "risk",
    header: "Risk",
    meta: { className: "whitespace-nowrap" },
    cell: ({ row }) => (row.original.immediateRisk ? <Badge tone="red">Immediate risk</Badge> : <span className="sr-only">No immediate risk</span>),
  },
  { accessorKey: "neighbourhood", header: "Neighbourhood", cell: ({ row }) => row.original.neighbourhood ?? <span className="text-slate-600">Not given</span> },
  { accessorKey: "reportedBy", header: "Reported by" },
  { accessorKey: "status", header: "Status", meta: { className: "whitespace-nowrap" }, cell: ({ row }) => <Badge tone={STATUS_TONE[row.original.status]}>{CONCERN_STATUS.label[row.original.status]}</Badge> },
  {
    accessorKey: "excerpt",
    header: "What was reported",
    meta: { className: "min-w-64 max-w-md" },
    cell: ({ row }) => (
      <span className="line-clamp-3 break-words">
        {row.original.excerpt}
        {row.original.excerpt.length >= 160 ? "…" : ""}
      </span>
    ),
  },
  {
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => (
      <Link href={`/concerns/${row.original.id}/assess`} className="btn-secondary">
        Assess<span className="sr-only"> the {(CATEGORY_LABEL[row.original.category] ?? "concern").toLowerCase()} concern logged {formatDateTime(row.original.createdAt)}</span>
      </Link>
    ),
  },
];

export function TriageTable({ rows }: { rows: TriageRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Concerns for triage" emptyMessage="No concerns match these filters." />;
}
