import { notFound } from "next/navigation";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getGroup, groupFormOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { orNotFound } from "@/lib/http/not-found";
import { updateGroupAction } from "../../actions";
import { GroupForm, type GroupFormValues } from "../../group-form";

export const metadata = { title: "Edit group" };

/**
 * Like the new group page, the form's long lists are narrowed by its NarrowForm: the form always shows
 * the saved group (with JS, what was typed stays on screen, and so does the version it was loaded with),
 * and the group's own choices are offered as well as those carried in the URL.
 */
export default async function EditGroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const q = narrowParams(await searchParams);
  const group = await orNotFound(getGroup(actor, id));
  if (group.audience !== "police") notFound();
  const saved: GroupFormValues = {
    reference: group.reference,
    name: group.name,
    aliases: group.aliases,
    status: group.status,
    crimeTypes: group.crimeTypes,
    neighbourhoodIds: group.neighbourhoods.map((n) => n.id),
    assessment: group.assessment,
    partnerSummary: group.partnerSummary,
    lroId: group.lro?.id ?? "",
    sroId: group.sro?.id ?? "",
    sharedAgencyIds: group.shares.map((s) => s.agency.id),
  };
  const options = await groupFormOptions(actor, {
    ...q.lists,
    officerQuery: q.search("officerQuery"),
    neighbourhoodIds: [...q.ids("neighbourhoodIds"), ...saved.neighbourhoodIds],
    agencyIds: [...q.ids("sharedAgencyIds", 100), ...saved.sharedAgencyIds],
    officerIds: [q.id("lroId"), q.id("sroId"), saved.lroId, saved.sroId],
  });
  return (
    <>
      <PageHeader title={`Edit ${group.reference} ${group.name}`} />
      <GroupForm
        action={updateGroupAction.bind(null, group.id)}
        options={options}
        values={saved}
        existing={{ id: group.id, version: group.version }}
        narrowHref={`/groups/${group.id}/edit`}
      />
    </>
  );
}
