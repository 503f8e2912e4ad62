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
      <FilterSelect
        name={name}
        label={label}
        defaultValue={selectedId}
        options={choices.agencies.map((a) => ({ value: a.id, label: a.name }))}
        hint={choices.queryTruncated ? `${hint} More agencies match the name than are listed: type more of it.` : hint}
      />
      {searchable ? <FilterText name="agencyQuery" label={`Find a ${label.toLowerCase()} by name`} defaultValue={choices.query} /> : null}
    </>
  );
}
