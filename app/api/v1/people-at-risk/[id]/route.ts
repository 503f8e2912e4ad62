// GET /api/v1/people-at-risk/:id — read (audited; partners: no police notes or links, 404 unless
// their agency leads or the person is shared with it). PATCH — update with the version read.
import { getPerson, updatePerson } from "@/lib/dal/people";
import { updatePersonSchema } from "@/lib/validation/records";
import { ok, readJson, route } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  return ok({ data: await getPerson(actor, params.id) });
});

export const PATCH = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, updatePersonSchema);
    await updatePerson(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "records:write" },
);
