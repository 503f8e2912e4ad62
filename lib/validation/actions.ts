// Schemas for creating and updating actions. The rules: a done action needs an outcome note, and
// a done Pursue action its disruption outcome.
import { z } from "zod";
import { ACTION_PRIORITY, ACTION_STATUS, DISRUPTION_OUTCOME, PLAN_STRAND } from "@/lib/domain/actions";
import { RECORD_KIND } from "@/lib/domain/case-record";
import { checkbox, optionalText, requiredText, uuid, version } from "./fields";

const oneOf = <K extends string>(values: readonly K[], message: string) => z.enum(values as unknown as [K, ...K[]], { error: message });
const optionalUuid = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), uuid(label).optional());
const date = (label: string) => z.iso.date({ error: `${label} must be a date like 2026-12-31` });

export const createActionSchema = z
  .object({
    groupId: optionalUuid("group"),
    personId: optionalUuid("person"),
    strand: oneOf(PLAN_STRAND.values, "Choose Pursue, Prevent, Protect or Prepare"),
    title: requiredText("Title", 200),
    description: optionalText("Description", 4_000).transform((v) => v ?? ""),
    owningAgencyId: uuid("owning agency"),
    assigneeId: optionalUuid("assignee"),
    dueDate: date("Due date"),
    priority: oneOf(ACTION_PRIORITY.values, "Choose a priority"),
    subjectKind: oneOf(RECORD_KIND.values, "Choose what the action is about"),
    subjectId: uuid("subject"),
    sharedWithPartnership: checkbox,
  })
  .refine((a) => a.groupId || a.personId, { path: ["groupId"], message: "An action belongs to a group's plan or a person's safeguarding plan" });
export type CreateActionInput = z.infer<typeof createActionSchema>;

export const updateActionSchema = z
  .object({
    version,
    status: oneOf(ACTION_STATUS.values, "Choose a status"),
    note: optionalText("Update note", 4_000).transform((v) => v ?? ""),
    outcomeNote: optionalText("Outcome", 4_000).transform((v) => v ?? ""),
    disruptionOutcome: z.preprocess((v) => (v === "" ? undefined : v), oneOf(DISRUPTION_OUTCOME.values, "Choose the disruption outcome").optional()),
  });
export type UpdateActionInput = z.infer<typeof updateActionSchema>;
