"use client";
import Link from "next/link";
import { useState } from "react";
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
  /** What the form shows: the saved record (an edit), or nothing (a new one). */
  values?: Partial<Values>;
  /** The record being edited, `version` as it now is. */
  existing?: { id: string; version: number };
  /** This page, where the form's NarrowForm sends the narrowing of its long lists. */
  narrowHref: string;
};

/**
 * What a form was loaded with. Narrowing one of its lists (NarrowForm) re-renders the page in place,
 * with the record as it is by then: the form keeps showing what it was loaded with (its fields are
 * keyed on their default values, so a changed default would replace what was typed).
 */
export function useLoaded<T>(value: T): T {
  return useState(value)[0];
}

/**
 * An edit form's guard against stale saves: the version it saves against is the one it was loaded
 * with, kept while the page re-renders in place to narrow a list, so a change saved meanwhile is
 * still caught. Once a save is refused as stale (and the page re-rendered with the record's latest
 * `version`), the note and that version, so that saving again is deliberate.
 */
export function StaleSaveGuard({ state, version, recordHref }: { state: FormState; /** The record's version as the page now renders it; none for a new record. */ version?: number; recordHref: string }) {
  const loaded = useLoaded(version);
  if (version === undefined) return null;
  return (
    <>
      <ConflictNote state={state} currentHref={recordHref} />
      <input type="hidden" name="version" value={state.conflict ? version : (loaded ?? version)} />
    </>
  );
}
