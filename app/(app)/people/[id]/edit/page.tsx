import Link from "next/link";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { recordAgencyOptions } from "@/lib/dal/groups";
import type { SearchParams } from "@/lib/dal/list-params";
import { getPerson } from "@/lib/dal/people";
import { orNotFound } from "@/lib/http/not-found";
import { dateInputValue } from "../../../nominals/_components/list-tools";
import { updatePersonAction } from "../../actions";
import { PersonForm, type PersonFormValues } from "../../person-form";

export const metadata = { title: "Edit person at risk" };

/**
 * Like the new person page, the agency list is narrowed by the form's NarrowForm: the form always shows
 * the saved person (with JS, what was typed stays on screen, and so does the version it was loaded
 * with). The person's own lead agency and shares are always offered, as well as those carried in the
 * URL, even if that agency is no longer offered, so they are never dropped without the user seeing it.
 */
export default async function EditPersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("records:write");
  const { id } = await params;
  const q = narrowParams(await searchParams);
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
  const options = await recordAgencyOptions(actor, {
    agencyType: q.lists.agencyType,
    agencyQuery: q.lists.agencyQuery,
    agencyIds: [q.id("leadAgencyId"), ...q.ids("sharedAgencyIds", 100), saved.leadAgencyId, ...saved.sharedAgencyIds],
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
        values={saved}
        existing={{ id: person.id, version: person.version }}
        narrowHref={`/people/${person.id}/edit`}
      />
    </>
  );
}
