// GET /api/v1/referrals?personId= — a person's safeguarding referrals (to those who may see the
// person; 404 otherwise). Without personId: a page of referrals (police: every referral; a partner
// agency: those it has received), with filters status, type and late.
// POST /api/v1/referrals — refer a person (police writers, or the agency that leads the person).
import { first, searchParamsOf } from "@/lib/dal/list-params";
import { createReferral, listReferrals, listReferralsForPerson } from "@/lib/dal/referrals";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError } from "@/lib/errors";
import { API_LISTS } from "@/lib/http/openapi";
import { createReferralSchema } from "@/lib/validation/referrals";
import { created, ok, readJson, readListQuery, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) => {
  const audience = audienceOf(actor);
  if (!audience) throw new ForbiddenError();
  const personId = first(searchParamsOf(request.url).personId)?.trim();
  if (personId) return ok({ data: await listReferralsForPerson(actor, personId), audience });
  const { list, filters } = readListQuery(request, API_LISTS.referrals);
  const page = await listReferrals(actor, list, filters);
  return ok({ data: page.rows, page: page.page, pageSize: page.pageSize, total: page.total, totalIsLowerBound: page.totalIsLowerBound, audience });
});

export const POST = route(async (request, { actor }) => {
  // Checked before the body is read; the data layer then allows police writers or the lead agency.
  if (!audienceOf(actor)) throw new ForbiddenError();
  const input = await readJson(request, createReferralSchema);
  const { id } = await createReferral(actor, input);
  return created(request, `/referrals/${id}`, { id });
});
