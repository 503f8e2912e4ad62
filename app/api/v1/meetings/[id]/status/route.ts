// POST /api/v1/meetings/:id/status — start the meeting, or close it (supervisors).
import { setMeetingStatus } from "@/lib/dal/meetings";
import { meetingStatusSchema } from "@/lib/validation/meetings";
import { ok, readJson, route } from "../../../_lib/handlers";

export const POST = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, meetingStatusSchema);
    await setMeetingStatus(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "meetings:manage" },
);
