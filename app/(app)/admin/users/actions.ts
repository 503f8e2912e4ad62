"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { createUser, updateUser } from "@/lib/dal/users";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { createUserSchema, updateUserSchema } from "@/lib/validation/admin";

export async function createUserAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("users:manage");
  let id: string;
  try {
    ({ id } = await createUser(actor, createUserSchema.parse(formObject(data))));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users?saved=${id}`);
}

export async function updateUserAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("users:manage");
  try {
    await updateUser(actor, id, updateUserSchema.parse(formObject(data)));
  } catch (error) {
    // The edit page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`/admin/users/${id}`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/admin/users");
  redirect(`/admin/users?saved=${id}`);
}
