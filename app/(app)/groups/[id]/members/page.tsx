import { Pagination } from "@/components/table/pagination";
import { RecordSubpageHeader } from "@/components/records/record-subpage-header";
import { requirePermission } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { listGroupMembers, MEMBER_SORTS } from "@/lib/dal/groups";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { orNotFound } from "@/lib/http/not-found";
import { MembersTable } from "../members-table";

export const metadata = { title: "Group members" };

/** Every member of a group, a page at a time: the group's page shows only the first few. Police only. */
export default async function GroupMembersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:read");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const list = parseListParams({ ...query, pageSize: first(query.pageSize) ?? "50" }, MEMBER_SORTS, { sort: "standing", dir: "asc" });
  const { group, page } = await orNotFound(listGroupMembers(actor, id, list));
  const basePath = `/groups/${group.id}/members`;
  const href = (sort: string, dir: string) => {
    const next = new URLSearchParams({ sort, dir });
    if (first(query.pageSize)) next.set("pageSize", String(list.pageSize));
    return `${basePath}?${next.toString()}`;
  };
  return (
    <>
      <RecordSubpageHeader recordHref={`/groups/${group.id}`} recordName={`${group.reference} ${group.name}`} title={`Members of ${group.reference} ${group.name}`} description={`${page.total.toLocaleString("en-GB")} ${page.total === 1 ? "member" : "members"}. Add members on the group's page.`} />
      {page.rows.length ? (
        <MembersTable groupId={group.id} rows={page.rows} canWrite={can(actor, "records:write")} sorting={{ sort: list.sort, dir: list.dir, href }} />
      ) : (
        <p className="text-slate-700">No members recorded yet.</p>
      )}
      <Pagination basePath={basePath} params={query} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
