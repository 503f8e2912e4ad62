// One shape for every form's server-action result: which fields are wrong and why, an overall
// message, and the values the user typed so that nothing is lost when the form comes back.
import { ZodError } from "zod";
import { ConflictError, DomainError, ValidationError } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation/fields";

export type FormValues = Record<string, string | string[]>;
export type FormState = { message?: string; errors?: Record<string, string[]>; values?: FormValues; conflict?: boolean };

const NEVER_ECHOED = /password/i;

/** The submitted values as the form can show them again (passwords are never sent back). */
export function formValues(data: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION") || NEVER_ECHOED.test(key)) continue;
    const all = data.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("Ids") ? all : (all[0] ?? "");
  }
  return values;
}

/** Plain object from FormData for zod: repeated keys become arrays. */
export function formObject(data: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = data.getAll(key).filter((v) => typeof v === "string");
    out[key] = key.endsWith("Ids") || all.length > 1 ? all : all[0];
  }
  return out;
}

export function errorToFormState(error: unknown, values: FormValues): FormState {
  if (error instanceof ZodError) return { message: "Some fields need attention", errors: zodFieldErrors(error), values };
  if (error instanceof ValidationError) return { message: error.message, errors: error.fields, values };
  if (error instanceof ConflictError) return { message: error.message, values, conflict: true };
  if (error instanceof DomainError) return { message: error.message, values };
  throw error;
}
