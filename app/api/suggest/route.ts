// GET /api/suggest?kind=NOMINAL&q=jon — names for the record pickers.
import { NextResponse } from "next/server";
import { RECORD_KIND } from "@/lib/domain/case-record";
import { suggestRecords } from "@/lib/dal/suggest";
import { apiError, withActor } from "@/lib/http/api";

export const GET = withActor(
  async (request, { actor }) => {
    const url = new URL(request.url);
    const kind = RECORD_KIND.values.find((k) => k === url.searchParams.get("kind"));
    if (!kind) return apiError(400, "BAD_REQUEST", "kind must be GROUP, NOMINAL, PERSON or LOCATION");
    const q = (url.searchParams.get("q") ?? "").slice(0, 100);
    return NextResponse.json({ data: await suggestRecords(actor, kind, q) }, { headers: { "Cache-Control": "no-store" } });
  },
  { permission: "records:read" },
);
