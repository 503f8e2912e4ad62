// GET /api/v1/locations/:id — read; PATCH — update with the version read (409 if stale).
// Police only: partners get 404.
import { getLocation, updateLocation } from "@/lib/dal/locations";
import { updateLocationSchema } from "@/lib/validation/records";
import { ok, policeIntelligence, readJson, requireWriter, route, withoutSearchIndex } from "../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => {
  return ok({ data: withoutSearchIndex(await getLocation(actor, params.id)) });
});

export const PATCH = route<{ id: string }>(async (request, { actor, params }) =>
  policeIntelligence(actor, async () => {
    requireWriter(actor);
    const input = await readJson(request, updateLocationSchema);
    await updateLocation(actor, params.id, input);
    return ok({ data: { id: params.id, version: input.version + 1 } });
  }),
);
