// GET /api/v1/meetings/:id/minutes.pdf — the minutes as PDF (police: once closed; partners: once
// published, their partner version), cut to the audience; audited.
import { meetingPdfResponse } from "../pdf-response";
import { route } from "../../../_lib/handlers";

export const GET = route<{ id: string }>(async (_request, { actor, params }) => meetingPdfResponse(actor, params.id, "minutes"));
