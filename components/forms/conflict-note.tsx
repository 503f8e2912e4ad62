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

/** The props every record form (group, person at risk, location) takes. */
export type RecordFormProps<Options, Values> = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: Options;
  /** What the form shows: the saved record, or what the form held when it was re-submitted to narrow a list. */
  values?: Partial<Values>;
  /** The record being edited: `version` is the one the form saves against, `currentVersion` its latest. */
  existing?: { id: string; version: number; currentVersion: number };
  /** Where the form is re-submitted as a GET to narrow its long lists (no client JS needed). */
  narrowHref?: string;
};

/**
 * An edit form's guard against stale saves: the version it saves against (the one it was loaded
 * with, from the URL after narrowing a list) and, once a save is refused as stale and the page has
 * been re-rendered, the note and the record's latest version, so that saving again is deliberate.
 */
export function StaleSaveGuard({ state, existing, recordHref }: { state: FormState; existing?: RecordFormProps<unknown, unknown>["existing"]; recordHref: string }) {
  if (!existing) return null;
  return (
    <>
      <ConflictNote state={state} currentHref={recordHref} />
      <input type="hidden" name="version" value={state.conflict ? existing.currentVersion : existing.version} />
    </>
  );
}
