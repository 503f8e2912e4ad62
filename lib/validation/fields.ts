// Shared zod building blocks and the mapping from zod issues to per-field messages.
import { z, type ZodError } from "zod";

export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // An error on one item of a list (aliases.3) belongs to the list's field.
    const path = issue.path.filter((p) => typeof p !== "number");
    const key = path.length ? path.join(".") : "_form";
    const messages = (fields[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return fields;
}

/** A required single-line text field: trimmed, with messages people understand. */
export const requiredText = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be ${max} characters or fewer`);

export const optionalText = (label: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const email = z
  .string({ error: "Email is required" })
  .trim()
  .toLowerCase()
  .min(1, "Email is required")
  .max(254, "Email is too long")
  .pipe(z.email({ error: "Enter an email address like name@example.org" }));

export const uuid = (label: string) => z.uuid({ error: `Choose a valid ${label.toLowerCase()}` });

/** The version a client read, sent back with every update so stale saves are refused. */
export const version = z.coerce.number({ error: "Version is missing; reload the page" }).int().min(1, "Version is missing; reload the page");

/** HTML checkboxes send "on" or nothing; JSON sends booleans. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);
