// GET /api/v1/meetings — tasking meetings (police: every meeting; partners: those they or their
// agency attend). POST — plan a meeting (supervisors): Locus proposes its agenda at once.
import { createMeeting, listMeetings } from "@/lib/dal/meetings";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError } from "@/lib/errors";
import { API_LISTS } from "@/lib/http/openapi";
import { createMeetingSchema } from "@/lib/validation/meetings";
import { created, ok, readJson, readListQuery, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) => {
  const audience = audienceOf(actor);
  if (!audience) throw new ForbiddenError();
  const { list, filters } = readListQuery(request, API_LISTS.meetings);
  const page = await listMeetings(actor, list, filters);
  return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience });
});

export const POST = route(
  async (request, { actor }) => {
    const { id } = await createMeeting(actor, await readJson(request, createMeetingSchema));
    return created(request, `/meetings/${id}`, { id });
  },
  { permission: "meetings:manage" },
);
