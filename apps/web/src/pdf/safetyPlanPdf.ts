import { type PlanSections, SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from "@small-steps/core";
import { toWinAnsi } from "./winAnsi.ts";

/** The words the PDF shows, already translated: the builder itself knows no language. */
export interface SafetyPlanPdfLabels {
  title: string;
  /** e.g. "Made on 21 November 2026". */
  made: string;
  sections: Record<SafetyPlanSection, string>;
  /** e.g. (n) => `Phone: ${n}`. */
  phone: (phone: string) => string;
  /** Shown under a section with nothing in it. */
  empty: string;
  /** e.g. (1, 2) => "Page 1 of 2". */
  pageOf: (page: number, pages: number) => string;
  /** Added at the end when some characters could not be drawn with the PDF's font. */
  lossy: string;
  /** The PDF's language tag, e.g. "en". */
  language: string;
}

/** What wrapping needs from a pdf-lib font (a PDFFont fits), so callers need not import pdf-lib. */
export interface MeasuredFont {
  widthOfTextAtSize(text: string, size: number): number;
}

/** Splits text into lines that fit; a word longer than a line is broken by characters. */
export function wrapText(text: string, font: MeasuredFont, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= max;
  for (const word of text.split(/ +/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    let rest = word;
    while (!fits(rest)) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 64; // leaves room for the page number
const BULLET_INDENT = 16;
const SIZE = { title: 22, made: 11, heading: 14, item: 12, phone: 11, footer: 9 } as const;
const LEADING = 1.35;

/**
 * Builds the plan as an A4 PDF, on the device. pdf-lib (about 200 KB) is loaded only here,
 * when the person asks for a PDF, so it never weighs on the SOS screens.
 *
 * Content streams are always Flate-compressed by pdf-lib and text is written as hex glyph
 * codes, so to find the plan's words in the bytes, inflate each stream and decode the
 * `<…> Tj` strings (see safetyPlanPdf.test.ts). Object streams are off: a plainer file
 * that older PDF readers (and simple checks) can walk object by object.
 */
export async function safetyPlanPdf(plan: PlanSections, labels: SafetyPlanPdfLabels): Promise<Uint8Array> {
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

  type Font = typeof regular;

  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const newPage = () => {
    page = doc.addPage(A4);
    y = A4[1] - MARGIN;
  };
  const ensure = (height: number) => {
    if (y - height < BOTTOM) newPage();
  };
  const draw = (
    text: string,
    opts: { font: Font; size: number; x?: number; max?: number; color?: typeof ink },
  ) => {
    const x = opts.x ?? MARGIN;
    const lineHeight = opts.size * LEADING;
    for (const line of wrapText(clean(text), opts.font, opts.size, opts.max ?? width - (x - MARGIN))) {
      ensure(lineHeight);
      y -= lineHeight;
      page.drawText(line, { x, y, size: opts.size, font: opts.font, color: opts.color ?? ink });
    }
  };

  draw(labels.title, { font: bold, size: SIZE.title });
  y -= 4;
  draw(labels.made, { font: regular, size: SIZE.made, color: muted });
  y -= 12;

  for (const section of SAFETY_PLAN_SECTIONS) {
    const items = plan[section];
    // Keep a heading with its first line: never a heading alone at the foot of a page.
    ensure(SIZE.heading * LEADING + 14 + SIZE.item * LEADING);
    y -= 14;
    draw(labels.sections[section], { font: bold, size: SIZE.heading });
    y -= 2;
    if (items.length === 0) {
      draw(labels.empty, { font: regular, size: SIZE.item, color: muted });
      continue;
    }
    for (const item of items) {
      ensure(SIZE.item * LEADING);
      page.drawText("•", { x: MARGIN + 2, y: y - SIZE.item * LEADING, size: SIZE.item, font: regular });
      draw(item.text, { font: regular, size: SIZE.item, x: MARGIN + BULLET_INDENT });
      if (item.phone) {
        draw(labels.phone(item.phone), { font: regular, size: SIZE.phone, x: MARGIN + BULLET_INDENT });
      }
      y -= 4;
    }
  }

  if (lossy) {
    y -= 16;
    draw(labels.lossy, { font: regular, size: SIZE.phone, color: muted });
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

/** Makes the PDF and hands it to the browser as a download; nothing leaves the device. */
export async function downloadSafetyPlanPdf(
  plan: PlanSections,
  labels: SafetyPlanPdfLabels,
  filename = "my-safety-plan.pdf",
): Promise<void> {
  downloadPdf(await safetyPlanPdf(plan, labels), filename);
}

/** Hands PDF bytes to the browser as a download; nothing leaves the device. */
export function downloadPdf(bytes: Uint8Array, filename: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/pdf" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; give them time before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
