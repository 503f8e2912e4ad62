import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { userFormOptions } from "@/lib/dal/users";
import { createUserAction } from "../actions";
import { UserForm } from "../user-form";

export const metadata = { title: "New user" };

export default async function NewUserPage() {
  const actor = await requirePermission("users:manage");
  const options = await userFormOptions(actor);
  return (
    <>
      <PageHeader title="New user" description="The user signs in with this email and password." />
      <UserForm action={createUserAction} options={options} />
    </>
  );
}
