import {
  countEntries,
  EXPORT_FILE_FORMATS,
  type ExportFileFormat,
  type ExportFilter,
  exportFileNameFor,
  filterRecords,
  localDayKey,
  type StoredRecord,
  serializeExport,
  toCsvRows,
  toMarkdown,
  toReadable,
} from "@small-steps/core";
import type { TFunction } from "i18next";
import { loadPapa } from "./papa.ts";
import { dateFormatters, exportWords } from "./words.ts";

export interface MadeFile {
  data: BlobPart;
  name: string;
  mime: string;
  /** How many entries the file holds; 0 means there was nothing to save. */
  count: number;
}

/** True when nothing narrows the choice: a JSON file of it is a full backup. */
function isEverything(filter: ExportFilter, kindCount: number): boolean {
  return !filter.from && !filter.to && !filter.tags?.length && filter.kinds.length === kindCount;
}

/**
 * Makes the chosen file from everything on the device. PDF and CSV writers are loaded only
 * here, on demand, so nobody pays for them who never exports.
 */
export async function makeExportFile(
  format: ExportFileFormat,
  filter: ExportFilter,
  records: readonly StoredRecord[],
  t: TFunction,
  language: string,
  allKindCount: number,
  now = new Date(),
): Promise<MadeFile> {
  const today = localDayKey(now);
  const { mime } = EXPORT_FILE_FORMATS[format];

  if (format === "json") {
    // Lossless: tombstones come too, so importing this file can never bring a delete back.
    const chosen = filterRecords(records, { ...filter, keepDeleted: true });
    const everything = isEverything(filter, allKindCount);
    return {
      data: serializeExport(chosen, now),
      name: exportFileNameFor("json", today, !everything),
      mime,
      count: chosen.filter((r) => !r.deleted).length,
    };
  }

  const sections = toReadable(filterRecords(records, filter), exportWords(t), records);
  const count = countEntries(sections);
  const name = exportFileNameFor(format, today);
  if (count === 0) return { data: "", name, mime, count };

  if (format === "csv") {
    const { unparse } = await loadPapa();
    // escapeFormulae: a cell starting with = + - @ is never run as a spreadsheet formula.
    // The byte-order mark lets spreadsheet apps read accents and other scripts as UTF-8.
    const text = unparse(toCsvRows(sections), { escapeFormulae: true, newline: "\r\n" });
    return { data: `\uFEFF${text}\r\n`, name, mime, count };
  }

  const { formatDay, formatDate, formatTime } = dateFormatters(language);
  const meta = [t("data:doc.made", { date: formatDate(today) }), rangeLine(filter, t, formatDate)];
  if (filter.tags?.length) meta.push(t("data:doc.tags", { tags: filter.tags.join(", ") }));
  const title = t("data:doc.title");

  if (format === "markdown") {
    return { data: toMarkdown(sections, { title, meta, formatDay, formatTime }), name, mime, count };
  }

  const { exportPdf } = await import("../../pdf/exportPdf.ts");
  const bytes = await exportPdf(sections, {
    title,
    meta,
    formatDay,
    formatTime,
    pageOf: (page, pages) => t("data:doc.pageOf", { page, pages }),
    lossy: t("data:doc.lossy"),
    language,
  });
  return { data: bytes as BlobPart, name, mime, count };
}

function rangeLine(filter: ExportFilter, t: TFunction, formatDate: (day: string) => string): string {
  const { from, to } = filter;
  if (from && to) return t("data:doc.range", { from: formatDate(from), to: formatDate(to) });
  if (from) return t("data:doc.rangeFrom", { from: formatDate(from) });
  if (to) return t("data:doc.rangeTo", { to: formatDate(to) });
  return t("data:doc.rangeAll");
}

/** Hands a file to the browser as a download, without any server round trip. */
export function download(data: BlobPart, name: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
