import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import type { SearchParams } from "@/lib/dal/list-params";
import { userFormOptions } from "@/lib/dal/users";
import { createUserAction } from "../actions";
import { UserForm } from "../user-form";

export const metadata = { title: "New user" };

/** Long agency and neighbourhood lists are narrowed from the form (see UserForm): the narrowing and the chosen values come back here in the URL. */
export default async function NewUserPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("users:manage");
  const q = narrowParams(await searchParams);
  const options = await userFormOptions(actor, { ...q.lists, agencyIds: [q.id("agencyId")], neighbourhoodIds: q.ids("neighbourhoodIds") });
  return (
    <>
      <PageHeader title="New user" description="The user signs in with this email and password." />
      <UserForm action={createUserAction} options={options} narrowHref="/admin/users/new" />
    </>
  );
}
