/** The formats "Your data" can save, with what a browser needs to offer each as a download. */
export const EXPORT_FILE_FORMATS = {
  pdf: { extension: "pdf", mime: "application/pdf" },
  markdown: { extension: "md", mime: "text/markdown;charset=utf-8" },
  csv: { extension: "csv", mime: "text/csv;charset=utf-8" },
  json: { extension: "json", mime: "application/json" },
} as const;
export type ExportFileFormat = keyof typeof EXPORT_FILE_FORMATS;
export const EXPORT_FILE_FORMAT_IDS = Object.keys(EXPORT_FILE_FORMATS) as ExportFileFormat[];

/**
 * "small-steps-2026-03-12.pdf": dated by the device's own calendar day, like the full export.
 * A chosen selection says so in its name, so it is never mistaken for a full backup.
 */
export function exportFileNameFor(format: ExportFileFormat, dayKey: string, selection = false): string {
  return `small-steps-${selection ? "selection-" : ""}${dayKey}.${EXPORT_FILE_FORMATS[format].extension}`;
}
