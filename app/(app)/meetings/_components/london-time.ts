// Meetings are planned in London time whatever the server's zone: a datetime-local input holds
// "2026-12-03T10:00" with no zone, which the data layer reads as Europe/London.
const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The value a datetime-local input shows for an instant, in London time. */
export function toLondonInput(value: Date): string {
  const parts = Object.fromEntries(PARTS.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
