import Link from "next/link";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordAgencyOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { createPersonAction } from "../actions";
import { PersonForm } from "../person-form";

export const metadata = { title: "New person at risk" };

/** A national list of partner agencies is narrowed by type or name (see PersonForm): the narrowing and the chosen agencies come back here in the URL, nothing typed. */
export default async function NewPersonPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const q = narrowParams(await searchParams);
  const options = await recordAgencyOptions(actor, { agencyType: q.lists.agencyType, agencyQuery: q.lists.agencyQuery, agencyIds: [q.id("leadAgencyId"), ...q.ids("sharedAgencyIds", 100)] });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people">Back to people at risk</Link>
      </p>
      <PageHeader title="New person at risk" description="A victim or vulnerable person. Partner agencies see them only when they lead or the person is shared with them." />
      <PersonForm action={createPersonAction} options={options} narrowHref="/people/new" />
    </>
  );
}
