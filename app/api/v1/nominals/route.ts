// GET /api/v1/nominals — list; POST /api/v1/nominals — create. Police only: partners get 404.
import { createNominal, listNominals } from "@/lib/dal/nominals";
import { API_LISTS } from "@/lib/http/openapi";
import { nominalSchema } from "@/lib/validation/records";
import { created, ok, policeIntelligence, readJson, readListQuery, requireWriter, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) =>
  policeIntelligence(actor, async () => {
    const { list, filters } = readListQuery(request, API_LISTS.nominals);
    const page = await listNominals(actor, list, filters);
    return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience: "police" });
  }),
);

export const POST = route(async (request, { actor }) =>
  policeIntelligence(actor, async () => {
    requireWriter(actor);
    const { id } = await createNominal(actor, await readJson(request, nominalSchema));
    return created(request, `/nominals/${id}`, { id });
  }),
);
