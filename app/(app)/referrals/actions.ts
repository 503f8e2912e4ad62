"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { updateReferral } from "@/lib/dal/referrals";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { updateReferralSchema } from "@/lib/validation/referrals";

/** The receiving agency (or a police writer) records where a referral stands. */
export async function updateReferralAction(id: string, personId: string | null, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await updateReferral(actor, id, updateReferralSchema.parse(formObject(data)));
  } catch (error) {
    // The page re-renders with the latest version; what the user typed stays (state.values).
    if (error instanceof ConflictError) revalidatePath(`/referrals/${id}`);
    return errorToFormState(error, formValues(data));
  }
  revalidatePath(`/referrals/${id}`);
  revalidatePath("/referrals");
  if (personId) revalidatePath(`/people/${personId}`);
  redirect(`/referrals/${id}?saved=1`);
}
