import Link from "next/link";
import { Flash } from "@/components/table/filter-form";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getReferral } from "@/lib/dal/referrals";
import { REFERRAL_STATUS, REFERRAL_TYPE } from "@/lib/domain/referrals";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { DetailList } from "../../nominals/_components/record-view";
import { updateReferralAction } from "../actions";
import { ReferralUpdateForm } from "./update-form";

export const metadata = { title: "Referral" };

export default async function ReferralPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await params;
  const saved = first((await searchParams).saved);
  const r = await orNotFound(getReferral(actor, id));
  const nrm = r.type === "NRM";
  const facts: [string, React.ReactNode][] = [
    ["Person", r.person ? <Link href={`/people/${r.person.id}#referrals`}>{r.person.name}</Link> : "Not shared with your agency"],
    ["Receiving agency", r.receivingAgency.name],
    ["Referred on", formatDate(r.referredOn)],
    ["Consent", r.consent ? "Given" : "Not given"],
    ["Decision", r.decisionOn ? formatDate(r.decisionOn) : "Not recorded"],
    ...(nrm
      ? ([
          ["Reasonable grounds decision", r.reasonableGroundsOn ? formatDate(r.reasonableGroundsOn) : `Not yet: due by ${formatDate(r.nrmDecisionDue)}`],
          ["Conclusive grounds decision", r.conclusiveGroundsOn ? formatDate(r.conclusiveGroundsOn) : "Not yet"],
        ] as [string, React.ReactNode][])
      : []),
    ["Last updated", formatDateTime(r.updatedAt)],
  ];
  return (
    <>
      <PageHeader
        title={REFERRAL_TYPE.label[r.type]}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={r.status === "ACCEPTED" ? "green" : r.status === "DECLINED" ? "red" : r.status === "SENT" ? "blue" : "slate"}>{REFERRAL_STATUS.label[r.status]}</Badge>
            {r.late ? <span className="rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white">Reasonable grounds decision late</span> : null}
          </span>
        }
      />
      {saved ? <Flash>Referral saved.</Flash> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="referral-facts-heading" className="card min-w-0 space-y-3">
          <h2 id="referral-facts-heading" className="text-lg font-bold text-slate-900">
            The referral
          </h2>
          <DetailList items={facts} />
          {r.notes ? <p className="text-sm break-words whitespace-pre-wrap">{r.notes}</p> : null}
        </section>
        {r.canUpdate ? (
          <ReferralUpdateForm
            action={updateReferralAction.bind(null, r.id, r.person?.id ?? null)}
            version={r.version}
            status={r.status}
            nrm={nrm}
            decisionOn={r.decisionOn}
            reasonableGroundsOn={r.reasonableGroundsOn}
            conclusiveGroundsOn={r.conclusiveGroundsOn}
            notes={r.notes}
            currentHref={`/referrals/${r.id}`}
          />
        ) : (
          <p className="text-slate-700">Only the receiving agency, or police analysts and supervisors, record decisions on a referral.</p>
        )}
      </div>
      <p className="mt-6">
        <Link href="/referrals">All referrals</Link>
      </p>
    </>
  );
}
