import Link from "next/link";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { NeighbourhoodFilter } from "@/components/table/neighbourhood-filter";
import { ExportLink, Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listLocations, LOCATION_SORTS } from "@/lib/dal/locations";
import { neighbourhoodChoices } from "@/lib/dal/neighbourhoods";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";
import { KeepParams, pick, SearchOrderNote } from "../../nominals/_components/list-tools";
import { LocationsTable } from "./locations-table";

export const metadata = { title: "Locations" };

export default async function LocationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:read");
  const params = await searchParams;
  const q = first(params.q)?.trim() || undefined;
  const list = parseListParams(params, LOCATION_SORTS, { sort: q ? "relevance" : "address", dir: "asc" });
  const type = pick(LOCATION_TYPE.values, params.type);
  const flag = pick(LOCATION_FLAGS.values, params.flag);
  // The area command only narrows the neighbourhood list: locations are filtered on the neighbourhood.
  const neighbourhoods = await neighbourhoodChoices(actor, { areaCommand: first(params.areaCommand), selectedIds: [first(params.neighbourhoodId) ?? ""] });
  const neighbourhoodId = neighbourhoods.selected[0]?.id;
  const page = await listLocations(actor, list, { q, type, flag, neighbourhoodId });
  return (
    <>
      <PageHeader
        title="Locations"
        description="Addresses and premises of interest: police intelligence, never shared with partner agencies."
        actions={
          <>
            {can(actor, "records:export") ? <ExportLink kind="locations" params={params} /> : null}
            {can(actor, "records:write") ? (
              <Link href="/locations/new" className="btn-primary">
                New location
              </Link>
            ) : null}
          </>
        }
      />
      <FilterForm basePath="/locations" label="Search and filter locations">
        <FilterText name="q" label="Address or postcode" defaultValue={q} />
        <FilterSelect name="type" label="Type" defaultValue={type} options={LOCATION_TYPE.values.map((v) => ({ value: v, label: LOCATION_TYPE.label[v] }))} />
        <FilterSelect name="flag" label="Flag" defaultValue={flag} options={LOCATION_FLAGS.values.map((v) => ({ value: v, label: LOCATION_FLAGS.label[v] }))} />
        <NeighbourhoodFilter name="neighbourhoodId" choices={neighbourhoods} selectedId={neighbourhoodId} />
        <KeepParams params={params} names={["sort", "dir", "pageSize"]} />
      </FilterForm>
      <SearchOrderNote basePath="/locations" params={params} q={q} sort={list.sort} />
      <LocationsTable rows={page.rows} />
      <Pagination basePath="/locations" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
