"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { createPerson, updatePerson } from "@/lib/dal/people";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { personSchema, updatePersonSchema } from "@/lib/validation/records";

export async function createPersonAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  let id: string;
  try {
    ({ id } = await createPerson(actor, personSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/people");
  redirect(`/people/${id}?saved=1`);
}

export async function updatePersonAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  try {
    await updatePerson(actor, id, updatePersonSchema.parse(formObject(data)));
  } catch (error) {
    // Re-render the edit page so the form carries the latest version (what was typed is kept).
    if (error instanceof ConflictError) revalidatePath(`/people/${id}/edit`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/people");
  revalidatePath(`/people/${id}`);
  redirect(`/people/${id}?saved=1`);
}
