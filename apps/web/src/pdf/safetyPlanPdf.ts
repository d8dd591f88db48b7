import { type PlanSections, SAFETY_PLAN_SECTIONS, type SafetyPlanSection } from "@small-steps/core";

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

const MARGIN = 56; // the same margin pdfWriter.ts uses
const BULLET_INDENT = 16;
const SIZE = { title: 22, made: 11, heading: 14, item: 12, phone: 11 } as const;

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
  const { createPdfWriter } = await import("./pdfWriter.ts");
  const pdf = await createPdfWriter();
  const { regular, bold, muted } = pdf;

  pdf.draw(labels.title, { font: bold, size: SIZE.title });
  pdf.gap(4);
  pdf.draw(labels.made, { font: regular, size: SIZE.made, color: muted });
  pdf.gap(12);

  for (const section of SAFETY_PLAN_SECTIONS) {
    const items = plan[section];
    // Keep a heading with its first line: never a heading alone at the foot of a page.
    pdf.ensure(pdf.lineHeight(SIZE.heading) + 14 + pdf.lineHeight(SIZE.item));
    pdf.gap(14);
    pdf.draw(labels.sections[section], { font: bold, size: SIZE.heading });
    pdf.gap(2);
    if (items.length === 0) {
      pdf.draw(labels.empty, { font: regular, size: SIZE.item, color: muted });
      continue;
    }
    for (const item of items) {
      pdf.bullet(item.text, SIZE.item, BULLET_INDENT);
      if (item.phone) {
        pdf.draw(labels.phone(item.phone), { font: regular, size: SIZE.phone, x: MARGIN + BULLET_INDENT });
      }
      pdf.gap(4);
    }
  }

  return pdf.finish({ ...labels, lossySize: SIZE.phone });
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
