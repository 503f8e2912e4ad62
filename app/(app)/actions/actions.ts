"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor, requirePermission } from "@/lib/auth/actor";
import { createAction, updateAction } from "@/lib/dal/actions";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { createActionSchema, updateActionSchema, type CreateActionInput } from "@/lib/validation/actions";

/** The form's one "subject" select carries "KIND:id"; the schema wants the two apart. */
function splitSubject(raw: Record<string, unknown>) {
  const { subject, ...rest } = raw;
  const [kind, id] = typeof subject === "string" && subject.includes(":") ? subject.split(":", 2) : [undefined, undefined];
  return { ...rest, subjectKind: kind, subjectId: id };
}

/** Errors on subjectKind/subjectId are shown on the form's "subject" select. */
function subjectErrorsOnSelect(state: FormState): FormState {
  if (!state.errors) return state;
  const errors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(state.errors)) {
    const field = key === "subjectKind" || key === "subjectId" ? "subject" : key;
    errors[field] = [...(errors[field] ?? []), ...messages];
  }
  return { ...state, errors };
}

export async function createActionAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("actions:create");
  let input: CreateActionInput;
  try {
    input = createActionSchema.parse(splitSubject(formObject(data)));
    await createAction(actor, input);
  } catch (error) {
    return subjectErrorsOnSelect(errorToFormState(error, formValues(data)));
  }
  revalidatePath("/actions");
  if (input.groupId) {
    revalidatePath(`/groups/${input.groupId}`);
    redirect(`/groups/${input.groupId}#plan`);
  }
  revalidatePath(`/people/${input.personId}`);
  redirect(`/people/${input.personId}#plan`);
}

export async function updateActionAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await updateAction(actor, id, updateActionSchema.parse(formObject(data)));
  } catch (error) {
    // The page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`/actions/${id}`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath(`/actions/${id}`);
  revalidatePath("/actions");
  redirect(`/actions/${id}?saved=1`);
}
