import Link from "next/link";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { ExportLink, Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { groupFormOptions } from "@/lib/dal/groups";
import { isUuid } from "@/lib/dal/ids";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listPeople, PERSON_SORTS } from "@/lib/dal/people";
import { AGE_GROUP, RISK_LEVEL, VULNERABILITIES } from "@/lib/domain/case-record";
import { KeepParams, pick, SearchOrderNote } from "../../nominals/_components/list-tools";
import { orForbidden } from "../guard";
import { PeopleTable } from "./people-table";

export const metadata = { title: "People at risk" };

export default async function PeoplePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const police = can(actor, "records:read");
  const canWrite = can(actor, "records:write");
  const q = first(params.q)?.trim() || undefined;
  const list = parseListParams(params, PERSON_SORTS, { sort: q ? "relevance" : "name", dir: "asc" });
  const riskLevel = pick(RISK_LEVEL.values, params.riskLevel);
  const vulnerability = pick(VULNERABILITIES.values, params.vulnerability);
  const ageGroup = pick(AGE_GROUP.values, params.ageGroup);
  const leadAgencyParam = first(params.leadAgencyId);
  const leadAgencyId = isUuid(leadAgencyParam) ? leadAgencyParam : undefined;
  // The data layer decides who may see people at risk (police, and partners for their agency's).
  const [page, options] = await Promise.all([
    orForbidden(listPeople(actor, list, { q, riskLevel, vulnerability, ageGroup, leadAgencyId })),
    canWrite ? groupFormOptions(actor) : null,
  ]);
  // Agencies to filter on: every partner agency for those who edit people; a partner's own agency.
  const agencies = options ? options.agencies.map((a) => ({ value: a.id, label: a.name })) : police ? [] : [{ value: actor.agencyId, label: `${actor.agencyName} (my agency)` }];
  if (leadAgencyId && !agencies.some((a) => a.value === leadAgencyId)) agencies.push({ value: leadAgencyId, label: page.rows[0]?.leadAgency ?? "The chosen agency" });
  return (
    <>
      <PageHeader
        title="People at risk"
        description={police ? "Victims and vulnerable people, with the agency leading on their safeguarding." : `People at risk that ${actor.agencyName} leads on or that are shared with it.`}
        actions={
          <>
            {can(actor, "records:export") ? <ExportLink kind="people" params={params} /> : null}
            {canWrite ? (
              <Link href="/people/new" className="btn-primary">
              New person at risk
            </Link>
            ) : null}
          </>
        }
      />
      <FilterForm basePath="/people" label="Search and filter people at risk">
        <FilterText name="q" label="Name" defaultValue={q} />
        <FilterSelect name="riskLevel" label="Risk level" defaultValue={riskLevel} options={RISK_LEVEL.values.map((v) => ({ value: v, label: RISK_LEVEL.label[v] }))} />
        <FilterSelect name="ageGroup" label="Child or adult" defaultValue={ageGroup} options={AGE_GROUP.values.map((v) => ({ value: v, label: AGE_GROUP.label[v] }))} />
        <FilterSelect name="vulnerability" label="Vulnerability" defaultValue={vulnerability} options={VULNERABILITIES.values.map((v) => ({ value: v, label: VULNERABILITIES.label[v] }))} />
        {agencies.length ? <FilterSelect name="leadAgencyId" label="Lead agency" defaultValue={leadAgencyId} options={agencies} /> : null}
        <KeepParams params={params} names={["sort", "dir", "pageSize"]} />
      </FilterForm>
      <SearchOrderNote basePath="/people" params={params} q={q} sort={list.sort} />
      <PeopleTable rows={page.rows} />
      <Pagination basePath="/people" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
