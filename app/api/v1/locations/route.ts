// GET /api/v1/locations — list; POST /api/v1/locations — create. Police only: partners get 404.
import { createLocation, listLocations } from "@/lib/dal/locations";
import { API_LISTS } from "@/lib/http/openapi";
import { locationSchema } from "@/lib/validation/records";
import { created, ok, policeIntelligence, readJson, readListQuery, requireWriter, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) =>
  policeIntelligence(actor, async () => {
    const { list, filters } = readListQuery(request, API_LISTS.locations);
    const page = await listLocations(actor, list, filters);
    return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience: "police" });
  }),
);

export const POST = route(async (request, { actor }) =>
  policeIntelligence(actor, async () => {
    requireWriter(actor);
    const { id } = await createLocation(actor, await readJson(request, locationSchema));
    return created(request, `/locations/${id}`, { id });
  }),
);
