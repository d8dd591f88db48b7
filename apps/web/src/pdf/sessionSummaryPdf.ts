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

const INDENT = 16;
const SIZE = { title: 22, made: 11, heading: 14, text: 12, meta: 10, day: 10 } as const;

/**
 * Builds the session summary as an A4 PDF on the device; pdf-lib is loaded only now. Layout
 * follows the safety plan's PDF (same font, sizes and page numbers) so both read alike.
 */
export async function sessionSummaryPdf(
  summary: SessionSummary,
  labels: SessionSummaryPdfLabels,
): Promise<Uint8Array> {
  const { createPdfWriter } = await import("./pdfWriter.ts");
  const pdf = await createPdfWriter();
  const { regular, bold, muted, draw, ensure, gap } = pdf;
  const heading = (text: string) => {
    // Keep a heading with its first line: never a heading alone at the foot of a page.
    ensure(pdf.lineHeight(SIZE.heading) + 16 + pdf.lineHeight(SIZE.text));
    gap(16);
    draw(text, { font: bold, size: SIZE.heading });
    gap(2);
  };
  const bullet = (text: string, size: number = SIZE.text) => {
    pdf.bullet(text, size, INDENT);
    gap(3);
  };

  draw(labels.title, { font: bold, size: SIZE.title });
  gap(4);
  draw(labels.made, { font: regular, size: SIZE.made, color: muted });
  gap(8);

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
      ensure(pdf.lineHeight(SIZE.meta) + pdf.lineHeight(SIZE.text) + 8);
      gap(8);
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
    gap(4);
    draw(labels.measuresNote, { font: regular, size: SIZE.meta, color: muted });
  }
  if (!tryNext && notes.length + entries.length + mosaicDays.length + measures.length === 0) {
    gap(16);
    draw(labels.nothing, { font: regular, size: SIZE.text, color: muted });
  }

  return pdf.finish({ ...labels, lossySize: SIZE.meta });
}
