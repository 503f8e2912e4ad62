// The printable tasking-meeting pack or minutes, rendered on the server with pdfkit.
//
// It prints only what is in the MeetingDocument: the data layer has already cut that to the
// audience (police or partner), so nothing here may reach for more. Only the built-in Helvetica
// fonts are used (no font files), and those can only draw the WinAnsi (Windows-1252) character
// set, so every string goes through toWinAnsi() first.
import PDFDocument from "pdfkit";
import type { MeetingDocument } from "@/lib/domain/meetings";

// ---------------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------------

/** Characters above U+00FF that Windows-1252 (and so pdfkit's standard fonts) can draw. */
const WIN_ANSI_EXTRA = new Set(
  "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178",
);

/** Common characters outside WinAnsi, and what to print instead. */
const REPLACEMENTS: Record<string, string> = {
  // Spaces of every width, and the non-breaking ones, become a plain space.
  "\u00A0": " ",
  "\u1680": " ",
  "\u2000": " ",
  "\u2001": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2004": " ",
  "\u2005": " ",
  "\u2006": " ",
  "\u2007": " ",
  "\u2008": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u202F": " ",
  "\u205F": " ",
  "\u3000": " ",
  "\u2028": "\n",
  "\u2029": "\n",
  // Dashes and hyphens.
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2015": "\u2014",
  "\u2212": "-",
  "\u2043": "-",
  // Quotes and primes.
  "\u201B": "'",
  "\u201F": '"',
  "\u2032": "'",
  "\u2033": '"',
  "\u2035": "'",
  "\u2036": '"',
  "\u275B": "'",
  "\u275C": "'",
  "\u275D": '"',
  "\u275E": '"',
  "\u2E42": '"',
  "\u301D": '"',
  "\u301E": '"',
  "\uFF02": '"',
  "\uFF07": "'",
  // Arrows.
  "\u2192": "->",
  "\u2190": "<-",
  "\u2194": "<->",
  "\u21D2": "=>",
  "\u21D0": "<=",
  "\u21D4": "<=>",
  "\u27F6": "->",
  "\u27F5": "<-",
  "\u2191": "^",
  "\u2193": "v",
  "\u279C": "->",
  "\u2794": "->",
  // Bullets, ticks, maths.
  "\u2023": "\u2022",
  "\u25CF": "\u2022",
  "\u25E6": "\u2022",
  "\u2219": "\u2022",
  "\u25AA": "\u2022",
  "\u2713": "v",
  "\u2714": "v",
  "\u2715": "x",
  "\u2717": "x",
  "\u2718": "x",
  "\u2260": "!=",
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2248": "~",
  "\u221E": "infinity",
  "\u2116": "No.",
  // Letters that do not decompose into a base letter plus accents.
  "\u0141": "L",
  "\u0142": "l",
  "\u0110": "D",
  "\u0111": "d",
  "\u0131": "i",
  "\u0127": "h",
  "\u0126": "H",
  "\u0138": "k",
  "\u013F": "L",
  "\u0140": "l",
  "\u0149": "'n",
  "\u014A": "N",
  "\u014B": "n",
  "\u0166": "T",
  "\u0167": "t",
  "\u0132": "IJ",
  "\u0133": "ij",
  "\u0259": "e",
  "\u018F": "E",
  "\u1E9E": "SS",
  // Ligatures.
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
};

/** Characters that carry no ink and are simply dropped. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\uFE00-\uFE0F\u{E0000}-\u{E007F}]/gu;
// C0/C1 control characters other than tab and newline (C1 would otherwise print as CP1252 glyphs).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const isWinAnsiChar = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === "\n" || WIN_ANSI_EXTRA.has(ch);
};

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

function convertGrapheme(segment: string): string {
  // Zero-width joiners, variation selectors and the like belong to their cluster: dropping them
  // first keeps an emoji sequence (family, flag, keycap) as one cluster and so one "?".
  const cluster = segment.replace(INVISIBLE, "");
  const replaced = REPLACEMENTS[cluster];
  if (replaced !== undefined) return replaced;
  if ([...cluster].every(isWinAnsiChar)) return cluster;
  // Letters with accents outside Latin-1 (ő, ș, č …): keep the base letter.
  const stripped = cluster.normalize("NFD").replace(/\p{M}/gu, "");
  if (stripped && [...stripped].every(isWinAnsiChar)) return stripped.normalize("NFC");
  // Anything else (emoji, other scripts, symbols): one "?" per visible character.
  return "?";
}

/**
 * Makes text printable with pdfkit's standard (WinAnsi-encoded) fonts. Characters WinAnsi holds
 * (Latin-1, curly quotes, en and em dashes, ellipsis, bullet, euro) are kept; common ones outside
 * it are mapped to equivalents ("→" → "->", non-breaking space → space, "ł" → "l", "ő" → "o");
 * everything else (emoji, other scripts) becomes a single "?" per character as a reader sees it.
 * Line breaks become "\n"; tabs become spaces; control and zero-width characters are dropped.
 */
export function toWinAnsi(text: string | null | undefined): string {
  if (!text) return "";
  const cleaned = text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(CONTROL, "")
    .normalize("NFC");
  let out = "";
  for (const { segment } of graphemes.segment(cleaned)) out += convertGrapheme(segment);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

const londonDateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "Thu 3 Dec 2026, 10:00", in Europe/London whatever the server's zone. */
export function formatMeetingDateTime(value: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => londonDateTime.formatToParts(value).find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")}`;
}

/** A due date (a calendar day held as UTC midnight) as dd/mm/yyyy. */
export function formatDueDate(value: Date): string {
  const dd = String(value.getUTCDate()).padStart(2, "0");
  const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
  return `${dd}/${mm}/${value.getUTCFullYear()}`;
}

// ---------------------------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------------------------

type Pdf = PDFKit.PDFDocument;

const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const INK = "#0f172a"; // slate-900
const MUTED = "#475569"; // slate-600
const ACCENT = "#1e40af"; // brand-700
const RULE = "#cbd5e1"; // slate-300

const MARGIN = { top: 62, bottom: 66, left: 54, right: 54 };
const LABEL_WIDTH = 104;
const ITEM_INDENT = 26;

const joinOrDash = (values: string[]) => (values.length ? values.join(", ") : "\u2014");

class MeetingPdfWriter {
  private readonly left: number;
  private readonly width: number;

  constructor(private readonly pdf: Pdf) {
    this.left = MARGIN.left;
    this.width = pdf.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom() {
    return this.pdf.page.height - MARGIN.bottom;
  }

  /** Starts a new page unless `height` points are still free on this one. */
  ensureSpace(height: number) {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  header(kindLabel: string, title: string) {
    const { pdf } = this;
    pdf.font(BOLD).fontSize(10).fillColor(ACCENT).text(kindLabel, this.left, pdf.y, { width: this.width, characterSpacing: 0.3 });
    pdf.moveDown(0.2);
    pdf.font(BOLD).fontSize(19).fillColor(INK).text(toWinAnsi(title), { width: this.width, lineGap: 1 });
    pdf.moveDown(0.4);
    this.rule(ACCENT, 1.5);
    pdf.moveDown(0.6);
  }

  rule(color = RULE, lineWidth = 0.75) {
    const { pdf } = this;
    pdf.save().moveTo(this.left, pdf.y).lineTo(this.left + this.width, pdf.y).lineWidth(lineWidth).strokeColor(color).stroke().restore();
  }

  sectionHeading(text: string) {
    const { pdf } = this;
    this.ensureSpace(60);
    pdf.moveDown(0.6);
    pdf.font(BOLD).fontSize(13).fillColor(ACCENT).text(text, this.left, pdf.y, { width: this.width });
    pdf.moveDown(0.35);
  }

  /** A label in the left column with its (wrapping) value beside it. */
  detailRow(label: string, value: string) {
    const { pdf } = this;
    const text = toWinAnsi(value) || "\u2014";
    pdf.font(FONT).fontSize(10);
    const valueWidth = this.width - LABEL_WIDTH;
    const height = pdf.heightOfString(text, { width: valueWidth, lineGap: 1.5 });
    this.ensureSpace(Math.min(height, 60));
    const top = pdf.y;
    const page = pdf.page;
    pdf.font(BOLD).fontSize(9).fillColor(MUTED).text(label, this.left, top + 1, { width: LABEL_WIDTH - 8 });
    const labelBottom = pdf.y;
    pdf.font(FONT).fontSize(10).fillColor(INK).text(text, this.left + LABEL_WIDTH, top, { width: valueWidth, lineGap: 1.5 });
    // A value that ran onto a new page already left y below itself.
    if (pdf.page === page) pdf.y = Math.max(pdf.y, labelBottom);
    pdf.y += 4;
  }

  /** A paragraph of body text; blank lines in the source separate paragraphs. */
  body(text: string, x: number, width: number) {
    const { pdf } = this;
    pdf.font(FONT).fontSize(10).fillColor(INK).text(toWinAnsi(text).replace(/\n{3,}/g, "\n\n"), x, pdf.y, { width, lineGap: 2 });
  }

  /** "Label: value" with a bold label, wrapping under the item's indent. */
  field(label: string, value: string) {
    const { pdf } = this;
    const x = this.left + ITEM_INDENT;
    const width = this.width - ITEM_INDENT;
    this.ensureSpace(28);
    pdf.font(BOLD).fontSize(10).fillColor(MUTED).text(`${label}: `, x, pdf.y, { width, lineGap: 2, continued: true });
    pdf.font(FONT).fillColor(INK).text(toWinAnsi(value), { width, lineGap: 2 });
    pdf.moveDown(0.3);
  }

  item(item: MeetingDocument["items"][number]) {
    const { pdf } = this;
    const x = this.left + ITEM_INDENT;
    const width = this.width - ITEM_INDENT;
    // Keep an item's heading with at least its first lines.
    this.ensureSpace(80);
    pdf.moveDown(0.5);
    const top = pdf.y;
    pdf.font(BOLD).fontSize(12).fillColor(ACCENT).text(`${item.position}.`, this.left, top, { width: ITEM_INDENT - 4 });
    pdf.font(BOLD).fontSize(12).fillColor(INK).text(toWinAnsi(item.title) || "\u2014", x, top, { width, lineGap: 1 });
    pdf.font("Helvetica-Oblique").fontSize(9).fillColor(MUTED).text(toWinAnsi(item.kind), x, pdf.y + 1, { width });
    pdf.moveDown(0.45);

    if (item.subject) this.field("Subject", item.subject);
    if (item.reason) this.field("Reason", item.reason);
    if (item.decision) this.field("Decision", item.decision);
    if (item.rationale) this.field("Rationale", item.rationale);
    if (item.partnerNote) this.field("Partner note", item.partnerNote);

    if (item.actions.length) {
      this.ensureSpace(36);
      pdf.font(BOLD).fontSize(10).fillColor(MUTED).text(`Actions (${item.actions.length})`, x, pdf.y, { width });
      pdf.moveDown(0.15);
      for (const action of item.actions) {
        const line = [
          toWinAnsi(action.strand),
          toWinAnsi(action.owningAgency),
          toWinAnsi(action.assignee) || "Unassigned",
          `due ${formatDueDate(action.dueDate)}`,
          toWinAnsi(action.status),
        ].join(" \u2014 ");
        const title = `${toWinAnsi(action.title)} `;
        // Keep a short action's lines together on one page.
        pdf.font(BOLD).fontSize(9.5);
        this.ensureSpace(Math.min(pdf.heightOfString(`${title}\u2014 ${line}`, { width: width - 12, lineGap: 1.5 }), 48));
        const rowTop = pdf.y;
        pdf.font(FONT).fontSize(9.5).fillColor(ACCENT).text("\u2022", x + 2, rowTop, { width: 10 });
        pdf.font(BOLD).fontSize(9.5).fillColor(INK).text(title, x + 12, rowTop, { width: width - 12, lineGap: 1.5, continued: true });
        pdf.font(FONT).fillColor(MUTED).text(`\u2014 ${line}`, { width: width - 12, lineGap: 1.5 });
        pdf.moveDown(0.2);
      }
    }
    pdf.moveDown(0.4);
    this.rule();
  }

  /** Marking at the top and bottom, the generated line and page numbers, on every page. */
  stampPages(doc: MeetingDocument) {
    const { pdf } = this;
    const marking = toWinAnsi(doc.marking);
    const generated = `Generated ${formatMeetingDateTime(doc.generatedAt)} by ${toWinAnsi(doc.generatedBy)}`;
    const range = pdf.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      pdf.switchToPage(index);
      // Writing below the bottom margin would otherwise make pdfkit start a new page.
      const savedBottom = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0;
      const { height } = pdf.page;
      const once = { width: this.width, lineBreak: false } as const;

      pdf.font(BOLD).fontSize(10).fillColor(INK).text(marking, this.left, 26, { ...once, align: "center" });

      const footerTop = height - MARGIN.bottom + 16;
      pdf.save().moveTo(this.left, footerTop).lineTo(this.left + this.width, footerTop).lineWidth(0.75).strokeColor(RULE).stroke().restore();
      const pageLabel = `Page ${index - range.start + 1} of ${range.count}`;
      pdf.font(FONT).fontSize(8).fillColor(MUTED);
      const pageWidth = pdf.widthOfString(pageLabel);
      pdf.text(generated, this.left, footerTop + 6, { width: this.width - pageWidth - 16, height: 10, ellipsis: true, lineBreak: false });
      pdf.text(pageLabel, this.left + this.width - pageWidth, footerTop + 6, { width: pageWidth + 1, lineBreak: false });
      pdf.font(BOLD).fontSize(10).fillColor(INK).text(marking, this.left, footerTop + 22, { ...once, align: "center" });

      pdf.page.margins.bottom = savedBottom;
    }
  }
}

/** Renders a meeting pack or minutes, exactly as cut to its audience, as an A4 PDF. */
export async function renderMeetingPdf(doc: MeetingDocument): Promise<Buffer> {
  const kindLabel = doc.kind === "minutes" ? "Minutes" : "Meeting pack";
  const pdf = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: `${kindLabel}: ${doc.title}`,
      Author: "Locus",
      Creator: "Locus",
      Subject: doc.marking,
      CreationDate: doc.generatedAt,
      ModDate: doc.generatedAt,
    },
  });

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
  });

  const w = new MeetingPdfWriter(pdf);
  w.header(kindLabel, doc.title);

  w.detailRow("Type", doc.type);
  w.detailRow("Date and time", formatMeetingDateTime(doc.startsAt));
  w.detailRow("Status", doc.status);
  w.detailRow("Chair", doc.chair);
  w.detailRow("Neighbourhoods", joinOrDash(doc.neighbourhoods));
  w.detailRow("Attendees", joinOrDash(doc.attendees));
  w.detailRow("Agencies", joinOrDash(doc.agencies));

  if (doc.kind === "minutes") {
    w.sectionHeading("Minutes");
    if (doc.minutes.trim()) w.body(doc.minutes.trim(), MARGIN.left, pdf.page.width - MARGIN.left - MARGIN.right);
    else w.body("No minutes recorded.", MARGIN.left, pdf.page.width - MARGIN.left - MARGIN.right);
  }

  w.sectionHeading(doc.kind === "minutes" ? "Items and decisions" : "Agenda");
  if (doc.items.length === 0) w.body("No items.", MARGIN.left, pdf.page.width - MARGIN.left - MARGIN.right);
  else {
    w.rule();
    for (const item of [...doc.items].sort((a, b) => a.position - b.position)) w.item(item);
  }

  w.stampPages(doc);
  pdf.end();
  return done;
}
