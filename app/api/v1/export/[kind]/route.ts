// GET /api/v1/export/{groups|nominals|people|locations}?<the list's filters>: CSV of the list
// as filtered, streamed a page at a time, audited once. Analysts and supervisors only.
import { exportCsv, type ExportRequest } from "@/lib/dal/export";
import { API_LISTS } from "@/lib/http/openapi";
import { apiError } from "@/lib/http/api";
import { readListQuery, route } from "../../_lib/handlers";

const KINDS = ["groups", "nominals", "people", "locations"] as const;

export const GET = route<{ kind: string }>(
  async (request, { actor, params }) => {
    const kind = KINDS.find((k) => k === params.kind);
    if (!kind) return apiError(404, "NOT_FOUND", "Nothing to export here");
    const { list, filters } = readListQuery(request, API_LISTS[kind] as never);
    const lines = exportCsv(actor, { kind, sort: list, filters } as ExportRequest);
    // Pull the first line before answering, so a refusal is an error response, not a broken file.
    const first = await lines.next();
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        // A byte-order mark, so spreadsheet programs read the names' accents correctly.
        controller.enqueue(encoder.encode("\uFEFF" + (first.done ? "" : first.value)));
      },
      async pull(controller) {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(stream, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="locus-${kind}-${stamp}.csv"` } });
  },
  { permission: "records:export" },
);
