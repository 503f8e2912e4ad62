import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import { createGroupAction } from "../actions";
import { GroupForm } from "../group-form";

export const metadata = { title: "New group" };

export default async function NewGroupPage() {
  const actor = await requirePermission("records:write");
  return (
    <>
      <PageHeader title="New organised crime group" description="Start a profile; score it once it is saved." />
      <GroupForm action={createGroupAction} options={await groupFormOptions(actor)} cancelHref="/groups" />
    </>
  );
}
