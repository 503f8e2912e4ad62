// GET /api/v1/actions/:id — police: everything; the owning agency (or the assignee): the
// description, outcome and history; another agency, when shared with the partnership: title,
// owner, status and due date only. Any other action answers 404.
// PATCH — status, a note and the outcome, with the version read (police, or the owning agency).
import { getAction, updateAction } from "@/lib/dal/actions";
import { audienceOf } from "@/lib/dal/visibility";
import { ForbiddenError } from "@/lib/errors";
import { updateActionSchema } from "@/lib/validation/actions";
import { ok, readJson, route } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  if (!audienceOf(actor)) throw new ForbiddenError();
  return ok({ data: await getAction(actor, params.id) });
});

export const PATCH = route<{ id: string }>(async (request, { actor, params }) => {
  // Checked before the body is read; the data layer then allows police, or the owning agency's staff.
  if (!audienceOf(actor)) throw new ForbiddenError();
  const input = await readJson(request, updateActionSchema);
  await updateAction(actor, params.id, input);
  return ok({ data: { id: params.id, version: input.version + 1 } });
});
