/** The words of the recovery kit, already translated: the builder itself knows no language. */
export interface RecoveryKitLabels {
  title: string;
  /** "Username: robin" */
  username: string;
  /** "Made on 4 March 2026" */
  made: string;
  codeHeading: string;
  sections: { heading: string; text: string }[];
  pageOf: (page: number, pages: number) => string;
  lossy: string;
  language: string;
}

const SIZE = { title: 22, meta: 12, heading: 14, code: 16, text: 12 } as const;

/**
 * The recovery kit as an A4 PDF, made on the device (pdf-lib, loaded only now): who it is for,
 * the code as it was shown, and plain words on what it is for, how to use it and where to keep
 * it. Nothing is sent anywhere; the code exists only on this page and in the file.
 */
export async function recoveryKitPdf(code: string, labels: RecoveryKitLabels): Promise<Uint8Array> {
  const { createPdfWriter } = await import("./pdfWriter.ts");
  const pdf = await createPdfWriter();
  const { regular, bold, muted, draw, gap } = pdf;

  draw(labels.title, { font: bold, size: SIZE.title });
  gap(6);
  draw(labels.username, { font: regular, size: SIZE.meta });
  draw(labels.made, { font: regular, size: SIZE.meta, color: muted });
  gap(20);
  draw(labels.codeHeading, { font: bold, size: SIZE.heading });
  gap(6);
  // Wider spaces between groups or words make copying from paper easier.
  draw(code.trim().split(/\s+/).join("   "), { font: bold, size: SIZE.code });
  for (const section of labels.sections) {
    pdf.ensure(pdf.lineHeight(SIZE.heading) + 18 + pdf.lineHeight(SIZE.text) * 2);
    gap(18);
    draw(section.heading, { font: bold, size: SIZE.heading });
    gap(2);
    draw(section.text, { font: regular, size: SIZE.text });
  }
  return pdf.finish({ ...labels, lossySize: SIZE.text });
}
