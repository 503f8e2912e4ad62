"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { createNominal, updateNominal } from "@/lib/dal/nominals";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { nominalSchema, updateNominalSchema } from "@/lib/validation/records";


export async function createNominalAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  let id: string;
  try {
    ({ id } = await createNominal(actor, nominalSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/nominals");
  redirect(`/nominals/${id}?saved=1`);
}

export async function updateNominalAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  try {
    await updateNominal(actor, id, updateNominalSchema.parse(formObject(data)));
  } catch (error) {
    // Re-render the edit page so the form carries the latest version: the user can compare,
    // then save again deliberately. What they typed is kept (state.values).
    if (error instanceof ConflictError) revalidatePath(`/nominals/${id}/edit`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/nominals");
  revalidatePath(`/nominals/${id}`);
  redirect(`/nominals/${id}?saved=1`);
}
