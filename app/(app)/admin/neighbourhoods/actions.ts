"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { createNeighbourhood, updateNeighbourhood } from "@/lib/dal/neighbourhoods";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { neighbourhoodSchema, updateNeighbourhoodSchema } from "@/lib/validation/admin";

export async function createNeighbourhoodAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("neighbourhoods:manage");
  let id: string;
  try {
    ({ id } = await createNeighbourhood(actor, neighbourhoodSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/admin/neighbourhoods");
  redirect(`/admin/neighbourhoods?saved=${id}`);
}

export async function updateNeighbourhoodAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("neighbourhoods:manage");
  try {
    await updateNeighbourhood(actor, id, updateNeighbourhoodSchema.parse(formObject(data)));
  } catch (error) {
    // The edit page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`/admin/neighbourhoods/${id}`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/admin/neighbourhoods");
  redirect(`/admin/neighbourhoods?saved=${id}`);
}
