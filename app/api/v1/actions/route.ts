// GET /api/v1/actions — list (police: every action; partners: their agency's, those assigned to
// them, and other agencies' shared with the partnership on a group they can see).
// POST /api/v1/actions — add an action to a group's 4P plan or a person's safeguarding plan
// (analysts and supervisors; the owning agency may be any agency).
import { createAction, listActions } from "@/lib/dal/actions";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError } from "@/lib/errors";
import { API_LISTS } from "@/lib/http/openapi";
import { createActionSchema } from "@/lib/validation/actions";
import { created, ok, readJson, readListQuery, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) => {
  // Police and partners only: an administrator reads no records, actions included.
  const audience = audienceOf(actor);
  if (!audience) throw new ForbiddenError();
  const { list, filters } = readListQuery(request, API_LISTS.actions);
  const page = await listActions(actor, list, filters);
  return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience });
});

export const POST = route(
  async (request, { actor }) => {
    const { id } = await createAction(actor, await readJson(request, createActionSchema));
    return created(request, `/actions/${id}`, { id });
  },
  { permission: "actions:create" },
);
