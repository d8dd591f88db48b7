import type { ReadableEntry, ReadableSection } from "@small-steps/core";
import { wrapText } from "./safetyPlanPdf.ts";
import { toWinAnsi } from "./winAnsi.ts";

/** The words around the entries, already translated: the builder itself knows no language. */
export interface ExportPdfLabels {
  title: string;
  /** Lines under the title, e.g. "Made on 12 March 2026", "From 1 to 12 March 2026". */
  meta: readonly string[];
  formatDay: (day: string) => string;
  formatTime: (at: string) => string;
  /** e.g. (1, 2) => "Page 1 of 2". */
  pageOf: (page: number, pages: number) => string;
  /** Added at the end when some characters could not be drawn with the PDF's font. */
  lossy: string;
  language: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 64; // leaves room for the page number
const INDENT = 14;
const SIZE = {
  title: 22,
  meta: 11,
  heading: 16,
  day: 12,
  time: 10,
  text: 12,
  detail: 10,
  footer: 9,
} as const;
const LEADING = 1.35;

/**
 * The chosen records as an A4 PDF for a therapist, made on the device: a section per kind, a
 * heading per day, each entry's time, words and details; never an internal id. Same font,
 * sizes and page numbers as the safety plan's PDF, and pdf-lib is loaded only now.
 */
export async function exportPdf(
  sections: readonly ReadableSection[],
  labels: ExportPdfLabels,
): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  type Font = typeof regular;
  const ink = rgb(0, 0, 0);
  const muted = rgb(0.3, 0.3, 0.3);
  const width = A4[0] - MARGIN * 2;
  let lossy = false;

  const clean = (s: string) => {
    const r = toWinAnsi(s);
    lossy ||= r.lossy;
    return r.text;
  };

  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const ensure = (height: number) => {
    if (y - height >= BOTTOM) return;
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const lineHeight = (size: number) => size * LEADING;
  const draw = (text: string, font: Font, size: number, x = MARGIN, color = ink) => {
    for (const line of wrapText(clean(text), font, size, width - (x - MARGIN))) {
      ensure(lineHeight(size));
      y -= lineHeight(size);
      page.drawText(line, { x, y, size, font, color });
    }
  };

  draw(labels.title, bold, SIZE.title);
  y -= 4;
  for (const line of labels.meta) draw(line, regular, SIZE.meta, MARGIN, muted);

  const drawEntry = (entry: ReadableEntry) => {
    // An entry's first line never sits alone at the foot of a page.
    ensure(lineHeight(SIZE.time) + lineHeight(SIZE.text) + 8);
    y -= 8;
    if (entry.at) draw(labels.formatTime(entry.at), bold, SIZE.time, MARGIN, muted);
    // The person's line breaks are kept; blank lines become a small gap between paragraphs.
    for (const para of entry.text.replace(/\r\n?/g, "\n").trim().split("\n")) {
      if (para.trim()) draw(para, regular, SIZE.text, MARGIN + INDENT);
      else y -= 4;
    }
    for (const d of entry.details)
      draw(`${d.label}: ${d.value}`, regular, SIZE.detail, MARGIN + INDENT, muted);
  };

  for (const section of sections) {
    ensure(lineHeight(SIZE.heading) + lineHeight(SIZE.day) + lineHeight(SIZE.text) + 40);
    y -= 24;
    draw(section.heading, bold, SIZE.heading);
    let day: string | undefined;
    for (const entry of section.entries) {
      if (section.dated && entry.day !== day) {
        day = entry.day;
        // Keep a day's heading with its first entry.
        ensure(lineHeight(SIZE.day) + lineHeight(SIZE.time) + lineHeight(SIZE.text) + 20);
        y -= 12;
        draw(labels.formatDay(entry.day), bold, SIZE.day);
      }
      drawEntry(entry);
    }
  }

  if (lossy) {
    y -= 16;
    draw(labels.lossy, regular, SIZE.detail, MARGIN, muted);
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const text = clean(labels.pageOf(i + 1, pages.length));
    const w = regular.widthOfTextAtSize(text, SIZE.footer);
    p.drawText(text, { x: (A4[0] - w) / 2, y: 32, size: SIZE.footer, font: regular, color: muted });
  });

  doc.setTitle(clean(labels.title));
  doc.setLanguage(labels.language);
  doc.setCreator("Small Steps");
  doc.setProducer("Small Steps");
  return doc.save({ useObjectStreams: false });
}
