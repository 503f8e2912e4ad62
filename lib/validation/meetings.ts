// Schemas for tasking meetings: planning one, agenda items, decisions, actions from an item,
// running and closing it, and publishing the minutes.
import { z } from "zod";
import { ACTION_PRIORITY, PLAN_STRAND } from "@/lib/domain/actions";
import { MEETING_DECISION, MEETING_TYPE } from "@/lib/domain/meetings";
import { checkbox, optionalText, requiredText, uuid, version } from "./fields";

const oneOf = <K extends string>(values: readonly K[], message: string) => z.enum(values as unknown as [K, ...K[]], { error: message });
const optionalUuid = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), uuid(label).optional());
const uuidList = (label: string) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(uuid(label)).max(500, `Choose at most 500 ${label}s`));
const text = (label: string, max: number) => optionalText(label, max).transform((v) => v ?? "");

/** "2026-12-03T10:00" from a datetime-local input (read as London time by the data layer), or a full ISO instant. */
export const meetingStart = z
  .string({ error: "Date and time are required" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/, "Date and time must look like 2026-12-03 10:00");

const meetingFields = {
  title: requiredText("Title", 200),
  type: oneOf(MEETING_TYPE.values, "Choose police tactical or partnership"),
  startsAt: meetingStart,
  neighbourhoodIds: uuidList("neighbourhood").refine((a) => a.length > 0, "Choose at least one neighbourhood in scope"),
  chairId: uuid("chair"),
  attendeeIds: uuidList("attendee"),
  agencyIds: uuidList("agency"),
};

export const createMeetingSchema = z.object(meetingFields);
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const updateMeetingSchema = z.object({ ...meetingFields, version });
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

/** The chair's own item: police wording, and (optionally) the wording partner attendees may read. */
export const freeItemSchema = z.object({
  version,
  title: requiredText("Item", 300),
  reason: text("Note", 4_000),
  partnerTitle: text("Partner wording", 300),
  groupId: optionalUuid("group"),
  personId: optionalUuid("person"),
});
export type FreeItemInput = z.infer<typeof freeItemSchema>;

/** Removing or moving an item carries the meeting's version (the agenda's order is the meeting's). */
export const agendaChangeSchema = z.object({ version, direction: z.enum(["up", "down"]).optional() });
export type AgendaChangeInput = z.infer<typeof agendaChangeSchema>;

export const decisionSchema = z.object({
  version,
  decision: oneOf(MEETING_DECISION.values, "Choose a decision"),
  rationale: requiredText("Rationale", 4_000),
  partnerNote: text("Note for partners", 2_000),
});
export type DecisionInput = z.infer<typeof decisionSchema>;

export const itemActionSchema = z.object({
  strand: oneOf(PLAN_STRAND.values, "Choose Pursue, Prevent, Protect or Prepare"),
  title: requiredText("Title", 200),
  description: text("Description", 4_000),
  owningAgencyId: uuid("owning agency"),
  assigneeId: optionalUuid("assignee"),
  dueDate: z.iso.date({ error: "Due date must be a date like 2026-12-31" }),
  priority: oneOf(ACTION_PRIORITY.values, "Choose a priority"),
  sharedWithPartnership: checkbox,
});
export type ItemActionInput = z.infer<typeof itemActionSchema>;

export const meetingStatusSchema = z.object({ version, status: z.enum(["IN_PROGRESS", "CLOSED"], { error: "Choose start or close" }) });
export type MeetingStatusInput = z.infer<typeof meetingStatusSchema>;

export const publishMinutesSchema = z.object({
  version,
  minutes: requiredText("Minutes", 20_000),
  partnerMinutes: text("Partner minutes", 20_000),
});
export type PublishMinutesInput = z.infer<typeof publishMinutesSchema>;
