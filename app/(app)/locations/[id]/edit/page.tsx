import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import { getLocation } from "@/lib/dal/locations";
import { orNotFound } from "@/lib/http/not-found";
import { updateLocationAction } from "../../actions";
import { LocationForm } from "../../location-form";

export const metadata = { title: "Edit location" };

export default async function EditLocationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const [location, options] = await Promise.all([orNotFound(getLocation(actor, id)), groupFormOptions(actor)]);
  // Keep the current neighbourhood selectable even if it is no longer active.
  const neighbourhoods: { id: string; name: string; code?: string }[] = [...options.neighbourhoods];
  if (location.neighbourhood && !neighbourhoods.some((n) => n.id === location.neighbourhood?.id)) neighbourhoods.push(location.neighbourhood);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/locations/${location.id}`}>Back to {location.address}</Link>
      </p>
      <PageHeader title="Edit location" description={location.address} />
      <LocationForm
        action={updateLocationAction.bind(null, location.id)}
        options={{ neighbourhoods }}
        existing={{
          id: location.id,
          address: location.address,
          postcode: location.postcode,
          neighbourhoodId: location.neighbourhoodId,
          type: location.type,
          flags: location.flags,
          latitude: location.latitude,
          longitude: location.longitude,
          notes: location.notes,
          version: location.version,
        }}
      />
    </>
  );
}
