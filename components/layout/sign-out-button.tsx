"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/sign-in" })} className="btn min-h-10 border border-white/60 px-3 text-white hover:bg-white/10">
      Sign out
    </button>
  );
}
