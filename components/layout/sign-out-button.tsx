"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  function signOutAndForget() {
    // Unsent concern drafts are kept on the device only while someone is signed in.
    try {
      for (const key of Object.keys(window.localStorage)) if (key.startsWith("locus:")) window.localStorage.removeItem(key);
    } catch {
      /* storage unavailable: nothing to clear */
    }
    void signOut({ callbackUrl: "/sign-in" });
  }
  return (
    <button type="button" onClick={signOutAndForget} className="btn min-h-10 border border-white/60 px-3 text-white hover:bg-white/10">
      Sign out
    </button>
  );
}
