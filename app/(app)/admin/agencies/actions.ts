"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { createAgency, updateAgency } from "@/lib/dal/agencies";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { agencySchema, updateAgencySchema } from "@/lib/validation/admin";

export async function createAgencyAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("agencies:manage");
  let id: string;
  try {
    ({ id } = await createAgency(actor, agencySchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/admin/agencies");
  redirect(`/admin/agencies?saved=${id}`);
}

export async function updateAgencyAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("agencies:manage");
  try {
    await updateAgency(actor, id, updateAgencySchema.parse(formObject(data)));
  } catch (error) {
    // The edit page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`/admin/agencies/${id}`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/admin/agencies");
  redirect(`/admin/agencies?saved=${id}`);
}
