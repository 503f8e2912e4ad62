import Link from "next/link";
import { FilterForm, FilterSelect, FilterText, Flash } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { AGENCY_TYPES, AGENCY_TYPE_LABELS } from "@/lib/auth/policy";
import { AGENCY_SORTS, listAgencies } from "@/lib/dal/agencies";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { AgenciesTable } from "./agencies-table";

export const metadata = { title: "Agencies" };

export default async function AgenciesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("agencies:manage");
  const params = await searchParams;
  const list = parseListParams(params, AGENCY_SORTS, { sort: "name", dir: "asc" });
  const type = AGENCY_TYPES.find((t) => t === first(params.type));
  const status = first(params.status);
  const q = first(params.q)?.trim() || undefined;
  const page = await listAgencies(actor, list, { q, type, active: status === "active" ? true : status === "disabled" ? false : undefined });
  return (
    <>
      <PageHeader title="Agencies" description="The police force and the partner agencies that share Locus." actions={<Link href="/admin/agencies/new" className="btn-primary">New agency</Link>} />
      {params.saved ? <Flash>Agency saved.</Flash> : null}
      <FilterForm basePath="/admin/agencies">
        <FilterText name="q" label="Name" defaultValue={q} />
        <FilterSelect name="type" label="Type" defaultValue={type} options={AGENCY_TYPES.map((t) => ({ value: t, label: AGENCY_TYPE_LABELS[t] }))} />
        <FilterSelect name="status" label="Status" defaultValue={status} options={[{ value: "active", label: "Active" }, { value: "disabled", label: "Disabled" }]} />
      </FilterForm>
      <AgenciesTable rows={page.rows} />
      <Pagination basePath="/admin/agencies" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
