import { FilterForm, FilterSelect } from "@/components/table/filter-form";
import { Pagination } from "@/components/table/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { first, parseListParams, type SearchParams } from "@/lib/dal/list-params";
import { listReferrals, REFERRAL_SORTS } from "@/lib/dal/referrals";
import { audienceOf } from "@/lib/dal/visibility";
import { REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { ForbiddenError } from "@/lib/errors";
import { forbidden } from "next/navigation";
import { ReferralsTable } from "./referrals-table";

export const metadata = { title: "Referrals" };

export default async function ReferralsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const audience = audienceOf(actor);
  if (!audience) forbidden();
  const params = await searchParams;
  const list = parseListParams(params, REFERRAL_SORTS, { sort: "referredOn", dir: "desc" });
  const status = REFERRAL_STATUS.values.find((s) => s === first(params.status));
  const type = REFERRAL_TYPE.values.find((t) => t === first(params.type));
  const late = first(params.late) === "true";
  const page = await listReferrals(actor, list, { status, type, late }).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  const police = audience === "police";
  return (
    <>
      <PageHeader
        title={police ? "Referrals" : `Referrals to ${actor.agencyName}`}
        description={
          police
            ? "Every safeguarding referral made from Locus, newest first. Late: an NRM referral with no reasonable grounds decision after 5 days."
            : "Safeguarding referrals your agency has received. Open one to record your decision; the person is named only when their record is shared with your agency."
        }
      />
      <FilterForm basePath="/referrals" label="Filter referrals">
        <FilterSelect name="status" label="Status" defaultValue={status} options={REFERRAL_STATUS.values.map((v) => ({ value: v, label: REFERRAL_STATUS.label[v] }))} />
        <FilterSelect name="type" label="Kind of referral" defaultValue={type} options={REFERRAL_TYPE.values.map((v) => ({ value: v, label: REFERRAL_TYPE.label[v] }))} />
        <FilterSelect name="late" label="Decision" defaultValue={late ? "true" : undefined} anyLabel="Any" options={[{ value: "true", label: "NRM decision late" }]} />
      </FilterForm>
      <ReferralsTable rows={page.rows} caption={police ? "Referrals" : `Referrals to ${actor.agencyName}`} emptyMessage="No referrals match these filters." />
      <Pagination basePath="/referrals" params={params} page={page.page} pageSize={page.pageSize} total={page.total} />
    </>
  );
}
