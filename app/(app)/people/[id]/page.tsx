import Link from "next/link";
import { narrowParams } from "@/components/forms/narrow-params";
import { ConcernTimeline } from "@/components/records/concern-timeline";
import { RecordLinks } from "@/components/records/record-links";
import { Flash } from "@/components/table/filter-form";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { personPlan } from "@/lib/dal/actions";
import { concernsForRecord, countRecordConcerns } from "@/lib/dal/concerns";
import { getPerson } from "@/lib/dal/people";
import { countLinks } from "@/lib/dal/links";
import { listReferralsForPerson, mayRefer, referralAgencies } from "@/lib/dal/referrals";
import { todayInLondon } from "@/lib/domain/actions";
import { REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { AGE_GROUP, VULNERABILITIES } from "@/lib/domain/case-record";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { ActionCard } from "../../actions/_components/plan";
import { ageFrom } from "../../nominals/_components/list-tools";
import { BadgeList, DetailList, EditLink, NotRecorded, RiskBadge, Section } from "../../nominals/_components/record-view";
import { orForbidden } from "../guard";
import { createReferralAction } from "./referral-actions";
import { ReferralForm } from "./referral-form";

export const metadata = { title: "Person at risk" };

export default async function PersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  const saved = first(query.saved);
  // Unknown or unshared ids answer 404; a role with no view of people at all gets 403.
  const person = await orForbidden(orNotFound(getPerson(actor, id)));
  const police = person.audience === "police";
  const [concerns, concernCount, plan, linkCount] = await Promise.all([concernsForRecord(actor, "PERSON", person.id), countRecordConcerns(actor, "PERSON", person.id), personPlan(actor, person.id), countLinks(actor, "PERSON", person.id)]);
  const canCreateActions = can(actor, "actions:create");
  const canRefer = mayRefer(actor, person);
  // The referral form's agency list is narrowed by its NarrowForm: the narrowing and the agency chosen come back here, nothing typed.
  const referralQuery = narrowParams(query);
  const [referrals, referralOptions] = await Promise.all([
    listReferralsForPerson(actor, person.id),
    canRefer ? referralAgencies(actor, { agencyType: referralQuery.lists.agencyType, agencyQuery: referralQuery.lists.agencyQuery, receivingAgencyId: referralQuery.id("receivingAgencyId") }) : null,
  ]);
  const canWrite = police && can(actor, "records:write");
  const age = ageFrom(person.dateOfBirth) ?? person.ageYears;
  const who = `${AGE_GROUP.label[person.ageGroup]}${age !== null ? `, ${age}` : ""}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/people">Back to people at risk</Link>
      </p>
      <PageHeader
        title={person.name}
        description={
          <>
            Person at risk: {who}. <RiskBadge level={person.riskLevel} suffix=" risk" />
          </>
        }
        actions={canWrite ? <EditLink href={`/people/${person.id}/edit`} name={person.name} /> : null}
      />
      {saved ? <Flash>Person at risk saved.</Flash> : null}

      <div className="space-y-4">
        <div className="grid gap-4 lg:grid-cols-2">
          <Section id="safeguarding" title="Safeguarding">
            <DetailList
              items={[
                ["Risk level", <RiskBadge key="risk" level={person.riskLevel} />],
                ["Vulnerabilities", <BadgeList key="vulnerabilities" values={person.vulnerabilities} labels={VULNERABILITIES.label} />],
                ["Lead agency", person.leadAgency ? person.leadAgency.name : <NotRecorded key="lead">No lead agency yet</NotRecorded>],
                ["Consent to share", person.consentRecorded ? "Recorded" : "Not recorded"],
                [
                  "Shared with",
                  person.shares.length ? (
                    <ul key="shares" className="space-y-1">
                      {person.shares.map((s) => (
                        <li key={s.agency.id}>{s.agency.name}</li>
                      ))}
                    </ul>
                  ) : (
                    <NotRecorded key="shares">No other agencies</NotRecorded>
                  ),
                ],
              ]}
            />
          </Section>

          <Section id="details" title="Personal details">
            <DetailList
              items={[
                ["Name", person.name],
                ["Child or adult", AGE_GROUP.label[person.ageGroup]],
                ["Date of birth", person.dateOfBirth ? formatDate(person.dateOfBirth) : <NotRecorded key="dob">Not known</NotRecorded>],
                ["Age", age !== null ? String(age) : <NotRecorded key="age">Not known</NotRecorded>],
                ["Address", person.address ? <span className="whitespace-pre-wrap">{person.address}</span> : <NotRecorded key="address" />],
              ]}
            />
          </Section>
        </div>

        <section id="plan" aria-labelledby="plan-heading" className="card min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="plan-heading" className="text-lg font-bold text-slate-900">
              Safeguarding plan
            </h2>
            {canCreateActions ? (
              <Link href={`/actions/new?personId=${person.id}&strand=PROTECT`} className="btn-secondary">
                Add action<span className="sr-only"> to the safeguarding plan</span>
              </Link>
            ) : null}
          </div>
          {plan.length ? (
            <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
              {plan.map((a) => (
                <li key={a.id} className="min-w-0">
                  <ActionCard action={a} showStrand headingLevel={3} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">No actions on this person&apos;s safeguarding plan that you can see.</p>
          )}
        </section>

        <section id="referrals" aria-labelledby="referrals-heading" className="card min-w-0 space-y-3">
          <h2 id="referrals-heading" className="text-lg font-bold text-slate-900">
            Referrals
          </h2>
          {referrals.length ? (
            <ul className="space-y-3">
              {referrals.map((r) => (
                <li key={r.id} className="rounded-md border border-slate-200 p-3">
                  <p className="font-semibold text-slate-900">
                    {REFERRAL_TYPE.label[r.type]} to {r.receivingAgency.name} <Badge>{REFERRAL_STATUS.label[r.status]}</Badge>{" "}
                    {r.late ? <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">Reasonable grounds decision late</span> : null}
                  </p>
                  <p className="text-sm text-slate-700">
                    Referred on {formatDate(r.referredOn)}; consent {r.consent ? "given" : "not given"}
                    {r.decisionOn ? `; decision ${formatDate(r.decisionOn)}` : ""}
                    {r.type === "NRM" ? `; reasonable grounds ${r.reasonableGroundsOn ? formatDate(r.reasonableGroundsOn) : `due by ${formatDate(r.nrmDecisionDue)}`}` : ""}
                    {r.conclusiveGroundsOn ? `; conclusive grounds ${formatDate(r.conclusiveGroundsOn)}` : ""}.
                  </p>
                  {r.notes ? <p className="mt-1 text-sm break-words whitespace-pre-wrap">{r.notes}</p> : null}
                  <p className="mt-1 text-sm">
                    <Link href={`/referrals/${r.id}`} className="inline-flex min-h-11 items-center">
                      {r.canUpdate ? "Record the decision" : "Open the referral"}
                      <span className="sr-only">: {REFERRAL_TYPE.label[r.type]} to {r.receivingAgency.name}, {formatDate(r.referredOn)}</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">No referrals recorded for this person.</p>
          )}
          {referralOptions ? (
            <ReferralForm
              action={createReferralAction.bind(null, person.id)}
              ageGroup={person.ageGroup}
              options={referralOptions}
              today={todayInLondon().toISOString().slice(0, 10)}
              narrowHref={`/people/${person.id}#referrals`}
            />
          ) : null}
        </section>

        {police ? (
          <>
            <Section id="notes" title="Police notes">
              {person.notes ? <p className="break-words whitespace-pre-wrap">{person.notes}</p> : <NotRecorded>No notes.</NotRecorded>}
            </Section>
            <ConcernTimeline kind="PERSON" id={person.id} concerns={concerns} total={concernCount} />
            <RecordLinks kind="PERSON" id={person.id} links={person.links} total={linkCount} canWrite={canWrite} />
          </>
        ) : (
          <Section id="at-risk-from" title="At risk from (shared groups)">
            {person.atRiskFromGroups.length ? (
              <ul className="space-y-2">
                {person.atRiskFromGroups.map((g) => (
                  <li key={g.id}>
                    <Link href={`/groups/${g.id}`} className="font-semibold">
                      {g.reference} {g.name}
                    </Link>{" "}
                    <Badge>Shared group</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">No group shared with your agency is recorded as a risk to this person.</p>
            )}
            <p className="text-sm text-slate-600">Police notes and intelligence links are not shared with partner agencies. Ask the police lead if you need more.</p>
          </Section>
        )}

        <p className="text-sm text-slate-600">Last updated {formatDateTime(person.updatedAt)}.</p>
      </div>
    </>
  );
}
