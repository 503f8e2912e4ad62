"use server";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/actor";
import { RECORD_PATH } from "@/lib/domain/case-record";
import { createLink, deleteLink } from "@/lib/dal/links";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import type { RecordKind } from "@/lib/generated/prisma/enums";
import { linkSchema } from "@/lib/validation/records";

export async function createLinkAction(fromKind: RecordKind, fromId: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("records:write");
  try {
    await createLink(actor, linkSchema.parse({ ...formObject(data), fromKind, fromId }));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath(`${RECORD_PATH[fromKind]}/${fromId}`);
  return { message: "Link added.", values: {} };
}

export async function deleteLinkAction(returnPath: string, linkId: string): Promise<void> {
  const actor = await requirePermission("records:write");
  await deleteLink(actor, linkId);
  revalidatePath(returnPath);
}
