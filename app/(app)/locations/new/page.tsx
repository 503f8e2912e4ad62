import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import { createLocationAction } from "../actions";
import { LocationForm } from "../location-form";

export const metadata = { title: "New location" };

export default async function NewLocationPage() {
  const actor = await requirePermission("records:write");
  const { neighbourhoods } = await groupFormOptions(actor);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/locations">Back to locations</Link>
      </p>
      <PageHeader title="New location" description="An address or premises of interest. Link it to nominals, people and groups from its page once saved." />
      <LocationForm action={createLocationAction} options={{ neighbourhoods }} />
    </>
  );
}
