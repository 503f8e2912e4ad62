import { formParams } from "@/components/forms/form-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { createGroupAction } from "../actions";
import { GroupForm } from "../group-form";
import { groupFormParams, groupFormScope } from "../group-form-params";

export const metadata = { title: "New group" };

/**
 * The form's long lists (neighbourhoods, partner agencies, responsible officers) are narrowed with GET
 * parameters: the form is re-submitted to this page as a GET, so what was entered comes back in the URL.
 */
export default async function NewGroupPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const params = formParams(await searchParams);
  const values = groupFormParams(params);
  return (
    <>
      <PageHeader title="New organised crime group" description="Start a profile; score it once it is saved." />
      <GroupForm action={createGroupAction} options={await groupFormOptions(actor, groupFormScope(params, values))} values={values} narrowHref="/groups/new" />
    </>
  );
}
