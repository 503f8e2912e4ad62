// GET /api/v1/meetings/:id/pack.pdf — the meeting pack as PDF, cut to the audience; audited.
import { meetingPdfResponse } from "../pdf-response";
import { route } from "../../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => meetingPdfResponse(actor, params.id, "pack"));
