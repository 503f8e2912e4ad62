import Link from "next/link";
import { ConcernTimeline } from "@/components/records/concern-timeline";
import { RecordLinks } from "@/components/records/record-links";
import { Flash } from "@/components/table/filter-form";
import { Badge, PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { concernsForRecord, countRecordConcerns } from "@/lib/dal/concerns";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getNominal } from "@/lib/dal/nominals";
import { countLinks } from "@/lib/dal/links";
import { GROUP_STATUS, MEMBER_STANDING, WARNING_MARKERS } from "@/lib/domain/case-record";
import { formatDate, formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { ageFrom } from "../_components/list-tools";
import { BadgeList, DetailList, EditLink, NotRecorded, RiskBadge, Section, ValueList } from "../_components/record-view";

export const metadata = { title: "Nominal" };

export default async function NominalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  // Police intelligence: the data layer answers 404 to anyone else, as for an unknown id.
  const actor = await requireActor();
  const { id } = await params;
  const saved = first((await searchParams).saved);
  const nominal = await orNotFound(getNominal(actor, id));
  const [concerns, concernCount, linkCount] = await Promise.all([concernsForRecord(actor, "NOMINAL", nominal.id), countRecordConcerns(actor, "NOMINAL", nominal.id), countLinks(actor, "NOMINAL", nominal.id)]);
  const canWrite = can(actor, "records:write");
  const age = ageFrom(nominal.dateOfBirth);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/nominals">Back to nominals</Link>
      </p>
      <PageHeader
        title={nominal.name}
        description={
          <>
            Nominal{nominal.aliases.length ? <>, also known as {nominal.aliases.join(", ")}</> : null}. <RiskBadge level={nominal.risk} suffix=" risk" />
          </>
        }
        actions={canWrite ? <EditLink href={`/nominals/${nominal.id}/edit`} name={nominal.name} /> : null}
      />
      {saved ? <Flash>Nominal saved.</Flash> : null}

      <div className="space-y-4">
        {nominal.warningMarkers.length ? (
          <section aria-labelledby="markers-heading" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4">
            <h2 id="markers-heading" className="text-lg font-bold text-slate-900">
              Warning markers
            </h2>
            <div className="mt-2">
              <BadgeList values={nominal.warningMarkers} labels={WARNING_MARKERS.label} tone="red" />
            </div>
          </section>
        ) : null}

        <div className="grid gap-4 lg:grid-cols-2">
          <Section id="identity" title="Identity">
            <DetailList
              items={[
                ["Name", nominal.name],
                ["Aliases", <ValueList key="aliases" values={nominal.aliases} />],
                ["Date of birth", nominal.dateOfBirth ? `${formatDate(nominal.dateOfBirth)}${age !== null ? ` (age ${age})` : ""}` : <NotRecorded key="dob">Not known</NotRecorded>],
                ["PNC number", nominal.pncNumber ? <span className="font-mono">{nominal.pncNumber}</span> : <NotRecorded key="pnc" />],
                ["CRO number", nominal.croNumber ? <span className="font-mono">{nominal.croNumber}</span> : <NotRecorded key="cro" />],
                ["Risk", <RiskBadge key="risk" level={nominal.risk} />],
                ...(nominal.warningMarkers.length ? [] : [["Warning markers", <NotRecorded key="markers">None</NotRecorded>] as const]),
              ]}
            />
          </Section>

          <Section id="contact" title="Contact, vehicles and addresses">
            <DetailList
              items={[
                ["Phone numbers", <ValueList key="phones" values={nominal.phoneNumbers} mono />],
                ["Vehicles", <ValueList key="vehicles" values={nominal.vehicles} mono />],
                ["Addresses", <ValueList key="addresses" values={nominal.addresses} />],
              ]}
            />
          </Section>
        </div>

        <Section id="offences" title="Main offences">
          <ValueList values={nominal.mainOffences} />
        </Section>

        <Section
          id="groups"
          title={
            <>
              Group memberships <span className="text-base font-normal text-slate-600">({nominal.memberships.length})</span>
            </>
          }
        >
          {nominal.memberships.length === 0 ? (
            <p className="text-slate-700">Not a member of any group. Members are added from a group&rsquo;s page.</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {nominal.memberships.map((m) => (
                <li key={m.id} className="py-3 first:pt-0 last:pb-0">
                  <p>
                    <Link href={`/groups/${m.group.id}`} className="font-semibold">
                      {m.group.reference} {m.group.name}
                    </Link>{" "}
                    <Badge>{GROUP_STATUS.label[m.group.status]}</Badge> {m.group.band ? <Badge tone="blue">Band {m.group.band}</Badge> : null}
                  </p>
                  <p className="mt-1 text-sm text-slate-700">
                    {MEMBER_STANDING.label[m.standing]}
                    {m.role ? `, ${m.role}` : null}
                    {m.fromDate && m.toDate ? ` · ${formatDate(m.fromDate)} to ${formatDate(m.toDate)}` : m.fromDate ? ` · since ${formatDate(m.fromDate)}` : m.toDate ? ` · until ${formatDate(m.toDate)}` : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="notes" title="Notes">
          {nominal.notes ? <p className="break-words whitespace-pre-wrap">{nominal.notes}</p> : <NotRecorded>No notes.</NotRecorded>}
        </Section>

        <ConcernTimeline kind="NOMINAL" id={nominal.id} concerns={concerns} total={concernCount} />

        <RecordLinks kind="NOMINAL" id={nominal.id} links={nominal.links} total={linkCount} canWrite={canWrite} />

        <p className="text-sm text-slate-600">
          Created {formatDateTime(nominal.createdAt)}. Last updated {formatDateTime(nominal.updatedAt)}.
        </p>
      </div>
    </>
  );
}
