// The vocabulary of 4P plans and actions, and the date rules (overdue, due soon).
import type { ActionPriority, ActionStatus, DisruptionOutcome, PlanStrand } from "@/lib/generated/prisma/enums";

function labels<K extends string>(entries: Record<K, string>) {
  return { values: Object.keys(entries) as K[], label: entries };
}

export const PLAN_STRAND = labels<PlanStrand>({ PURSUE: "Pursue", PREVENT: "Prevent", PROTECT: "Protect", PREPARE: "Prepare" });
export const STRAND_PURPOSE: Record<PlanStrand, string> = {
  PURSUE: "Prosecute and disrupt",
  PREVENT: "Stop people being drawn in",
  PROTECT: "Protect people, places and systems",
  PREPARE: "Reduce the impact; support victims and witnesses",
};
export const ACTION_STATUS = labels<ActionStatus>({ OPEN: "Open", IN_PROGRESS: "In progress", BLOCKED: "Blocked", DONE: "Done", CANCELLED: "Cancelled" });
export const ACTION_PRIORITY = labels<ActionPriority>({ HIGH: "High", MEDIUM: "Medium", LOW: "Low" });
export const DISRUPTION_OUTCOME = labels<DisruptionOutcome>({ MAJOR: "Major", MODERATE: "Moderate", MINOR: "Minor", NONE: "None", NEGATIVE: "Negative" });

export const OPEN_STATUSES: readonly ActionStatus[] = ["OPEN", "IN_PROGRESS", "BLOCKED"];
export const DUE_SOON_DAYS = 7;

/** The calendar day in England and Wales, as the UTC midnight Postgres `date` columns hold. */
export function todayInLondon(now = new Date()): Date {
  const [y, m, d] = now.toLocaleDateString("en-CA", { timeZone: "Europe/London" }).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Overdue: still open and its due date has passed (due today is not overdue). */
export function isOverdue(action: { status: ActionStatus; dueDate: Date }, now = new Date()): boolean {
  return OPEN_STATUSES.includes(action.status) && action.dueDate.getTime() < todayInLondon(now).getTime();
}

/** Due soon: still open, due today or in the next seven days. */
export function isDueSoon(action: { status: ActionStatus; dueDate: Date }, now = new Date()): boolean {
  const today = todayInLondon(now).getTime();
  const due = action.dueDate.getTime();
  return OPEN_STATUSES.includes(action.status) && due >= today && due <= today + DUE_SOON_DAYS * 86_400_000;
}
