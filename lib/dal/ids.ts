import { NotFoundError } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | undefined | null): value is string {
  return !!value && UUID.test(value);
}

/** A malformed id names no record: answer as for any record that is not there. */
export function assertId(id: string, what: string): void {
  if (!isUuid(id)) throw new NotFoundError(what);
}
