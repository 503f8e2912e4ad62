// POST /api/v1/meetings/:id/items/:itemId/move — one place up or down, with the meeting's version.
import { moveItem } from "@/lib/dal/meetings";
import { agendaChangeSchema } from "@/lib/validation/meetings";
import { ok, readJson, route } from "../../../../../_lib/handlers";

export const POST = route<{ id: string; itemId: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, agendaChangeSchema);
    await moveItem(actor, params.id, params.itemId, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  },
  { permission: "meetings:manage" },
);
