import Link from "next/link";
import type { FormState } from "@/lib/forms";

/**
 * After a refused stale save the edit page reloads the record's new version while keeping what
 * was typed: saving again then deliberately replaces the other person's changes.
 */
export function ConflictNote({ state, currentHref }: { state: FormState; currentHref: string }) {
  if (!state.conflict) return null;
  return (
    <p className="text-sm text-slate-900">
      The form now holds the latest version number, so saving again will replace their changes with what you see here.{" "}
      <Link href={currentHref} target="_blank">
        Open the current record<span className="sr-only"> (opens in a new tab)</span>
      </Link>{" "}
      to compare first.
    </p>
  );
}
