// The meeting pack / minutes PDF: prints what the (already audience-cut) document holds and
// nothing else, survives text the standard PDF fonts cannot draw, and flows over pages.
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { MeetingDocument } from "@/lib/domain/meetings";
import { formatMeetingDateTime, renderMeetingPdf, toWinAnsi } from "@/lib/pdf/meeting-pdf";

type Item = MeetingDocument["items"][number];

const LONG =
  "The group has moved its cannabis supply from the Northfield estate to two addresses on Station Road, " +
  "using children from the Brookside school catchment as runners. Neighbourhood officers report three " +
  "new vehicles seen at the addresses late at night, and housing have received complaints about noise " +
  "and visitors at all hours. ";

function item(position: number, overrides: Partial<Item> = {}): Item {
  return {
    position,
    kind: "Priority group",
    title: `Item number ${position}`,
    reason: "",
    subject: `Subject of item ${position}`,
    decision: "",
    rationale: "",
    partnerNote: "",
    actions: [],
    ...overrides,
  };
}

function meeting(overrides: Partial<MeetingDocument> = {}): MeetingDocument {
  return {
    kind: "pack",
    audience: "police",
    marking: "OFFICIAL-SENSITIVE",
    title: "Northfield tasking \u2014 December",
    type: "Police tactical",
    startsAt: new Date("2026-12-03T10:00:00Z"),
    status: "Planned",
    chair: "Insp. Ada Lovelace",
    neighbourhoods: ["Northfield", "Brookside"],
    attendees: ["Insp. Ada Lovelace (Police)", "Sam O\u2019Neill (Housing)"],
    agencies: ["Police", "Housing"],
    minutes: "",
    items: [
      item(1, {
        title: "Station Road cannabis supply \u2192 escalate",
        kind: "Concern escalated to tasking",
        reason: LONG.repeat(3),
        subject: "Concern C-1042 \u201cStation Road\u201d",
        decision: "Adopt",
        rationale: "Risk to children is rising \u2014 adopt as a priority \u{1F6A8}.",
        partnerNote: "Housing to share tenancy details\u2026",
        actions: [
          {
            title: "Visit Station Road addresses",
            strand: "Pursue",
            owningAgency: "Police",
            assignee: "PC Grace Hopper",
            dueDate: new Date("2026-12-17T00:00:00Z"),
            status: "Open",
          },
          {
            title: "Check tenancy conditions",
            strand: "Prevent",
            owningAgency: "Housing",
            assignee: "",
            dueDate: new Date("2027-01-05T00:00:00Z"),
            status: "Open",
          },
        ],
      }),
      item(2, { title: "Za\u017C\u00F3\u0142\u0107 g\u0119\u015Bl\u0105 ja\u017A\u0144 \u2014 \u0141\u00F3d\u017A group", decision: "Monitor" }),
      item(3, { title: "Chair\u2019s item", kind: "Chair's item", subject: "" }),
    ],
    generatedAt: new Date("2026-12-01T09:30:00Z"),
    generatedBy: "Insp. Ada Lovelace",
    ...overrides,
  };
}

async function pdfText(buffer: Buffer) {
  const proxy = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(proxy, { mergePages: true });
  // Lines wrap wherever they wrap: compare with whitespace collapsed.
  return { totalPages, text: text.replace(/\s+/g, " ") };
}

describe("toWinAnsi", () => {
  it("keeps what WinAnsi holds", () => {
    expect(toWinAnsi("Plain ASCII, 100% [ok] {x} ~")).toBe("Plain ASCII, 100% [ok] {x} ~");
    expect(toWinAnsi("Caf\u00E9 \u00A3500 \u00E0 \u00FC\u00DF \u00A9")).toBe("Caf\u00E9 \u00A3500 \u00E0 \u00FC\u00DF \u00A9");
    // Curly quotes, en/em dashes, ellipsis, bullet and euro are in Windows-1252 itself.
    expect(toWinAnsi("\u201CIt\u2019s\u201D \u2013 \u2014 \u2026 \u2022 \u20AC5")).toBe("\u201CIt\u2019s\u201D \u2013 \u2014 \u2026 \u2022 \u20AC5");
    expect(toWinAnsi("line one\nline two")).toBe("line one\nline two");
  });

  it("maps common characters outside WinAnsi to equivalents", () => {
    expect(toWinAnsi("A \u2192 B \u2190 C \u21D2 D")).toBe("A -> B <- C => D");
    expect(toWinAnsi("non\u00A0breaking\u202Fthin\u2009space")).toBe("non breaking thin space");
    expect(toWinAnsi("pre\u2011fix \u2212 5 \u2264 6")).toBe("pre-fix - 5 <= 6");
    expect(toWinAnsi("\u0141\u00F3d\u017A, \u0150rs, Bra\u0219ov, \u010Cesk\u00FD, \u0130stanbul")).toBe("L\u00F3dz, Ors, Brasov, Cesk\u00FD, Istanbul");
    expect(toWinAnsi("\uFB01le")).toBe("file");
  });

  it("replaces anything else with one ? per character as read", () => {
    expect(toWinAnsi("Alert \u{1F6A8}!")).toBe("Alert ?!");
    // A family emoji (joined by zero-width joiners), a flag and a heart with a variation selector.
    expect(toWinAnsi("\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F1EC}\u{1F1E7} \u2764\uFE0F")).toBe("? ? ?");
    expect(toWinAnsi("\u041C\u043E\u0441\u043A\u0432\u0430 \u6771\u4EAC")).toBe("?????? ??");
    expect(toWinAnsi("\u0627\u0644\u0633\u0644\u0627\u0645")).toMatch(/^\?+$/);
  });

  it("drops control and zero-width characters and normalises line breaks and tabs", () => {
    expect(toWinAnsi("a\u0000b\u0007c\u0085d\u200Be\uFEFFf\u00ADg")).toBe("abcdefg");
    expect(toWinAnsi("one\r\ntwo\rthree\tfour")).toBe("one\ntwo\nthree    four");
    expect(toWinAnsi("")).toBe("");
    expect(toWinAnsi(null)).toBe("");
  });

  it("only ever returns characters the standard fonts can draw", () => {
    const nasty = "\u2192\u{1F600}\u00A0\u2014\u201C\u0000\u{10FFFF}\uD800x\u{1D400}\u0301e\u0301";
    for (const ch of toWinAnsi(nasty)) {
      const code = ch.codePointAt(0) ?? 0;
      const ok = (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === "\n" || "\u2014\u201C".includes(ch);
      expect(ok, `U+${code.toString(16)}`).toBe(true);
    }
  });
});

describe("renderMeetingPdf", () => {
  it("formats the meeting time in London", () => {
    expect(formatMeetingDateTime(new Date("2026-12-03T10:00:00Z"))).toBe("Thu 3 Dec 2026, 10:00");
    // Summer time: 09:00 UTC is 10:00 in London.
    expect(formatMeetingDateTime(new Date("2026-07-02T09:00:00Z"))).toBe("Thu 2 Jul 2026, 10:00");
  });

  it("prints the pack: details, items, decisions, actions, marking and page numbers", async () => {
    const buffer = await renderMeetingPdf(meeting());
    expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const { text } = await pdfText(buffer);
    for (const expected of [
      "Meeting pack",
      "Northfield tasking \u2014 December",
      "Thu 3 Dec 2026, 10:00",
      "Police tactical",
      "Insp. Ada Lovelace",
      "Northfield, Brookside",
      "Sam O\u2019Neill (Housing)",
      "Station Road cannabis supply -> escalate",
      "Concern escalated to tasking",
      "Concern C-1042 \u201CStation Road\u201D",
      "Adopt",
      "Risk to children is rising \u2014 adopt as a priority ?.",
      "Housing to share tenancy details\u2026",
      "Visit Station Road addresses",
      "Pursue \u2014 Police \u2014 PC Grace Hopper \u2014 due 17/12/2026 \u2014 Open",
      "Housing \u2014 Unassigned \u2014 due 05/01/2027",
      "Zaz\u00F3lc gesla jazn \u2014 L\u00F3dz group",
      "OFFICIAL-SENSITIVE",
      "Generated Tue 1 Dec 2026, 09:30 by Insp. Ada Lovelace",
      "Page 1 of",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Minutes");
    // Empty fields print no label, and nothing not in the document appears.
    expect(text.match(/Reason:/g)).toHaveLength(1);
    expect(text.match(/Rationale:/g)).toHaveLength(1);
    expect(text).not.toContain("Never printed anywhere");
    expect(text).not.toContain("\u{1F6A8}");
  });

  it("prints minutes with the minutes text", async () => {
    const { text } = await pdfText(
      await renderMeetingPdf(
        meeting({ kind: "minutes", audience: "partner", marking: "OFFICIAL: partner version", status: "Closed", minutes: "Agreed to meet again in January." }),
      ),
    );
    expect(text).toContain("Minutes");
    expect(text).toContain("Agreed to meet again in January.");
    expect(text).toContain("OFFICIAL: partner version");
    expect(text).not.toContain("Meeting pack");
  });

  it("flows many items over several pages, stamping every page", async () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      item(i + 1, {
        reason: LONG,
        decision: "Monitor",
        rationale: LONG,
        actions: [
          { title: `Action for item ${i + 1}`, strand: "Protect", owningAgency: "Council", assignee: "A. Officer", dueDate: new Date("2026-12-20T00:00:00Z"), status: "Open" },
        ],
      }),
    );
    const buffer = await renderMeetingPdf(meeting({ items }));
    const { totalPages, text } = await pdfText(buffer);
    expect(totalPages).toBeGreaterThan(1);
    expect(text).toContain(`Page ${totalPages} of ${totalPages}`);
    expect(text).toContain("Item number 30");
    expect(text).toContain("Action for item 30");
    // The marking at the top and bottom of every page.
    expect(text.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(totalPages * 2);
  });

  it("sets the document metadata", async () => {
    const proxy = await getDocumentProxy(new Uint8Array(await renderMeetingPdf(meeting())));
    const info = (await proxy.getMetadata()).info as Record<string, unknown>;
    expect(info.Title).toBe("Meeting pack: Northfield tasking \u2014 December");
    expect(info.Author).toBe("Locus");
    expect(String(info.CreationDate)).toContain("20261201");
  });
});
