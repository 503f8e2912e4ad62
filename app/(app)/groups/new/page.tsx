import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { createGroupAction } from "../actions";
import { GroupForm } from "../group-form";

export const metadata = { title: "New group" };

/**
 * The form's long lists (neighbourhoods, partner agencies, responsible officers) are narrowed by its
 * NarrowForm (see GroupForm): the narrowing and the chosen ids come back here in the URL, nothing typed.
 */
export default async function NewGroupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const q = narrowParams(await searchParams);
  const options = await groupFormOptions(actor, {
    ...q.lists,
    officerQuery: q.search("officerQuery"),
    neighbourhoodIds: q.ids("neighbourhoodIds"),
    agencyIds: q.ids("sharedAgencyIds", 100),
    officerIds: [q.id("lroId"), q.id("sroId")],
  });
  return (
    <>
      <PageHeader title="New organised crime group" description="Start a profile; score it once it is saved." />
      <GroupForm action={createGroupAction} options={options} narrowHref="/groups/new" />
    </>
  );
}
