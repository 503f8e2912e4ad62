import Link from "next/link";
import { forbidden } from "next/navigation";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { NeighbourhoodFilter } from "@/components/table/neighbourhood-filter";
import { ExportLink, Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { CRIME_TYPES, GROUP_STATUS } from "@/lib/domain/case-record";
import { BANDS } from "@/lib/domain/scoring";
import { GROUP_SORTS, listGroups } from "@/lib/dal/groups";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { neighbourhoodChoices } from "@/lib/dal/neighbourhoods";
import { GroupsTable } from "./groups-table";

export const metadata = { title: "Organised crime groups" };

export default async function GroupsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "records:read") && !can(actor, "shared:read")) forbidden();
  const police = can(actor, "records:read");
  const params = await searchParams;
  const q = first(params.q)?.trim() || undefined;
  const list = parseListParams(params, GROUP_SORTS, { sort: q ? "relevance" : "score", dir: q ? "desc" : "desc" });
  const status = GROUP_STATUS.values.find((s) => s === first(params.status));
  const band = BANDS.find((b) => b === first(params.band));
  const crimeType = CRIME_TYPES.values.find((c) => c === first(params.crimeType));
  // A national list asks for an area command first: it filters the groups on its own (any of their
  // neighbourhoods in it) and narrows the neighbourhood select; a neighbourhood narrows further.
  const neighbourhoods = await neighbourhoodChoices(actor, { areaCommand: first(params.areaCommand), selectedIds: [first(params.neighbourhoodId) ?? ""] });
  const neighbourhoodId = neighbourhoods.selected[0]?.id;
  const result = await listGroups(actor, list, { q, status, band, crimeType, neighbourhoodId, areaCommand: neighbourhoods.areaCommand });
  return (
    <>
      <PageHeader
        title="Organised crime groups"
        description={police ? "Group profiles, priority bands and scores. Sorted by score unless you choose otherwise." : "Groups shared with your agency: the partner-safe summary only."}
        actions={
          <>
            {can(actor, "records:export") ? <ExportLink kind="groups" params={{ ...params, neighbourhoodId, areaCommand: neighbourhoods.areaCommand }} /> : null}
            {can(actor, "records:write") ? <Link href="/groups/new" className="btn-primary">New group</Link> : null}
          </>
        }
      />
      <FilterForm basePath="/groups" label="Filter groups">
        <FilterText name="q" label="Name, alias or reference" defaultValue={q} />
        <FilterSelect name="status" label="Status" defaultValue={status} options={GROUP_STATUS.values.map((v) => ({ value: v, label: GROUP_STATUS.label[v] }))} />
        {police ? <FilterSelect name="band" label="Band" defaultValue={band} options={BANDS.map((b) => ({ value: b, label: b }))} /> : null}
        <NeighbourhoodFilter name="neighbourhoodId" choices={neighbourhoods} selectedId={neighbourhoodId} areaCommandFilters />
        <FilterSelect name="crimeType" label="Crime type" defaultValue={crimeType} options={CRIME_TYPES.values.map((v) => ({ value: v, label: CRIME_TYPES.label[v] }))} />
      </FilterForm>
      {result.audience === "police" ? <GroupsTable audience="police" rows={result.page.rows} /> : <GroupsTable audience="partner" rows={result.page.rows} />}
      <Pagination basePath="/groups" params={params} page={result.page.page} pageSize={result.page.pageSize} total={result.page.total} />
    </>
  );
}
