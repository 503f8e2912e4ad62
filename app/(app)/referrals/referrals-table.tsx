"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import { Badge } from "@/components/ui/page-header";
import type { ReferralRow } from "@/lib/dal/referrals";
import { REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { formatDate } from "@/lib/format";

const COLUMNS: ColumnDef<ReferralRow, unknown>[] = [
  { accessorKey: "referredOn", header: "Referred on", meta: { sortKey: "referredOn", className: "whitespace-nowrap" }, cell: ({ row }) => formatDate(row.original.referredOn) },
  {
    accessorKey: "type",
    header: "Referral",
    meta: { sortKey: "type", className: "min-w-48" },
    cell: ({ row }) => (
      <Link href={`/referrals/${row.original.id}`} className="inline-flex min-h-11 items-center font-semibold wrap-break-word">
        {REFERRAL_TYPE.label[row.original.type]}
      </Link>
    ),
  },
  {
    id: "person",
    header: "Person",
    meta: { className: "min-w-36" },
    cell: ({ row }) => row.original.person?.name ?? <span className="text-slate-600">Not shared with your agency</span>,
  },
  { id: "receivingAgency", header: "Receiving agency", meta: { className: "min-w-36" }, cell: ({ row }) => row.original.receivingAgency.name },
  {
    accessorKey: "status",
    header: "Status",
    meta: { sortKey: "status", className: "whitespace-nowrap" },
    cell: ({ row }) => (
      <span className="flex flex-col items-start gap-1">
        <Badge tone={row.original.status === "ACCEPTED" ? "green" : row.original.status === "DECLINED" ? "red" : row.original.status === "SENT" ? "blue" : "slate"}>{REFERRAL_STATUS.label[row.original.status]}</Badge>
        {row.original.late ? <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">Decision late</span> : null}
      </span>
    ),
  },
];

export function ReferralsTable({ rows, caption, emptyMessage }: { rows: ReferralRow[]; caption: string; emptyMessage: string }) {
  return <DataTable columns={COLUMNS} data={rows} caption={caption} emptyMessage={emptyMessage} />;
}
