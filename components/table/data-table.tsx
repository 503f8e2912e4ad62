"use client";
// TanStack Table in "manual" mode: the database pages, sorts and filters; the table renders what
// it is given and turns header clicks into URL changes (shareable, and the back button works).
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData } from "@tanstack/react-table";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** The sort key the server accepts for this column; absent means not sortable. */
    sortKey?: string;
    className?: string;
  }
}

export function DataTable<T>({ columns, data, caption, emptyMessage = "Nothing matches these filters." }: { columns: ColumnDef<T, unknown>[]; data: T[]; caption: string; emptyMessage?: string }) {
  const pathname = usePathname();
  const params = useSearchParams();
  const sort = params.get("sort");
  const dir = params.get("dir") === "asc" ? "asc" : "desc";

  // The React Compiler is not enabled; the table is rebuilt each render from server data anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), manualPagination: true, manualSorting: true, manualFiltering: true });

  function sortHref(key: string) {
    const next = new URLSearchParams(params);
    const nextDir = sort === key && dir === "asc" ? "desc" : "asc";
    next.set("sort", key);
    next.set("dir", nextDir);
    next.delete("page");
    return `${pathname}?${next.toString()}`;
  }

  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const key = header.column.columnDef.meta?.sortKey;
                const active = key && sort === key;
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined} className={`px-3 py-3 text-left font-semibold whitespace-nowrap text-slate-900 ${header.column.columnDef.meta?.className ?? ""}`}>
                    {key ? (
                      <Link href={sortHref(key)} className="inline-flex items-center gap-1 text-slate-900 no-underline hover:underline">
                        {label}
                        <span aria-hidden="true" className="text-xs text-slate-600">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-slate-600">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="hover:bg-slate-50">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`px-3 py-2 align-top ${cell.column.columnDef.meta?.className ?? ""}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
