import Link from "next/link";
import { ConcernTimeline } from "@/components/records/concern-timeline";
import { RecordLinks } from "@/components/records/record-links";
import { Flash } from "@/components/table/filter-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { concernsForRecord, countRecordConcerns } from "@/lib/dal/concerns";
import { getLocation } from "@/lib/dal/locations";
import { countLinks } from "@/lib/dal/links";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { LOCATION_FLAGS, LOCATION_TYPE } from "@/lib/domain/case-record";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/http/not-found";
import { BadgeList, DetailList, EditLink, NotRecorded, Section } from "../../nominals/_components/record-view";

export const metadata = { title: "Location" };

export default async function LocationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  // Police intelligence: the data layer answers 404 to anyone else, as for an unknown id.
  const actor = await requireActor();
  const { id } = await params;
  const saved = first((await searchParams).saved);
  const location = await orNotFound(getLocation(actor, id));
  const [concerns, concernCount, linkCount] = await Promise.all([concernsForRecord(actor, "LOCATION", location.id), countRecordConcerns(actor, "LOCATION", location.id), countLinks(actor, "LOCATION", location.id)]);
  const canWrite = can(actor, "records:write");
  const title = location.postcode ? `${location.address}, ${location.postcode}` : location.address;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/locations">Back to locations</Link>
      </p>
      <PageHeader title={title} description={`Location: ${LOCATION_TYPE.label[location.type]}${location.neighbourhood ? `, ${location.neighbourhood.name}` : ""}.`} actions={canWrite ? <EditLink href={`/locations/${location.id}/edit`} name={location.address} /> : null} />
      {saved ? <Flash>Location saved.</Flash> : null}

      <div className="space-y-4">
        <Section id="location" title="About this location">
          <DetailList
            items={[
              ["Address", location.address],
              ["Postcode", location.postcode ?? <NotRecorded key="postcode" />],
              ["Type", LOCATION_TYPE.label[location.type]],
              ["Flags", <BadgeList key="flags" values={location.flags} labels={LOCATION_FLAGS.label} tone="amber" />],
              ["Neighbourhood", location.neighbourhood?.name ?? <NotRecorded key="neighbourhood">Not in a neighbourhood</NotRecorded>],
              ["Coordinates", location.latitude !== null && location.longitude !== null ? <span className="font-mono">{`${location.latitude}, ${location.longitude}`}</span> : <NotRecorded key="coordinates" />],
            ]}
          />
        </Section>

        <Section id="notes" title="Notes">
          {location.notes ? <p className="break-words whitespace-pre-wrap">{location.notes}</p> : <NotRecorded>No notes.</NotRecorded>}
        </Section>

        <ConcernTimeline kind="LOCATION" id={location.id} concerns={concerns} total={concernCount} />

        <RecordLinks kind="LOCATION" id={location.id} links={location.links} total={linkCount} canWrite={canWrite} />

        <p className="text-sm text-slate-600">
          Created {formatDateTime(location.createdAt)}. Last updated {formatDateTime(location.updatedAt)}.
        </p>
      </div>
    </>
  );
}
