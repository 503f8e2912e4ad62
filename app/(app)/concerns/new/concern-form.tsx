"use client";
// "Log a concern", phone first. Every answer lives in this component's state (so nothing typed is
// lost when the server sends the form back), is kept on the device as a draft while it is typed
// (so a lost connection loses nothing), and is cleared from the device once HQ has it.
import { unstable_rethrow } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { ErrorSummary } from "@/components/forms/fields";
import { AreaCommandPicker, neighbourhoodListHint, neighbourhoodLabel } from "@/components/forms/narrow-fields";
import { WithNarrowForm, type NarrowSpec } from "@/components/forms/narrow-form";
import { RecordPicker } from "@/components/records/record-picker";
import { CATEGORY_LABEL, CONCERN_CATEGORIES, CONCERN_SOURCE, IMMEDIATE_RISK_GUIDANCE } from "@/lib/domain/concerns";
import { OC_CATEGORIES } from "@/lib/domain/indicators";
import type { ConcernFormOptions } from "@/lib/dal/concern-form-options";
import { formatDate } from "@/lib/format";
import type { FormState } from "@/lib/forms";

type Values = {
  category: string;
  indicators: string[];
  description: string;
  occurredAt: string;
  address: string;
  neighbourhoodId: string;
  peopleMentioned: string;
  vehiclesMentioned: string;
  source: string;
  immediateRisk: boolean;
};
type Draft = { savedAt: number; values: Values };
type SendState = FormState & { problem?: "offline" | "failed" };

const LABELS: Record<string, string> = {
  category: "What it looks like",
  indicators: "Signs you noticed",
  description: "What did you see or hear?",
  occurredAt: "When?",
  address: "Where?",
  locationId: "Known location",
  neighbourhoodId: "Neighbourhood",
  peopleMentioned: "People mentioned",
  vehiclesMentioned: "Vehicles mentioned",
  source: "Where did this come from?",
  immediateRisk: "Immediate risk",
};

const TZ = "Europe/London";
const LONDON = new Intl.DateTimeFormat("en-GB", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** A datetime-local value for a moment, in UK time (the server reads it back as UK time). */
function londonInputValue(time: number): string {
  const part = Object.fromEntries(LONDON.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

function indicatorsOf(category: string): string[] {
  return OC_CATEGORIES.find((c) => c.key === category)?.indicators ?? [];
}

// ─── The draft on this device ─────────────────────────────────────────────────────────────

export function concernDraftKey(userId: string): string {
  return `locus:concern-draft:${userId}`;
}

function hasContent(v: Values): boolean {
  return !!(v.category || v.indicators.length || v.description.trim() || v.address.trim() || v.peopleMentioned.trim() || v.vehiclesMentioned.trim() || v.source || v.immediateRisk);
}

function readDraft(key: string, fallback: Values): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { savedAt?: unknown; values?: Record<string, unknown> };
    const v = parsed.values ?? {};
    const text = (name: keyof Values): string => (typeof v[name] === "string" ? (v[name] as string) : (fallback[name] as string));
    const values: Values = {
      category: CONCERN_CATEGORIES.some((c) => c === v.category) ? (v.category as string) : "",
      indicators: Array.isArray(v.indicators) ? v.indicators.filter((i): i is string => typeof i === "string") : [],
      description: text("description"),
      occurredAt: text("occurredAt"),
      address: text("address"),
      neighbourhoodId: text("neighbourhoodId"),
      peopleMentioned: text("peopleMentioned"),
      vehiclesMentioned: text("vehiclesMentioned"),
      source: CONCERN_SOURCE.values.some((s) => s === v.source) ? (v.source as string) : "",
      immediateRisk: v.immediateRisk === true,
    };
    if (!hasContent(values) || typeof parsed.savedAt !== "number") return null;
    return { savedAt: parsed.savedAt, values };
  } catch {
    return null;
  }
}

/** True when the draft is on the device (private browsing or a full disk can refuse it). */
function writeDraft(key: string, values: Values): boolean {
  try {
    if (hasContent(values)) window.localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), values } satisfies Draft));
    else window.localStorage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

function removeDraft(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}

function clockTime(time: number): string {
  return new Date(time).toLocaleTimeString("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit" });
}

function savedWhen(time: number): string {
  return formatDate(new Date(time)) === formatDate(new Date()) ? clockTime(time) : `${formatDate(new Date(time))}, ${clockTime(time)}`;
}

/** The redirect the action sends after logging: HQ has the concern, so the draft can go. */
function isLoggedRedirect(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("digest" in error)) return false;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") && digest.includes("/concerns/") && digest.includes("logged=1");
}

const subscribeNothing = () => () => {};
function subscribeOnline(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Rendered by the concern page after `?logged=1`: the draft has reached HQ. */
export function ClearConcernDraft({ userId }: { userId: string }) {
  useEffect(() => removeDraft(concernDraftKey(userId)), [userId]);
  return null;
}

// ─── Small controls ───────────────────────────────────────────────────────────────────────

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  ) : null;
}

function Hint({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

function describedBy(id: string, hint: boolean, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Optional() {
  return <span className="font-normal text-slate-600"> (optional)</span>;
}

const choiceClass = (checked: boolean) =>
  `flex min-h-11 cursor-pointer items-center gap-3 rounded-md border-2 px-3 py-2 text-sm ${checked ? "border-brand-700 bg-brand-50 font-semibold" : "border-slate-300 bg-white"}`;

// ─── The form ─────────────────────────────────────────────────────────────────────────────

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  userId: string;
  /** Police may pick a known location (the search is police only). */
  canPickLocation: boolean;
  neighbourhoods: ConcernFormOptions["neighbourhoods"];
  /** Set past a force's worth of neighbourhoods: the list is the officer's own and an area command's. */
  neighbourhoodsNarrowed?: ConcernFormOptions["neighbourhoodsNarrowed"];
  defaultNeighbourhoodId: string;
  /** Now, as a datetime-local value in UK time, from the server (so the first render matches). */
  now: string;
};

/** Past a force's worth of neighbourhoods, a NarrowForm lists an area command's: never what was typed, only it and the one chosen travel in the URL. */
export const CONCERN_NARROW: NarrowSpec = { id: "concern-narrow", source: "concern-form", carry: ["neighbourhoodId"] };

export function ConcernForm(props: Props) {
  return <WithNarrowForm narrow={props.neighbourhoodsNarrowed ? { ...CONCERN_NARROW, action: "/concerns/new" } : undefined}><LogConcernForm {...props} /></WithNarrowForm>;
}

function LogConcernForm({ action, userId, canPickLocation, neighbourhoods, neighbourhoodsNarrowed: hoods, defaultNeighbourhoodId, now }: Props) {
  const key = concernDraftKey(userId);
  const blank: Values = { category: "", indicators: [], description: "", occurredAt: now, address: "", neighbourhoodId: defaultNeighbourhoodId, peopleMentioned: "", vehiclesMentioned: "", source: "", immediateRisk: false };
  const [values, setValues] = useState<Values>(blank);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [maxWhen, setMaxWhen] = useState(now);
  // undefined: not read yet (the server has no localStorage); null: nothing to offer.
  const [offer, setOffer] = useState<Draft | null | undefined>(undefined);
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  if (hydrated && offer === undefined) setOffer(readDraft(key, blank));

  const [state, dispatch, pending] = useActionState<SendState, FormData>(async (previous, data) => {
    if (!navigator.onLine) return { ...previous, problem: "offline" };
    try {
      // The server ignores the previous state: do not send the answers twice.
      return await action({}, data);
    } catch (error) {
      if (isLoggedRedirect(error)) removeDraft(key);
      unstable_rethrow(error);
      return { ...previous, problem: error instanceof TypeError || !navigator.onLine ? "offline" : "failed" };
    }
  }, {});

  // Keep a draft on the device, a moment after each change.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => setSavedAt(writeDraft(key, values) ? Date.now() : null), 400);
    return () => clearTimeout(timer);
  }, [dirty, key, values]);

  // Take the user to the list of problems when the server sends the form back.
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.errors) summaryRef.current?.querySelector<HTMLElement>('[role="alert"]')?.focus();
  }, [state.errors]);

  function update(patch: Partial<Values>) {
    setValues((v) => ({ ...v, ...patch }));
    setDirty(true);
  }

  function chooseCategory(category: string) {
    const known = indicatorsOf(category);
    setValues((v) => ({ ...v, category, indicators: v.indicators.filter((i) => known.includes(i)) }));
    setDirty(true);
  }

  function toggleIndicator(indicator: string, checked: boolean) {
    setValues((v) => ({ ...v, indicators: checked ? [...v.indicators, indicator] : v.indicators.filter((i) => i !== indicator) }));
    setDirty(true);
  }

  function restore(draft: Draft) {
    const neighbourhoodId = !draft.values.neighbourhoodId || neighbourhoods.some((n) => n.id === draft.values.neighbourhoodId) ? draft.values.neighbourhoodId : defaultNeighbourhoodId;
    setValues({ ...draft.values, neighbourhoodId });
    setOffer(null);
    setDirty(true);
  }

  function discard() {
    setOffer(null);
    // If they have started typing, the device already holds the new answers instead.
    if (!dirty) removeDraft(key);
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // Save now (not in a moment), so a failed send leaves the latest answers on the device.
    if (dirty) setSavedAt(writeDraft(key, values) ? Date.now() : null);
    setDirty(false);
    startTransition(() => dispatch(data));
  }

  const error = (name: string) => state.errors?.[name]?.join(". ");
  const category = OC_CATEGORIES.find((c) => c.key === values.category);
  const known = indicatorsOf(values.category);

  return (
    // `action` too, so a tap before the page is ready does not send the answers in a URL.
    <form id={CONCERN_NARROW.source} action={dispatch} onSubmit={onSubmit} noValidate className="max-w-2xl space-y-6">
      {offer ? (
        <section aria-labelledby="draft-heading" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4">
          <h2 id="draft-heading" className="font-semibold text-slate-900">
            Unsent concern on this device
          </h2>
          <p className="mt-1 text-sm text-slate-900">
            You have an unsent concern from {savedWhen(offer.savedAt)}
            {offer.values.category ? ` (${CATEGORY_LABEL[offer.values.category] ?? "concern"})` : ""}.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className="btn-primary" onClick={() => restore(offer)}>
              Restore
            </button>
            <button type="button" className="btn-secondary" onClick={discard}>
              Discard
            </button>
          </div>
        </section>
      ) : null}

      {!online ? (
        <p role="status" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-sm text-slate-900">
          You are offline. Keep going: your answers are kept on this device, and you can send them when you are back online.
        </p>
      ) : null}

      <div ref={summaryRef}>
        <ErrorSummary state={state} labels={LABELS} />
      </div>

      <fieldset role="radiogroup" aria-labelledby="field-category" aria-required="true" aria-describedby={describedBy("field-category", false, error("category"))} aria-invalid={error("category") ? true : undefined}>
        <legend id="field-category" tabIndex={-1} className="text-lg font-bold text-slate-900">
          What does it look like?
        </legend>
        <FieldError id="field-category" error={error("category")} />
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CONCERN_CATEGORIES.map((c) => (
            <label key={c} className={choiceClass(values.category === c)}>
              <input type="radio" name="category" value={c} checked={values.category === c} onChange={() => chooseCategory(c)} className="size-5 shrink-0 accent-brand-700" />
              <span className="min-w-0">{CATEGORY_LABEL[c]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div aria-live="polite">
        {category ? (
          <div className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-3">
            <h2 className="text-sm font-semibold text-slate-900">What it looks like: {category.label}</h2>
            <p className="mt-1 text-sm text-slate-900">{category.summary}</p>
          </div>
        ) : values.category === "OTHER" ? (
          <p className="rounded-md border-l-4 border-brand-700 bg-brand-50 p-3 text-sm text-slate-900">Describe what you saw or heard below: the analysts will decide what it is.</p>
        ) : null}
      </div>

      {known.length ? (
        <fieldset aria-describedby={describedBy("field-indicators", true, error("indicators"))}>
          <legend id="field-indicators" tabIndex={-1} className="font-semibold text-slate-900">
            Signs you noticed
            <Optional />
          </legend>
          <Hint id="field-indicators">Tick any that apply.</Hint>
          <FieldError id="field-indicators" error={error("indicators")} />
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {known.map((indicator) => {
              const checked = values.indicators.includes(indicator);
              return (
                <label key={indicator} className={choiceClass(checked)}>
                  <input type="checkbox" name="indicators" value={indicator} checked={checked} onChange={(e) => toggleIndicator(indicator, e.target.checked)} className="size-5 shrink-0 accent-brand-700" />
                  <span className="min-w-0">{indicator}</span>
                </label>
              );
            })}
          </div>
        </fieldset>
      ) : null}

      <div>
        <label htmlFor="field-description" className="block font-semibold text-slate-900">
          What did you see or hear?
        </label>
        <Hint id="field-description">What happened, in your own words. Who, what and how often helps the analysts most.</Hint>
        <FieldError id="field-description" error={error("description")} />
        <textarea
          id="field-description"
          name="description"
          rows={5}
          required
          value={values.description}
          onChange={(e) => update({ description: e.target.value })}
          aria-invalid={error("description") ? true : undefined}
          aria-describedby={describedBy("field-description", true, error("description"))}
          className="input mt-1"
        />
      </div>

      <div>
        <label htmlFor="field-occurredAt" className="block font-semibold text-slate-900">
          When?
        </label>
        <Hint id="field-occurredAt">When you saw or heard it, or were told about it (UK time).</Hint>
        <FieldError id="field-occurredAt" error={error("occurredAt")} />
        <input
          id="field-occurredAt"
          name="occurredAt"
          type="datetime-local"
          required
          value={values.occurredAt}
          max={maxWhen}
          onFocus={() => setMaxWhen(londonInputValue(Date.now()))}
          onChange={(e) => update({ occurredAt: e.target.value })}
          aria-invalid={error("occurredAt") ? true : undefined}
          aria-describedby={describedBy("field-occurredAt", true, error("occurredAt"))}
          className="input mt-1 min-w-0 max-w-full"
        />
      </div>

      <fieldset className="space-y-4" aria-describedby="field-where-hint">
        <legend className="font-semibold text-slate-900">Where?</legend>
        <p id="field-where-hint" className="-mt-2 text-sm text-slate-600">
          An address, a known location, or at least the neighbourhood.
        </p>
        <div>
          <label htmlFor="field-address" className="block text-sm font-semibold text-slate-900">
            Address or place
            <Optional />
          </label>
          <Hint id="field-address">For example &ldquo;14 Mill Lane&rdquo; or &ldquo;car park behind the Co-op, Mill Lane&rdquo;.</Hint>
          <FieldError id="field-address" error={error("address")} />
          <input
            id="field-address"
            name="address"
            type="text"
            autoComplete="off"
            value={values.address}
            onChange={(e) => update({ address: e.target.value })}
            aria-invalid={error("address") ? true : undefined}
            aria-describedby={describedBy("field-address", true, error("address"))}
            className="input mt-1"
          />
        </div>
        {canPickLocation ? (
          <div id="field-locationId" tabIndex={-1}>
            <RecordPicker name="locationId" kind="LOCATION" label="Known location" hint="Optional. Search the places Locus already knows: part of the address or the postcode." error={error("locationId")} />
          </div>
        ) : null}
        {hoods ? (
          <AreaCommandPicker areaCommands={hoods.areaCommands} areaCommand={hoods.areaCommand} kept="Your own neighbourhoods and the one chosen stay listed, and what you have entered is kept." form={CONCERN_NARROW.id} />
        ) : null}
        <div>
          <label htmlFor="field-neighbourhoodId" className="block text-sm font-semibold text-slate-900">
            Neighbourhood
            <Optional />
          </label>
          {hoods ? <Hint id="field-neighbourhoodId">{neighbourhoodListHint(hoods, "the one chosen")}</Hint> : null}
          <FieldError id="field-neighbourhoodId" error={error("neighbourhoodId")} />
          <select
            id="field-neighbourhoodId"
            name="neighbourhoodId"
            value={values.neighbourhoodId}
            onChange={(e) => update({ neighbourhoodId: e.target.value })}
            aria-invalid={error("neighbourhoodId") ? true : undefined}
            aria-describedby={describedBy("field-neighbourhoodId", !!hoods, error("neighbourhoodId"))}
            className="input mt-1"
          >
            <option value="">Not sure</option>
            {neighbourhoods.map((n) => (
              <option key={n.id} value={n.id}>
                {neighbourhoodLabel(n, { areaCommand: !!hoods })}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <div>
        <label htmlFor="field-peopleMentioned" className="block font-semibold text-slate-900">
          People mentioned
          <Optional />
        </label>
        <Hint id="field-peopleMentioned">Names, nicknames, ages or descriptions.</Hint>
        <FieldError id="field-peopleMentioned" error={error("peopleMentioned")} />
        <textarea
          id="field-peopleMentioned"
          name="peopleMentioned"
          rows={2}
          value={values.peopleMentioned}
          onChange={(e) => update({ peopleMentioned: e.target.value })}
          aria-invalid={error("peopleMentioned") ? true : undefined}
          aria-describedby={describedBy("field-peopleMentioned", true, error("peopleMentioned"))}
          className="input mt-1"
        />
      </div>

      <div>
        <label htmlFor="field-vehiclesMentioned" className="block font-semibold text-slate-900">
          Vehicles mentioned
          <Optional />
        </label>
        <Hint id="field-vehiclesMentioned">Registrations, makes, models, colours.</Hint>
        <FieldError id="field-vehiclesMentioned" error={error("vehiclesMentioned")} />
        <textarea
          id="field-vehiclesMentioned"
          name="vehiclesMentioned"
          rows={2}
          value={values.vehiclesMentioned}
          onChange={(e) => update({ vehiclesMentioned: e.target.value })}
          aria-invalid={error("vehiclesMentioned") ? true : undefined}
          aria-describedby={describedBy("field-vehiclesMentioned", true, error("vehiclesMentioned"))}
          className="input mt-1"
        />
      </div>

      <fieldset role="radiogroup" aria-labelledby="field-source" aria-required="true" aria-describedby={describedBy("field-source", false, error("source"))} aria-invalid={error("source") ? true : undefined}>
        <legend id="field-source" tabIndex={-1} className="font-semibold text-slate-900">
          Where did this come from?
        </legend>
        <FieldError id="field-source" error={error("source")} />
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {CONCERN_SOURCE.values.map((source) => (
            <label key={source} className={choiceClass(values.source === source)}>
              <input type="radio" name="source" value={source} checked={values.source === source} onChange={() => update({ source })} className="size-5 shrink-0 accent-brand-700" />
              <span className="min-w-0">{CONCERN_SOURCE.label[source]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="space-y-3">
        <div>
          <label htmlFor="field-immediateRisk" className={choiceClass(values.immediateRisk)}>
            <input
              id="field-immediateRisk"
              name="immediateRisk"
              type="checkbox"
              checked={values.immediateRisk}
              onChange={(e) => update({ immediateRisk: e.target.checked })}
              aria-describedby="field-immediateRisk-hint"
              className="size-5 shrink-0 accent-brand-700"
            />
            <span className="min-w-0">Someone is at immediate risk</span>
          </label>
          <Hint id="field-immediateRisk">Tick if a child or vulnerable person may come to harm now or very soon. Supervisors are alerted when you send.</Hint>
        </div>
        {values.immediateRisk ? (
          <div role="alert" className="rounded-md border-4 border-red-700 bg-red-50 p-4 text-slate-900">
            <h2 className="text-lg font-bold text-red-900">
              <span aria-hidden="true">⚠ </span>Immediate risk: act now
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {IMMEDIATE_RISK_GUIDANCE.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="mt-3">
              <a href="tel:999" className="btn-danger text-white">
                Call 999
              </a>
            </p>
          </div>
        ) : null}
      </div>

      {state.problem ? (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-4 text-sm text-slate-900">
          {state.problem === "offline" ? (
            <p className="font-semibold">
              {savedAt ? "No connection: your concern is saved on this device; send it when you are back online." : "No connection: your concern has not been sent. Keep this page open and send it when you are back online."}
            </p>
          ) : (
            <p className="font-semibold">
              Not sent: something went wrong. {savedAt ? "Your concern is saved on this device; " : "Keep this page open and "}try again in a moment. If it keeps happening, tell your supervisor.
            </p>
          )}
          {state.problem === "offline" && online ? <p className="mt-1">You seem to be back online: press &ldquo;Send to HQ&rdquo; again.</p> : null}
        </div>
      ) : null}

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="submit" className="btn-primary w-full text-base sm:w-auto" disabled={pending} aria-disabled={pending}>
          {pending ? "Sending…" : "Send to HQ"}
        </button>
        {savedAt ? <p className="text-sm text-slate-600">Draft kept on this device at {clockTime(savedAt)}.</p> : null}
      </div>
    </form>
  );
}
