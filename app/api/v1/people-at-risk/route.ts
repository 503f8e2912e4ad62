// GET /api/v1/people-at-risk — list (partners: people their agency leads or that are shared with it).
// POST /api/v1/people-at-risk — record a person at risk.
import { audienceOf } from "@/lib/dal/visibility";
import { createPerson, listPeople } from "@/lib/dal/people";
import { API_LISTS } from "@/lib/http/openapi";
import { personSchema } from "@/lib/validation/records";
import { created, ok, readJson, readListQuery, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) => {
  const { list, filters } = readListQuery(request, API_LISTS.people);
  const page = await listPeople(actor, list, filters);
  return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience: audienceOf(actor) });
});

export const POST = route(
  async (request, { actor }) => {
    const { id } = await createPerson(actor, await readJson(request, personSchema));
    return created(request, `/people-at-risk/${id}`, { id });
  },
  { permission: "records:write" },
);
