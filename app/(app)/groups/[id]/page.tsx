import Link from "next/link";
import { Flash } from "@/components/table/filter-form";
import { ConcernTimeline } from "@/components/records/concern-timeline";
import { RecordLinks } from "@/components/records/record-links";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { CRIME_TYPES, GROUP_STATUS, LINK_TYPE } from "@/lib/domain/case-record";
import { EXTENT_LABELS, FACTOR_LABELS } from "@/lib/domain/scoring";
import { groupPlan } from "@/lib/dal/actions";
import { concernsForRecord, countRecordConcerns } from "@/lib/dal/concerns";
import { getGroup } from "@/lib/dal/groups";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { PlanBoard, type StrandColumn } from "../../actions/_components/plan";
import { addMemberAction } from "../actions";
import { AddMemberForm } from "./add-member-form";
import { MembersTable } from "./members-table";

export const metadata = { title: "Group" };

const crimeLabel = (c: string) => CRIME_TYPES.label[c as keyof typeof CRIME_TYPES.label] ?? c;

function Facts({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-sm font-semibold text-slate-700">{term}</dt>
          <dd className="mt-0.5">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The group's 4P plan as a board: every column its progress and action cards. */
function PlanSection({ groupId, columns, canCreate }: { groupId: string; columns: StrandColumn[]; canCreate: boolean }) {
  return (
    <section id="plan" aria-labelledby="plan-heading" className="mt-6 space-y-3">
      <h2 id="plan-heading" className="text-xl font-bold">
        4P plan
      </h2>
      <p className="text-sm text-slate-700">Pursue, Prevent, Protect and Prepare actions, owned by any agency. Progress counts done actions out of all but cancelled ones.</p>
      <PlanBoard columns={columns} addHref={canCreate ? (strand) => `/actions/new?groupId=${groupId}&strand=${strand}` : undefined} allHref={`/actions?view=all&groupId=${groupId}&status=ALL`} />
    </section>
  );
}

export default async function GroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; scored?: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const flags = await searchParams;
  const group = await orNotFound(getGroup(actor, id));
  const plan = await groupPlan(actor, group.id);
  const canCreateActions = can(actor, "actions:create");

  if (group.audience === "partner") {
    return (
      <>
        <PageHeader title={`${group.reference} ${group.name}`} description={<Badge>{GROUP_STATUS.label[group.status]}</Badge>} />
        <p className="mb-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-sm">Partner-safe view, shared with {actor.agencyName}. Police assessments, scores and the people involved are not shared.</p>
        <div className="card space-y-4">
          <Facts items={[["Crime types", group.crimeTypes.map(crimeLabel).join(", ")], ["Neighbourhoods", group.neighbourhoods.map((n) => n.name).join(", ")]]} />
          <section aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="font-semibold">
              Summary for partners
            </h2>
            <p className="mt-1 whitespace-pre-line">{group.partnerSummary || "No summary has been written yet."}</p>
          </section>
        </div>
        <PlanSection groupId={group.id} columns={plan} canCreate={canCreateActions} />
      </>
    );
  }

  const [concerns, concernCount] = await Promise.all([concernsForRecord(actor, "GROUP", group.id), countRecordConcerns(actor, "GROUP", group.id)]);
  const canWrite = can(actor, "records:write");
  const canScore = can(actor, "groups:score");
  const people = group.links.filter((l) => l.other.kind === "PERSON");
  const places = group.links.filter((l) => l.other.kind === "LOCATION");
  const latest = group.scorings[0];
  return (
    <>
      <PageHeader
        title={`${group.reference} ${group.name}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={group.status === "ACTIVE" ? "red" : group.status === "EMERGING" ? "amber" : "slate"}>{GROUP_STATUS.label[group.status]}</Badge>
            {group.band ? <Badge tone="blue">Band {group.band}</Badge> : <Badge>Not scored</Badge>}
            {group.score != null ? <span className="text-sm">Score {group.score}/100</span> : null}
            {group.aliases.length ? <span className="text-sm text-slate-700">Also known as {group.aliases.join(", ")}</span> : null}
          </span>
        }
        actions={
          <>
            {canScore ? (
              <Link href={`/groups/${group.id}/score`} className="btn-primary">
                Score
              </Link>
            ) : null}
            {canWrite ? (
              <Link href={`/groups/${group.id}/edit`} className="btn-secondary">
                Edit
              </Link>
            ) : null}
          </>
        }
      />
      {flags.saved ? <Flash>Group saved.</Flash> : null}
      {flags.scored ? <Flash>Scoring recorded.</Flash> : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="profile-heading" className="card space-y-4">
            <h2 id="profile-heading" className="text-xl font-bold">
              Profile
            </h2>
            <Facts
              items={[
                ["Crime types", group.crimeTypes.map(crimeLabel).join(", ")],
                ["Neighbourhoods", group.neighbourhoods.map((n) => n.name).join(", ")],
                ["Lead Responsible Officer", group.lro ? `${group.lro.name} (${group.lro.agency.name})` : null],
                ["Senior Responsible Officer", group.sro ? `${group.sro.name} (${group.sro.agency.name})` : null],
                ["Shared with", group.shares.map((s) => s.agency.name).join(", ") || "Not shared with partners"],
                ["Last changed", formatDateTime(group.updatedAt)],
              ]}
            />
            <div>
              <h3 className="font-semibold">Assessment <Badge tone="red">Police only</Badge></h3>
              <p className="mt-1 whitespace-pre-line">{group.assessment || "No assessment written yet."}</p>
            </div>
            <div>
              <h3 className="font-semibold">Partner-safe summary</h3>
              <p className="mt-1 whitespace-pre-line">{group.partnerSummary || "No summary for partners yet."}</p>
            </div>
          </section>

          <section aria-labelledby="members-heading" className="space-y-3">
            <h2 id="members-heading" className="text-xl font-bold">
              Members <span className="text-base font-normal text-slate-600">({group.memberCount.toLocaleString("en-GB")})</span>
            </h2>
            {group.members.length ? (
              <>
                <MembersTable groupId={group.id} rows={group.members} canWrite={canWrite} />
                {group.memberCount > group.members.length ? (
                  <p className="text-sm">
                    Showing the first {group.members.length} by standing. <Link href={`/groups/${group.id}/members`}>All {group.memberCount.toLocaleString("en-GB")} members</Link>
                  </p>
                ) : null}
              </>
            ) : (
              <p className="text-slate-700">No members recorded yet.</p>
            )}
            {canWrite ? <AddMemberForm action={addMemberAction.bind(null, group.id)} /> : null}
          </section>

          <ConcernTimeline kind="GROUP" id={group.id} concerns={concerns} total={concernCount} />

          <RecordLinks kind="GROUP" id={group.id} links={group.links} total={group.linkCount} canWrite={canWrite} />
        </div>

        <div className="space-y-6">
          <section id="scoring" aria-labelledby="scoring-heading" className="card space-y-3">
            <h2 id="scoring-heading" className="text-xl font-bold">
              Score history
            </h2>
            {latest?.change ? (
              <p className="text-sm">
                Since the last scoring: <strong>{latest.change.scoreDelta > 0 ? `+${latest.change.scoreDelta}` : latest.change.scoreDelta}</strong> points,{" "}
                {latest.change.bandMovement === "up" ? "band rose" : latest.change.bandMovement === "down" ? "band fell" : "band unchanged"}.
              </p>
            ) : null}
            {group.scorings.length === 0 ? <p className="text-slate-700">Not scored yet.</p> : null}
            <ol className="space-y-3">
              {group.scorings.map((s) => (
                <li key={s.id} className="border-t border-slate-100 pt-3 text-sm">
                  <p className="font-semibold">
                    {s.score}/100 · band {s.band}{" "}
                    <span className="font-normal text-slate-600">
                      {formatDate(s.createdAt)} by {s.author.name}
                    </span>
                  </p>
                  <p className="mt-1 whitespace-pre-line text-slate-800">{s.rationale}</p>
                  {s.change && s.change.changedFactors.length ? (
                    <ul className="mt-1 list-disc pl-5 text-slate-700">
                      {s.change.changedFactors.map((c) => (
                        <li key={c.factor}>
                          {c.label}: {c.from} → {c.to}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <details className="mt-1">
                    <summary className="cursor-pointer text-slate-700">Ratings</summary>
                    <ul className="mt-1 grid grid-cols-1 gap-x-3 text-xs sm:grid-cols-2 lg:grid-cols-1">
                      {(Object.keys(FACTOR_LABELS) as (keyof typeof FACTOR_LABELS)[]).map((f) => (
                        <li key={f}>
                          {FACTOR_LABELS[f]}: {EXTENT_LABELS[s[f]]}
                        </li>
                      ))}
                      <li>Likelihood: {EXTENT_LABELS[s.likelihood]}</li>
                      <li>Confidence: {s.confidence.toLowerCase()}</li>
                    </ul>
                  </details>
                </li>
              ))}
            </ol>
            <p className="text-xs text-slate-600">
              Local scoring, not the national OCGM algorithm. <Link href="/help/scoring">How scores are worked out</Link>
            </p>
          </section>

          <section aria-labelledby="people-heading" className="card">
            <h2 id="people-heading" className="text-xl font-bold">
              People at risk
            </h2>
            {people.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {people.map((l) => (
                  <li key={l.id}>
                    <Link href={`/people/${l.other.id}`}>{l.other.name}</Link> <span className="text-slate-600">({LINK_TYPE.label[l.type].toLowerCase()})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-slate-700">None linked.</p>
            )}
          </section>

          <section aria-labelledby="places-heading" className="card">
            <h2 id="places-heading" className="text-xl font-bold">
              Places
            </h2>
            {places.length ? (
              <ul className="mt-2 space-y-1 text-sm">
                {places.map((l) => (
                  <li key={l.id}>
                    <Link href={`/locations/${l.other.id}`}>{l.other.name}</Link> <span className="text-slate-600">({LINK_TYPE.label[l.type].toLowerCase()})</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-slate-700">None linked.</p>
            )}
          </section>
        </div>
      </div>

      <PlanSection groupId={group.id} columns={plan} canCreate={canCreateActions} />
    </>
  );
}
