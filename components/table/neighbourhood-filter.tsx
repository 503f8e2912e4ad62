import type { NeighbourhoodChoices } from "@/lib/dal/neighbourhoods";
import { FilterSelect } from "./filter-form";

/**
 * The neighbourhood filter of a list page, without client JS. A force-sized list is one select; a
 * national one is an "Area command" select and a "Neighbourhood" select of that area command's
 * neighbourhoods, filled in once the form is applied. The list filters on the neighbourhood, and
 * with `areaCommandFilters` on the area command too when no neighbourhood is chosen (the page passes
 * `choices.areaCommand` to its list); otherwise the area command only narrows the second select.
 */
export function NeighbourhoodFilter({ choices, name, selectedId, label = "Neighbourhood", areaCommandFilters = false }: { choices: NeighbourhoodChoices; name: string; selectedId?: string; label?: string; areaCommandFilters?: boolean }) {
  const options = choices.neighbourhoods.map((n) => ({ value: n.id, label: n.name }));
  if (choices.all) return <FilterSelect name={name} label={label} defaultValue={selectedId} options={options} />;
  const hint = choices.areaCommand
    ? areaCommandFilters
      ? `Neighbourhoods in ${choices.areaCommand}. “Any” lists everything in the chosen area command.`
      : `Neighbourhoods in ${choices.areaCommand}.`
    : options.length ? "Choose an area command first to list its neighbourhoods (yours are listed)." : "Choose an area command first, then apply, to list its neighbourhoods.";
  return (
    <>
      <FilterSelect name="areaCommand" label="Area command" defaultValue={choices.areaCommand} options={choices.areaCommands.map((a) => ({ value: a, label: a }))} />
      <FilterSelect name={name} label={label} defaultValue={selectedId} options={options} hint={hint} />
    </>
  );
}
