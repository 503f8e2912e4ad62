import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { createNominalAction } from "../actions";
import { NominalForm } from "../nominal-form";

export const metadata = { title: "New nominal" };

export default async function NewNominalPage() {
  await requirePermission("records:write");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/nominals">Back to nominals</Link>
      </p>
      <PageHeader title="New nominal" description="A person of interest. Add group memberships from the group's page, and links from the nominal's page once saved." />
      <NominalForm action={createNominalAction} />
    </>
  );
}
