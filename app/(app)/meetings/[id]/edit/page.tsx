import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { getMeeting, meetingFormOptions } from "@/lib/dal/meetings";
import { orNotFound } from "@/lib/http/not-found";
import { updateMeetingAction } from "../../actions";
import { toLondonInput } from "../../_components/london-time";
import { MeetingForm } from "../../_components/meeting-form";

export const metadata = { title: "Edit meeting" };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("meetings:manage");
  const { id } = await params;
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
  // The meeting's own choices are always offered, however long the national lists are.
  const options = await meetingFormOptions(actor, { neighbourhoodIds: meeting.neighbourhoods.map((n) => n.id), attendeeIds: meeting.attendees.map((a) => a.id), agencyIds: meeting.agencies.map((a) => a.id) });
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
        existing={{
          title: meeting.title,
          type: meeting.type,
          startsAt: toLondonInput(meeting.startsAt),
          neighbourhoodIds: meeting.neighbourhoods.map((n) => n.id),
          chairId: meeting.chair.id,
          attendeeIds: meeting.attendees.map((a) => a.id),
          agencyIds: meeting.agencies.map((a) => a.id),
          version: meeting.version,
        }}
      />
    </>
  );
}
