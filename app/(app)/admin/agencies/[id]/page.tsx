import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getAgencyForEdit } from "@/lib/dal/agencies";
import { orNotFound } from "@/lib/http/not-found";
import { updateAgencyAction } from "../actions";
import { AgencyForm } from "../agency-form";

export const metadata = { title: "Edit agency" };

export default async function EditAgencyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("agencies:manage");
  const { id } = await params;
  const agency = await orNotFound(getAgencyForEdit(actor, id));
  return (
    <>
      <PageHeader title={agency.name} />
      <AgencyForm action={updateAgencyAction.bind(null, agency.id)} existing={agency} />
    </>
  );
}
