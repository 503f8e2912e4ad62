// Reading back what a form held when it was re-submitted as a GET to narrow one of its lists
// (NarrowButton): every value bounded like the form's own fields, since the URL is user input.
import { first, type SearchParams } from "@/lib/dal/list-params";

/** A repeated parameter (ticked checkboxes) as a list. */
export const allOf = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value ? [value] : []);

export function formParams(params: SearchParams) {
  const narrowing = first(params.narrow) === "1";
  return {
    /** The form was re-submitted to narrow a list: an edit page takes its values from the URL, not the saved record. */
    narrowing,
    text: (name: string, max: number) => first(params[name])?.slice(0, max),
    list: (name: string, max = 200) => allOf(params[name]).slice(0, max),
    oneOf: <T extends string>(name: string, values: readonly T[]) => values.find((v) => v === first(params[name])),
    checked: (name: string) => first(params[name]) === "on",
    /** When narrowing, the version the form was loaded with, so a change saved meanwhile is still caught; else `saved`. */
    version: (saved: number) => {
      const v = Number.parseInt(first(params.version) ?? "", 10);
      return narrowing && Number.isSafeInteger(v) && v > 0 ? v : saved;
    },
  };
}

export type FormParams = ReturnType<typeof formParams>;

/** How the user narrowed a record form's long lists (the controls in narrow-fields.tsx). */
export function narrowingParams(q: FormParams) {
  return { areaCommand: q.text("areaCommand", 100), agencyType: q.text("agencyType", 50), agencyQuery: q.text("agencyQuery", 100) };
}
