import { notFound } from "next/navigation";
import { formParams } from "@/components/forms/form-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getGroup, groupFormOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { orNotFound } from "@/lib/http/not-found";
import { updateGroupAction } from "../../actions";
import { GroupForm, type GroupFormValues } from "../../group-form";
import { groupFormParams, groupFormScope } from "../../group-form-params";

export const metadata = { title: "Edit group" };

/**
 * Like the new group page, the form's long lists are narrowed by re-submitting it here as a GET
 * (`narrow=1`): then what was entered comes from the URL instead of the saved group, version included,
 * so a change someone else saved meanwhile is still caught. The group's own choices are always offered.
 */
export default async function EditGroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const query = formParams(await searchParams);
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
  const values = query.narrowing ? groupFormParams(query) : saved;
  return (
    <>
      <PageHeader title={`Edit ${group.reference} ${group.name}`} />
      <GroupForm
        action={updateGroupAction.bind(null, group.id)}
        options={await groupFormOptions(actor, groupFormScope(query, values, saved))}
        values={values}
        existing={{ id: group.id, version: query.version(group.version), currentVersion: group.version }}
        narrowHref={`/groups/${group.id}/edit`}
      />
    </>
  );
}
