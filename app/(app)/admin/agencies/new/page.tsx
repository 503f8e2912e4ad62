import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { createAgencyAction } from "../actions";
import { AgencyForm } from "../agency-form";

export const metadata = { title: "New agency" };

export default async function NewAgencyPage() {
  await requirePermission("agencies:manage");
  return (
    <>
      <PageHeader title="New agency" />
      <AgencyForm action={createAgencyAction} />
    </>
  );
}
