import Link from "next/link";
import { BarList } from "@/components/charts/bar-list";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { AGENCY_TYPE_LABELS, ROLE_LABELS, can } from "@/lib/auth/policy";
import { actionCounts } from "@/lib/dal/actions";
import { groupsOnMyPatch, listMyConcerns, listReferredToMyAgency, type ConcernFeedback } from "@/lib/dal/concerns";
import { homeSummary } from "@/lib/dal/home";
import { supervisorHome, type SupervisorHome } from "@/lib/dal/meetings";
import { GROUP_STATUS } from "@/lib/domain/case-record";
import { CATEGORY_LABEL, CONCERN_STATUS, HANDLING_CODE } from "@/lib/domain/concerns";
import { MEETING_DECISION, MEETING_STATUS, MEETING_TYPE, NEWLY_HIGH_RISK_DAYS } from "@/lib/domain/meetings";
import { OC_CATEGORIES } from "@/lib/domain/indicators";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ConcernStatus } from "@/lib/generated/prisma/enums";

export const metadata = { title: "Home" };

type Card = { title: string; body: string; href?: string; soon?: boolean };

function cardsFor(actor: Actor): Card[] {
  switch (actor.role) {
    case "OFFICER":
      // The officer's home is the sections below: log a concern, my concerns, my patch.
      return [];
    case "ANALYST":
      return [
        { title: "Triage queue", body: "New concerns waiting for grading and linking, oldest first.", href: "/concerns" },
        { title: "Groups", body: "Profiles, members, places and priority scores.", href: "/groups" },
        { title: "Nominals and people at risk", body: "Search by name or alias across the joined-up record.", href: "/nominals" },
      ];
    case "SUPERVISOR":
      return [
        { title: "Tasking meetings", body: "Plan, run and minute meetings; agendas proposed for you.", href: "/meetings" },
        { title: "Overdue actions", body: "Actions past their due date.", href: "/actions?view=overdue" },
        { title: "Audit trail", body: "Who saw and changed what, and when.", href: "/audit" },
      ];
    case "PARTNER":
      return [
        { title: "Shared with my agency", body: `Groups and people shared with ${actor.agencyName} on a need-to-know basis.`, href: "/groups" },
        { title: "My agency's actions", body: "Safeguarding and prevention actions your agency owns.", href: "/actions?view=agency" },
      ];
    case "ADMIN":
      return [
        { title: "Users", body: "Create, edit and disable accounts; reset passwords.", href: "/admin/users" },
        { title: "Agencies", body: "Police forces and partner agencies.", href: "/admin/agencies" },
        { title: "Neighbourhoods", body: "Areas and area commands officers cover.", href: "/admin/neighbourhoods" },
        { title: "Audit trail", body: "Sign-ins, lockouts and every administrative change.", href: "/audit" },
      ];
  }
}

const categoryLabel = (c: string) => CATEGORY_LABEL[c] ?? c;

function StatusBadge({ status }: { status: ConcernStatus }) {
  return <Badge tone={status === "OUTCOME" ? "green" : status === "IN_ASSESSMENT" ? "amber" : "blue"}>{CONCERN_STATUS.label[status]}</Badge>;
}

/** Two figures for every role: my and my agency's overdue actions, and those due within a week. */
function ActionFigures({ overdue, dueSoon }: { overdue: number; dueSoon: number }) {
  const late = overdue > 0;
  return (
    <section aria-labelledby="action-figures-heading" className="mb-6">
      <h2 id="action-figures-heading" className="sr-only">
        Your actions
      </h2>
      <ul className="grid grid-cols-2 gap-3 sm:max-w-xl">
        <li>
          <Link href="/actions?view=overdue" className={`card flex min-h-11 flex-col no-underline hover:no-underline ${late ? "border-red-700 bg-red-50" : ""}`}>
            <span className={`text-3xl font-bold ${late ? "text-red-800" : "text-slate-900"}`}>{overdue}</span>
            <span className={`text-sm font-semibold underline underline-offset-2 ${late ? "text-red-800" : "text-brand-700"}`}>
              {late ? <span aria-hidden="true">⚠ </span> : null}Overdue actions
            </span>
          </Link>
        </li>
        <li>
          <Link href="/actions" className="card flex min-h-11 flex-col no-underline hover:no-underline">
            <span className="text-3xl font-bold text-slate-900">{dueSoon}</span>
            <span className="text-sm font-semibold text-brand-700 underline underline-offset-2">Due in the next 7 days</span>
          </Link>
        </li>
      </ul>
      <p className="mt-2 text-sm text-slate-700">Open actions assigned to you or owned by your agency.</p>
    </section>
  );
}

function LogConcernButton() {
  return (
    <section aria-labelledby="log-heading" className="mb-8">
      <h2 id="log-heading" className="sr-only">
        Log a concern
      </h2>
      <Link href="/concerns/new" className="btn-primary w-full py-4 text-lg sm:w-auto sm:px-8">
        Log a concern
      </Link>
      <p className="mt-2 text-sm text-slate-700">Tell HQ what you have seen or heard: it takes a minute, on your phone.</p>
    </section>
  );
}

function MyConcerns({ concerns }: { concerns: ConcernFeedback[] }) {
  return (
    <section aria-labelledby="my-concerns-heading" className="mb-8">
      <h2 id="my-concerns-heading" className="text-xl font-bold">
        My concerns
      </h2>
      <p className="mt-1 text-sm text-slate-700">What HQ made of what you reported, newest first.</p>
      {concerns.length ? (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {concerns.map((c) => (
            <li key={c.id} className="card min-w-0 space-y-1">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="min-w-0 font-semibold wrap-break-word">
                  <Link href={`/concerns/${c.id}`}>
                    {categoryLabel(c.category)}
                    <span className="sr-only">, {formatDateTime(c.occurredAt)}</span>
                  </Link>
                </h3>
                <StatusBadge status={c.status} />
              </div>
              <p className="text-sm text-slate-700">
                {formatDateTime(c.occurredAt)}
                {c.neighbourhood ? ` · ${c.neighbourhood}` : ""}
              </p>
              {c.outcome ? (
                <p className="text-sm">
                  <strong>Outcome:</strong> {c.outcome}
                </p>
              ) : (
                <p className="text-sm text-slate-700">Waiting for an HQ analyst.</p>
              )}
              {c.feedback ? <p className="line-clamp-4 text-sm whitespace-pre-line wrap-break-word">{c.feedback}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="card mt-3 text-slate-700">You have not logged any concerns yet.</p>
      )}
    </section>
  );
}

type PatchGroup = Awaited<ReturnType<typeof groupsOnMyPatch>>[number];

function GroupsOnMyPatch({ groups, hasPatch }: { groups: PatchGroup[]; hasPatch: boolean }) {
  return (
    <section aria-labelledby="patch-heading" className="mb-8">
      <h2 id="patch-heading" className="text-xl font-bold">
        Groups active on my patch
      </h2>
      {groups.length ? (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {groups.map((g) => (
            <li key={g.id} className="card min-w-0 space-y-2">
              <h3 className="font-semibold wrap-break-word">
                <Link href={`/groups/${g.id}`}>
                  {g.reference} {g.name}
                </Link>
              </h3>
              <p className="flex flex-wrap gap-2">
                <Badge tone={g.status === "ACTIVE" ? "red" : g.status === "EMERGING" ? "amber" : "slate"}>{GROUP_STATUS.label[g.status]}</Badge>
                {g.band ? <Badge tone="blue">Band {g.band}</Badge> : <Badge>Not scored</Badge>}
              </p>
              <p className="line-clamp-4 text-sm whitespace-pre-line text-slate-700 wrap-break-word">{g.partnerSummary || "No summary written yet."}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card mt-3 text-slate-700">
          {hasPatch ? "No active or emerging groups are recorded in your neighbourhoods." : "You have no neighbourhoods yet: ask an administrator to add the ones you cover."}
        </p>
      )}
    </section>
  );
}

type Referral = Awaited<ReturnType<typeof listReferredToMyAgency>>[number];

function ReferredToMyAgency({ referrals, agencyName }: { referrals: Referral[]; agencyName: string }) {
  return (
    <section aria-labelledby="referred-heading" className="mb-8">
      <h2 id="referred-heading" className="text-xl font-bold">
        Referred to your agency
      </h2>
      <p className="mt-1 text-sm text-slate-700">Concerns HQ has referred to {agencyName}, as sanitised summaries.</p>
      {referrals.length ? (
        <ul className="mt-3 grid gap-3 md:grid-cols-2">
          {referrals.map((r) => (
            <li key={r.id} className="card min-w-0 space-y-2">
              <h3 className="font-semibold wrap-break-word">
                <Link href={`/concerns/${r.id}`}>
                  {categoryLabel(r.category)}
                  {r.outcomeAt ? <span className="sr-only">, referred {formatDate(r.outcomeAt)}</span> : null}
                </Link>
              </h3>
              <p className="text-sm text-slate-700">
                {r.outcomeAt ? `Referred ${formatDate(r.outcomeAt)}` : "Referred"}
                {r.neighbourhood ? ` · ${r.neighbourhood.name}` : ""}
                {r.handlingCode ? ` · Handling ${HANDLING_CODE.label[r.handlingCode]}` : ""}
              </p>
              <p className="line-clamp-4 text-sm whitespace-pre-line wrap-break-word">{r.sanitisedSummary || "No summary was written."}</p>
              {r.handlingCode === "C" && r.handlingConditions ? (
                <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-slate-900">
                  <p className="font-semibold">
                    <span aria-hidden="true">⚠ </span>Handling conditions: you must
                  </p>
                  <p className="mt-1 whitespace-pre-line wrap-break-word">{r.handlingConditions}</p>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="card mt-3 text-slate-700">Nothing has been referred to your agency yet.</p>
      )}
    </section>
  );
}

const decisionLabel = (d: string) => MEETING_DECISION.label[d as keyof typeof MEETING_DECISION.label] ?? d;

/** The supervisor's tasking picture: what is coming up, what was decided but not yet tasked, what is late, and who is newly at high risk. */
function SupervisorSections({ home }: { home: SupervisorHome }) {
  return (
    <div className="mb-8 grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="upcoming-heading" className="card min-w-0 space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="upcoming-heading" className="text-lg font-semibold">
            Upcoming meetings
          </h2>
          <Link href="/meetings/new" className="btn-secondary">
            Plan a meeting
          </Link>
        </div>
        {home.upcoming.length ? (
          <ul className="divide-y divide-slate-100">
            {home.upcoming.map((m) => (
              <li key={m.id} className="py-2 first:pt-0 last:pb-0">
                <p className="font-semibold wrap-break-word">
                  <Link href={`/meetings/${m.id}`}>{m.title}</Link>
                </p>
                <p className="text-sm text-slate-700">
                  {formatDateTime(m.startsAt)} · {MEETING_TYPE.label[m.type]} · {MEETING_STATUS.label[m.status]}
                  {m.neighbourhoods.length ? ` · ${m.neighbourhoods.join(", ")}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No meetings planned. Plan one and Locus proposes its agenda.</p>
        )}
        <p className="text-sm">
          <Link href="/meetings">All meetings</Link>
        </p>
      </section>

      <section aria-labelledby="awaiting-heading" className="card min-w-0 space-y-3">
        <h2 id="awaiting-heading" className="text-lg font-semibold">
          Decisions waiting for actions
        </h2>
        <p className="text-sm text-slate-700">Items adopted, referred or escalated with no action created from them yet.</p>
        {home.awaitingActions.length ? (
          <ul className="divide-y divide-slate-100">
            {home.awaitingActions.map((a) => (
              <li key={a.itemId} className="py-2 first:pt-0 last:pb-0">
                <p className="font-semibold wrap-break-word">
                  <Link href={`/meetings/${a.meetingId}#item-${a.itemId}`}>{a.itemTitle}</Link>
                </p>
                <p className="text-sm text-slate-700 wrap-break-word">
                  {decisionLabel(a.decision)}
                  {a.decidedAt ? ` ${formatDate(a.decidedAt)}` : ""} · {a.meetingTitle}, {formatDate(a.startsAt)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">Every adopted decision has its actions.</p>
        )}
      </section>

      <BarList
        title="Overdue actions by agency"
        caption="Open actions past their due date, by the agency that owns them."
        data={home.overdueByAgency.map((a) => ({ label: a.agency, value: a.count, href: `/actions?${new URLSearchParams({ view: "all", owningAgencyId: a.agencyId, overdue: "true" })}` }))}
        valueLabel={(n) => `${n} overdue`}
        emptyText="No action of any agency is overdue."
      />

      <section aria-labelledby="high-risk-heading" className="card min-w-0 space-y-3">
        <h2 id="high-risk-heading" className="text-lg font-semibold">
          Newly high-risk people
        </h2>
        <p className="text-sm text-slate-700">People whose risk became high in the last {NEWLY_HIGH_RISK_DAYS} days.</p>
        {home.newlyHighRisk.length ? (
          <ul className="divide-y divide-slate-100">
            {home.newlyHighRisk.map((p) => (
              <li key={p.id} className="py-2 first:pt-0 last:pb-0">
                <p className="font-semibold wrap-break-word">
                  <Link href={`/people/${p.id}`}>{p.name}</Link>
                </p>
                <p className="text-sm text-slate-700">
                  High risk since {formatDate(p.riskLevelSince)} · {p.leadAgency ? `Lead agency: ${p.leadAgency}` : "No lead agency yet"}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-700">No one has become high-risk in the last {NEWLY_HIGH_RISK_DAYS} days.</p>
        )}
      </section>
    </div>
  );
}

export default async function HomePage() {
  const actor = await requireActor();
  const [summary, mine, patchGroups, referrals, counts, tasking] = await Promise.all([
    homeSummary(actor),
    can(actor, "concerns:log") ? listMyConcerns(actor, 10) : Promise.resolve([]),
    groupsOnMyPatch(actor),
    listReferredToMyAgency(actor),
    actionCounts(actor),
    can(actor, "meetings:manage") ? supervisorHome(actor) : Promise.resolve(null),
  ]);
  const isOfficer = actor.role === "OFFICER";
  const isPartner = actor.role === "PARTNER";
  const cards = cardsFor(actor);
  return (
    <>
      <PageHeader
        title={`Welcome, ${actor.name}`}
        description={
          <>
            You are signed in as <strong>{ROLE_LABELS[actor.role]}</strong> at <strong>{actor.agencyName}</strong> ({AGENCY_TYPE_LABELS[actor.agencyType]}).
            {summary.patch.length ? <> Your neighbourhoods: {summary.patch.join(", ")}.</> : null}
          </>
        }
      />

      <ActionFigures overdue={counts.overdue} dueSoon={counts.dueSoon} />

      {tasking ? <SupervisorSections home={tasking} /> : null}

      {summary.admin ? (
        <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ["Active users", summary.admin.users],
            ["Agencies", summary.admin.agencies],
            ["Neighbourhoods", summary.admin.neighbourhoods],
            ["Locked accounts", summary.admin.locked],
          ].map(([label, value]) => (
            <div key={label} className="card">
              <dt className="text-sm text-slate-700">{label}</dt>
              <dd className="text-2xl font-bold">{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      {isOfficer || isPartner ? <LogConcernButton /> : null}
      {isPartner ? <ReferredToMyAgency referrals={referrals} agencyName={actor.agencyName} /> : null}
      {isOfficer || mine.length ? <MyConcerns concerns={mine} /> : null}
      {isOfficer || patchGroups.length ? <GroupsOnMyPatch groups={patchGroups} hasPatch={actor.neighbourhoodIds.length > 0} /> : null}

      {cards.length ? (
        <section aria-labelledby="work-heading">
          <h2 id="work-heading" className="sr-only">
            Your work
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {cards.map((card) => (
              <li key={card.title} className="card flex flex-col gap-2">
                <h3 className="text-lg font-semibold">{card.href ? <Link href={card.href}>{card.title}</Link> : card.title}</h3>
                <p className="text-sm text-slate-700">{card.body}</p>
                {card.soon ? (
                  <p>
                    <Badge>Coming soon</Badge>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {isOfficer || isPartner ? (
        <section aria-labelledby="recognise-heading" className="mt-8">
          <h2 id="recognise-heading" className="text-xl font-bold">
            Recognising organised crime
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">
            Organised crime is behind up to 17% of crime in some neighbourhoods, yet it is rarely recognised on the ground. These are the signs to look for.
          </p>
          <div className="mt-3 grid gap-3 md:grid-cols-2">
            {OC_CATEGORIES.map((c) => (
              <details key={c.key} className="card">
                <summary className="cursor-pointer font-semibold">{c.label}</summary>
                <p className="mt-2 text-sm text-slate-700">{c.summary}</p>
                <ul className="mt-2 list-disc pl-5 text-sm">
                  {c.indicators.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
