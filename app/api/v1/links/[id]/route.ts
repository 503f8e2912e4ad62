// DELETE /api/v1/links/:id — remove a link (204). Police only: partners get 404.
import { deleteLink } from "@/lib/dal/links";
import { policeIntelligence, route } from "../../_lib/handlers";

export const DELETE = route<{ id: string }>(async (_request, { actor, params }) =>
  policeIntelligence(actor, async () => {
    await deleteLink(actor, params.id);
    return new Response(null, { status: 204 });
  }),
);
