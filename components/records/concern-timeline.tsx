import Link from "next/link";
import { Pagination } from "@/components/table/pagination";
import { Badge } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { listRecordConcerns, type TimelineConcern } from "@/lib/dal/concerns";
import { parseListParams, type CappedTotal, type SearchParams } from "@/lib/dal/list-params";
import { RECORD_KIND, RECORD_PATH } from "@/lib/domain/case-record";
import { CATEGORY_LABEL, CONCERN_OUTCOME, CONCERN_STATUS } from "@/lib/domain/concerns";
import { formatDate, formatDateTime } from "@/lib/format";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/http/not-found";
import { RecordSubpageHeader } from "./record-subpage-header";

const EXCERPT = 200;

const n = (value: number) => value.toLocaleString("en-GB");

/** A count as a heading says it: "1,244", or "more than 10,000" past the cap. */
const counted = ({ total, totalIsLowerBound }: CappedTotal) => (totalIsLowerBound ? `more than ${n(total - 1)}` : n(total));

/**
 * A record's local concerns, most recently linked first (police only: the caller passes what
 * concernsForRecord returned, which is nothing for anyone else). `concerns` may be the newest few
 * of `total`: then it links to the record's paged concerns page for the rest.
 */
export function ConcernTimeline({ kind, id, concerns, total }: { kind: RecordKind; id: string; concerns: TimelineConcern[]; total: CappedTotal }) {
  return (
    <section aria-labelledby="concerns-heading" className="card min-w-0 space-y-3">
      <h2 id="concerns-heading" className="text-xl font-bold text-slate-900">
        Concerns <span className="text-base font-normal text-slate-600">({counted(total)})</span>
      </h2>
      {concerns.length === 0 ? <p className="text-slate-700">No local concerns are linked to this record.</p> : <ConcernList concerns={concerns} />}
      {total.totalIsLowerBound || total.total > concerns.length ? (
        <p className="text-sm">
          Showing the {concerns.length} most recently linked.{" "}
          <Link href={`${RECORD_PATH[kind]}/${id}/concerns`}>{total.totalIsLowerBound ? "See all concerns" : `See all ${n(total.total)} concerns`}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The timeline's entries: when it happened, what, where it stands, the summary (or the raw report), who reported it and when it was linked. */
export function ConcernList({ concerns }: { concerns: TimelineConcern[] }) {
  return (
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
              Reported by {c.reportedBy.name}. Linked {formatDate(c.linkedAt)}.{" "}
              <Link href={`/concerns/${c.id}`}>
                Open the concern<span className="sr-only"> of {formatDateTime(c.occurredAt)}</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/**
 * Every concern linked to one record, 25 a page, most recently linked first: the record's own page
 * shows only the newest. Police only, like the timeline: anyone else, and an unknown record, get 404.
 */
export async function AllConcernsPage({ kind, id, searchParams }: { kind: RecordKind; id: string; searchParams: SearchParams }) {
  const actor = await requireActor();
  const list = parseListParams(searchParams, ["linkedAt"] as const, { sort: "linkedAt", dir: "desc" });
  const result = await orNotFound(listRecordConcerns(actor, kind, id, list));
  const here = `${RECORD_PATH[kind]}/${id}`;
  return (
    <>
      <RecordSubpageHeader recordHref={here} recordName={result.name} title={`Concerns linked to ${result.name}`} description={`Every local concern linked to this ${RECORD_KIND.label[kind].toLowerCase()}, most recently linked first.`} />
      <div className="card min-w-0">
        {result.rows.length ? <ConcernList concerns={result.rows} /> : <p className="text-slate-700">{result.total ? "No concerns on this page." : "No local concerns are linked to this record."}</p>}
      </div>
      <Pagination basePath={`${here}/concerns`} params={searchParams} page={result.page} pageSize={result.pageSize} total={result.total} totalIsLowerBound={result.totalIsLowerBound} rowCount={result.rows.length} />
    </>
  );
}
