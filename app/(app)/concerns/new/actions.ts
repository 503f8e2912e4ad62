"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/actor";
import { logConcern } from "@/lib/dal/concerns";
import { errorToFormState, formObject, formValues, type FormState } from "@/lib/forms";
import { logConcernSchema } from "@/lib/validation/concerns";

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const LONDON = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

function londonWallClock(time: number): string {
  const part = Object.fromEntries(LONDON.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * A datetime-local value ("2026-11-25T14:32") is the time on the officer's phone, which is UK
 * time: read it as Europe/London, whatever zone the server runs in. Anything else goes to the
 * schema as it came.
 */
function fromLondonTime(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const m = WALL_CLOCK.exec(value);
  if (!m) return value;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  const wanted = value.slice(0, 16);
  // The UK is on UTC (GMT) or UTC+1 (BST): take the offset that gives back the same clock time.
  for (const offsetHours of [0, 1]) {
    const time = asUtc - offsetHours * 3_600_000;
    if (londonWallClock(time) === wanted) return new Date(time).toISOString();
  }
  // A clock time skipped when the clocks go forward: read it as GMT.
  return new Date(asUtc).toISOString();
}

export async function logConcernAction(_previous: FormState, data: FormData): Promise<FormState> {
  const actor = await requirePermission("concerns:log");
  let id: string;
  try {
    const input = formObject(data);
    input.occurredAt = fromLondonTime(input.occurredAt);
    ({ id } = await logConcern(actor, logConcernSchema.parse(input)));
  } catch (error) {
    return errorToFormState(error, formValues(data));
  }
  revalidatePath("/");
  redirect(`/concerns/${id}?logged=1`);
}
