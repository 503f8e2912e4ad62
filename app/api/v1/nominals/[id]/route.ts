// GET /api/v1/nominals/:id — read (audited); PATCH — update with the version read (409 if stale).
// Police only: partners get 404.
import { getNominal, updateNominal } from "@/lib/dal/nominals";
import { updateNominalSchema } from "@/lib/validation/records";
import { ok, policeIntelligence, readJson, requireWriter, route, withoutSearchIndex } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  return ok({ data: withoutSearchIndex(await getNominal(actor, params.id)) });
});

export const PATCH = route<{ id: string }>(async (request, { actor, params }) =>
  policeIntelligence(actor, async () => {
    requireWriter(actor);
    const input = await readJson(request, updateNominalSchema);
    await updateNominal(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  }),
);
