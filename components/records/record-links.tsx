import Link from "next/link";
import { LINK_TYPE, RECORD_KIND, RECORD_PATH } from "@/lib/domain/case-record";
import type { LinkView } from "@/lib/dal/links";
import { formatDate } from "@/lib/format";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { createLinkAction, deleteLinkAction } from "@/app/(app)/links/actions";
import { AddLinkForm } from "./add-link-form";

/**
 * Every record page's links: what this record is linked to, and from what, both ways. `links` may be
 * the newest few of `total`: then it links to the record's paged links page for the rest.
 */
export function RecordLinks({ kind, id, links, total = links.length, canWrite }: { kind: RecordKind; id: string; links: LinkView[]; total?: number; canWrite: boolean }) {
  const here = `${RECORD_PATH[kind]}/${id}`;
  return (
    <section aria-labelledby="links-heading" className="space-y-3">
      <h2 id="links-heading" className="text-xl font-bold">
        Links <span className="text-base font-normal text-slate-600">({total.toLocaleString("en-GB")})</span>
      </h2>
      {links.length === 0 ? (
        <p className="text-slate-700">No links recorded yet.</p>
      ) : (
        <LinkList links={links} here={here} canWrite={canWrite} />
      )}
      {total > links.length ? (
        <p className="text-sm">
          Showing the newest {links.length}. <Link href={`${here}/links`}>All {total.toLocaleString("en-GB")} links</Link>
        </p>
      ) : null}
      {canWrite ? <AddLinkForm action={createLinkAction.bind(null, kind, id)} /> : null}
    </section>
  );
}

/** One record's links as a list; with canWrite, each can be removed (then `here` is revalidated). */
export function LinkList({ links, here, canWrite }: { links: LinkView[]; here: string; canWrite: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
      {links.map((l) => (
        <li key={l.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 text-sm">
          <div>
            <p>
              {l.direction === "out" ? (
                <>
                  <span className="text-slate-700">{LINK_TYPE.label[l.type]}</span> <Link href={`${RECORD_PATH[l.other.kind]}/${l.other.id}`}>{l.other.name}</Link>
                </>
              ) : (
                <>
                  <Link href={`${RECORD_PATH[l.other.kind]}/${l.other.id}`}>{l.other.name}</Link> <span className="text-slate-700">{LINK_TYPE.label[l.type].toLowerCase()} this record</span>
                </>
              )}{" "}
              <span className="text-xs text-slate-600">({RECORD_KIND.label[l.other.kind]})</span>
            </p>
            <p className="text-xs text-slate-600">
              {l.fromDate || l.toDate ? `${formatDate(l.fromDate)} – ${l.toDate ? formatDate(l.toDate) : "now"}. ` : null}
              {l.sourceNote}
            </p>
          </div>
          {canWrite ? (
            <form action={deleteLinkAction.bind(null, here, l.id)}>
              <button type="submit" className="text-sm text-red-700 underline">
                Remove<span className="sr-only"> link to {l.other.name}</span>
              </button>
            </form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
