// Dates and times as people in England and Wales read them, whatever the server's zone.
const TZ = "Europe/London";

// One formatter each, made once: `toLocaleString(locale, options)` builds a new Intl.DateTimeFormat
// on every call, which cost about a tenth of the server's CPU on list pages (docs/benchmarks.md,
// "Per-request cost"). Same output: toLocale*String is specified as formatting with such a formatter.
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { timeZone: TZ, dateStyle: "medium", timeStyle: "short" });
const DATE = new Intl.DateTimeFormat("en-GB", { timeZone: TZ, dateStyle: "medium" });

function format(formatter: Intl.DateTimeFormat, value: Date | string): string {
  const date = new Date(value);
  // toLocaleString answers "Invalid Date" where format() would throw.
  return Number.isNaN(date.getTime()) ? "Invalid Date" : formatter.format(date);
}

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return format(DATE_TIME, value);
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return format(DATE, value);
}
