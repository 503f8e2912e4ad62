// POST /api/v1/meetings/:id/agenda — run the agenda rules again and add what is new (supervisors).
import { refreshAgenda } from "@/lib/dal/meetings";
import { agendaChangeSchema } from "@/lib/validation/meetings";
import { ok, readJson, route } from "../../../_lib/handlers";

const refreshAgendaSchema = agendaChangeSchema.pick({ version: true });

export const POST = route<{ id: string }>(
  async (request, { actor, params }) => {
    const input = await readJson(request, refreshAgendaSchema);
    const { added } = await refreshAgenda(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1, added } });
  },
  { permission: "meetings:manage" },
);
