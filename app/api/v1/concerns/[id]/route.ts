// GET /api/v1/concerns/:id — police: everything; the reporter: what they reported and the
// sanitised outcome; a partner agency: the sanitised view of a concern referred to it. Anyone
// else (and any other partner) gets 404, as for a concern that does not exist.
import { getConcern } from "@/lib/dal/concerns";
import { ok, route } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  return ok({ data: await getConcern(actor, params.id) });
});
