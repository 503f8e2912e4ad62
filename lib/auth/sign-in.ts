// Checking a password, with lockout and audit. Used by next-auth's Credentials provider.
import { recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { burnPasswordCheck, verifyPassword } from "./password";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "locked" | "disabled"; lockedUntil?: Date };

export async function checkCredentials(emailInput: string, password: string, requestId: string | null, now = new Date()): Promise<SignInResult> {
  const email = emailInput.trim().toLowerCase();
  const user = await db().user.findUnique({ where: { email }, select: { id: true, agencyId: true, passwordHash: true, active: true, failedAttempts: true, lockedUntil: true, sessionVersion: true } });
  if (!user) {
    await burnPasswordCheck(password);
    await db().$transaction((tx) =>
      recordAudit(tx, null, { action: "auth.sign_in_failed", entityType: "User", summary: `Sign-in failed for unknown email ${email}`, details: { email, reason: "unknown_email" } }),
    );
    return { ok: false, reason: "invalid" };
  }
  const actor = { id: user.id, agencyId: user.agencyId, requestId };

  if (user.lockedUntil && user.lockedUntil > now) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "auth.sign_in_refused_locked", entityType: "User", entityId: user.id, summary: `Sign-in refused: account locked until ${user.lockedUntil!.toISOString()}` }),
    );
    return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  }

  const passwordOk = await verifyPassword(user.passwordHash, password);
  if (passwordOk && !user.active) {
    await db().$transaction((tx) =>
      recordAudit(tx, actor, { action: "auth.sign_in_refused_disabled", entityType: "User", entityId: user.id, summary: "Sign-in refused: account disabled" }),
    );
    return { ok: false, reason: "disabled" };
  }
  if (!passwordOk) {
    // A lock that has run out starts the count again.
    const previous = user.lockedUntil && user.lockedUntil <= now ? 0 : user.failedAttempts;
    const attempts = previous + 1;
    const lockedUntil = attempts >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedAttempts: lockedUntil ? 0 : attempts, lockedUntil } });
      await recordAudit(tx, actor, { action: "auth.sign_in_failed", entityType: "User", entityId: user.id, summary: `Sign-in failed: wrong password (attempt ${attempts} of ${MAX_FAILED_ATTEMPTS})`, details: { attempts } });
      if (lockedUntil) {
        await recordAudit(tx, actor, { action: "auth.locked_out", entityType: "User", entityId: user.id, summary: `Account locked for ${LOCKOUT_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} wrong passwords`, details: { lockedUntil: lockedUntil.toISOString() } });
      }
    });
    return lockedUntil ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "invalid" };
  }

  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null, lastSignInAt: now } });
    await recordAudit(tx, actor, { action: "auth.signed_in", entityType: "User", entityId: user.id, summary: "Signed in" });
  });
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

export function signInFailureMessage(result: Extract<SignInResult, { ok: false }>): string {
  switch (result.reason) {
    case "locked":
      return `This account is locked after ${MAX_FAILED_ATTEMPTS} wrong passwords. Try again after ${result.lockedUntil!.toLocaleTimeString("en-GB", { timeZone: "Europe/London", hour: "2-digit", minute: "2-digit" })}, or ask an administrator.`;
    case "disabled":
      return "This account has been disabled. Ask an administrator if you need access.";
    default:
      return "The email or password is not right. Check them and try again.";
  }
}
