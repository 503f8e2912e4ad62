// Badges for meetings and their decisions: the text always says the meaning; colour repeats it.
import { Badge } from "@/components/ui/page-header";
import { MEETING_DECISION, MEETING_STATUS, MEETING_TYPE } from "@/lib/domain/meetings";
import type { MeetingDecision, MeetingStatus, MeetingType } from "@/lib/generated/prisma/enums";

const STATUS_TONE = { PLANNED: "blue", IN_PROGRESS: "amber", CLOSED: "slate" } as const;
const DECISION_TONE = { ADOPT: "green", MONITOR: "blue", NO_FURTHER_ACTION: "slate", REFER: "amber", ESCALATE: "red" } as const;

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{MEETING_STATUS.label[status]}</Badge>;
}

export function MeetingTypeBadge({ type }: { type: MeetingType }) {
  return <Badge>{MEETING_TYPE.label[type]}</Badge>;
}

export function DecisionBadge({ decision }: { decision: MeetingDecision }) {
  return <Badge tone={DECISION_TONE[decision]}>Decision: {MEETING_DECISION.label[decision]}</Badge>;
}
