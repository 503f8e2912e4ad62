import Link from "next/link";
import { notFound } from "next/navigation";
import { narrowParams } from "@/components/forms/narrow-params";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { assessmentOptions, getConcern } from "@/lib/dal/concerns";
import type { SearchParams } from "@/lib/dal/list-params";
import { CATEGORY_LABEL, CONCERN_OUTCOME, CONCERN_SOURCE, CONCERN_STATUS, gradeCode } from "@/lib/domain/concerns";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { DetailList, NotRecorded } from "../../../nominals/_components/record-view";
import { assessConcernAction } from "./actions";
import { AssessmentForm, type AssessmentExisting } from "./assessment-form";

export const metadata = { title: "Assess concern" };

/**
 * Past a hundred partner agencies the "refer to" select lists one type's and those found by name:
 * the choice comes back here in the URL with the agency chosen (see AssessmentForm), and the saved one is offered too.
 */
export default async function AssessConcernPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("concerns:assess");
  const { id } = await params;
  const q = narrowParams(await searchParams);
  const concern = await orNotFound(getConcern(actor, id));
  // Analysts are police; anything else would not carry the raw report and grading.
  if (concern.audience !== "police") notFound();
  const options = await assessmentOptions(actor, { agencyType: q.lists.agencyType, agencyQuery: q.lists.agencyQuery, referredAgencyIds: [q.id("referredAgencyId"), concern.referredAgency?.id] });

  const category = CATEGORY_LABEL[concern.category] ?? concern.category;
  const grade = gradeCode(concern);
  const existing: AssessmentExisting = {
    version: concern.version,
    sourceEvaluation: concern.sourceEvaluation ?? "",
    intelAssessment: concern.intelAssessment ?? "",
    handlingCode: concern.handlingCode ?? "",
    gradingReason: concern.gradingReason,
    handlingConditions: concern.handlingConditions,
    sanitisedSummary: concern.sanitisedSummary,
    outcome: concern.outcome ?? "",
    outcomeNote: concern.outcomeNote,
    referredAgencyId: concern.referredAgency?.id ?? "",
    group: concern.group ? { id: concern.group.id, name: `${concern.group.reference} ${concern.group.name}` } : null,
    links: concern.links,
  };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/concerns">Back to triage</Link>
      </p>
      <PageHeader
        title="Assess concern"
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>
              {category}, logged {formatDateTime(concern.createdAt)} by {concern.reportedBy.name}.
            </span>
            <Badge tone={concern.status === "OUTCOME" ? "green" : concern.status === "IN_ASSESSMENT" ? "amber" : "blue"}>{CONCERN_STATUS.label[concern.status]}</Badge>
            {concern.immediateRisk ? <Badge tone="red">Immediate risk</Badge> : null}
            {grade ? <Badge>Graded {grade}</Badge> : null}
          </span>
        }
      />
      {concern.status === "OUTCOME" && concern.outcome ? (
        <p className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">
          Already assessed{concern.assessor ? ` by ${concern.assessor.name}` : ""}: {CONCERN_OUTCOME.label[concern.outcome]}
          {concern.outcomeAt ? ` on ${formatDateTime(concern.outcomeAt)}` : ""}. Saving again replaces that assessment; the reporting officer is not notified again.
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-5">
        <section aria-labelledby="concern-heading" className="card min-w-0 space-y-4 self-start lg:col-span-2">
          <h2 id="concern-heading" className="text-xl font-bold">
            What was reported <Badge tone="red">Police only</Badge>
          </h2>
          {concern.immediateRisk ? (
            <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-sm font-semibold">The reporter said someone is at immediate risk.</p>
          ) : null}
          <div>
            <h3 className="text-sm font-semibold text-slate-700">What was seen or heard</h3>
            <p className="mt-1 break-words whitespace-pre-wrap">{concern.description}</p>
          </div>
          <DetailList
            items={[
              ["Category", category],
              ["When it happened", formatDateTime(concern.occurredAt)],
              [
                "Where",
                concern.address || concern.location ? (
                  <span key="where" className="block">
                    {concern.address ? <span className="block whitespace-pre-wrap">{concern.address}</span> : null}
                    {concern.location ? (
                      <Link href={`/locations/${concern.location.id}`} className="block">
                        Known location: {concern.location.address}
                      </Link>
                    ) : null}
                  </span>
                ) : (
                  <NotRecorded key="where">No address given</NotRecorded>
                ),
              ],
              ["Neighbourhood", concern.neighbourhood?.name ?? <NotRecorded key="neighbourhood">Not given</NotRecorded>],
              ["People", concern.peopleMentioned ? <span key="people" className="whitespace-pre-wrap">{concern.peopleMentioned}</span> : <NotRecorded key="people">None mentioned</NotRecorded>],
              ["Vehicles", concern.vehiclesMentioned ? <span key="vehicles" className="whitespace-pre-wrap">{concern.vehiclesMentioned}</span> : <NotRecorded key="vehicles">None mentioned</NotRecorded>],
              ["Source", CONCERN_SOURCE.label[concern.source]],
              [
                "Indicators",
                concern.indicators.length ? (
                  <ul key="indicators" className="list-disc space-y-1 pl-5">
                    {concern.indicators.map((i) => (
                      <li key={i}>{i}</li>
                    ))}
                  </ul>
                ) : (
                  <NotRecorded key="indicators">None ticked</NotRecorded>
                ),
              ],
              ["Immediate risk", concern.immediateRisk ? <Badge key="risk" tone="red">Immediate risk</Badge> : "No"],
              ["Reported by", `${concern.reportedBy.name} (${concern.reporterAgency.name})`],
              ["Logged", formatDateTime(concern.createdAt)],
            ]}
          />
        </section>

        <div className="min-w-0 lg:col-span-3">
          <AssessmentForm
            action={assessConcernAction.bind(null, concern.id)}
            existing={existing}
            agencies={options.agencies}
            agenciesNarrowed={options.agenciesNarrowed}
            narrowHref={`/concerns/${concern.id}/assess`}
            currentHref={`/concerns/${concern.id}`}
            cancelHref="/concerns"
          />
        </div>
      </div>
    </>
  );
}
