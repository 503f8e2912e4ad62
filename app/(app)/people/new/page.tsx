import Link from "next/link";
import { formParams, narrowingParams } from "@/components/forms/form-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordAgencyOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { createPersonAction } from "../actions";
import { PersonForm } from "../person-form";
import { personFormParams } from "../person-form-params";

export const metadata = { title: "New person at risk" };

/** A national list of partner agencies is narrowed by type or name: the form is re-submitted here as a GET, what was entered kept. */
export default async function NewPersonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const params = formParams(await searchParams);
  const values = personFormParams(params);
  const options = await recordAgencyOptions(actor, { ...narrowingParams(params), agencyIds: [values.leadAgencyId, ...(values.sharedAgencyIds ?? [])] });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people">Back to people at risk</Link>
      </p>
      <PageHeader title="New person at risk" description="A victim or vulnerable person. Partner agencies see them only when they lead or the person is shared with them." />
      <PersonForm action={createPersonAction} options={options} values={values} narrowHref="/people/new" />
    </>
  );
}
