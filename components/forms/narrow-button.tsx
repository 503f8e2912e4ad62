/**
 * Submits the whole form as a GET to `href`, so the page re-renders a long list narrowed (a name
 * search, an area command, a type) with what was typed and chosen kept: no client JS needed. It
 * sends `narrow=1`, so a page that edits a record knows to take the values from the URL.
 */
export function NarrowButton({ href, children, form }: { href: string; children: React.ReactNode; /** The id of a NarrowForm to submit instead of the form the button is in. */ form?: string }) {
  return (
    <button type="submit" name="narrow" value="1" form={form} formAction={href} formMethod="get" formNoValidate className="btn-secondary">
      {children}
    </button>
  );
}
