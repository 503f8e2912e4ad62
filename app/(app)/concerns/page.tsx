import { FilterForm, FilterSelect } from "@/components/table/filter-form";
import { NeighbourhoodFilter } from "@/components/table/neighbourhood-filter";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { listTriage, TRIAGE_SORTS, type TriageFilters } from "@/lib/dal/concerns";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { triageOptions } from "@/lib/dal/triage-options";
import { CATEGORY_LABEL, CONCERN_CATEGORIES } from "@/lib/domain/concerns";
import { TriageTable } from "./triage-table";

export const metadata = { title: "Triage" };

/** The status filter as it appears in the URL, and what the data layer is asked for. */
const STATUS_FILTER = {
  open: { label: "Open (new and in assessment)", value: "OPEN" },
  new: { label: "New", value: "NEW" },
  "in-assessment": { label: "In assessment", value: "IN_ASSESSMENT" },
  assessed: { label: "Assessed", value: "OUTCOME" },
} as const satisfies Record<string, { label: string; value: NonNullable<TriageFilters["status"]> }>;
type StatusKey = keyof typeof STATUS_FILTER;
const STATUS_KEYS = Object.keys(STATUS_FILTER) as StatusKey[];

export default async function TriagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // No loading.tsx here: the permission check must run before anything streams so that
  // forbidden() can still answer 403.
  const actor = await requirePermission("concerns:assess");
  const params = await searchParams;
  const list = parseListParams(params, TRIAGE_SORTS, { sort: "createdAt", dir: "asc" });
  const options = await triageOptions(actor, { areaCommand: first(params.areaCommand), neighbourhoodId: first(params.neighbourhood) });

  const neighbourhoodId = options.neighbourhoods.selected[0]?.id;
  const categoryParam = first(params.category);
  const category = CONCERN_CATEGORIES.find((c) => c === categoryParam);
  const immediateRisk = first(params.risk) === "1";
  const statusParam = first(params.status);
  const status: StatusKey = STATUS_KEYS.find((k) => k === statusParam) ?? "open";

  const page = await listTriage(actor, list, { neighbourhoodId, areaCommand: options.neighbourhoods.areaCommand, category, immediateRisk: immediateRisk || undefined, status: STATUS_FILTER[status].value });
  return (
    <>
      <PageHeader title="Triage" description="Concerns logged by officers and partners, oldest first. Grade each one (3x5x2), link it to what we already know and decide what happens next." />
      <FilterForm basePath="/concerns" label="Filter concerns">
        <NeighbourhoodFilter name="neighbourhood" choices={options.neighbourhoods} selectedId={neighbourhoodId} areaCommandFilters />
        <FilterSelect name="category" label="Category" defaultValue={category} options={CONCERN_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] ?? c }))} />
        <div>
          <label htmlFor="filter-status" className="block text-sm font-semibold">
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={status} className="input mt-1">
            {STATUS_KEYS.map((k) => (
              <option key={k} value={k}>
                {STATUS_FILTER[k].label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-h-11 items-center gap-3 lg:self-end">
          <input id="filter-risk" name="risk" type="checkbox" value="1" defaultChecked={immediateRisk} className="size-5 accent-brand-700" />
          <label htmlFor="filter-risk" className="text-sm font-semibold">
            Immediate risk only
          </label>
        </div>
      </FilterForm>
      <TriageTable rows={page.rows} />
      <Pagination basePath="/concerns" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
