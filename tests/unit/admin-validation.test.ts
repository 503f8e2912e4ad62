import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/validation/fields";
import { createUserSchema, neighbourhoodSchema, updateUserSchema } from "@/lib/validation/admin";

const valid = { name: "Jo Bloggs", email: "Jo.Bloggs@Example.org ", role: "OFFICER", agencyId: "0190a7a0-0000-7000-8000-000000000001", password: "a-long-enough-pass" };

describe("user form validation", () => {
  it("accepts a valid user and normalises the email", () => {
    const parsed = createUserSchema.parse(valid);
    expect(parsed.email).toBe("jo.bloggs@example.org");
    expect(parsed.neighbourhoodIds).toEqual([]);
  });

  it("names each wrong field with a message a person understands", () => {
    const result = createUserSchema.safeParse({ name: " ", email: "not-an-email", role: "CHIEF", agencyId: "x", password: "short" });
    expect(result.success).toBe(false);
    const fields = zodFieldErrors(result.error!);
    expect(fields.name).toEqual(["Name is required"]);
    expect(fields.email).toEqual(["Enter an email address like name@example.org"]);
    expect(fields.role).toEqual(["Choose a role"]);
    expect(fields.agencyId).toEqual(["Choose a valid agency"]);
    expect(fields.password).toEqual(["Password must be at least 12 characters"]);
  });

  it("keeps the current password when the edit form leaves it blank", () => {
    const parsed = updateUserSchema.parse({ ...valid, password: "", version: "3", active: "on" });
    expect(parsed.password).toBeUndefined();
    expect(parsed.version).toBe(3);
    expect(parsed.active).toBe(true);
  });

  it("reads a missing checkbox as unticked", () => {
    expect(updateUserSchema.parse({ ...valid, version: "1" }).active).toBe(false);
  });
});

describe("neighbourhood validation", () => {
  it("upper-cases codes and refuses punctuation", () => {
    expect(neighbourhoodSchema.parse({ name: "Riverside", code: "nb-riv", areaCommand: "City" }).code).toBe("NB-RIV");
    const bad = neighbourhoodSchema.safeParse({ name: "Riverside", code: "nb riv!", areaCommand: "City" });
    expect(zodFieldErrors(bad.error!).code).toEqual(["Code may use letters, digits and hyphens only"]);
  });
});
