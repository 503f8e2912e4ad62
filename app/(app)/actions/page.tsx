import Link from "next/link";
import { FilterForm, FilterSelect } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { ACTION_SORTS, filterAgency, listActions, myActions, type ActionFilters } from "@/lib/dal/actions";
import { isUuid } from "@/lib/dal/ids";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { ACTION_STATUS } from "@/lib/domain/actions";
import { ActionsTable } from "./actions-table";

export const metadata = { title: "My actions" };

// The views, as tabs whose state lives in the URL (?view=…). "Mine and my agency's" is the default.
const VIEWS = [
  { key: "", label: "Mine and my agency's", description: "Open actions assigned to you or owned by your agency, earliest due first, so anything overdue is at the top." },
  { key: "assigned", label: "Assigned to me", description: "Actions assigned to you by name." },
  { key: "agency", label: "My agency's", description: "Actions your agency owns, whoever they are assigned to." },
  { key: "overdue", label: "Overdue", description: "Open actions of your agency's (or assigned to you) whose due date has passed." },
  { key: "all", label: "All I can see", description: "Every action you may see, on every plan." },
] as const;
type ViewKey = (typeof VIEWS)[number]["key"];

const ALL_STATUSES = "ALL";
/**
 * The "all" view also takes `owningAgencyId` (one agency's actions) and `overdue=true`: the
 * supervisor's "overdue actions by agency" chart links each bar to `?view=all&owningAgencyId=…&overdue=true`.
 */
const OVERDUE = "true";

function hrefFor(view: ViewKey) {
  return view ? `/actions?view=${view}` : "/actions";
}

export default async function ActionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const view = VIEWS.find((v) => v.key === first(params.view)) ?? VIEWS[0];
  const list = parseListParams(params, ACTION_SORTS, { sort: "dueDate", dir: "asc" });

  // Status filter (not in the default view, which is open actions in a fixed order): none given
  // means still open; "ALL" means any status.
  const statusParam = first(params.status);
  const status = ACTION_STATUS.values.find((s) => s === statusParam);
  const statusFilter: ActionFilters["status"] = statusParam === ALL_STATUSES ? undefined : (status ?? "OPEN_ANY");
  // On "All I can see": one owning agency (any agency; still only the actions the actor may see), and overdue only.
  const owningAgency = view.key === "all" ? await filterAgency(first(params.owningAgencyId)) : null;
  const overdueOnly = view.key === "all" && first(params.overdue) === OVERDUE;
  // …and one group's plan (the group page links here when its board shows only the first actions of a strand).
  const groupParam = first(params.groupId);
  const groupId = view.key === "all" && groupParam && isUuid(groupParam) ? groupParam : undefined;
  const filters: ActionFilters | null =
    view.key === "assigned" ? { mine: true, status: statusFilter }
    : view.key === "agency" ? { myAgency: true, status: statusFilter }
    : view.key === "overdue" ? { myAgency: true, overdue: true, status: statusFilter }
    : view.key === "all" ? { status: statusFilter, ...(owningAgency ? { owningAgencyId: owningAgency.id } : {}), ...(overdueOnly ? { overdue: true } : {}), ...(groupId ? { groupId } : {}) }
    : null;
  const page = filters ? await listActions(actor, list, filters) : await myActions(actor, list);
  const linkPlans = can(actor, "records:read") || can(actor, "shared:read");

  return (
    <>
      <PageHeader title="My actions" description="Actions from groups' 4P plans and people's safeguarding plans, for you and your agency." />

      <nav aria-label="Action views" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {VIEWS.map((v) => {
            const current = v.key === view.key;
            return (
              <li key={v.key || "default"}>
                <Link
                  href={hrefFor(v.key)}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-semibold no-underline ${current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:bg-slate-100"}`}
                >
                  {v.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="mb-4 text-sm text-slate-700">{view.description}</p>

      {filters ? (
        <FilterForm basePath={hrefFor(view.key)} label="Filter actions">
          {view.key ? <input type="hidden" name="view" value={view.key} /> : null}
          {owningAgency ? <input type="hidden" name="owningAgencyId" value={owningAgency.id} /> : null}
          {groupId ? <input type="hidden" name="groupId" value={groupId} /> : null}
          <FilterSelect
            name="status"
            label="Status"
            defaultValue={statusParam === ALL_STATUSES ? ALL_STATUSES : status}
            anyLabel="Still open (open, in progress or blocked)"
            options={[{ value: ALL_STATUSES, label: "Any status" }, ...ACTION_STATUS.values.map((v) => ({ value: v, label: ACTION_STATUS.label[v] }))]}
          />
          {view.key === "all" ? (
            <FilterSelect name="overdue" label="Due" defaultValue={overdueOnly ? OVERDUE : undefined} anyLabel="Any due date" options={[{ value: OVERDUE, label: "Overdue only" }]} />
          ) : null}
        </FilterForm>
      ) : null}
      {owningAgency ? (
        <p className="mb-4 text-sm text-slate-700">
          Owned by <strong>{owningAgency.name}</strong>
          {overdueOnly ? ", overdue" : ""}. <Link href={hrefFor(view.key)}>Show every agency&apos;s actions</Link>
        </p>
      ) : null}

      <ActionsTable
        rows={page.rows}
        caption={`Actions: ${view.label}`}
        sortable={!!filters}
        linkPlans={linkPlans}
        emptyMessage={filters ? "No actions match these filters." : "No open actions for you or your agency."}
      />
      <Pagination basePath="/actions" params={params} page={page.page} pageSize={page.pageSize} total={page.total} totalIsLowerBound={page.totalIsLowerBound} rowCount={page.rows.length} />
    </>
  );
}
