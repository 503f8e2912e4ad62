// POST /api/v1/groups/:id/scorings — add a scoring; answers with the score, band and working.
import { scoreGroupRecord } from "@/lib/dal/groups";
import { scoringSchema } from "@/lib/validation/records";
import { created, readJson, route } from "../../../_lib/handlers";

export const POST = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, scoringSchema);
    const { scoringId, ...result } = await scoreGroupRecord(actor, params.id, input);
    return created(request, `/groups/${params.id}`, { id: scoringId, ...result });
  },
  { permission: "groups:score" },
);
