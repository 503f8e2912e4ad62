// GET /api/v1/groups — list (police: scores and bands; partners: shared groups, partner-safe rows).
// POST /api/v1/groups — create.
import { createGroup, listGroups } from "@/lib/dal/groups";
import { API_LISTS } from "@/lib/http/openapi";
import { groupSchema } from "@/lib/validation/records";
import { created, ok, readJson, readListQuery, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) => {
  const { list, filters } = readListQuery(request, API_LISTS.groups);
  const { audience, page } = await listGroups(actor, list, filters);
  return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience });
});

export const POST = route(
  async (request, { actor }) => {
    const input = await readJson(request, groupSchema);
    const { id } = await createGroup(actor, input);
    return created(request, `/groups/${id}`, { id });
  },
  { permission: "records:write" },
);
