import type { ReadableEntry, ReadableSection } from "@small-steps/core";

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

const INDENT = 14;
const SIZE = {
  title: 22,
  meta: 11,
  heading: 16,
  day: 12,
  time: 10,
  text: 12,
  detail: 10,
} as const;

/**
 * The chosen records as an A4 PDF for a therapist, made on the device: a section per kind, a
 * heading per day, each entry's time, words and details; never an internal id. Same font,
 * sizes and page numbers as the safety plan's PDF, and pdf-lib is loaded only now.
 */
export async function exportPdf(
  sections: readonly ReadableSection[],
  labels: ExportPdfLabels,
): Promise<Uint8Array> {
  const { createPdfWriter, MARGIN } = await import("./pdfWriter.ts");
  const pdf = await createPdfWriter();
  const { regular, bold, muted, lineHeight, ensure, gap } = pdf;
  const draw = (text: string, font: typeof regular, size: number, x = MARGIN, color = pdf.ink) =>
    pdf.draw(text, { font, size, x, color });

  draw(labels.title, bold, SIZE.title);
  gap(4);
  for (const line of labels.meta) draw(line, regular, SIZE.meta, MARGIN, muted);

  const drawEntry = (entry: ReadableEntry) => {
    // An entry's first line never sits alone at the foot of a page.
    ensure(lineHeight(SIZE.time) + lineHeight(SIZE.text) + 8);
    gap(8);
    if (entry.at) draw(labels.formatTime(entry.at), bold, SIZE.time, MARGIN, muted);
    // The person's line breaks are kept; blank lines become a small gap between paragraphs.
    for (const para of entry.text.replace(/\r\n?/g, "\n").trim().split("\n")) {
      if (para.trim()) draw(para, regular, SIZE.text, MARGIN + INDENT);
      else gap(4);
    }
    for (const d of entry.details)
      draw(`${d.label}: ${d.value}`, regular, SIZE.detail, MARGIN + INDENT, muted);
  };

  for (const section of sections) {
    ensure(lineHeight(SIZE.heading) + lineHeight(SIZE.day) + lineHeight(SIZE.text) + 40);
    gap(24);
    draw(section.heading, bold, SIZE.heading);
    let day: string | undefined;
    for (const entry of section.entries) {
      if (section.dated && entry.day !== day) {
        day = entry.day;
        // Keep a day's heading with its first entry.
        ensure(lineHeight(SIZE.day) + lineHeight(SIZE.time) + lineHeight(SIZE.text) + 20);
        gap(12);
        draw(labels.formatDay(entry.day), bold, SIZE.day);
      }
      drawEntry(entry);
    }
  }

  return pdf.finish({ ...labels, lossySize: SIZE.detail });
}
