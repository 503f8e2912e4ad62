import { AGENCY_TYPE_LABELS } from "@/lib/auth/policy";
import { AGENCY_TYPE_MAX, type AgencyChoices } from "@/lib/dal/agencies";
import { FilterSelect, FilterText } from "./filter-form";

/**
 * An agency filter of a list page, without client JS, like NeighbourhoodFilter: an "Agency type"
 * select, which filters on its own, and an agency select listing every agency while there are few,
 * otherwise only the chosen type's (filled in once the form is applied). Past AGENCY_TYPE_MAX
 * agencies of one type, a name search reaches the rest.
 */
export function AgencyFilter({ choices, name, selectedId, label }: { choices: AgencyChoices; name: string; selectedId?: string; label: string }) {
  const id = `filter-${name}`;
  const typeLabel = choices.type ? AGENCY_TYPE_LABELS[choices.type] : undefined;
  const searchable = !choices.all && (choices.typeTruncated || !!choices.query);
  const hint = choices.all
    ? typeLabel
      ? `${typeLabel} agencies. “Any” lists everyone whose ${label.toLowerCase()} is of this type.`
      : "Or choose an agency type: it filters on its own."
    : typeLabel
      ? `${typeLabel} agencies${choices.typeTruncated ? `: the first ${AGENCY_TYPE_MAX} by name. Find the others by name below` : ""}. “Any” lists everyone whose ${label.toLowerCase()} is of this type.`
      : "Choose an agency type first, then apply, to list its agencies.";
  return (
    <>
      <FilterSelect name="agencyType" label="Agency type" defaultValue={choices.type} options={choices.types.map((t) => ({ value: t, label: AGENCY_TYPE_LABELS[t] }))} />
      <div>
        <label htmlFor={id} className="block text-sm font-semibold">
          {label}
        </label>
        <select id={id} name={name} defaultValue={selectedId ?? ""} aria-describedby={`${id}-hint`} className="input mt-1">
          <option value="">Any</option>
          {choices.agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
          {choices.queryTruncated ? " More agencies match the name than are listed: type more of it." : null}
        </p>
      </div>
      {searchable ? <FilterText name="agencyQuery" label={`Find a ${label.toLowerCase()} by name`} defaultValue={choices.query} /> : null}
    </>
  );
}
