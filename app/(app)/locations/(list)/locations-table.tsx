"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/table/data-table";
import type { LocationRow } from "@/lib/dal/locations";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";
import { formatDate } from "@/lib/format";
import { BadgeList, NotRecorded } from "../../nominals/_components/record-view";

const columns: ColumnDef<LocationRow, unknown>[] = [
  {
    accessorKey: "address",
    header: "Address",
    meta: { sortKey: "address", className: "min-w-48" },
    cell: ({ row }) => (
      <>
        <Link href={`/locations/${row.original.id}`} className="font-semibold">
          {row.original.address}
        </Link>
        {row.original.postcode ? <span className="block text-xs whitespace-nowrap text-slate-700">{row.original.postcode}</span> : null}
      </>
    ),
  },
  { accessorKey: "type", header: "Type", meta: { sortKey: "type", className: "whitespace-nowrap" }, cell: ({ row }) => LOCATION_TYPE.label[row.original.type] },
  { id: "flags", header: "Flags", meta: { className: "min-w-36" }, cell: ({ row }) => <BadgeList values={row.original.flags} labels={LOCATION_FLAGS.label} tone="amber" /> },
  { accessorKey: "neighbourhood", header: "Neighbourhood", cell: ({ row }) => row.original.neighbourhood ?? <NotRecorded>None</NotRecorded> },
  { accessorKey: "updatedAt", header: "Updated", meta: { sortKey: "updatedAt", className: "whitespace-nowrap" }, cell: ({ row }) => formatDate(row.original.updatedAt) },
];

export function LocationsTable({ rows }: { rows: LocationRow[] }) {
  return <DataTable columns={columns} data={rows} caption="Locations" emptyMessage="No locations match these filters." />;
}
