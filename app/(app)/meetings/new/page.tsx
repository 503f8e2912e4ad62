import Link from "next/link";
import { narrowParams } from "@/components/forms/narrow-params";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import type { SearchParams } from "@/lib/dal/list-params";
import { meetingFormOptions } from "@/lib/dal/meetings";
import { createMeetingAction } from "../actions";
import { MeetingForm } from "../_components/meeting-form";

export const metadata = { title: "Plan a meeting" };

/**
 * The form's long lists (neighbourhoods, chairs, attendees, agencies) are narrowed by its NarrowForm (see
 * MeetingForm): the narrowing and the chosen ids come back here in the URL, nothing typed.
 */
export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("meetings:manage");
  const q = narrowParams(await searchParams);
  const options = await meetingFormOptions(actor, {
    ...q.lists, neighbourhoodIds: q.ids("neighbourhoodIds"), attendeeIds: q.ids("attendeeIds"), agencyIds: q.ids("agencyIds"), attendeeQuery: q.search("attendeeQuery"),
    // The planner usually chairs: their own entry is kept in a narrowed chair list too.
    chairId: q.id("chairId") ?? actor.id, chairQuery: q.search("chairQuery"),
  });
  // A supervisor planning a meeting usually chairs it.
  const defaultChairId = options.chairs.some((c) => c.id === actor.id) ? actor.id : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/meetings">Back to meetings</Link>
      </p>
      <PageHeader title="Plan a meeting" description="Choose the neighbourhoods in scope: Locus proposes the agenda when you save, and you can change it before and during the meeting." />
      <MeetingForm action={createMeetingAction} options={options} defaultChairId={defaultChairId} cancelHref="/meetings" narrowHref="/meetings/new" />
    </>
  );
}
