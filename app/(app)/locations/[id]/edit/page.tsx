import Link from "next/link";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordNeighbourhoodOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { getLocation } from "@/lib/dal/locations";
import { orNotFound } from "@/lib/http/not-found";
import { updateLocationAction } from "../../actions";
import { LocationForm, type LocationFormValues } from "../../location-form";

export const metadata = { title: "Edit location" };

/**
 * Like the new location page, the neighbourhood list is narrowed by the form's NarrowForm: the form
 * always shows the saved location (with JS, what was typed stays on screen, and so does the version it
 * was loaded with). The location's own neighbourhood is always offered, even if disabled, and so is the
 * one carried in the URL.
 */
export default async function EditLocationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const q = narrowParams(await searchParams);
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
  const options = await recordNeighbourhoodOptions(actor, { areaCommand: q.lists.areaCommand, neighbourhoodIds: [q.id("neighbourhoodId"), saved.neighbourhoodId] });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/locations/${location.id}`}>Back to {location.address}</Link>
      </p>
      <PageHeader title="Edit location" description={location.address} />
      <LocationForm
        action={updateLocationAction.bind(null, location.id)}
        options={options}
        values={saved}
        existing={{ id: location.id, version: location.version }}
        narrowHref={`/locations/${location.id}/edit`}
      />
    </>
  );
}
