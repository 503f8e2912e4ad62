import Link from "next/link";
import { formParams, narrowingParams } from "@/components/forms/form-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordNeighbourhoodOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { createLocationAction } from "../actions";
import { LocationForm } from "../location-form";
import { locationFormParams } from "../location-form-params";

export const metadata = { title: "New location" };

/** A national list of neighbourhoods is narrowed by area command: the form is re-submitted here as a GET, what was entered kept. */
export default async function NewLocationPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const params = formParams(await searchParams);
  const values = locationFormParams(params);
  const options = await recordNeighbourhoodOptions(actor, { areaCommand: narrowingParams(params).areaCommand, neighbourhoodIds: [values.neighbourhoodId] });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/locations">Back to locations</Link>
      </p>
      <PageHeader title="New location" description="An address or premises of interest. Link it to nominals, people and groups from its page once saved." />
      <LocationForm action={createLocationAction} options={options} values={values} narrowHref="/locations/new" />
    </>
  );
}
