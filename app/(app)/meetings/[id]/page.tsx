import Link from "next/link";
import { Flash } from "@/components/table/filter-form";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getMeeting, meetingFormOptions, type MeetingFormOptions } from "@/lib/dal/meetings";
import { ACTION_STATUS, PLAN_STRAND } from "@/lib/domain/actions";
import { AGENDA_ITEM_KIND, MEETING_DECISION, type ItemAction, type ItemSubject, type MeetingItemView, type MeetingView } from "@/lib/domain/meetings";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { DetailList } from "../../nominals/_components/record-view";
import { OverdueBadge, StatusBadge } from "../../actions/_components/plan";
import {
  addFreeItemAction, createItemActionAction, decideItemAction, moveItemAction, publishMinutesAction, refreshAgendaAction, removeItemAction, setMeetingStatusAction,
} from "../actions";
import { FreeItemForm, MinutesForm } from "../_components/agenda-forms";
import { DecisionBadge, MeetingStatusBadge, MeetingTypeBadge } from "../_components/badges";
import { DecisionForm, ItemActionForm, ItemOrderControls } from "../_components/item-forms";
import { CloseMeetingForm, RefreshAgendaForm, StartMeetingForm } from "../_components/run-controls";

export const metadata = { title: "Tasking meeting" };

const SUBJECT_PATH: Record<ItemSubject["kind"], string | null> = { GROUP: "/groups", PERSON: "/people", CONCERN: "/concerns", ACTION: "/actions", REFERRAL: null };
const SUBJECT_KIND: Record<ItemSubject["kind"], string> = { GROUP: "Group", PERSON: "Person at risk", CONCERN: "Concern", ACTION: "Action", REFERRAL: "Referral" };


function flashFor(saved: string | undefined, meeting: MeetingView): string | null {
  switch (saved) {
    case "planned":
      return `Meeting planned. Locus proposed ${meeting.items.length} ${meeting.items.length === 1 ? "item" : "items"} for the agenda: reorder, remove or add to them below.`;
    case "details":
      return "Meeting details saved.";
    case "started":
      return "Meeting started: record a decision on each item as you go.";
    case "closed":
      return "Meeting closed. Publish the minutes to tell the attendees.";
    case "removed":
      return "Item removed from the agenda.";
    case "published":
      return "Minutes published: the attendees have been told.";
    default:
      return null;
  }
}

/** What an item is about, linked where the viewer can open that record (the data layer only names what they may see). */
function Subject({ subject }: { subject: ItemSubject }) {
  const path = SUBJECT_PATH[subject.kind];
  return (
    <div className="text-sm">
      <p>
        <span className="font-semibold text-slate-700">{SUBJECT_KIND[subject.kind]}: </span>
        {path ? <Link href={`${path}/${subject.id}`}>{subject.label}</Link> : subject.label}
      </p>
      {subject.summary ? <p className="mt-1 whitespace-pre-line text-slate-800 wrap-break-word">{subject.summary}</p> : null}
    </div>
  );
}

/** The data layer hands over the status as its label ("In progress"); the badge wants the code for its colour. */
function ItemActionStatus({ status }: { status: string }) {
  const code = ACTION_STATUS.values.find((v) => v === status || ACTION_STATUS.label[v] === status);
  return code ? <StatusBadge status={code} /> : <Badge>{status}</Badge>;
}

function ItemActions({ actions }: { actions: ItemAction[] }) {
  return (
    <ul className="space-y-2">
      {actions.map((a) => (
        <li key={a.id} className="min-w-0 rounded-md border border-slate-200 bg-white p-3 text-sm">
          <p className="font-semibold wrap-break-word">
            <Link href={`/actions/${a.id}`}>{a.title}</Link>
          </p>
          <p className="mt-1 flex flex-wrap gap-1.5">
            <Badge tone="blue">{PLAN_STRAND.label[a.strand]}</Badge>
            <ItemActionStatus status={a.status} />
            {a.overdue ? <OverdueBadge /> : null}
          </p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-slate-800">
            <dt className="text-slate-600">Owner</dt>
            <dd className="min-w-0 wrap-break-word">{a.owningAgency}</dd>
            <dt className="text-slate-600">Assignee</dt>
            <dd className="min-w-0 wrap-break-word">{a.assignee ?? "Not assigned"}</dd>
            <dt className="text-slate-600">Due</dt>
            <dd className={a.overdue ? "font-semibold text-red-800" : undefined}>{formatDate(a.dueDate)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function AgendaItem({
  meeting,
  item,
  number,
  total,
  options,
  nextUp,
}: {
  meeting: MeetingView;
  item: MeetingItemView;
  number: number;
  total: number;
  /** Choices for the action form: only for the item being tasked (see MeetingPage). */
  options: MeetingFormOptions | null;
  /** The first undecided item of a running meeting: its decision form starts open. */
  nextUp: boolean;
}) {
  const police = meeting.audience === "police";
  const running = meeting.canManage && meeting.status !== "CLOSED";
  const headingId = `item-${item.id}-heading`;
  return (
    <li id={`item-${item.id}`} className="scroll-mt-4">
      <article aria-labelledby={headingId} className="card min-w-0 space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <p className="flex flex-wrap gap-1.5">
              <Badge>{AGENDA_ITEM_KIND.label[item.kind]}</Badge>
              {item.decision ? <DecisionBadge decision={item.decision} /> : <Badge tone="amber">No decision yet</Badge>}
            </p>
            <h3 id={headingId} className="text-lg font-bold wrap-break-word">
              <span className="text-slate-600">{number}.</span> {item.title}
            </h3>
          </div>
          {running ? (
            <ItemOrderControls
              number={number}
              version={meeting.version}
              first={number === 1}
              last={number === total}
              moveAction={moveItemAction.bind(null, meeting.id, item.id)}
              removeAction={removeItemAction.bind(null, meeting.id, item.id)}
            />
          ) : null}
        </div>

        {item.subject ? <Subject subject={item.subject} /> : null}

        {police && item.reason ? (
          <div className="text-sm">
            <p className="font-semibold text-slate-700">Why it is on the agenda (police only)</p>
            <p className="mt-0.5 whitespace-pre-line wrap-break-word">{item.reason}</p>
          </div>
        ) : null}

        {item.decision ? (
          <div className="space-y-2 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-sm">
            <p>
              <strong>Decided: {MEETING_DECISION.label[item.decision]}</strong>
              {item.decidedBy || item.decidedAt ? (
                <span className="text-slate-800">
                  {" "}
                  by {item.decidedBy ?? "the chair"}
                  {item.decidedAt ? `, ${formatDateTime(item.decidedAt)}` : ""}
                </span>
              ) : null}
            </p>
            {police && item.rationale ? (
              <div>
                <p className="font-semibold text-slate-700">Rationale (police only)</p>
                <p className="mt-0.5 whitespace-pre-line wrap-break-word">{item.rationale}</p>
              </div>
            ) : null}
            {item.partnerNote ? (
              <div>
                <p className="font-semibold text-slate-700">{police ? "Note for partners" : "Note"}</p>
                <p className="mt-0.5 whitespace-pre-line wrap-break-word">{item.partnerNote}</p>
              </div>
            ) : null}
          </div>
        ) : null}

        {item.actions.length ? (
          <div className="space-y-2">
            <h4 className="font-semibold">{item.kind === "OVERDUE_ACTION" || item.kind === "ACTION_REVIEW" ? "Action under review" : "Actions"}</h4>
            <ItemActions actions={item.actions} />
          </div>
        ) : null}

        {running ? (
          <DecisionForm
            // Starting the meeting opens the first undecided item's form: a new form, not the planned one's state.
            key={meeting.status}
            itemId={item.id}
            number={number}
            action={decideItemAction.bind(null, meeting.id, item.id)}
            version={item.version}
            initiallyOpen={nextUp}
            decision={item.decision}
            rationale={item.rationale}
            partnerNote={item.partnerNote}
          />
        ) : null}

        {running && item.plan && options ? (
          <ItemActionForm
            itemId={item.id}
            number={number}
            action={createItemActionAction.bind(null, meeting.id, item.id)}
            plan={item.plan}
            agencies={options.agencies}
            users={options.users}
            agenciesNarrowed={!!options.agenciesNarrowed}
            usersNarrowed={!!options.usersNarrowed}
            editHref={`/meetings/${meeting.id}/edit`}
            initiallyOpen
          />
        ) : running && item.plan ? (
          <p>
            <Link href={`/meetings/${meeting.id}?task=${item.id}#item-${item.id}`} className="btn-secondary">
              Create an action from this item<span className="sr-only"> ({number})</span>
            </Link>
          </p>
        ) : null}
      </article>
    </li>
  );
}

export default async function MeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  const saved = first(query.saved);
  // The action form (with its agency and people lists) is rendered for one item at a time, the one
  // asked for: an agenda of 100+ items each carrying those lists was a 2 MB page.
  const taskId = first(query.task);
  const meeting = await orNotFound(getMeeting(actor, id));
  const police = meeting.audience === "police";
  const closed = meeting.status === "CLOSED";
  const running = meeting.canManage && !closed;
  // For the actions tasked from items: the meeting's own agencies and people are always offered,
  // however long the national lists are (the form says when a list is cut).
  const tasking = running ? meeting.items.find((i) => i.id === taskId && i.plan) : undefined;
  const options = tasking ? await meetingFormOptions(actor, { neighbourhoodIds: meeting.neighbourhoods.map((n) => n.id), attendeeIds: meeting.attendees.map((a) => a.id), agencyIds: meeting.agencies.map((a) => a.id) }) : null;
  const flash = flashFor(saved, meeting);
  const undecided = meeting.items.filter((i) => !i.decision).length;
  const nextUpId = meeting.items.find((i) => !i.decision)?.id;
  const minutesReady = police ? closed : !!meeting.minutesPublishedAt;
  const href = `/meetings/${meeting.id}`;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/meetings">Back to meetings</Link>
      </p>
      <PageHeader
        title={meeting.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <MeetingTypeBadge type={meeting.type} />
            <MeetingStatusBadge status={meeting.status} />
            <span>{formatDateTime(meeting.startsAt)}</span>
          </span>
        }
      />
      {flash ? <Flash>{flash}</Flash> : null}
      {!police ? <p className="mb-4 rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-sm">Partner version: you see the items your agency is party to.</p> : null}

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <section aria-labelledby="details-heading" className="card min-w-0 space-y-3 lg:col-span-2">
          <h2 id="details-heading" className="text-xl font-bold">
            Details
          </h2>
          <DetailList emptyText="—"
            items={[
              ["When", formatDateTime(meeting.startsAt)],
              ["Chair", meeting.chair.name],
              ["Neighbourhoods", meeting.neighbourhoods.map((n) => n.name).join(", ")],
              [
                "Attendees",
                meeting.attendees.length ? (
                  <ul key="attendees" className="space-y-0.5">
                    {meeting.attendees.map((a) => (
                      <li key={a.id}>
                        {a.name} <span className="text-slate-700">· {a.agency}</span>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-slate-600">None recorded</span>
                ),
              ],
              ["Agencies", meeting.agencies.map((a) => a.name).join(", ") || <span className="text-slate-600">Police only</span>],
              ...(meeting.closedAt ? ([["Closed", formatDateTime(meeting.closedAt)]] as [string, React.ReactNode][]) : []),
              ["Minutes", meeting.minutesPublishedAt ? `Published ${formatDateTime(meeting.minutesPublishedAt)}` : "Not published yet"],
            ]}
          />
        </section>

        <div className="min-w-0 space-y-4">
          {meeting.canManage ? (
            <section aria-labelledby="run-heading" className="card space-y-3">
              <h2 id="run-heading" className="text-xl font-bold">
                Run the meeting
              </h2>
              {meeting.status === "PLANNED" ? <StartMeetingForm action={setMeetingStatusAction.bind(null, meeting.id)} version={meeting.version} /> : null}
              {meeting.status === "IN_PROGRESS" ? <CloseMeetingForm action={setMeetingStatusAction.bind(null, meeting.id)} version={meeting.version} undecided={undecided} /> : null}
              {running ? (
                <>
                  <p>
                    <Link href={`${href}/edit`} className="btn-secondary">
                      Edit details
                    </Link>
                  </p>
                  <RefreshAgendaForm action={refreshAgendaAction.bind(null, meeting.id)} version={meeting.version} />
                  <p className="text-sm text-slate-700">Refreshing adds what Locus would propose now and is not on the agenda yet; nothing is removed.</p>
                </>
              ) : (
                <p className="text-sm text-slate-700">This meeting is closed: its agenda and decisions are the record of what was decided.</p>
              )}
            </section>
          ) : null}
          <section aria-labelledby="downloads-heading" className="card space-y-3">
            <h2 id="downloads-heading" className="text-xl font-bold">
              Documents
            </h2>
            <div className="flex flex-col gap-2">
              <a href={`/api/v1/meetings/${meeting.id}/pack.pdf`} download className="btn-secondary">
                Meeting pack (PDF)
              </a>
              {minutesReady ? (
                <a href={`/api/v1/meetings/${meeting.id}/minutes.pdf`} download className="btn-secondary">
                  Minutes (PDF)
                </a>
              ) : null}
            </div>
            <p className="text-sm text-slate-700">
              {police ? "Police version: handle as OFFICIAL-SENSITIVE. " : "Partner version. "}
              {minutesReady ? "" : police ? "The minutes can be downloaded once the meeting is closed." : "The minutes can be downloaded once they are published."}
            </p>
          </section>
        </div>
      </div>

      <section id="agenda" aria-labelledby="agenda-heading" className="mt-8 scroll-mt-4 space-y-3">
        <h2 id="agenda-heading" className="text-xl font-bold">
          Agenda
        </h2>
        <p className="text-sm text-slate-700">
          {meeting.items.length} {meeting.items.length === 1 ? "item" : "items"}
          {meeting.items.length ? `, ${meeting.items.length - undecided} decided` : ""}.
          {police ? " Proposed by Locus from the neighbourhoods in scope, and changed by the chair." : ""}
        </p>
        {meeting.items.length ? (
          <ol className="space-y-4">
            {meeting.items.map((item, index) => (
              <AgendaItem key={item.id} meeting={meeting} item={item} number={index + 1} total={meeting.items.length} options={item.id === tasking?.id ? options : null} nextUp={meeting.status === "IN_PROGRESS" && item.id === nextUpId} />
            ))}
          </ol>
        ) : (
          <p className="card text-slate-700">{police ? "Nothing on the agenda yet." : "No items on this meeting's agenda concern your agency."}</p>
        )}
        {running ? <FreeItemForm action={addFreeItemAction.bind(null, meeting.id)} version={meeting.version} /> : null}
      </section>

      <section id="minutes" aria-labelledby="minutes-heading" className="mt-8 scroll-mt-4 space-y-3">
        <h2 id="minutes-heading" className="text-xl font-bold">
          Minutes
        </h2>
        {meeting.minutesPublishedAt ? (
          <div className="card space-y-4">
            <p className="text-sm text-slate-700">Published {formatDateTime(meeting.minutesPublishedAt)}.</p>
            {police ? (
              <>
                <div>
                  <h3 className="font-semibold">Minutes (police only)</h3>
                  <p className="mt-1 whitespace-pre-line wrap-break-word">{meeting.minutes}</p>
                </div>
                <div>
                  <h3 className="font-semibold">Partner minutes</h3>
                  <p className="mt-1 whitespace-pre-line wrap-break-word">{meeting.partnerMinutes || <span className="text-slate-600">None: partners get no minutes text.</span>}</p>
                </div>
              </>
            ) : (
              <p className="whitespace-pre-line wrap-break-word">{meeting.partnerMinutes || <span className="text-slate-600">No minutes text was written for partners.</span>}</p>
            )}
          </div>
        ) : (
          <p className="card text-slate-700">{closed ? "The minutes have not been published yet." : "Minutes are written and published once the meeting is closed."}</p>
        )}
        {meeting.canManage && closed ? (
          <div className="card">
            <MinutesForm
              action={publishMinutesAction.bind(null, meeting.id)}
              version={meeting.version}
              minutes={meeting.minutes}
              partnerMinutes={meeting.partnerMinutes}
              published={!!meeting.minutesPublishedAt}
              currentHref={href}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}
