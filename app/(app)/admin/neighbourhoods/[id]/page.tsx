import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getNeighbourhoodForEdit } from "@/lib/dal/neighbourhoods";
import { orNotFound } from "@/lib/http/not-found";
import { updateNeighbourhoodAction } from "../actions";
import { NeighbourhoodForm } from "../neighbourhood-form";

export const metadata = { title: "Edit neighbourhood" };

export default async function EditNeighbourhoodPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("neighbourhoods:manage");
  const { id } = await params;
  const neighbourhood = await orNotFound(getNeighbourhoodForEdit(actor, id));
  return (
    <>
      <PageHeader title={neighbourhood.name} />
      <NeighbourhoodForm action={updateNeighbourhoodAction.bind(null, neighbourhood.id)} existing={neighbourhood} />
    </>
  );
}
