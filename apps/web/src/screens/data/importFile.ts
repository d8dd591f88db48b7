import { DAYLIO_REQUIRED_COLUMNS, type DaylioRow } from "@small-steps/core";
import { loadPapa } from "./papa.ts";

export type FileKind = "smallSteps" | "daylio" | "unknown";

/**
 * Tells the two importable files apart by their content, not their name: a Small Steps
 * export is a JSON object; a Daylio export is a CSV table whose header names Daylio's columns.
 */
export function detectFileKind(text: string): FileKind {
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{")) return "smallSteps";
  const header = start.slice(0, 2000).split(/\r?\n/, 1)[0] ?? "";
  const columns = new Set(header.split(",").map((c) => c.replace(/"/g, "").trim().toLowerCase()));
  return DAYLIO_REQUIRED_COLUMNS.every((c) => columns.has(c)) ? "daylio" : "unknown";
}

export type ParsedCsv = { ok: true; rows: DaylioRow[] } | { ok: false; reason: "damaged" };

/**
 * Reads a CSV table into rows keyed by header, with papaparse, loaded only when a file is
 * chosen. A broken quote means the table can't be trusted, so the whole file is refused; a
 * row with too few or too many cells is left to the mapping, which skips only that row.
 */
export async function parseCsv(text: string): Promise<ParsedCsv> {
  const Papa = await loadPapa();
  const result = Papa.parse<DaylioRow>(text, { header: true, skipEmptyLines: "greedy" });
  if (result.errors.some((e) => e.type === "Quotes")) return { ok: false, reason: "damaged" };
  return { ok: true, rows: result.data };
}
