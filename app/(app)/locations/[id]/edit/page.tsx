import Link from "next/link";
import { formParams, narrowingParams } from "@/components/forms/form-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordNeighbourhoodOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { getLocation } from "@/lib/dal/locations";
import { orNotFound } from "@/lib/http/not-found";
import { updateLocationAction } from "../../actions";
import { LocationForm, type LocationFormValues } from "../../location-form";
import { locationFormParams } from "../../location-form-params";

export const metadata = { title: "Edit location" };

/**
 * Like the new location page, the neighbourhood list is narrowed by re-submitting the form here as a
 * GET (`narrow=1`): then what was entered comes from the URL, version included, so a change saved
 * meanwhile is still caught. The location's own neighbourhood is always offered, even if disabled.
 */
export default async function EditLocationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const query = formParams(await searchParams);
  const location = await orNotFound(getLocation(actor, id));
  const saved: LocationFormValues = {
    address: location.address,
    postcode: location.postcode ?? "",
    neighbourhoodId: location.neighbourhoodId ?? "",
    type: location.type,
    flags: location.flags,
    latitude: location.latitude?.toString() ?? "",
    longitude: location.longitude?.toString() ?? "",
    notes: location.notes,
  };
  const values = query.narrowing ? locationFormParams(query) : saved;
  const options = await recordNeighbourhoodOptions(actor, { areaCommand: narrowingParams(query).areaCommand, neighbourhoodIds: [values.neighbourhoodId, saved.neighbourhoodId] });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/locations/${location.id}`}>Back to {location.address}</Link>
      </p>
      <PageHeader title="Edit location" description={location.address} />
      <LocationForm
        action={updateLocationAction.bind(null, location.id)}
        options={options}
        values={values}
        existing={{ id: location.id, version: query.version(location.version), currentVersion: location.version }}
        narrowHref={`/locations/${location.id}/edit`}
      />
    </>
  );
}
