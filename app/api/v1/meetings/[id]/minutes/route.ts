// POST /api/v1/meetings/:id/minutes — publish the minutes of a closed meeting; attendees are told.
import { publishMinutes } from "@/lib/dal/meetings";
import { publishMinutesSchema } from "@/lib/validation/meetings";
import { ok, readJson, route } from "../../../_lib/handlers";

export const POST = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, publishMinutesSchema);
    await publishMinutes(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "meetings:manage" },
);
