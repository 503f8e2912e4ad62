import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getGroup, groupFormOptions } from "@/lib/dal/groups";
import { orNotFound } from "@/lib/http/not-found";
import { updateGroupAction } from "../../actions";
import { GroupForm } from "../../group-form";

export const metadata = { title: "Edit group" };

export default async function EditGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const group = await orNotFound(getGroup(actor, id));
  if (group.audience !== "police") notFound();
  return (
    <>
      <PageHeader title={`Edit ${group.reference} ${group.name}`} />
      <GroupForm
        action={updateGroupAction.bind(null, group.id)}
        options={await groupFormOptions(actor)}
        cancelHref={`/groups/${group.id}`}
        existing={{ ...group, neighbourhoodIds: group.neighbourhoods.map((n) => n.id), lroId: group.lro?.id ?? null, sroId: group.sro?.id ?? null, sharedAgencyIds: group.shares.map((s) => s.agency.id) }}
      />
    </>
  );
}
