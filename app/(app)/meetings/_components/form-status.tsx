"use client";
// Small pieces the meeting page's many little forms share: a success line, and a lesser submit button.
import { useFormStatus } from "react-dom";

/** What a small form says once it has worked (read out by screen readers). */
export function Done({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm text-slate-900">
      {children}
    </p>
  );
}

/** A submit button of a lesser weight than SubmitButton (btn-secondary), with the same pending state. */
export function SecondarySubmit({ children, pendingText }: { children: React.ReactNode; pendingText: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="btn-secondary" disabled={pending} aria-disabled={pending}>
      {pending ? pendingText : children}
    </button>
  );
}
