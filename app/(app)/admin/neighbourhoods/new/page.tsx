import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { createNeighbourhoodAction } from "../actions";
import { NeighbourhoodForm } from "../neighbourhood-form";

export const metadata = { title: "New neighbourhood" };

export default async function NewNeighbourhoodPage() {
  await requirePermission("neighbourhoods:manage");
  return (
    <>
      <PageHeader title="New neighbourhood" />
      <NeighbourhoodForm action={createNeighbourhoodAction} />
    </>
  );
}
