"use server";
// Server actions for tasking meetings. Each one: who is asking (never from the form), the zod
// schema again, the data layer, then either a redirect or a short message for the form that sent
// it. The meeting and item ids are bound by the page, never read from the form.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import {
  addFreeItem, createActionFromItem, createMeeting, decideItem, moveItem, publishMinutes, refreshAgenda, removeItem, setMeetingStatus, updateMeeting,
} from "@/lib/dal/meetings";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import {
  agendaChangeSchema, createMeetingSchema, decisionSchema, freeItemSchema, itemActionSchema, meetingStatusSchema, publishMinutesSchema, updateMeetingSchema,
} from "@/lib/validation/meetings";

/** A form on the meeting page: the usual state, plus what to say once it has worked. */
export type MeetingFormState = FormState & { done?: string };

const meetingPath = (id: string) => `/meetings/${id}`;

/** After a change: the meeting page, the list, and the supervisor's home all read it. */
function revalidateMeeting(id: string) {
  revalidatePath(meetingPath(id));
  revalidatePath("/meetings");
  revalidatePath("/");
}

/** A refused save keeps what was typed; a stale version re-renders the page with the latest one. */
function refused(id: string, error: unknown, data: FormData): MeetingFormState {
  if (error instanceof ConflictError) revalidatePath(meetingPath(id));
  return errorToFormState(error, formValues(data));
}

export async function createMeetingAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("meetings:manage");
  let id: string;
  try {
    ({ id } = await createMeeting(actor, createMeetingSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/meetings");
  revalidatePath("/");
  redirect(`${meetingPath(id)}?saved=planned`);
}

export async function updateMeetingAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("meetings:manage");
  try {
    await updateMeeting(actor, id, updateMeetingSchema.parse(formObject(data)));
  } catch (error) {
    // The edit page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`${meetingPath(id)}/edit`);
    return errorToFormState(error, formValues(data));
  }
  revalidateMeeting(id);
  redirect(`${meetingPath(id)}?saved=details`);
}

export async function setMeetingStatusAction(id: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  let status: "IN_PROGRESS" | "CLOSED";
  try {
    const input = meetingStatusSchema.parse(formObject(data));
    status = input.status;
    await setMeetingStatus(actor, id, input);
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  redirect(`${meetingPath(id)}?saved=${status === "CLOSED" ? "closed" : "started"}`);
}

export async function refreshAgendaAction(id: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  let added: number;
  try {
    const { version } = agendaChangeSchema.parse(formObject(data));
    ({ added } = await refreshAgenda(actor, id, { version }));
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  return {
    done: added === 0 ? "Nothing new to add: the agenda already holds everything Locus would propose." : `${added} new ${added === 1 ? "item was" : "items were"} added to the end of the agenda.`,
  };
}

export async function moveItemAction(id: string, itemId: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  let direction: "up" | "down" | undefined;
  try {
    const input = agendaChangeSchema.parse(formObject(data));
    direction = input.direction;
    await moveItem(actor, id, itemId, input);
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  return { done: `Moved ${direction ?? ""}.` };
}

export async function removeItemAction(id: string, itemId: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  try {
    await removeItem(actor, id, itemId, agendaChangeSchema.parse(formObject(data)));
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  redirect(`${meetingPath(id)}?saved=removed#agenda`);
}

export async function decideItemAction(id: string, itemId: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  try {
    await decideItem(actor, id, itemId, decisionSchema.parse(formObject(data)));
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  return { done: "Decision recorded." };
}

export async function createItemActionAction(id: string, itemId: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  try {
    await createActionFromItem(actor, id, itemId, itemActionSchema.parse(formObject(data)));
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  revalidatePath("/actions");
  return { done: "Action created. It is listed under this item and on the plan." };
}

export async function addFreeItemAction(id: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  try {
    await addFreeItem(actor, id, freeItemSchema.parse(formObject(data)));
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  return { done: "Item added to the end of the agenda." };
}

export async function publishMinutesAction(id: string, _previous: MeetingFormState, data: FormData): Promise<MeetingFormState> {
  const actor = await requirePermission("meetings:manage");
  try {
    await publishMinutes(actor, id, publishMinutesSchema.parse(formObject(data)));
  } catch (error) {
    return refused(id, error, data);
  }
  revalidateMeeting(id);
  redirect(`${meetingPath(id)}?saved=published#minutes`);
}
