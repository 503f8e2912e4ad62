import Link from "next/link";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordNeighbourhoodOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { createLocationAction } from "../actions";
import { LocationForm } from "../location-form";

export const metadata = { title: "New location" };

/** A national list of neighbourhoods is narrowed by area command (see LocationForm): it and the one chosen come back here in the URL, nothing typed. */
export default async function NewLocationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const q = narrowParams(await searchParams);
  const options = await recordNeighbourhoodOptions(actor, { areaCommand: q.lists.areaCommand, neighbourhoodIds: [q.id("neighbourhoodId")] });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/locations">Back to locations</Link>
      </p>
      <PageHeader title="New location" description="An address or premises of interest. Link it to nominals, people and groups from its page once saved." />
      <LocationForm action={createLocationAction} options={options} narrowHref="/locations/new" />
    </>
  );
}
