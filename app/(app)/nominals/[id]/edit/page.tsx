import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getNominal } from "@/lib/dal/nominals";
import { orNotFound } from "@/lib/http/not-found";
import { dateInputValue } from "../../_components/list-tools";
import { updateNominalAction } from "../../actions";
import { NominalForm } from "../../nominal-form";

export const metadata = { title: "Edit nominal" };

export default async function EditNominalPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const nominal = await orNotFound(getNominal(actor, id));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/nominals/${nominal.id}`}>Back to {nominal.name}</Link>
      </p>
      <PageHeader title={`Edit ${nominal.name}`} description="Changes are recorded in the audit trail." />
      <NominalForm
        action={updateNominalAction.bind(null, nominal.id)}
        existing={{
          id: nominal.id,
          name: nominal.name,
          aliases: nominal.aliases,
          dateOfBirth: dateInputValue(nominal.dateOfBirth),
          pncNumber: nominal.pncNumber,
          croNumber: nominal.croNumber,
          phoneNumbers: nominal.phoneNumbers,
          vehicles: nominal.vehicles,
          addresses: nominal.addresses,
          warningMarkers: nominal.warningMarkers,
          mainOffences: nominal.mainOffences,
          risk: nominal.risk,
          notes: nominal.notes,
          version: nominal.version,
        }}
      />
    </>
  );
}
