import Link from "next/link";
import { AgencyFilter } from "@/components/table/agency-filter";
import { FilterForm, FilterSelect, FilterText } from "@/components/table/filter-form";
import { ExportLink, Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { agencyChoices } from "@/lib/dal/agencies";
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
  // Lead agencies to filter on. Police: by type, then the type's partner agencies (all of them while
  // few); the type filters on its own. A partner: their own agency.
  const agencies = police ? await agencyChoices({ partnersOnly: true, type: first(params.agencyType), query: first(params.agencyQuery), selectedIds: [leadAgencyParam] }) : null;
  const leadAgencyId = agencies ? agencies.selected[0]?.id : leadAgencyParam === actor.agencyId ? actor.agencyId : undefined;
  // The data layer decides who may see people at risk (police, and partners for their agency's).
  const page = await orForbidden(listPeople(actor, list, { q, riskLevel, vulnerability, ageGroup, leadAgencyId, agencyType: agencies?.type }));
  return (
    <>
      <PageHeader
        title="People at risk"
        description={police ? "Victims and vulnerable people, with the agency leading on their safeguarding." : `People at risk that ${actor.agencyName} leads on or that are shared with it.`}
        actions={
          <>
            {can(actor, "records:export") ? <ExportLink kind="people" params={{ ...params, leadAgencyId, agencyType: agencies?.type, agencyQuery: undefined }} /> : null}
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
        {agencies ? (
          <AgencyFilter name="leadAgencyId" label="Lead agency" choices={agencies} selectedId={leadAgencyId} />
        ) : (
          <FilterSelect name="leadAgencyId" label="Lead agency" defaultValue={leadAgencyId} options={[{ value: actor.agencyId, label: `${actor.agencyName} (my agency)` }]} />
        )}
        <KeepParams params={params} names={["sort", "dir", "pageSize"]} />
      </FilterForm>
      <SearchOrderNote basePath="/people" params={params} q={q} sort={list.sort} />
      <PeopleTable rows={page.rows} />
      <Pagination basePath="/people" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
