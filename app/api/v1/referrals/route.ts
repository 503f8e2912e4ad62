// GET /api/v1/referrals?personId= — a person's safeguarding referrals (to those who may see the
// person; 404 otherwise). Without personId: the referrals your agency has received.
// POST /api/v1/referrals — refer a person (police writers, or the agency that leads the person).
import { first, searchParamsOf } from "@/lib/dal/list-params";
import { createReferral, listReferralsForPerson, listReferralsToMyAgency } from "@/lib/dal/referrals";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError } from "@/lib/errors";
import { createReferralSchema } from "@/lib/validation/referrals";
import { created, ok, readJson, route } from "../_lib/handlers";

export const GET = route(async (request, { actor }) => {
  const audience = audienceOf(actor);
  if (!audience) throw new ForbiddenError();
  const personId = first(searchParamsOf(request.url).personId)?.trim();
  const data = personId ? await listReferralsForPerson(actor, personId) : await listReferralsToMyAgency(actor);
  return ok({ data, audience });
});

export const POST = route(async (request, { actor }) => {
  // Checked before the body is read; the data layer then allows police writers or the lead agency.
  if (!audienceOf(actor)) throw new ForbiddenError();
  const input = await readJson(request, createReferralSchema);
  const { id } = await createReferral(actor, input);
  return created(request, `/referrals/${id}`, { id });
});
