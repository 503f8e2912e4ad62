import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { first, type SearchParams } from "@/lib/dal/list-params";
import { meetingFormOptions } from "@/lib/dal/meetings";
import { MEETING_TYPE } from "@/lib/domain/meetings";
import { createMeetingAction } from "../actions";
import { MeetingForm } from "../_components/meeting-form";

export const metadata = { title: "Plan a meeting" };

const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

/**
 * The form's long lists (neighbourhoods, chairs, attendees, agencies) are narrowed with GET parameters: the form is
 * re-submitted to this page as a GET, so what was typed and ticked comes back in the URL.
 */
export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("meetings:manage");
  const params = await searchParams;
  const initial = {
    title: first(params.title)?.slice(0, 200),
    type: MEETING_TYPE.values.find((t) => t === first(params.type)),
    startsAt: first(params.startsAt)?.slice(0, 30),
    neighbourhoodIds: all(params.neighbourhoodIds),
    chairId: first(params.chairId),
    attendeeIds: all(params.attendeeIds),
    agencyIds: all(params.agencyIds),
  };
  const options = await meetingFormOptions(actor, {
    areaCommand: first(params.areaCommand), neighbourhoodIds: initial.neighbourhoodIds, attendeeIds: initial.attendeeIds, agencyIds: initial.agencyIds, attendeeQuery: first(params.attendeeQuery),
    // The planner usually chairs: their own entry is kept in a narrowed chair list too.
    chairId: initial.chairId ?? actor.id, chairQuery: first(params.chairQuery), agencyType: first(params.agencyType), agencyQuery: first(params.agencyQuery),
  });
  // A supervisor planning a meeting usually chairs it.
  const defaultChairId = options.chairs.some((c) => c.id === actor.id) ? actor.id : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/meetings">Back to meetings</Link>
      </p>
      <PageHeader title="Plan a meeting" description="Choose the neighbourhoods in scope: Locus proposes the agenda when you save, and you can change it before and during the meeting." />
      <MeetingForm action={createMeetingAction} options={options} initial={initial} defaultChairId={defaultChairId} cancelHref="/meetings" narrowHref="/meetings/new" />
    </>
  );
}
