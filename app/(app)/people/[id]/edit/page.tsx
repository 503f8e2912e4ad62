import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { groupFormOptions } from "@/lib/dal/groups";
import { getPerson } from "@/lib/dal/people";
import { orNotFound } from "@/lib/http/not-found";
import { dateInputValue } from "../../../nominals/_components/list-tools";
import { updatePersonAction } from "../../actions";
import { PersonForm } from "../../person-form";

export const metadata = { title: "Edit person at risk" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const [person, options] = await Promise.all([orNotFound(getPerson(actor, id)), groupFormOptions(actor)]);
  // Keep an existing lead or share visible even if that agency is no longer offered, so it is
  // never dropped without the user seeing it.
  const agencies = [...options.agencies];
  for (const a of [person.leadAgency, ...person.shares.map((s) => s.agency)]) if (a && !agencies.some((x) => x.id === a.id)) agencies.push(a);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/people/${person.id}`}>Back to {person.name}</Link>
      </p>
      <PageHeader title={`Edit ${person.name}`} description="Changes are recorded in the audit trail." />
      <PersonForm
        action={updatePersonAction.bind(null, person.id)}
        options={{ agencies }}
        existing={{
          id: person.id,
          name: person.name,
          dateOfBirth: dateInputValue(person.dateOfBirth),
          ageYears: person.ageYears,
          ageGroup: person.ageGroup,
          address: person.address,
          vulnerabilities: person.vulnerabilities,
          riskLevel: person.riskLevel,
          leadAgencyId: person.leadAgencyId,
          consentRecorded: person.consentRecorded,
          sharedAgencyIds: person.shares.map((s) => s.agency.id),
          notes: person.notes ?? "",
          version: person.version,
        }}
      />
    </>
  );
}
