import { beforeEach, describe, expect, it } from "vitest";
import { checkCredentials, LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS, signInFailureMessage } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { DEFAULT_TEST_PASSWORD, makeAgency, makeUser } from "@/lib/db/factories";

let email: string;
let userId: string;

beforeEach(async () => {
  const agency = await makeAgency(db());
  const user = await makeUser(db(), { agencyId: agency.id });
  email = user.email;
  userId = user.id;
});

describe("signing in", () => {
  it("accepts the right password, whatever the email's case, and records it", async () => {
    const result = await checkCredentials(email.toUpperCase(), DEFAULT_TEST_PASSWORD, "req-1");
    expect(result).toMatchObject({ ok: true, userId });
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(await db().auditEvent.count({ where: { entityId: userId, action: "auth.signed_in", requestId: "req-1" } })).toBe(1);
  });

  it(`locks the account for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} wrong passwords`, async () => {
    const now = new Date("2026-11-20T10:00:00Z");
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) {
      expect(await checkCredentials(email, "wrong-password", null, now)).toEqual({ ok: false, reason: "invalid" });
    }
    const fifth = await checkCredentials(email, "wrong-password", null, now);
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });

    // Even the right password is refused while locked, with a message saying until when.
    const whileLocked = await checkCredentials(email, DEFAULT_TEST_PASSWORD, null, new Date(now.getTime() + 14 * 60_000));
    expect(whileLocked).toMatchObject({ ok: false, reason: "locked" });
    if (whileLocked.ok) throw new Error("unreachable");
    expect(signInFailureMessage(whileLocked)).toMatch(/locked after 5 wrong passwords\. Try again after 10:15/);

    expect(await db().auditEvent.count({ where: { entityId: userId, action: "auth.sign_in_failed" } })).toBe(MAX_FAILED_ATTEMPTS);
    expect(await db().auditEvent.count({ where: { entityId: userId, action: "auth.locked_out" } })).toBe(1);
    expect(await db().auditEvent.count({ where: { entityId: userId, action: "auth.sign_in_refused_locked" } })).toBe(1);

    // Once the lock has run out the right password works again.
    const later = await checkCredentials(email, DEFAULT_TEST_PASSWORD, null, new Date(now.getTime() + 16 * 60_000));
    expect(later).toMatchObject({ ok: true });
  });

  it("refuses a disabled account without saying whether the password was right to others", async () => {
    await db().user.update({ where: { id: userId }, data: { active: false } });
    expect(await checkCredentials(email, DEFAULT_TEST_PASSWORD, null)).toEqual({ ok: false, reason: "disabled" });
    expect(await checkCredentials(email, "wrong-password", null)).toEqual({ ok: false, reason: "invalid" });
  });

  it("records a failure for an unknown email without revealing that it is unknown", async () => {
    const result = await checkCredentials("nobody@locus.test", "whatever-password", null);
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(await db().auditEvent.count({ where: { action: "auth.sign_in_failed", entityId: null } })).toBeGreaterThanOrEqual(1);
  });
});
