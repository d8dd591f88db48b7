import type { PDFFont, PDFPage, RGB } from "pdf-lib";
import { toWinAnsi } from "./winAnsi.ts";
import { wrapText } from "./wrap.ts";

const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
const BOTTOM = 64; // leaves room for the page number
const LEADING = 1.35;
const FOOTER_SIZE = 9;

export interface DrawOptions {
  font: PDFFont;
  size: number;
  x?: number;
  color?: RGB;
}

/**
 * The page flow every PDF of ours shares: A4, one margin, text sanitised for the standard
 * fonts (noting when something could not be drawn), wrapped, flowing onto new pages, and
 * page numbers at the end. Builders only say what to write. pdf-lib is imported here, lazily.
 */
export async function createPdfWriter() {
  const { PDFDocument, StandardFonts, rgb } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0, 0, 0);
  const muted = rgb(0.3, 0.3, 0.3);
  const width = A4[0] - MARGIN * 2;
  let lossy = false;
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;

  const clean = (s: string) => {
    const r = toWinAnsi(s);
    lossy ||= r.lossy;
    return r.text;
  };
  const lineHeight = (size: number) => size * LEADING;
  /** Starts a new page unless `height` more points fit on this one. */
  const ensure = (height: number) => {
    if (y - height >= BOTTOM) return;
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const gap = (points: number) => {
    y -= points;
  };
  /** Draws text, wrapped; line breaks the person typed are kept, blank lines become a small gap. */
  const draw = (text: string, opts: DrawOptions) => {
    const x = opts.x ?? MARGIN;
    const height = lineHeight(opts.size);
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
      const line = clean(paragraph).trim();
      if (!line) {
        y -= height / 2;
        continue;
      }
      for (const part of wrapText(line, opts.font, opts.size, width - (x - MARGIN))) {
        ensure(height);
        y -= height;
        page.drawText(part, { x, y, size: opts.size, font: opts.font, color: opts.color ?? ink });
      }
    }
  };
  /** A bulleted item: the bullet sits on the item's first line. */
  const bullet = (text: string, size: number, indent: number) => {
    ensure(lineHeight(size));
    page.drawText("•", { x: MARGIN + 2, y: y - lineHeight(size), size, font: regular });
    draw(text, { font: regular, size, x: MARGIN + indent });
  };
  /** Adds the lossy note if needed, page numbers and metadata, and returns the bytes. */
  const finish = async (end: {
    title: string;
    language: string;
    pageOf: (page: number, pages: number) => string;
    lossy: string;
    lossySize: number;
  }) => {
    if (lossy) {
      gap(16);
      draw(end.lossy, { font: regular, size: end.lossySize, color: muted });
    }
    const pages = doc.getPages();
    pages.forEach((p, i) => {
      const text = clean(end.pageOf(i + 1, pages.length));
      const w = regular.widthOfTextAtSize(text, FOOTER_SIZE);
      p.drawText(text, { x: (A4[0] - w) / 2, y: 32, size: FOOTER_SIZE, font: regular, color: muted });
    });
    doc.setTitle(clean(end.title));
    doc.setLanguage(end.language);
    doc.setCreator("Small Steps");
    doc.setProducer("Small Steps");
    // Object streams off: a plainer file that older readers (and simple checks) can walk.
    return doc.save({ useObjectStreams: false });
  };

  return { regular, bold, ink, muted, lineHeight, ensure, gap, draw, bullet, finish };
}
