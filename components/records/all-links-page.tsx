import { Pagination } from "@/components/table/pagination";
import { requireActor } from "@/lib/auth/actor";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listRecordLinks } from "@/lib/dal/links";
import { RECORD_KIND, RECORD_PATH } from "@/lib/domain/case-record";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { orNotFound } from "@/lib/http/not-found";
import { LinkList } from "./record-links";
import { RecordSubpageHeader } from "./record-subpage-header";

/**
 * All the links of one record, a page at a time (newest first): the record's own page shows only
 * the newest. Police only, like links everywhere; adding and removing stay on the record's page.
 */
export async function AllLinksPage({ kind, id, searchParams }: { kind: RecordKind; id: string; searchParams: SearchParams }) {
  const actor = await requireActor();
  const list = parseListParams({ ...searchParams, pageSize: first(searchParams.pageSize) ?? "100" }, ["createdAt"] as const, { sort: "createdAt", dir: "desc" });
  const result = await orNotFound(listRecordLinks(actor, kind, id, list));
  const here = `${RECORD_PATH[kind]}/${id}`;
  return (
    <>
      <RecordSubpageHeader recordHref={here} recordName={result.name} title={`Links of ${result.name}`} description={`Every link of this ${RECORD_KIND.label[kind].toLowerCase()}, newest first. Add or remove links on its page.`} />
      {result.rows.length ? <LinkList links={result.rows} here={here} canWrite={false} /> : <p className="text-slate-700">No links recorded yet.</p>}
      <Pagination basePath={`${here}/links`} params={searchParams} page={result.page} pageSize={result.pageSize} total={result.total} />
    </>
  );
}
