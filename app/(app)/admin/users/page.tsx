import Link from "next/link";
import { AgencyFilter } from "@/components/table/agency-filter";
import { FilterForm, FilterSelect, FilterText, Flash } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { ROLES, ROLE_LABELS } from "@/lib/auth/policy";
import { agencyChoices } from "@/lib/dal/agencies";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listUsers, USER_SORTS } from "@/lib/dal/users";
import type { Role } from "@/lib/generated/prisma/enums";
import { UsersTable } from "./users-table";

export const metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("users:manage");
  const params = await searchParams;
  const list = parseListParams(params, USER_SORTS, { sort: "name", dir: "asc" });
  const role = ROLES.find((r) => r === first(params.role)) as Role | undefined;
  const status = first(params.status);
  // Agencies to filter on: by type, then the type's agencies (all of them while few); the type filters on its own.
  const agencies = await agencyChoices({ type: first(params.agencyType), query: first(params.agencyQuery), selectedIds: [first(params.agencyId)] });
  const agencyId = agencies.selected[0]?.id;
  const filters = { q: first(params.q)?.trim() || undefined, role, agencyId, agencyType: agencies.type, active: status === "active" ? true : status === "disabled" ? false : undefined };
  const page = await listUsers(actor, list, filters);
  return (
    <>
      <PageHeader title="Users" description="Everyone who can sign in to Locus, their agency and role." actions={<Link href="/admin/users/new" className="btn-primary">New user</Link>} />
      {params.saved ? <Flash>User saved.</Flash> : null}
      <FilterForm basePath="/admin/users">
        <FilterText name="q" label="Name or email" defaultValue={filters.q} />
        <FilterSelect name="role" label="Role" defaultValue={role} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        <AgencyFilter name="agencyId" label="Agency" choices={agencies} selectedId={agencyId} />
        <FilterSelect name="status" label="Status" defaultValue={status} options={[{ value: "active", label: "Active" }, { value: "disabled", label: "Disabled" }]} />
      </FilterForm>
      <UsersTable rows={page.rows} />
      <Pagination basePath="/admin/users" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
