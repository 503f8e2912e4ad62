import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/actor";
import { meetingFormOptions } from "@/lib/dal/meetings";
import { createMeetingAction } from "../actions";
import { MeetingForm } from "../_components/meeting-form";

export const metadata = { title: "Plan a meeting" };

export default async function NewMeetingPage() {
  const actor = await requirePermission("meetings:manage");
  const options = await meetingFormOptions(actor);
  // A supervisor planning a meeting usually chairs it.
  const defaultChairId = options.chairs.some((c) => c.id === actor.id) ? actor.id : undefined;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/meetings">Back to meetings</Link>
      </p>
      <PageHeader title="Plan a meeting" description="Choose the neighbourhoods in scope: Locus proposes the agenda when you save, and you can change it before and during the meeting." />
      <MeetingForm action={createMeetingAction} options={options} defaultChairId={defaultChairId} cancelHref="/meetings" />
    </>
  );
}
