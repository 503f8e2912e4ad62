"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { assessConcern } from "@/lib/dal/concerns";
import { ConflictError } from "@/lib/errors";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { assessConcernSchema } from "@/lib/validation/concerns";

/** Each chosen link travels as one hidden input holding JSON ({kind, id, name}); the name is
 *  only there so the form can show it again, and is dropped here. Anything unreadable is kept
 *  as an empty object so the schema reports it on the links field instead of silently losing it. */
function parseLinks(data: FormData): unknown[] {
  const seen = new Set<string>();
  const links: unknown[] = [];
  for (const raw of data.getAll("links")) {
    if (typeof raw !== "string" || raw === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    const ref = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    const key = `${String(ref.kind)}:${String(ref.id)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ kind: ref.kind, id: ref.id });
  }
  return links;
}

export async function assessConcernAction(id: string, _previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("concerns:assess");
  const raw = formObject(data);
  // Fields the form hides for the choices made are still posted (so nothing typed is lost when
  // the form comes back); they are blanked here so only what applies is validated and saved.
  const reasonApplies = raw.sourceEvaluation === "NOT_RELIABLE" || raw.intelAssessment === "E";
  const input = {
    ...raw,
    links: parseLinks(data),
    gradingReason: reasonApplies ? raw.gradingReason : "",
    handlingConditions: raw.handlingCode === "C" ? raw.handlingConditions : "",
    groupId: raw.outcome === "LINKED_TO_GROUP" ? raw.groupId : "",
    referredAgencyId: raw.outcome === "REFERRED" ? raw.referredAgencyId : "",
    newGroupName: raw.outcome === "NEW_EMERGING_GROUP" ? raw.newGroupName : "",
    newGroupReference: raw.outcome === "NEW_EMERGING_GROUP" ? raw.newGroupReference : "",
  };
  try {
    await assessConcern(actor, id, assessConcernSchema.parse(input));
  } catch (error) {
    // The page re-renders with the latest version; what the analyst chose stays (state.values
    // and the form's own state).
    if (error instanceof ConflictError) revalidatePath(`/concerns/${id}/assess`);
    const state = errorToFormState(error, formValues(data));
    // An error on one link's kind or id (links.kind, links.id) is shown on the links list.
    if (state.errors && Object.keys(state.errors).some((k) => k.startsWith("links."))) {
      const { links = [], ...rest } = Object.fromEntries(Object.entries(state.errors).filter(([k]) => !k.startsWith("links.")));
      state.errors = { ...rest, links: [...links, "One of the links could not be read: remove it and add it again"] };
    }
    return state;
  }
  revalidatePath("/concerns");
  revalidatePath(`/concerns/${id}`);
  redirect(`/concerns/${id}?assessed=1`);
}
