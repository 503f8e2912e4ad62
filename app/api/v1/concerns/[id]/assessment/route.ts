// PATCH /api/v1/concerns/:id/assessment — grade (3x5x2), link and decide the outcome of a
// concern, carrying the version read (409 if someone has assessed it since).
import { assessConcern } from "@/lib/dal/concerns";
import { assessConcernSchema } from "@/lib/validation/concerns";
import { ok, readJson, route } from "../../../_lib/handlers";

export const PATCH = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, assessConcernSchema);
    await assessConcern(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "concerns:assess" },
);
