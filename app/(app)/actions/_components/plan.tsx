// Building blocks shared by the group board (4P plan), the person page (safeguarding plan), the
// action page and the "My actions" list: badges that always carry their meaning in text, action
// cards, and a progress bar with its numbers written out.
import Link from "next/link";
import { Badge } from "@/components/ui/page-header";
import type { ActionRow } from "@/lib/dal/actions";
import { ACTION_PRIORITY, ACTION_STATUS, DISRUPTION_OUTCOME, PLAN_STRAND, STRAND_PURPOSE } from "@/lib/domain/actions";
import { formatDate } from "@/lib/format";
import type { ActionStatus, PlanStrand } from "@/lib/generated/prisma/enums";

const STATUS_TONE = { OPEN: "blue", IN_PROGRESS: "amber", BLOCKED: "red", DONE: "green", CANCELLED: "slate" } as const;
const PRIORITY_TONE = { HIGH: "red", MEDIUM: "amber", LOW: "slate" } as const;

export function priorityLabel(p: string): string {
  return ACTION_PRIORITY.label[p as keyof typeof ACTION_PRIORITY.label] ?? p;
}

export function outcomeLabel(o: string): string {
  return DISRUPTION_OUTCOME.label[o as keyof typeof DISRUPTION_OUTCOME.label] ?? o;
}

export function StatusBadge({ status }: { status: ActionStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{ACTION_STATUS.label[status]}</Badge>;
}

export function PriorityBadge({ priority }: { priority: string }) {
  return <Badge tone={PRIORITY_TONE[priority as keyof typeof PRIORITY_TONE] ?? "slate"}>{priorityLabel(priority)} priority</Badge>;
}

export function OverdueBadge() {
  return (
    <Badge tone="red">
      <span aria-hidden="true">⚠&nbsp;</span>Overdue
    </Badge>
  );
}

/** Done of total, as a bar and in words (cancelled actions are not counted). */
export function PlanProgress({ label, done, total }: { label: string; done: number; total: number }) {
  const percent = total ? Math.round((done / total) * 100) : 0;
  const text = total ? `${done} of ${total} done` : "No actions yet";
  return (
    <div>
      <div
        role="progressbar"
        aria-label={`${label} progress`}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={done}
        aria-valuetext={text}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-green-700" style={{ width: `${percent}%` }} />
      </div>
      <p className="mt-1 text-sm text-slate-700">{text}</p>
    </div>
  );
}

/** One action on a plan: what, who, when, and where it stands. */
export function ActionCard({ action, showStrand = false, headingLevel = 4 }: { action: ActionRow; showStrand?: boolean; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <article className="min-w-0 space-y-1.5 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-sm">
      <Heading className="font-semibold wrap-break-word">
        <Link href={`/actions/${action.id}`} className="flex min-h-11 items-center">
          {action.title}
        </Link>
      </Heading>
      <p className="flex flex-wrap gap-1.5">
        {showStrand ? <Badge tone="blue">{PLAN_STRAND.label[action.strand]}</Badge> : null}
        <StatusBadge status={action.status} />
        {action.overdue ? <OverdueBadge /> : null}
        {action.status === "DONE" && action.disruptionOutcome ? <Badge tone="green">Disruption: {outcomeLabel(action.disruptionOutcome)}</Badge> : null}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 text-slate-800">
        <dt className="text-slate-600">Owner</dt>
        <dd className="min-w-0 wrap-break-word">{action.owningAgency}</dd>
        <dt className="text-slate-600">Assignee</dt>
        <dd className="min-w-0 wrap-break-word">{action.assignee ?? "Not assigned"}</dd>
        <dt className="text-slate-600">Due</dt>
        <dd className={action.overdue ? "font-semibold text-red-800" : undefined}>{formatDate(action.dueDate)}</dd>
      </dl>
    </article>
  );
}

/** `count`: every action of the strand the viewer may see, when the column shows only the first of them. */
export type StrandColumn = { strand: PlanStrand; actions: ActionRow[]; done: number; total: number; count?: number };

/** The 4P board: one column per strand, stacked on a phone, four across on a wide screen. */
export function PlanBoard({ columns, addHref, allHref }: { columns: StrandColumn[]; addHref?: (strand: PlanStrand) => string; allHref?: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {columns.map((c) => {
        const label = PLAN_STRAND.label[c.strand];
        const headingId = `plan-${c.strand.toLowerCase()}-heading`;
        return (
          <section key={c.strand} aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-slate-100 p-3">
            <div>
              <h3 id={headingId} className="text-lg font-bold">
                {label}
              </h3>
              <p className="text-sm text-slate-700">{STRAND_PURPOSE[c.strand]}</p>
            </div>
            <PlanProgress label={label} done={c.done} total={c.total} />
            {c.actions.length ? (
              <ul className="space-y-2">
                {c.actions.map((a) => (
                  <li key={a.id}>
                    <ActionCard action={a} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-700">No {label} actions you can see.</p>
            )}
            {allHref && c.count !== undefined && c.count > c.actions.length ? (
              <p className="text-sm text-slate-700">
                The first {c.actions.length} of {c.count.toLocaleString("en-GB")}, earliest due first.{" "}
                <Link href={allHref}>
                  All actions on this plan<span className="sr-only"> ({label} and the other strands)</span>
                </Link>
              </p>
            ) : null}
            {addHref ? (
              <Link href={addHref(c.strand)} className="btn-secondary mt-auto">
                Add action<span className="sr-only"> to {label}</span>
              </Link>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
