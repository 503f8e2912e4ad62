import Link from "next/link";

/** A GET form: filters live in the URL, so they can be shared and the back button works. */
export function FilterForm({ basePath, children, label = "Filters" }: { basePath: string; children: React.ReactNode; label?: string }) {
  return (
    <form method="get" action={basePath} role="search" aria-label={label} className="card mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
      {children}
      <div className="flex gap-2">
        <button type="submit" className="btn-primary">
          Apply
        </button>
        <Link href={basePath} className="btn-secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}

export function FilterText({ name, label, defaultValue, type = "search" }: { name: string; label: string; defaultValue?: string; type?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <input id={`filter-${name}`} name={name} type={type} defaultValue={defaultValue} className="input mt-1" />
    </div>
  );
}

export function FilterSelect({ name, label, defaultValue, options, anyLabel = "Any", hint }: { name: string; label: string; defaultValue?: string; options: { value: string; label: string }[]; anyLabel?: string; hint?: React.ReactNode }) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? ""} aria-describedby={hint ? `${id}-hint` : undefined} className="input mt-1">
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function Flash({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="mb-4 rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-sm text-slate-900">
      {children}
    </div>
  );
}
