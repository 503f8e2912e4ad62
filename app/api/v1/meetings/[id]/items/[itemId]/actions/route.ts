// POST /api/v1/meetings/:id/items/:itemId/actions — task an action from the item: it lands in the
// item's group 4P plan, or its person's safeguarding plan (supervisors).
import { createActionFromItem } from "@/lib/dal/meetings";
import { itemActionSchema } from "@/lib/validation/meetings";
import { created, readJson, route } from "../../../../../_lib/handlers";

export const POST = route<{ id: string; itemId: string }>(
  async (request, { actor, params }) => {
    const { id } = await createActionFromItem(actor, params.id, params.itemId, await readJson(request, itemActionSchema));
    return created(request, `/actions/${id}`, { id });
  },
  { permission: "meetings:manage" },
);
