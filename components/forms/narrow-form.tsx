"use client";
// For a form that must not be re-submitted whole as a GET to narrow its lists (NarrowButton): one
// with a password, one whose answers (a concern's raw intelligence) must stay out of URLs and
// server logs, or one whose state lives on the client. Its narrowing controls (AreaCommandPicker,
// AgencyNarrow with `form`) belong to this separate GET form instead, rendered beside it: only the
// narrowing and the form's chosen values (`carry`) travel in the URL. With JS the page re-renders in
// place (search params keep the form's client state and everything typed); without, it reloads.
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export function NarrowForm({ id, action, source, carry = [] }: { id: string; action: string; /** The id of the form being narrowed. */ source: string; /** Its fields whose values are always to be offered. */ carry?: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    const add = (data: FormData, names?: string[]) => {
      for (const [name, value] of data) if (typeof value === "string" && value && (!names || names.includes(name))) params.append(name, value);
    };
    add(new FormData(event.currentTarget));
    const from = document.getElementById(source);
    if (from instanceof HTMLFormElement && carry.length) add(new FormData(from), carry);
    startTransition(() => router.replace(`${action}?${params.toString()}`, { scroll: false }));
  }
  return (
    <form id={id} method="get" action={action} onSubmit={onSubmit} aria-busy={pending || undefined} hidden>
      <input type="hidden" name="narrow" value="1" />
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
