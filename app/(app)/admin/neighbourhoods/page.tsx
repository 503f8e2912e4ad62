import Link from "next/link";
import { FilterForm, FilterSelect, FilterText, Flash } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listNeighbourhoods, NEIGHBOURHOOD_SORTS } from "@/lib/dal/neighbourhoods";
import { NeighbourhoodsTable } from "./neighbourhoods-table";

export const metadata = { title: "Neighbourhoods" };

export default async function NeighbourhoodsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("neighbourhoods:manage");
  const params = await searchParams;
  const list = parseListParams(params, NEIGHBOURHOOD_SORTS, { sort: "name", dir: "asc" });
  const status = first(params.status);
  const q = first(params.q)?.trim() || undefined;
  const page = await listNeighbourhoods(actor, list, { q, active: status === "active" ? true : status === "disabled" ? false : undefined });
  return (
    <>
      <PageHeader title="Neighbourhoods" description="The areas officers cover, grouped by area command." actions={<Link href="/admin/neighbourhoods/new" className="btn-primary">New neighbourhood</Link>} />
      {params.saved ? <Flash>Neighbourhood saved.</Flash> : null}
      <FilterForm basePath="/admin/neighbourhoods">
        <FilterText name="q" label="Name, code or area command" defaultValue={q} />
        <FilterSelect name="status" label="Status" defaultValue={status} options={[{ value: "active", label: "Active" }, { value: "disabled", label: "Disabled" }]} />
      </FilterForm>
      <NeighbourhoodsTable rows={page.rows} />
      <Pagination basePath="/admin/neighbourhoods" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
