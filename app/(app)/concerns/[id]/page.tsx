import Link from "next/link";
import { Flash } from "@/components/table/filter-form";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { getConcern } from "@/lib/dal/concerns";
import { RECORD_KIND, RECORD_PATH } from "@/lib/domain/case-record";
import { CATEGORY_LABEL, CONCERN_OUTCOME, CONCERN_SOURCE, CONCERN_STATUS, HANDLING_CODE, INTEL_ASSESSMENT, SOURCE_EVALUATION, gradeCode } from "@/lib/domain/concerns";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ConcernOutcome, ConcernStatus, HandlingCode } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/http/not-found";
import { ClearConcernDraft } from "../new/concern-form";

export const metadata = { title: "Concern" };

const categoryLabel = (c: string) => CATEGORY_LABEL[c] ?? c;

function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([term, value]) => (
        <div key={term} className="min-w-0">
          <dt className="text-sm font-semibold text-slate-700">{term}</dt>
          <dd className="mt-0.5 wrap-break-word whitespace-pre-line">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

function StatusBadge({ status }: { status: ConcernStatus }) {
  return <Badge tone={status === "OUTCOME" ? "green" : status === "IN_ASSESSMENT" ? "amber" : "blue"}>{CONCERN_STATUS.label[status]}</Badge>;
}

function Text({ children, empty }: { children: string; empty: string }) {
  return children.trim() ? <p className="mt-1 wrap-break-word whitespace-pre-line">{children}</p> : <p className="mt-1 text-slate-600">{empty}</p>;
}

function Indicators({ items }: { items: string[] }) {
  return items.length ? (
    <ul className="mt-1 list-disc pl-5">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  ) : (
    <p className="mt-1 text-slate-600">None ticked.</p>
  );
}

/** Handling code C: whoever receives the information must see, and keep to, the conditions. */
function HandlingConditions({ conditions, heading: Heading = "h2" }: { conditions: string; heading?: "h2" | "h3" }) {
  return (
    <aside aria-labelledby="conditions-heading" className="min-w-0 rounded-md border-4 border-amber-600 bg-amber-50 p-4 text-slate-900">
      <Heading id="conditions-heading" className="font-bold">
        <span aria-hidden="true">⚠ </span>Handling conditions: you must
      </Heading>
      <p className="mt-2 wrap-break-word whitespace-pre-line">{conditions}</p>
      <p className="mt-2 text-sm">These conditions apply to anything you do with this information, including sharing it within your agency.</p>
    </aside>
  );
}

/** What the reporting officer and partners read: the outcome and the sanitised summary. */
function WhatHappened({ status, outcome, outcomeAt, summary, handlingCode, conditions }: { status: ConcernStatus; outcome: ConcernOutcome | null; outcomeAt: Date | null; summary: string; handlingCode: HandlingCode | null; conditions: string }) {
  return (
    <section aria-labelledby="outcome-heading" className="card space-y-3">
      <h2 id="outcome-heading" className="text-xl font-bold">
        What happened to this concern
      </h2>
      {status === "OUTCOME" ? (
        <>
          <p>
            <strong>{outcome ? CONCERN_OUTCOME.label[outcome] : "Assessed"}</strong>
            {outcomeAt ? <> on {formatDate(outcomeAt)}</> : null}
          </p>
          <div className={handlingCode === "C" && conditions ? "grid gap-4 md:grid-cols-2" : ""}>
            <div className="min-w-0">
              <h3 className="font-semibold">Summary from HQ</h3>
              <Text empty="No summary was written.">{summary}</Text>
            </div>
            {handlingCode === "C" && conditions ? <HandlingConditions conditions={conditions} heading="h3" /> : null}
          </div>
        </>
      ) : (
        <p>
          {status === "IN_ASSESSMENT" ? "An HQ analyst is assessing it now." : "It is waiting for an HQ analyst."} You&rsquo;ll see the outcome here and on your home page, and get a notification.
        </p>
      )}
    </section>
  );
}

export default async function ConcernPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ logged?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const { logged } = await searchParams;
  const concern = await orNotFound(getConcern(actor, id));
  const title = `Concern: ${categoryLabel(concern.category)}`;

  if (concern.audience === "partner") {
    return (
      <>
        <PageHeader title={title} description={`Referred to ${actor.agencyName}${concern.outcomeAt ? ` on ${formatDate(concern.outcomeAt)}` : ""}.`} />
        <p className="mb-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-sm">The sanitised summary HQ shares with your agency. The original report and who made it are not shared.</p>
        <div className="space-y-4">
          <section aria-labelledby="details-heading" className="card">
            <h2 id="details-heading" className="sr-only">
              Details
            </h2>
            <Facts
              items={[
                ["Kind of concern", categoryLabel(concern.category)],
                ["Date", formatDate(concern.occurredAt)],
                ["Neighbourhood", concern.neighbourhood],
                ["Handling code", concern.handlingCode ? HANDLING_CODE.label[concern.handlingCode] : null],
              ]}
            />
          </section>
          <div className={concern.handlingCode === "C" && concern.handlingConditions ? "grid gap-4 md:grid-cols-2" : ""}>
            <section aria-labelledby="summary-heading" className="card min-w-0">
              <h2 id="summary-heading" className="text-xl font-bold">
                Summary
              </h2>
              <Text empty="No summary was written.">{concern.sanitisedSummary}</Text>
            </section>
            {concern.handlingCode === "C" && concern.handlingConditions ? <HandlingConditions conditions={concern.handlingConditions} /> : null}
          </div>
        </div>
      </>
    );
  }

  if (concern.audience === "reporter") {
    return (
      <>
        <PageHeader title={title} description={<StatusBadge status={concern.status} />} />
        {logged ? (
          <>
            <Flash>Concern logged. HQ analysts will assess it; you&rsquo;ll see the outcome here and on your home page.</Flash>
            <ClearConcernDraft userId={actor.id} />
          </>
        ) : null}
        <div className="space-y-6">
          <WhatHappened status={concern.status} outcome={concern.outcome} outcomeAt={concern.outcomeAt} summary={concern.sanitisedSummary} handlingCode={concern.handlingCode} conditions={concern.handlingConditions} />
          <section aria-labelledby="logged-heading" className="card space-y-4">
            <h2 id="logged-heading" className="text-xl font-bold">
              What you logged
            </h2>
            <Facts
              items={[
                ["When it happened", formatDateTime(concern.occurredAt)],
                ["Logged", formatDateTime(concern.createdAt)],
                ["Address or place", concern.address],
                ["Neighbourhood", concern.neighbourhood],
                ["Where it came from", CONCERN_SOURCE.label[concern.source]],
                ["Immediate risk", concern.immediateRisk ? "Yes" : "No"],
              ]}
            />
            <div>
              <h3 className="font-semibold">Signs you noticed</h3>
              <Indicators items={concern.indicators} />
            </div>
            <div>
              <h3 className="font-semibold">What you saw or heard</h3>
              <Text empty="—">{concern.description}</Text>
            </div>
            <Facts
              items={[
                ["People mentioned", concern.peopleMentioned],
                ["Vehicles mentioned", concern.vehiclesMentioned],
              ]}
            />
          </section>
        </div>
      </>
    );
  }

  // The police view: the report as made, the grading, the outcome and what it is linked to.
  const grade = gradeCode(concern);
  const canAssess = can(actor, "concerns:assess");
  const ownReport = concern.reportedBy.id === actor.id;
  return (
    <>
      <PageHeader
        title={title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={concern.status} />
            {concern.immediateRisk ? <Badge tone="red">Immediate risk</Badge> : null}
            {grade ? <Badge tone="slate">Graded {grade}</Badge> : <Badge tone="slate">Not graded</Badge>}
          </span>
        }
        actions={
          canAssess ? (
            <Link href={`/concerns/${concern.id}/assess`} className="btn-primary">
              {concern.status === "OUTCOME" ? "Re-assess" : "Assess"}
            </Link>
          ) : null
        }
      />
      {logged && ownReport ? (
        <>
          <Flash>Concern logged. HQ analysts will assess it; you&rsquo;ll see the outcome here and on your home page.</Flash>
          <ClearConcernDraft userId={actor.id} />
        </>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="report-heading" className="card min-w-0 space-y-4">
          <h2 id="report-heading" className="text-xl font-bold">
            What was reported
          </h2>
          <Facts
            items={[
              ["When it happened", formatDateTime(concern.occurredAt)],
              ["Logged", formatDateTime(concern.createdAt)],
              ["Reported by", `${concern.reportedBy.name} (${concern.reporterAgency.name})`],
              ["Where it came from", CONCERN_SOURCE.label[concern.source]],
              ["Address or place", concern.address],
              ["Known location", concern.location ? <Link href={`/locations/${concern.location.id}`}>{concern.location.address}</Link> : null],
              ["Neighbourhood", concern.neighbourhood?.name],
              ["Immediate risk", concern.immediateRisk ? "Yes" : "No"],
            ]}
          />
          <div>
            <h3 className="font-semibold">Signs noticed</h3>
            <Indicators items={concern.indicators} />
          </div>
          <div>
            <h3 className="font-semibold">What they saw or heard</h3>
            <Text empty="—">{concern.description}</Text>
          </div>
          <Facts
            items={[
              ["People mentioned", concern.peopleMentioned],
              ["Vehicles mentioned", concern.vehiclesMentioned],
            ]}
          />
        </section>

        <div className="min-w-0 space-y-6">
          <section aria-labelledby="assessment-heading" className="card space-y-4">
            <h2 id="assessment-heading" className="text-xl font-bold">
              Assessment
            </h2>
            {concern.status === "NEW" && !grade ? (
              <p className="text-slate-700">Not assessed yet: it is in the triage queue.</p>
            ) : (
              <>
                <Facts
                  items={[
                    ["Grading", grade],
                    ["Source evaluation", concern.sourceEvaluation ? SOURCE_EVALUATION.label[concern.sourceEvaluation] : null],
                    ["Intelligence assessment", concern.intelAssessment ? INTEL_ASSESSMENT.label[concern.intelAssessment] : null],
                    ["Handling code", concern.handlingCode ? HANDLING_CODE.label[concern.handlingCode] : null],
                    ["Reason for the grading", concern.gradingReason],
                    ["Assessed by", concern.assessor?.name],
                  ]}
                />
                {concern.handlingCode === "C" && concern.handlingConditions ? <HandlingConditions conditions={concern.handlingConditions} heading="h3" /> : null}
                <div>
                  <h3 className="font-semibold">Sanitised summary</h3>
                  <p className="text-sm text-slate-600">What the reporting officer and any partner agency read.</p>
                  <Text empty="Not written yet.">{concern.sanitisedSummary}</Text>
                </div>
              </>
            )}
          </section>

          <section aria-labelledby="outcome-heading" className="card space-y-4">
            <h2 id="outcome-heading" className="text-xl font-bold">
              Outcome
            </h2>
            {concern.outcome ? (
              <Facts
                items={[
                  ["Outcome", CONCERN_OUTCOME.label[concern.outcome]],
                  ["Decided", formatDateTime(concern.outcomeAt)],
                  ["Referred to", concern.referredAgency?.name],
                  ["Group", concern.group ? <Link href={`/groups/${concern.group.id}`}>{`${concern.group.reference} ${concern.group.name}`}</Link> : null],
                  ["Outcome note (police only)", concern.outcomeNote],
                ]}
              />
            ) : (
              <p className="text-slate-700">No outcome yet.</p>
            )}
            <div>
              <h3 className="font-semibold">Linked records</h3>
              {concern.links.length ? (
                <ul className="mt-1 space-y-1">
                  {concern.links.map((l) => (
                    <li key={`${l.kind}:${l.id}`} className="wrap-break-word">
                      <span className="text-sm text-slate-700">{RECORD_KIND.label[l.kind]}: </span>
                      <Link href={`${RECORD_PATH[l.kind]}/${l.id}`}>{l.name}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-slate-600">Not linked to any record yet.</p>
              )}
            </div>
          </section>
        </div>
      </div>
    </>
  );
}
