// GET /api/v1/groups/:id — police: the full profile; partners: the partner-safe view (404 unless shared).
// PATCH /api/v1/groups/:id — update the whole record, carrying the version read (409 if stale).
import { getGroup, updateGroup } from "@/lib/dal/groups";
import { updateGroupSchema } from "@/lib/validation/records";
import { ok, readJson, route } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  return ok({ data: await getGroup(actor, params.id) });
});

export const PATCH = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, updateGroupSchema);
    await updateGroup(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "records:write" },
);
