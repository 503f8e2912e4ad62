"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import type { ActionRow } from "@/lib/dal/actions";
import { PLAN_STRAND } from "@/lib/domain/actions";
import { formatDate } from "@/lib/format";
import { OverdueBadge, PriorityBadge, StatusBadge } from "./_components/plan";

function columnsFor(sortable: boolean, linkPlans: boolean): ColumnDef<ActionRow, unknown>[] {
  const sort = (key: string) => (sortable ? key : undefined);
  return [
    {
      accessorKey: "dueDate",
      header: "Due",
      meta: { sortKey: sort("dueDate"), className: "whitespace-nowrap" },
      cell: ({ row }) => (
        <span className="flex flex-col items-start gap-1">
          <span className={row.original.overdue ? "font-semibold text-red-800" : undefined}>{formatDate(row.original.dueDate)}</span>
          {row.original.overdue ? <OverdueBadge /> : null}
        </span>
      ),
    },
    {
      accessorKey: "title",
      header: "Action",
      meta: { className: "min-w-48" },
      cell: ({ row }) => (
        <Link href={`/actions/${row.original.id}`} className="inline-flex min-h-11 items-center font-semibold wrap-break-word">
          {row.original.title}
        </Link>
      ),
    },
    { accessorKey: "strand", header: "Strand", cell: ({ row }) => PLAN_STRAND.label[row.original.strand] },
    {
      id: "plan",
      header: "Plan",
      meta: { className: "min-w-40" },
      cell: ({ row }) => {
        const plan = row.original.plan;
        if (!plan) return <span className="text-slate-600">—</span>;
        const href = plan.kind === "GROUP" ? `/groups/${plan.id}#plan` : `/people/${plan.id}#plan`;
        return (
          <span className="wrap-break-word">
            <span className="sr-only">{plan.kind === "GROUP" ? "Group: " : "Person: "}</span>
            {linkPlans ? <Link href={href} className="inline-flex min-h-11 items-center">{plan.label}</Link> : plan.label}
          </span>
        );
      },
    },
    { accessorKey: "owningAgency", header: "Owning agency", meta: { className: "min-w-36" } },
    { accessorKey: "assignee", header: "Assignee", cell: ({ row }) => row.original.assignee ?? <span className="text-slate-600">Not assigned</span> },
    { accessorKey: "status", header: "Status", cell: ({ row }) => <StatusBadge status={row.original.status} /> },
    { accessorKey: "priority", header: "Priority", meta: { sortKey: sort("priority"), className: "whitespace-nowrap" }, cell: ({ row }) => <PriorityBadge priority={row.original.priority} /> },
  ];
}

/** `sortable`: header clicks sort (not in the fixed-order "My actions" view); `linkPlans`: the actor can open groups and people. */
export function ActionsTable({ rows, caption, sortable, linkPlans, emptyMessage }: { rows: ActionRow[]; caption: string; sortable: boolean; linkPlans: boolean; emptyMessage: string }) {
  return <DataTable columns={columnsFor(sortable, linkPlans)} data={rows} caption={caption} emptyMessage={emptyMessage} />;
}
