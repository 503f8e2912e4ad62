import { narrowParams } from "@/components/forms/narrow-params";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import type { SearchParams } from "@/lib/dal/list-params";
import { getUserForEdit, userFormOptions } from "@/lib/dal/users";
import { orNotFound } from "@/lib/http/not-found";
import { formatDateTime } from "@/lib/format";
import { updateUserAction } from "../actions";
import { UserForm } from "../user-form";

export const metadata = { title: "Edit user" };

/** As the new user page; the user's saved agency and neighbourhoods are always offered too. */
export default async function EditUserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("users:manage");
  const { id } = await params;
  const q = narrowParams(await searchParams);
  const user = await orNotFound(getUserForEdit(actor, id));
  const options = await userFormOptions(actor, {
    ...q.lists,
    agencyIds: [q.id("agencyId"), user.agencyId],
    neighbourhoodIds: [...q.ids("neighbourhoodIds"), ...user.neighbourhoodIds],
  });
  const locked = user.lockedUntil && user.lockedUntil > new Date();
  return (
    <>
      <PageHeader
        title={user.name}
        description={
          <>
            Last signed in {formatDateTime(user.lastSignInAt)}. {user.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Disabled</Badge>}{" "}
            {locked ? <Badge tone="amber">Locked until {formatDateTime(user.lockedUntil)}</Badge> : null}
          </>
        }
      />
      {locked ? <p className="mb-4 max-w-2xl text-sm text-slate-700">Setting a new password unlocks the account.</p> : null}
      <UserForm action={updateUserAction.bind(null, user.id)} options={options} existing={user} narrowHref={`/admin/users/${user.id}`} />
    </>
  );
}
