"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { createReferral } from "@/lib/dal/referrals";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { createReferralSchema } from "@/lib/validation/referrals";

/** Make a referral from the person's record (the person is bound, never taken from the form). */
export async function createReferralAction(personId: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requireActor();
  try {
    await createReferral(actor, createReferralSchema.parse({ ...formObject(data), personId }));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath(`/people/${personId}`);
  redirect(`/people/${personId}#referrals`);
}
