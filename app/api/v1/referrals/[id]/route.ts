// GET /api/v1/referrals/:id — one referral (police: any; a partner: one its agency received, or
// one of a person shared with it; 404 otherwise).
// PATCH /api/v1/referrals/:id — status, decision dates and notes, with the version read (police
// writers, or the receiving agency's staff; 409 when someone saved it since).
import { getReferral, updateReferral } from "@/lib/dal/referrals";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError } from "@/lib/errors";
import { updateReferralSchema } from "@/lib/validation/referrals";
import { ok, readJson, route } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  const audience = audienceOf(actor);
  if (!audience) throw new ForbiddenError();
  return ok({ data: await getReferral(actor, params.id), audience });
});

export const PATCH = route<{ id: string }>(async (request, { actor, params }) => {
  if (!audienceOf(actor)) throw new ForbiddenError();
  const input = await readJson(request, updateReferralSchema);
  await updateReferral(actor, params.id, input);
  return ok({ data: { id: params.id, version: input.version + 1 } });
});
