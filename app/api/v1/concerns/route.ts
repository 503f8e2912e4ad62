// GET /api/v1/concerns — the analysts' triage queue (open concerns, oldest first by default).
// POST /api/v1/concerns — log a local concern (anyone signed in; officers most).
import { listTriage, logConcern } from "@/lib/dal/concerns";
import { API_LISTS } from "@/lib/http/openapi";
import { logConcernSchema } from "@/lib/validation/concerns";
import { created, ok, readJson, readListQuery, route } from "../_lib/handlers";

export const GET = route(
  async (request, { actor }) => {
    const { list, filters } = readListQuery(request, API_LISTS.concerns);
    const page = await listTriage(actor, list, filters);
    return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience: "police" });
  },
  { permission: "concerns:assess" },
);

export const POST = route(
  async (request, { actor }) => {
    const input = await readJson(request, logConcernSchema);
    const { id } = await logConcern(actor, input);
    return created(request, `/concerns/${id}`, { id });
  },
  { permission: "concerns:log" },
);
