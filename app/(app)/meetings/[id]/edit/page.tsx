import Link from "next/link";
import { notFound } from "next/navigation";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import type { SearchParams } from "@/lib/dal/list-params";
import { getMeeting, meetingFormOptions } from "@/lib/dal/meetings";
import { orNotFound } from "@/lib/http/not-found";
import { updateMeetingAction } from "../../actions";
import { toLondonInput } from "../../_components/london-time";
import { MeetingForm, type MeetingFormValues } from "../../_components/meeting-form";

export const metadata = { title: "Edit meeting" };

/**
 * Like the new meeting page, the form's long lists are narrowed by its NarrowForm: the form always shows
 * the saved meeting (with JS, what was typed stays on screen, and so does the version it was loaded
 * with), and the meeting's own choices are offered as well as those carried in the URL.
 */
export default async function EditMeetingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("meetings:manage");
  const { id } = await params;
  const q = narrowParams(await searchParams);
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
  // The meeting's own choices and those just made are always offered, however long the national lists are.
  const options = await meetingFormOptions(actor, {
    ...q.lists,
    neighbourhoodIds: [...q.ids("neighbourhoodIds"), ...saved.neighbourhoodIds],
    attendeeIds: [...q.ids("attendeeIds"), ...saved.attendeeIds],
    agencyIds: [...q.ids("agencyIds"), ...saved.agencyIds],
    // One chair is kept in the list: the one chosen on screen, else the saved one (the saved one is on screen until changed).
    chairId: q.id("chairId") ?? saved.chairId,
    attendeeQuery: q.search("attendeeQuery"),
    chairQuery: q.search("chairQuery"),
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
        existing={saved}
        narrowHref={`/meetings/${meeting.id}/edit`}
      />
    </>
  );
}
