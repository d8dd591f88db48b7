import { wrapText } from "./safetyPlanPdf.ts";
import { toWinAnsi } from "./winAnsi.ts";

/**
 * What the person chose to bring to a session, already in words. The builder only draws
 * what it is given: choosing (and leaving out) happens before, in the prepare view.
 */
export interface SessionSummary {
  /** "One thing to try before next time", from the latest session that has one. */
  tryNext?: { when: string; text: string } | undefined;
  notes: string[];
  /** Chosen journal entries only; text keeps its line breaks. */
  entries: { when: string; text: string }[];
  /** Each recent day of the Mosaic in words; empty leaves the section out. */
  mosaicDays: string[];
  /** One line per self-measure; empty leaves the section out. */
  measures: string[];
}

/** The words the PDF shows, already translated: the builder itself knows no language. */
export interface SessionSummaryPdfLabels {
  title: string;
  /** e.g. "Made on 21 November 2026". */
  made: string;
  headings: { tryNext: string; notes: string; entries: string; mosaic: string; measures: string };
  /** Said once under the measures: what they are and are not. */
  measuresNote: string;
  /** When nothing was chosen at all. */
  nothing: string;
  pageOf: (page: number, pages: number) => string;
  /** Added at the end when some characters could not be drawn with the PDF's font. */
  lossy: string;
  language: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 64; // leaves room for the page number
const INDENT = 16;
const SIZE = { title: 22, made: 11, heading: 14, text: 12, meta: 10, day: 10, footer: 9 } as const;
const LEADING = 1.35;

/**
 * Builds the session summary as an A4 PDF on the device; pdf-lib is loaded only now. Layout
 * follows the safety plan's PDF (same font, sizes and page numbers) so both read alike.
 */
export async function sessionSummaryPdf(
  summary: SessionSummary,
  labels: SessionSummaryPdfLabels,
): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
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
  type Opts = { font: typeof regular; size: number; x?: number; color?: typeof ink };
  /** Draws text, wrapped; line breaks the person typed are kept as separate lines. */
  const draw = (text: string, opts: Opts) => {
    const x = opts.x ?? MARGIN;
    const lineHeight = opts.size * LEADING;
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      const line = clean(paragraph).trim();
      if (!line) {
        y -= lineHeight / 2;
        continue;
      }
      for (const part of wrapText(line, opts.font, opts.size, width - (x - MARGIN))) {
        ensure(lineHeight);
        y -= lineHeight;
        page.drawText(part, { x, y, size: opts.size, font: opts.font, color: opts.color ?? ink });
      }
    }
  };
  const heading = (text: string) => {
    // Keep a heading with its first line: never a heading alone at the foot of a page.
    ensure(SIZE.heading * LEADING + 16 + SIZE.text * LEADING);
    y -= 16;
    draw(text, { font: bold, size: SIZE.heading });
    y -= 2;
  };
  const bullet = (text: string, size: number = SIZE.text) => {
    ensure(size * LEADING);
    page.drawText("•", { x: MARGIN + 2, y: y - size * LEADING, size, font: regular });
    draw(text, { font: regular, size, x: MARGIN + INDENT });
    y -= 3;
  };

  draw(labels.title, { font: bold, size: SIZE.title });
  y -= 4;
  draw(labels.made, { font: regular, size: SIZE.made, color: muted });
  y -= 8;

  const { tryNext, notes, entries, mosaicDays, measures } = summary;
  if (tryNext) {
    heading(labels.headings.tryNext);
    draw(tryNext.when, { font: regular, size: SIZE.meta, color: muted });
    draw(tryNext.text, { font: regular, size: SIZE.text });
  }
  if (notes.length > 0) {
    heading(labels.headings.notes);
    for (const note of notes) bullet(note);
  }
  if (entries.length > 0) {
    heading(labels.headings.entries);
    for (const entry of entries) {
      ensure(SIZE.meta * LEADING + SIZE.text * LEADING + 8);
      y -= 8;
      draw(entry.when, { font: bold, size: SIZE.meta, color: muted });
      draw(entry.text, { font: regular, size: SIZE.text });
    }
  }
  if (mosaicDays.length > 0) {
    heading(labels.headings.mosaic);
    for (const day of mosaicDays) bullet(day, SIZE.day);
  }
  if (measures.length > 0) {
    heading(labels.headings.measures);
    for (const line of measures) bullet(line);
    y -= 4;
    draw(labels.measuresNote, { font: regular, size: SIZE.meta, color: muted });
  }
  if (!tryNext && notes.length + entries.length + mosaicDays.length + measures.length === 0) {
    y -= 16;
    draw(labels.nothing, { font: regular, size: SIZE.text, color: muted });
  }

  if (lossy) {
    y -= 16;
    draw(labels.lossy, { font: regular, size: SIZE.meta, color: muted });
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
