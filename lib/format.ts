// Dates and times as people in England and Wales read them, whatever the server's zone.
const TZ = "Europe/London";

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleString("en-GB", { timeZone: TZ, dateStyle: "medium", timeStyle: "short" });
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  return new Date(value).toLocaleDateString("en-GB", { timeZone: TZ, dateStyle: "medium" });
}
