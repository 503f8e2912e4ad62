import Link from "next/link";
import { Flash } from "@/components/table/filter-form";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { getAction } from "@/lib/dal/actions";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { ACTION_STATUS, PLAN_STRAND, STRAND_PURPOSE } from "@/lib/domain/actions";
import { RECORD_KIND } from "@/lib/domain/case-record";
import { formatDate, formatDateTime } from "@/lib/format";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/http/not-found";
import { DetailList } from "../../nominals/_components/record-view";
import { updateActionAction } from "../actions";
import { OverdueBadge, outcomeLabel, PriorityBadge, StatusBadge } from "../_components/plan";
import { UpdateForm } from "./update-form";

export const metadata = { title: "Action" };

const RECORD_PATH: Record<RecordKind, string> = { GROUP: "/groups", NOMINAL: "/nominals", PERSON: "/people", LOCATION: "/locations" };


export default async function ActionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await params;
  const saved = first((await searchParams).saved);
  const action = await orNotFound(getAction(actor, id));
  const police = action.audience === "police";
  const partnership = action.audience === "partnership";
  // Administrators can own actions through their agency but cannot open groups or people.
  const canOpenRecords = can(actor, "records:read") || can(actor, "shared:read");
  const canOpen = (kind: RecordKind) => (kind === "GROUP" || kind === "PERSON" ? canOpenRecords : can(actor, "records:read"));

  const plan = (
    <div className="space-y-2">
      {action.group ? (
        <div>
          <p>
            4P plan of{" "}
            {canOpenRecords ? (
              <Link href={`/groups/${action.group.id}#plan`}>
                {action.group.reference} {action.group.name}
              </Link>
            ) : (
              `${action.group.reference} ${action.group.name}`
            )}
          </p>
          {!police ? (
            <div className="mt-1 rounded-md bg-slate-50 p-2 text-sm">
              <p className="font-semibold">Summary for partners</p>
              <p className="mt-0.5 whitespace-pre-line">{action.group.partnerSummary || "No summary has been written yet."}</p>
            </div>
          ) : null}
        </div>
      ) : null}
      {action.person ? (
        <p>
          Safeguarding plan of {canOpenRecords ? <Link href={`/people/${action.person.id}#plan`}>{action.person.name}</Link> : action.person.name}
        </p>
      ) : null}
      {!action.group && !action.person ? <p className="text-slate-700">A person&apos;s safeguarding plan not shared with your agency.</p> : null}
    </div>
  );

  const subject = action.subject ? (
    <>
      {RECORD_KIND.label[action.subject.kind]}:{" "}
      {action.subject.name ? canOpen(action.subject.kind) ? <Link href={`${RECORD_PATH[action.subject.kind]}/${action.subject.id}`}>{action.subject.name}</Link> : action.subject.name : "(removed record)"}
    </>
  ) : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/actions">Back to my actions</Link>
      </p>
      <PageHeader
        title={action.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="blue">{PLAN_STRAND.label[action.strand]}</Badge>
            <StatusBadge status={action.status} />
            <PriorityBadge priority={action.priority} />
            {action.overdue ? <OverdueBadge /> : null}
          </span>
        }
      />
      {saved ? <Flash>Update saved.</Flash> : null}
      {partnership ? (
        <p className="mb-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-sm">Another agency&apos;s action, shared with the partnership; its notes are not shared.</p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section aria-labelledby="details-heading" className="card space-y-3">
            <h2 id="details-heading" className="text-xl font-bold">
              Details
            </h2>
            <DetailList emptyText="—"
              items={[
                ["Strand", <>{PLAN_STRAND.label[action.strand]}: {STRAND_PURPOSE[action.strand].toLowerCase()}</>],
                ["Status", ACTION_STATUS.label[action.status]],
                ["Priority", <PriorityBadge key="priority" priority={action.priority} />],
                [
                  "Due date",
                  <span key="due" className="flex flex-wrap items-center gap-2">
                    {formatDate(action.dueDate)}
                    {action.overdue ? <OverdueBadge /> : null}
                  </span>,
                ],
                ["Owning agency", action.owningAgency.name],
                ["Assignee", action.assignee ? action.assignee.name : `Not assigned: anyone at ${action.owningAgency.name}`],
                ["Plan", plan],
                ...(partnership
                  ? []
                  : ([
                      ["About", subject ?? <span className="text-slate-600">Not shared with your agency</span>],
                      ["Shared with the partnership", action.sharedWithPartnership ? "Yes: partner agencies on the group see its basics, never its notes" : "No"],
                    ] as [string, React.ReactNode][])),
              ]}
            />
            {!partnership ? (
              <div>
                <h3 className="font-semibold">Description</h3>
                <p className="mt-1 whitespace-pre-line wrap-break-word">{action.description || <span className="text-slate-600">No description.</span>}</p>
              </div>
            ) : null}
            {!partnership && (action.outcomeNote || action.disruptionOutcome) ? (
              <div>
                <h3 className="font-semibold">Outcome</h3>
                {action.outcomeNote ? <p className="mt-1 whitespace-pre-line wrap-break-word">{action.outcomeNote}</p> : null}
                {action.disruptionOutcome ? <p className="mt-1">Disruption outcome: <strong>{outcomeLabel(action.disruptionOutcome)}</strong></p> : null}
              </div>
            ) : null}
          </section>

          {!partnership ? (
            <section aria-labelledby="history-heading" className="card space-y-3">
              <h2 id="history-heading" className="text-xl font-bold">
                History
              </h2>
              {action.updates.length ? (
                <ol className="space-y-3">
                  {action.updates.map((u) => (
                    <li key={u.id} className="border-t border-slate-100 pt-3 text-sm first:border-t-0 first:pt-0">
                      <p>
                        <strong>{u.author.name}</strong>, {u.author.agency.name} <span className="text-slate-600">· {formatDateTime(u.createdAt)}</span>
                      </p>
                      {u.statusTo ? (
                        <p className="mt-1">
                          Status: {u.statusFrom ? <>{ACTION_STATUS.label[u.statusFrom]} → </> : null}
                          <strong>{ACTION_STATUS.label[u.statusTo]}</strong>
                        </p>
                      ) : null}
                      {u.note ? <p className="mt-1 whitespace-pre-line wrap-break-word">{u.note}</p> : null}
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="text-slate-700">No updates yet.</p>
              )}
            </section>
          ) : null}
        </div>

        <div className="min-w-0">
          {action.canUpdate ? (
            <UpdateForm
              action={updateActionAction.bind(null, action.id)}
              version={action.version}
              status={action.status}
              strand={action.strand}
              outcomeNote={action.outcomeNote}
              disruptionOutcome={action.disruptionOutcome}
              currentHref={`/actions/${action.id}`}
            />
          ) : (
            <p className="card text-sm text-slate-700">Only {action.owningAgency.name} and the police can update this action.</p>
          )}
        </div>
      </div>
    </>
  );
}
