// Schemas for the administration forms and API. Used on the server for every write.
import { z } from "zod";
import { AGENCY_TYPES, ROLES } from "@/lib/auth/policy";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { checkbox, email, requiredText, uuid, version } from "./fields";

export const password = z
  .string({ error: "Password is required" })
  .min(MIN_PASSWORD_LENGTH, `Password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Password must be 200 characters or fewer");

const neighbourhoodIds = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(uuid("neighbourhood")).max(200),
);

const userFields = {
  name: requiredText("Name", 120),
  email,
  role: z.enum(ROLES, { error: "Choose a role" }),
  agencyId: uuid("agency"),
  neighbourhoodIds,
};

export const createUserSchema = z.object({ ...userFields, password });
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z.object({
  ...userFields,
  active: checkbox,
  // Blank keeps the current password.
  password: z.preprocess((v) => (v === "" ? undefined : v), password.optional()),
  version,
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const agencySchema = z.object({
  name: requiredText("Name", 160),
  type: z.enum(AGENCY_TYPES, { error: "Choose an agency type" }),
});
export const updateAgencySchema = agencySchema.extend({ active: checkbox, version });
export type AgencyInput = z.infer<typeof agencySchema>;
export type UpdateAgencyInput = z.infer<typeof updateAgencySchema>;

export const neighbourhoodSchema = z.object({
  name: requiredText("Name", 120),
  code: requiredText("Code", 20)
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9-]+$/, "Code may use letters, digits and hyphens only")),
  areaCommand: requiredText("Area command", 120),
});
export const updateNeighbourhoodSchema = neighbourhoodSchema.extend({ active: checkbox, version });
export type NeighbourhoodInput = z.infer<typeof neighbourhoodSchema>;
export type UpdateNeighbourhoodInput = z.infer<typeof updateNeighbourhoodSchema>;
