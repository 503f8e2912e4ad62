"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { createLocation, updateLocation } from "@/lib/dal/locations";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { locationSchema, updateLocationSchema } from "@/lib/validation/records";

export async function createLocationAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  let id: string;
  try {
    ({ id } = await createLocation(actor, locationSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/locations");
  redirect(`/locations/${id}?saved=1`);
}

export async function updateLocationAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  try {
    await updateLocation(actor, id, updateLocationSchema.parse(formObject(data)));
  } catch (error) {
    // Re-render the edit page so the form carries the latest version (what was typed is kept).
    if (error instanceof ConflictError) revalidatePath(`/locations/${id}/edit`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/locations");
  revalidatePath(`/locations/${id}`);
  redirect(`/locations/${id}?saved=1`);
}
