// The PDF answer shared by pack.pdf and minutes.pdf (not a route: no route.ts here).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { meetingDocument } from "@/lib/dal/meetings";
import { renderMeetingPdf } from "@/lib/pdf/meeting-pdf";

/** A filename safe in any Content-Disposition: ASCII letters, digits and dashes only. */
function fileName(kind: "pack" | "minutes", title: string, startsAt: Date): string {
  const day = startsAt.toLocaleDateString("en-CA", { timeZone: "Europe/London" });
  const slug = title.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "").toLowerCase().slice(0, 60) || "meeting";
  return `${kind === "pack" ? "meeting-pack" : "minutes"}-${day}-${slug}.pdf`;
}

export async function meetingPdfResponse(actor: Actor, id: string, kind: "pack" | "minutes"): Promise<Response> {
  const doc = await meetingDocument(actor, id, kind);
  const pdf = await renderMeetingPdf(doc);
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName(kind, doc.title, doc.startsAt)}"`,
      "Content-Length": String(pdf.length),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
