import Link from "next/link";
import { Badge } from "@/components/ui/page-header";
import type { concernsForRecord } from "@/lib/dal/concerns";
import { CATEGORY_LABEL, CONCERN_OUTCOME, CONCERN_STATUS } from "@/lib/domain/concerns";
import { formatDateTime } from "@/lib/format";

export type TimelineConcern = Awaited<ReturnType<typeof concernsForRecord>>[number];

const EXCERPT = 200;

/** A record's local concerns, newest first (police only: the caller passes what
 *  concernsForRecord returned, which is nothing for anyone else). */
export function ConcernTimeline({ concerns }: { concerns: TimelineConcern[] }) {
  return (
    <section aria-labelledby="concerns-heading" className="card min-w-0 space-y-3">
      <h2 id="concerns-heading" className="text-xl font-bold text-slate-900">
        Concerns <span className="text-base font-normal text-slate-600">({concerns.length})</span>
      </h2>
      {concerns.length === 0 ? (
        <p className="text-slate-700">No local concerns are linked to this record.</p>
      ) : (
        <ol className="space-y-4 border-l-2 border-slate-200 pl-4">
          {concerns.map((c) => {
            const category = CATEGORY_LABEL[c.category] ?? c.category;
            const excerpt = c.description.length > EXCERPT ? `${c.description.slice(0, EXCERPT).trimEnd()}…` : c.description;
            return (
              <li key={c.id} className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 text-sm">
                  <time dateTime={new Date(c.occurredAt).toISOString()} className="font-semibold">
                    {formatDateTime(c.occurredAt)}
                  </time>
                  <span>{category}</span>
                  {c.outcome ? <Badge tone="green">{CONCERN_OUTCOME.label[c.outcome]}</Badge> : <Badge tone={c.status === "NEW" ? "blue" : "amber"}>{CONCERN_STATUS.label[c.status]}</Badge>}
                </p>
                {c.sanitisedSummary ? (
                  <p className="mt-1 break-words whitespace-pre-line">{c.sanitisedSummary}</p>
                ) : (
                  <p className="mt-1 break-words whitespace-pre-line">
                    <span className="text-sm font-semibold text-slate-700">As reported (police only, not yet summarised): </span>
                    {excerpt}
                  </p>
                )}
                <p className="mt-1 text-sm text-slate-600">
                  Reported by {c.reportedBy.name}.{" "}
                  <Link href={`/concerns/${c.id}`}>
                    Open the concern<span className="sr-only"> of {formatDateTime(c.occurredAt)}</span>
                  </Link>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
