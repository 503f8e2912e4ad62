import Link from "next/link";
import { FilterForm, FilterSelect, FilterText, Flash } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { ROLES, ROLE_LABELS } from "@/lib/auth/policy";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listUsers, USER_SORTS, userFormOptions } from "@/lib/dal/users";
import type { Role } from "@/lib/generated/prisma/enums";
import { UsersTable } from "./users-table";

export const metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("users:manage");
  const params = await searchParams;
  const list = parseListParams(params, USER_SORTS, { sort: "name", dir: "asc" });
  const role = ROLES.find((r) => r === first(params.role)) as Role | undefined;
  const status = first(params.status);
  const filters = { q: first(params.q)?.trim() || undefined, role, agencyId: first(params.agencyId) || undefined, active: status === "active" ? true : status === "disabled" ? false : undefined };
  const validAgency = filters.agencyId && /^[0-9a-f-]{36}$/i.test(filters.agencyId) ? filters.agencyId : undefined;
  const [page, options] = await Promise.all([listUsers(actor, list, { ...filters, agencyId: validAgency }), userFormOptions(actor)]);
  return (
    <>
      <PageHeader title="Users" description="Everyone who can sign in to Locus, their agency and role." actions={<Link href="/admin/users/new" className="btn-primary">New user</Link>} />
      {params.saved ? <Flash>User saved.</Flash> : null}
      <FilterForm basePath="/admin/users">
        <FilterText name="q" label="Name or email" defaultValue={filters.q} />
        <FilterSelect name="role" label="Role" defaultValue={role} options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        <FilterSelect name="agencyId" label="Agency" defaultValue={validAgency} options={options.agencies.map((a) => ({ value: a.id, label: a.name }))} />
        <FilterSelect name="status" label="Status" defaultValue={status} options={[{ value: "active", label: "Active" }, { value: "disabled", label: "Disabled" }]} />
      </FilterForm>
      <UsersTable rows={page.rows} />
      <Pagination basePath="/admin/users" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
