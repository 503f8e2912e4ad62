// GET /api/v1/meetings/:id — the meeting and its agenda, cut to the audience (partners: only the
// meetings they or their agency attend, partner-safe wording, only the items their agency is party
// to; 404 otherwise). PATCH — title, type, time, scope, chair and attendees (supervisors).
import { getMeeting, updateMeeting } from "@/lib/dal/meetings";
import { updateMeetingSchema } from "@/lib/validation/meetings";
import { ok, readJson, route } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => ok({ data: await getMeeting(actor, params.id) }));

export const PATCH = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, updateMeetingSchema);
    await updateMeeting(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "meetings:manage" },
);
