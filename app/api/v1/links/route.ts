// POST /api/v1/links — link two records. Police only: partners get 404.
import { createLink } from "@/lib/dal/links";
import { linkSchema } from "@/lib/validation/records";
import { created, policeIntelligence, readJson, requireWriter, route } from "../_lib/handlers";

export const POST = route(async (request, { actor }) =>
  policeIntelligence(actor, async () => {
    requireWriter(actor);
    const { id } = await createLink(actor, await readJson(request, linkSchema));
    return created(request, `/links/${id}`, { id });
  }),
);
