import Link from "next/link";
import { formParams, narrowingParams } from "@/components/forms/form-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordAgencyOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { getPerson } from "@/lib/dal/people";
import { orNotFound } from "@/lib/http/not-found";
import { dateInputValue } from "../../../nominals/_components/list-tools";
import { updatePersonAction } from "../../actions";
import { PersonForm, type PersonFormValues } from "../../person-form";
import { personFormParams } from "../../person-form-params";

export const metadata = { title: "Edit person at risk" };

/**
 * Like the new person page, the agency list is narrowed by re-submitting the form here as a GET
 * (`narrow=1`): then what was entered comes from the URL, version included, so a change saved
 * meanwhile is still caught. The person's own lead agency and shares are always offered, even if that
 * agency is no longer offered, so they are never dropped without the user seeing it.
 */
export default async function EditPersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const query = formParams(await searchParams);
  const person = await orNotFound(getPerson(actor, id));
  const saved: PersonFormValues = {
    name: person.name,
    dateOfBirth: dateInputValue(person.dateOfBirth) ?? "",
    ageYears: person.ageYears?.toString() ?? "",
    ageGroup: person.ageGroup,
    address: person.address,
    vulnerabilities: person.vulnerabilities,
    riskLevel: person.riskLevel,
    leadAgencyId: person.leadAgencyId ?? "",
    consentRecorded: person.consentRecorded,
    sharedAgencyIds: person.shares.map((s) => s.agency.id),
    notes: person.notes ?? "",
  };
  const values = query.narrowing ? personFormParams(query) : saved;
  const options = await recordAgencyOptions(actor, {
    ...narrowingParams(query),
    agencyIds: [values.leadAgencyId, ...(values.sharedAgencyIds ?? []), saved.leadAgencyId, ...saved.sharedAgencyIds],
  });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/people/${person.id}`}>Back to {person.name}</Link>
      </p>
      <PageHeader title={`Edit ${person.name}`} description="Changes are recorded in the audit trail." />
      <PersonForm
        action={updatePersonAction.bind(null, person.id)}
        options={options}
        values={values}
        existing={{ id: person.id, version: query.version(person.version), currentVersion: person.version }}
        narrowHref={`/people/${person.id}/edit`}
      />
    </>
  );
}
