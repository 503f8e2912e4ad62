// The vocabulary of tasking meetings, and the shapes the data layer hands to pages, the API and
// the PDF renderer. Two audiences: the police view (everything) and the partner-safe view (no
// intelligence: partner-safe summaries only, and only the items the partner's agency is party to).
import type { AgendaItemKind, MeetingDecision, MeetingStatus, MeetingType, PlanStrand } from "@/lib/generated/prisma/enums";

function labels<K extends string>(entries: Record<K, string>) {
  return { values: Object.keys(entries) as K[], label: entries };
}

export const MEETING_TYPE = labels<MeetingType>({ POLICE_TACTICAL: "Police tactical", PARTNERSHIP: "Partnership" });
export const MEETING_STATUS = labels<MeetingStatus>({ PLANNED: "Planned", IN_PROGRESS: "In progress", CLOSED: "Closed" });
export const MEETING_DECISION = labels<MeetingDecision>({
  ADOPT: "Adopt",
  MONITOR: "Monitor",
  NO_FURTHER_ACTION: "No further action",
  REFER: "Refer",
  ESCALATE: "Escalate",
});
export const AGENDA_ITEM_KIND = labels<AgendaItemKind>({
  ESCALATED_CONCERN: "Concern escalated to tasking",
  PRIORITY_GROUP: "Priority group",
  GROUP_SCORE_ROSE: "Group score rose",
  PERSON_HIGH_RISK: "High-risk person with no Protect action",
  OVERDUE_ACTION: "Overdue action",
  LATE_REFERRAL: "NRM decision late",
  ACTION_REVIEW: "Action from the previous meeting",
  FREE: "Chair's item",
});

/** With no earlier meeting in scope, the agenda looks back this many days. */
export const DEFAULT_LOOKBACK_DAYS = 28;
/** Groups in these bands are proposed as priorities at every meeting in their scope. */
export const PRIORITY_BANDS = ["1a", "1b", "1c", "2a", "2b", "2c"] as const;
/** A person whose risk became high within this many days is "newly high-risk" on the supervisor's home. */
export const NEWLY_HIGH_RISK_DAYS = 14;

export type Audience = "police" | "partner";

/** What an item is about, as the viewer may see it. */
export type ItemSubject =
  | { kind: "GROUP"; id: string; label: string; summary: string }
  | { kind: "PERSON"; id: string; label: string; summary: string }
  | { kind: "CONCERN"; id: string; label: string; summary: string }
  | { kind: "ACTION"; id: string; label: string; summary: string }
  | { kind: "REFERRAL"; id: string; label: string; summary: string };

/** An action created from an item (or the action an item reviews), as the viewer may see it. */
export type ItemAction = {
  id: string;
  strand: PlanStrand;
  title: string;
  owningAgency: string;
  assignee: string | null;
  dueDate: Date;
  status: string;
  overdue: boolean;
};

export type MeetingItemView = {
  id: string;
  position: number;
  kind: AgendaItemKind;
  /** Police: the stored title. Partner: wording built from partner-safe fields only. */
  title: string;
  /** Police only: why it was proposed / the chair's note. Always "" for partners. */
  reason: string;
  subject: ItemSubject | null;
  decision: MeetingDecision | null;
  /** Police only: "" for partners. */
  rationale: string;
  partnerNote: string;
  decidedAt: Date | null;
  decidedBy: string | null;
  actions: ItemAction[];
  /** The plan an action created from this item lands in, when there is one. */
  plan: { kind: "GROUP" | "PERSON"; id: string; label: string } | null;
  version: number;
};

export type MeetingView = {
  id: string;
  title: string;
  type: MeetingType;
  startsAt: Date;
  status: MeetingStatus;
  chair: { id: string; name: string };
  neighbourhoods: { id: string; name: string }[];
  attendees: { id: string; name: string; agency: string }[];
  agencies: { id: string; name: string }[];
  /** Police: minutes; partner: partnerMinutes, and only once published. */
  minutes: string;
  partnerMinutes: string;
  closedAt: Date | null;
  minutesPublishedAt: Date | null;
  items: MeetingItemView[];
  audience: Audience;
  /** May the viewer change it (plan, run, decide, close, publish)? */
  canManage: boolean;
  version: number;
  updatedAt: Date;
};

/** What the PDF renderer prints: already cut to the audience by the data layer. */
export type MeetingDocument = {
  kind: "pack" | "minutes";
  audience: Audience;
  /** e.g. "OFFICIAL-SENSITIVE" for police, "OFFICIAL: partner version" for partners. */
  marking: string;
  title: string;
  type: string;
  startsAt: Date;
  status: string;
  chair: string;
  neighbourhoods: string[];
  attendees: string[];
  agencies: string[];
  minutes: string;
  items: {
    position: number;
    kind: string;
    title: string;
    reason: string;
    subject: string;
    decision: string;
    rationale: string;
    partnerNote: string;
    actions: { title: string; strand: string; owningAgency: string; assignee: string; dueDate: Date; status: string }[];
  }[];
  generatedAt: Date;
  generatedBy: string;
};
