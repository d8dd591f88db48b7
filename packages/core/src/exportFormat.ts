import { z } from "zod";
import {
  isoDateTime,
  RECORD_KINDS,
  type RecordKind,
  SCHEMA_VERSIONS,
  type StoredRecord,
  storedRecord,
} from "./records/index.ts";

/**
 * The "Your data" export file: every record of every kind, tombstones included (wiped of
 * content once they can no longer be undone), so that
 * exporting and importing back gives exactly the same store. Described for people in
 * docs/data-format.md; change both together.
 */
export const EXPORT_FORMAT = "small-steps-export";
/** Bump when a newer app writes anything an older app could not read back faithfully. */
export const EXPORT_VERSION = 1;
/** Text longer than this is refused before parsing, so a wrong file cannot exhaust memory. */
export const MAX_IMPORT_SIZE = 200 * 1024 * 1024;
/** How many failing record positions an error carries: enough to find them, not a flood. */
const MAX_REPORTED_INDICES = 5;

export const exportHeader = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: isoDateTime,
  app: z.string().max(100),
});

export const exportFile = exportHeader.extend({ records: z.array(storedRecord) });
export type ExportFile = z.infer<typeof exportFile>;

export type ImportFailureReason =
  | "notJson"
  | "notSmallSteps"
  | "newerVersion"
  | "invalidRecords"
  | "tooLarge";

export interface ImportFailureDetails {
  /** How many records failed (invalidRecords) or were too new (newerVersion). */
  count?: number;
  /** Zero-based positions in `records` of the first few that failed. */
  indices?: number[];
  /** A developer-facing description of the first problem; never shown as is. */
  issue?: string;
}

export type ParseImportResult =
  | { ok: true; file: ExportFile }
  | { ok: false; reason: ImportFailureReason; details?: ImportFailureDetails };

function fail(reason: ImportFailureReason, details?: ImportFailureDetails): ParseImportResult {
  return details ? { ok: false, reason, details } : { ok: false, reason };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads an export file's text. Errors are values, not exceptions, so the screen can say
 * kindly and specifically what went wrong. All or nothing: one unreadable record fails the
 * whole file, because a half-imported history is harder to trust than none.
 */
export function parseImport(text: string): ParseImportResult {
  if (text.length > MAX_IMPORT_SIZE) return fail("tooLarge");

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("notJson");
  }

  if (!isObject(json) || json.format !== EXPORT_FORMAT) return fail("notSmallSteps");
  const { version } = json;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail("notSmallSteps", { issue: "version is not a positive integer" });
  }
  if (version > EXPORT_VERSION) return fail("newerVersion");

  const header = exportHeader.safeParse(json);
  if (!header.success) return fail("notSmallSteps", { issue: header.error.issues[0]?.message });
  if (!Array.isArray(json.records)) return fail("notSmallSteps", { issue: "records is not an array" });

  const rawRecords: unknown[] = json.records;
  const tooNew = rawRecords.flatMap((raw, index) => (isFromNewerApp(raw) ? [index] : []));
  if (tooNew.length > 0) {
    return fail("newerVersion", { count: tooNew.length, indices: tooNew.slice(0, MAX_REPORTED_INDICES) });
  }

  const records: StoredRecord[] = [];
  const bad: number[] = [];
  let firstIssue: string | undefined;
  const seen = new Set<string>();
  rawRecords.forEach((raw, index) => {
    const parsed = storedRecord.safeParse(raw);
    if (!parsed.success) {
      bad.push(index);
      firstIssue ??= describeIssue(parsed.error);
      return;
    }
    // Two records with one id would silently become one, so the file is not what it claims.
    if (seen.has(parsed.data.id)) {
      bad.push(index);
      firstIssue ??= `duplicate id ${parsed.data.id}`;
      return;
    }
    seen.add(parsed.data.id);
    records.push(parsed.data);
  });
  if (bad.length > 0) {
    return fail("invalidRecords", {
      count: bad.length,
      indices: bad.slice(0, MAX_REPORTED_INDICES),
      ...(firstIssue ? { issue: firstIssue } : {}),
    });
  }

  return { ok: true, file: { ...header.data, records } };
}

/**
 * A record of a kind or schema version this app does not know yet, but otherwise shaped
 * like ours, most likely came from a newer Small Steps: "update" is the helpful answer,
 * not "damaged".
 */
function isFromNewerApp(raw: unknown): boolean {
  if (!isObject(raw)) return false;
  const { kind, schemaVersion } = raw;
  if (typeof kind !== "string" || kind.length === 0) return false;
  if (typeof schemaVersion !== "number" || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return false;
  }
  if (!RECORD_KINDS.includes(kind as RecordKind)) return true;
  return schemaVersion > SCHEMA_VERSIONS[kind as RecordKind];
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid record";
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

/**
 * Writes the file text. One record per line keeps a ten-year file readable in a text
 * editor and diffable, without the size of fully indented JSON.
 */
export function serializeExport(
  records: readonly StoredRecord[],
  exportedAt: Date,
  app = "Small Steps",
): string {
  const header = JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    app,
  });
  if (records.length === 0) return `${header.slice(0, -1)},"records":[]}\n`;
  const lines = records.map((r) => JSON.stringify(r)).join(",\n");
  return `${header.slice(0, -1)},"records":[\n${lines}\n]}\n`;
}

/** The file name offered for download, dated by the person's own calendar day. */
export function exportFileName(dayKey: string): string {
  return `small-steps-${dayKey}.json`;
}
