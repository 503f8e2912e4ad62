"use client";
// How a form narrows its long lists (a national dataset's neighbourhoods, agencies, people): a small
// separate GET form beside it (a form cannot hold another). The narrowing controls (narrow-fields.tsx)
// sit in the form's layout but belong to this one through their `form` attribute, so only the
// narrowing and the form's chosen values (`carry`: ids and fixed choices, never free text) travel in
// the URL: nothing typed reaches browser history, access logs or the 16 KB request-header limit.
// With JS the page re-renders in place (router.replace): the lists come back narrowed, and the form
// keeps everything typed and its client state. Without, the page reloads narrowed and what was
// entered is lost (an edit page shows the saved record again, whose own choices are always offered).
import { useRouter } from "next/navigation";
import { useTransition } from "react";

/** What a form declares of its NarrowForm: its id, the id of the form it narrows, and that form's fields sent along. */
export type NarrowSpec = { id: string; /** The id of the form being narrowed. */ source: string; /** Its fields whose values are always to be offered: ids and fixed choices only, never free text. */ carry: readonly string[] };

type Entries = Iterable<[string, FormDataEntryValue]>;

/**
 * The URL a NarrowForm goes to: `action` (without its #fragment) with the NarrowForm's own values
 * (the narrowing) and, of the form it narrows (`source`), only the `carry` fields. Empty values are left out.
 */
export function narrowUrl(action: string, own: Entries, source: Entries | undefined, carry: readonly string[]): string {
  const params = new URLSearchParams();
  const add = (entries: Entries, only?: readonly string[]) => {
    for (const [name, value] of entries) if (typeof value === "string" && value && (!only || only.includes(name))) params.append(name, value);
  };
  add(own);
  if (source && carry.length) add(source, carry);
  return `${action.split("#")[0]}?${params.toString()}`;
}

export function NarrowForm({ id, action, source, carry, fixed }: NarrowSpec & { /** This page: where the narrowing is sent. */ action: string; /** Values the page itself needs in its URL, with or without JS (the plan an action is added to). */ fixed?: Record<string, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = document.getElementById(source);
    const url = narrowUrl(action, new FormData(event.currentTarget), from instanceof HTMLFormElement ? new FormData(from) : undefined, carry);
    startTransition(() => router.replace(url, { scroll: false }));
  }
  return (
    <form id={id} method="get" action={action} onSubmit={onSubmit} aria-busy={pending || undefined} hidden>
      <input type="hidden" name="narrow" value="1" />
      {Object.entries(fixed ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </form>
  );
}

/** A form (`children`) with its NarrowForm beside it, since a form cannot hold another: `narrow` unset while its lists are whole. */
export function WithNarrowForm({ narrow, children }: { narrow?: React.ComponentProps<typeof NarrowForm>; children: React.ReactNode }) {
  return (
    <>
      {children}
      {narrow ? <NarrowForm {...narrow} /> : null}
    </>
  );
}
