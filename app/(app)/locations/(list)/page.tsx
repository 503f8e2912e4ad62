import Link from "next/link";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { ExportLink, Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { groupFormOptions } from "@/lib/dal/groups";
import { isUuid } from "@/lib/dal/ids";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listLocations, LOCATION_SORTS } from "@/lib/dal/locations";
import { neighbourhoodNames } from "@/lib/dal/neighbourhoods";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";
import { KeepParams, pick, SearchOrderNote } from "../../nominals/_components/list-tools";
import { LocationsTable } from "./locations-table";

export const metadata = { title: "Locations" };

/**
 * Neighbourhoods to filter on: every active one for those who edit records; otherwise the
 * officer's own patch (there is no neighbourhood list for read-only roles in the data layer).
 */
async function neighbourhoodOptions(actor: Actor) {
  if (can(actor, "records:write")) return (await groupFormOptions(actor)).neighbourhoods.map((n) => ({ value: n.id, label: `${n.name} (${n.code})` }));
  const named = await Promise.all(actor.neighbourhoodIds.map(async (id) => ({ value: id, label: (await neighbourhoodNames([id]))[0] })));
  return named.filter((n): n is { value: string; label: string } => !!n.label).sort((a, b) => a.label.localeCompare(b.label, "en-GB"));
}

export default async function LocationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:read");
  const params = await searchParams;
  const q = first(params.q)?.trim() || undefined;
  const list = parseListParams(params, LOCATION_SORTS, { sort: q ? "relevance" : "address", dir: "asc" });
  const type = pick(LOCATION_TYPE.values, params.type);
  const flag = pick(LOCATION_FLAGS.values, params.flag);
  const neighbourhoodParam = first(params.neighbourhoodId);
  const neighbourhoodId = isUuid(neighbourhoodParam) ? neighbourhoodParam : undefined;
  const [page, neighbourhoods] = await Promise.all([listLocations(actor, list, { q, type, flag, neighbourhoodId }), neighbourhoodOptions(actor)]);
  if (neighbourhoodId && !neighbourhoods.some((n) => n.value === neighbourhoodId)) neighbourhoods.push({ value: neighbourhoodId, label: page.rows[0]?.neighbourhood ?? "The chosen neighbourhood" });
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
        {neighbourhoods.length ? <FilterSelect name="neighbourhoodId" label="Neighbourhood" defaultValue={neighbourhoodId} options={neighbourhoods} /> : null}
        <KeepParams params={params} names={["sort", "dir", "pageSize"]} />
      </FilterForm>
      <SearchOrderNote basePath="/locations" params={params} q={q} sort={list.sort} />
      <LocationsTable rows={page.rows} />
      <Pagination basePath="/locations" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
