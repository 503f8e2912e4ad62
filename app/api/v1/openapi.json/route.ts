// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas the
// handlers parse with (lib/http/openapi.ts). Signed-in users only; a partner is given just the
// operations partners may use, so the document reveals no more than the API itself.
import { audienceOf } from "@/lib/dal/visibility";
import { buildOpenApiDocument } from "@/lib/http/openapi";
import { ok, route } from "../_lib/handlers";

export const GET = route(async (_request, { actor }) => ok(buildOpenApiDocument({ audience: audienceOf(actor) })));
