"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { addMember, createGroup, removeMember, scoreGroupRecord, updateGroup } from "@/lib/dal/groups";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { groupSchema, membershipSchema, scoringSchema, updateGroupSchema } from "@/lib/validation/records";
import { CAPABILITY_FACTORS, HARM_FACTORS } from "@/lib/domain/scoring";

export async function createGroupAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  let id: string;
  try {
    ({ id } = await createGroup(actor, groupSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/groups");
  redirect(`/groups/${id}?saved=1`);
}

export async function updateGroupAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  try {
    await updateGroup(actor, id, updateGroupSchema.parse(formObject(data)));
  } catch (error) {
    // The edit page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`/groups/${id}/edit`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath(`/groups/${id}`);
  redirect(`/groups/${id}?saved=1`);
}

export async function scoreGroupAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("groups:score");
  const raw = formObject(data);
  // The form's flat field names (violence, physical, …) become the schema's nested shape.
  const input = {
    capability: Object.fromEntries(CAPABILITY_FACTORS.map((f) => [f, raw[f]])),
    harm: Object.fromEntries(HARM_FACTORS.map((f) => [f, raw[f]])),
    likelihood: raw.likelihood,
    confidence: raw.confidence,
    rationale: raw.rationale,
  };
  try {
    await scoreGroupRecord(actor, id, scoringSchema.parse(input));
  } catch (error) {
    const state = errorToFormState(error, formValues(data));
    // Nested paths (capability.violence) are shown on the flat fields.
    if (state.errors) state.errors = Object.fromEntries(Object.entries(state.errors).map(([k, v]) => [k.replace(/^(capability|harm)\./, ""), v]));
    return state;
  }
  revalidatePath(`/groups/${id}`);
  redirect(`/groups/${id}?scored=1#scoring`);
}

export async function addMemberAction(groupId: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  try {
    await addMember(actor, groupId, membershipSchema.parse(formObject(data)));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath(`/groups/${groupId}`);
  return { message: "Member added.", values: {} };
}

export async function removeMemberAction(groupId: string, membershipId: string): Promise<void> {
  const actor = await requirePermission("records:write");
  await removeMember(actor, groupId, membershipId);
  revalidatePath(`/groups/${groupId}`);
  revalidatePath(`/groups/${groupId}/members`);
}
