// POST /api/v1/groups/:id/members — add a nominal to the group.
import { addMember } from "@/lib/dal/groups";
import { membershipSchema } from "@/lib/validation/records";
import { created, readJson, route } from "../../../_lib/handlers";

export const POST = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, membershipSchema);
    const { id } = await addMember(actor, params.id, input);
    return created(request, `/groups/${params.id}`, { id });
  },
  { permission: "records:write" },
);
