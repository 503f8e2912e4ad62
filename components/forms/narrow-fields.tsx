// Controls that narrow a form's long lists (a national dataset's neighbourhoods, agencies, people).
// Each sits in the form's layout but belongs to the form's NarrowForm (`form`: its id), which sends
// only the narrowing and the chosen values to the page as a GET (see narrow-form.tsx): never the
// form's free text.
import { AGENCY_TYPE_LABELS } from "@/lib/auth/policy";
import type { AgencyNarrowing, AgencyOption } from "@/lib/dal/agencies";
import type { FormState } from "@/lib/forms";
import { SelectField } from "./fields";

/**
 * A neighbourhood as a form offers it: its name, with its code and (when the list spans area
 * commands) its area command, and "(no longer active)" when it was disabled after being chosen
 * (see NeighbourhoodOption).
 */
export function neighbourhoodLabel(n: { name: string; code?: string; areaCommand: string; inactive?: boolean }, show: { code?: boolean; areaCommand?: boolean }): string {
  const details = [show.code ? n.code : undefined, show.areaCommand ? n.areaCommand : undefined].filter(Boolean);
  return `${n.name}${details.length ? ` (${details.join(", ")})` : ""}${n.inactive ? " (no longer active)" : ""}`;
}

/** "1 agency", "1,204 agencies". */
export const countOf = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** What a narrowing control is given by its label: its id, name, hint, look and the NarrowForm it belongs to. */
type ControlProps = { id: string; name: string; "aria-describedby"?: string; className: string; form: string };

/** The button that sends a NarrowForm (`form`: its id) from inside the form it narrows. */
function NarrowSubmit({ form, children }: { form: string; children: React.ReactNode }) {
  return (
    <button type="submit" form={form} className="btn-secondary">
      {children}
    </button>
  );
}

/** One labelled control of a narrowing row; `describedBy` names a hint shown elsewhere in the row. */
function Narrowing({ name, label, hint, describedBy, form, children }: { name: string; label: string; hint?: string; describedBy?: string; form: string; children: (props: ControlProps) => React.ReactNode }) {
  const id = `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, name, "aria-describedby": hint ? `${id}-hint` : describedBy, className: "input mt-1", form })}
    </div>
  );
}

/** A select of a few values (area commands, agency types), with "Choose…" for none. */
function ChoiceSelect({ values, labels, defaultValue, ...props }: ControlProps & { values: readonly string[]; labels?: Record<string, string>; defaultValue?: string }) {
  return (
    <select {...props} defaultValue={defaultValue ?? ""}>
      <option value="">Choose…</option>
      {values.map((v) => (
        <option key={v} value={v}>
          {labels?.[v] ?? v}
        </option>
      ))}
    </select>
  );
}

const SearchInput = ({ defaultValue, ...props }: ControlProps & { defaultValue?: string }) => <input {...props} type="search" defaultValue={defaultValue ?? ""} autoComplete="off" />;

/** A name search, sent by the NarrowForm `form`, whose matches the page adds to a list. */
export function NarrowSearch({ name, label, hint, defaultValue, button, form }: { name: string; label: string; hint?: string; defaultValue?: string; button: string; form: string }) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Narrowing name={name} label={label} hint={hint} form={form}>
        {(props) => <SearchInput {...props} defaultValue={defaultValue} />}
      </Narrowing>
      <NarrowSubmit form={form}>{button}</NarrowSubmit>
    </div>
  );
}

/** For a national list of neighbourhoods: choose an area command, then its neighbourhoods are listed. */
export function AreaCommandPicker({
  areaCommands,
  areaCommand,
  kept = "Those already ticked are kept.",
  form,
}: {
  areaCommands: string[];
  areaCommand?: string;
  /** What the hint says happens to the neighbourhoods already chosen. */
  kept?: string;
  /** The id of the NarrowForm that sends the choice. */
  form: string;
}) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Narrowing name="areaCommand" label="Area command" hint={`There are too many neighbourhoods to list: choose an area command first to list its neighbourhoods. ${kept}`} form={form}>
        {(props) => <ChoiceSelect {...props} values={areaCommands} defaultValue={areaCommand} />}
      </Narrowing>
      <NarrowSubmit form={form}>Show neighbourhoods</NarrowSubmit>
    </div>
  );
}

/** What a narrowed neighbourhood list holds, for the hint of the field it feeds: `chosen` names those always listed ("those ticked"). */
export function neighbourhoodListHint(narrowed: { areaCommand?: string }, chosen: string) {
  return narrowed.areaCommand ? `Listed: ${chosen} and the neighbourhoods of ${narrowed.areaCommand}.` : `Listed: ${chosen} and your own. Choose an area command above to list its neighbourhoods.`;
}

/** For a national list of agencies: an agency type select and a name search, which list those agencies. */
export function AgencyNarrow({ narrowed, hint, form }: { narrowed: AgencyNarrowing; hint: string; /** As for AreaCommandPicker. */ form: string }) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <Narrowing name="agencyType" label="Agency type" hint={hint} form={form}>
        {(props) => <ChoiceSelect {...props} values={narrowed.types} labels={AGENCY_TYPE_LABELS} defaultValue={narrowed.type} />}
      </Narrowing>
      <Narrowing name="agencyQuery" label="Find agencies by name" describedBy="field-agencyType-hint" form={form}>
        {(props) => <SearchInput {...props} defaultValue={narrowed.query} />}
      </Narrowing>
      <NarrowSubmit form={form}>Show agencies</NarrowSubmit>
    </div>
  );
}

/**
 * What a cut agency list holds, for the hint of the field it feeds: `chosen` names the agencies
 * always listed ("those ticked, your own").
 */
export function agencyListHint(narrowed: AgencyNarrowing, chosen: string) {
  return (
    `There are ${countOf(narrowed.total, "agency", "agencies")}: listed are ${chosen}, ${narrowed.type ? `${AGENCY_TYPE_LABELS[narrowed.type].toLowerCase()} agencies` : "the agencies of the type chosen"} and those found by name.` +
    (narrowed.typeTruncated ? " Not every agency of this type is listed: find the others by name." : "") +
    (narrowed.queryTruncated ? " More agencies match the name than are listed: type more of it." : "")
  );
}

/**
 * A form's select of one agency, fed by a bounded list (agencyChoices): while the list is cut, the
 * type and name narrowing above it, and a hint saying what is listed (`chosen`: those always listed).
 */
export function BoundedAgencySelect({
  name, label, state, defaultValue, required, hint, options, form, chosen = "the one chosen",
  narrowHint = "There are too many agencies to list: choose a type, or find them by name. The one already chosen is kept, and so is everything entered.",
}: {
  name: string; label: string; state: FormState; defaultValue?: string; required?: boolean; hint?: string;
  options: { agencies: AgencyOption[]; agenciesNarrowed?: AgencyNarrowing };
  form: string; chosen?: string; narrowHint?: string;
}) {
  const narrowed = options.agenciesNarrowed;
  return (
    <>
      {narrowed ? <AgencyNarrow narrowed={narrowed} hint={narrowHint} form={form} /> : null}
      <SelectField
        name={name}
        label={label}
        state={state}
        defaultValue={defaultValue}
        required={required}
        options={options.agencies.map((a) => ({ value: a.id, label: a.name }))}
        hint={[hint, narrowed ? agencyListHint(narrowed, chosen) : undefined].filter(Boolean).join(" ") || undefined}
      />
    </>
  );
}
