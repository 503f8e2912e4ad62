// Reading back what a NarrowForm sent (see narrow-form.tsx): how the user narrowed a form's long
// lists, and the form's chosen values, so they stay offered. Never a form's free text: a page that
// narrows takes what a form shows from the saved record (or nothing, for a new one), not the URL.
// Every value is bounded, since the URL is user input.
import { first, type SearchParams } from "@/lib/dal/list-params";

/** A repeated parameter (ticked checkboxes) as a list. */
export const allOf = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);

export function narrowParams(params: SearchParams) {
  const text = (name: string, max: number) => first(params[name])?.slice(0, max) || undefined;
  return {
    /** The narrowing controls every form shares (AreaCommandPicker, AgencyNarrow): spread into a form's options scope. */
    lists: { areaCommand: text("areaCommand", 100), agencyType: text("agencyType", 50), agencyQuery: text("agencyQuery", 100) },
    /** A form's own name search (NarrowSearch: officerQuery, chairQuery…). */
    search: (name: string) => text(name, 100),
    /** A chosen id (or fixed choice) the NarrowForm carried. */
    id: (name: string) => text(name, 50),
    /** Chosen ids the NarrowForm carried (ticked checkboxes). */
    ids: (name: string, max = 200) => allOf(params[name]).slice(0, max).map((v) => v.slice(0, 50)),
  };
}
