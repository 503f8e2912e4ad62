// PATCH /api/v1/meetings/:id/items/:itemId — the decision on an item, with the item's version.
// DELETE — take the item off the agenda, with the meeting's version (supervisors).
import { decideItem, removeItem } from "@/lib/dal/meetings";
import { agendaChangeSchema, decisionSchema } from "@/lib/validation/meetings";
import { ok, readJson, route } from "../../../../_lib/handlers";

type Params = { id: string; itemId: string };

export const PATCH = route<Params>(
  async (request, { actor, params }) => {
    const input = await readJson(request, decisionSchema);
    await decideItem(actor, params.id, params.itemId, input);
    return ok({ data: { id: params.itemId, version: input.version + 1 } });
  },
  { permission: "meetings:manage" },
);

export const DELETE = route<Params>(
  async (request, { actor, params }) => {
    await removeItem(actor, params.id, params.itemId, await readJson(request, agendaChangeSchema.pick({ version: true })));
    return new Response(null, { status: 204 });
  },
  { permission: "meetings:manage" },
);
