import Link from "next/link";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { ExportLink, Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { getGroup } from "@/lib/dal/groups";
import { isUuid } from "@/lib/dal/ids";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listNominals, NOMINAL_SORTS } from "@/lib/dal/nominals";
import { RISK_LEVEL, WARNING_MARKERS } from "@/lib/domain/case-record";
import { NotFoundError } from "@/lib/errors";
import { ageFrom, KeepParams, pick, SearchOrderNote } from "../_components/list-tools";
import { NominalsTable } from "./nominals-table";

export const metadata = { title: "Nominals" };

/** The group a `groupId` filter names (links from a group page), or null when it is not one. */
async function groupNamed(actor: Actor, groupId: string | undefined) {
  if (!groupId || !isUuid(groupId)) return null;
  try {
    const group = await getGroup(actor, groupId);
    return { id: group.id, label: `${group.reference} ${group.name}` };
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export default async function NominalsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:read");
  const params = await searchParams;
  const q = first(params.q)?.trim() || undefined;
  const list = parseListParams(params, NOMINAL_SORTS, { sort: q ? "relevance" : "name", dir: "asc" });
  const risk = pick(RISK_LEVEL.values, params.risk);
  const marker = pick(WARNING_MARKERS.values, params.marker);
  const group = await groupNamed(actor, first(params.groupId));
  const page = await listNominals(actor, list, { q, risk, marker, groupId: group?.id });
  const rows = page.rows.map((r) => ({ ...r, age: ageFrom(r.dateOfBirth) }));
  const withoutGroup = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || key === "groupId" || key === "page") continue;
    for (const v of Array.isArray(value) ? value : [value]) withoutGroup.append(key, v);
  }
  return (
    <>
      <PageHeader
        title="Nominals"
        description="Persons of interest: police intelligence, never shared with partner agencies."
        actions={
          <>
            {can(actor, "records:export") ? <ExportLink kind="nominals" params={params} /> : null}
            {can(actor, "records:write") ? (
              <Link href="/nominals/new" className="btn-primary">
              New nominal
            </Link>
            ) : null}
          </>
        }
      />
      <FilterForm basePath="/nominals" label="Search and filter nominals">
        <FilterText name="q" label="Name or alias" defaultValue={q} />
        <FilterSelect name="risk" label="Risk" defaultValue={risk} options={RISK_LEVEL.values.map((v) => ({ value: v, label: RISK_LEVEL.label[v] }))} />
        <FilterSelect name="marker" label="Warning marker" defaultValue={marker} options={WARNING_MARKERS.values.map((v) => ({ value: v, label: WARNING_MARKERS.label[v] }))} />
        <KeepParams params={params} names={group ? ["groupId", "sort", "dir", "pageSize"] : ["sort", "dir", "pageSize"]} />
      </FilterForm>
      {group ? (
        <p className="mb-3 text-sm text-slate-700">
          Members of <Link href={`/groups/${group.id}`}>{group.label}</Link> only.{" "}
          <Link href={withoutGroup.toString() ? `/nominals?${withoutGroup.toString()}` : "/nominals"}>Show all nominals</Link>
        </p>
      ) : null}
      <SearchOrderNote basePath="/nominals" params={params} q={q} sort={list.sort} />
      <NominalsTable rows={rows} />
      <Pagination basePath="/nominals" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
