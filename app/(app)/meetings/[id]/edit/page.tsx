import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { getMeeting, meetingFormOptions } from "@/lib/dal/meetings";
import { MEETING_TYPE } from "@/lib/domain/meetings";
import { orNotFound } from "@/lib/http/not-found";
import { updateMeetingAction } from "../../actions";
import { toLondonInput } from "../../_components/london-time";
import { MeetingForm, type MeetingFormValues } from "../../_components/meeting-form";

export const metadata = { title: "Edit meeting" };

const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/**
 * Like the new meeting page, the form's long lists are narrowed by re-submitting it here as a GET
 * (`narrow=1`): then what was entered comes from the URL instead of the saved meeting, version included,
 * so a change someone else saved meanwhile is still caught.
 */
export default async function EditMeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("meetings:manage");
  const { id } = await params;
  const query = await searchParams;
  const meeting = await orNotFound(getMeeting(actor, id));
  if (!meeting.canManage) notFound();
  // A closed meeting is a record of what was decided: its details no longer change.
  if (meeting.status === "CLOSED") {
    return (
      <>
        <PageHeader title={`Edit ${meeting.title}`} />
        <p className="card max-w-3xl">
          This meeting is closed, so its details can no longer be changed. <Link href={`/meetings/${meeting.id}`}>Back to the meeting</Link>
        </p>
      </>
    );
  }
  const saved: MeetingFormValues = {
    title: meeting.title,
    type: meeting.type,
    startsAt: toLondonInput(meeting.startsAt),
    neighbourhoodIds: meeting.neighbourhoods.map((n) => n.id),
    chairId: meeting.chair.id,
    attendeeIds: meeting.attendees.map((a) => a.id),
    agencyIds: meeting.agencies.map((a) => a.id),
    version: meeting.version,
  };
  const narrowing = first(query.narrow) === "1";
  const version = Number.parseInt(first(query.version) ?? "", 10);
  const values: MeetingFormValues = narrowing
    ? {
        title: first(query.title)?.slice(0, 200) ?? "",
        type: MEETING_TYPE.values.find((t) => t === first(query.type)) ?? saved.type,
        startsAt: first(query.startsAt)?.slice(0, 30) ?? "",
        neighbourhoodIds: all(query.neighbourhoodIds),
        chairId: first(query.chairId) ?? "",
        attendeeIds: all(query.attendeeIds),
        agencyIds: all(query.agencyIds),
        version: Number.isSafeInteger(version) && version > 0 ? version : saved.version,
      }
    : saved;
  // The meeting's own choices (or those just made) are always offered, however long the national lists are.
  const options = await meetingFormOptions(actor, {
    neighbourhoodIds: values.neighbourhoodIds, attendeeIds: values.attendeeIds, agencyIds: values.agencyIds, chairId: values.chairId,
    ...(narrowing ? { areaCommand: first(query.areaCommand), attendeeQuery: first(query.attendeeQuery), chairQuery: first(query.chairQuery), agencyType: first(query.agencyType), agencyQuery: first(query.agencyQuery) } : {}),
  });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/meetings/${meeting.id}`}>Back to {meeting.title}</Link>
      </p>
      <PageHeader title={`Edit ${meeting.title}`} description="Changing the neighbourhoods does not change the agenda: use “Refresh proposed agenda” on the meeting page to add what the new scope brings." />
      <MeetingForm
        action={updateMeetingAction.bind(null, meeting.id)}
        options={options}
        cancelHref={`/meetings/${meeting.id}`}
        existing={values}
        narrowHref={`/meetings/${meeting.id}/edit`}
      />
    </>
  );
}
