// POST /api/v1/meetings/:id/items — the chair's own agenda item (supervisors), with the meeting's version.
import { addFreeItem } from "@/lib/dal/meetings";
import { freeItemSchema } from "@/lib/validation/meetings";
import { created, readJson, route } from "../../../_lib/handlers";

export const POST = route<{ id: string }>(
  async (request, { actor, params }) => {
    const { id } = await addFreeItem(actor, params.id, await readJson(request, freeItemSchema));
    return created(request, `/meetings/${params.id}`, { id });
  },
  { permission: "meetings:manage" },
);
