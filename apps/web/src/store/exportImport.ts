import {
  type AnyRecord,
  anyRecord,
  type DaylioImport,
  type ExportFile,
  type ImportFailureDetails,
  type ImportFailureReason,
  parseImport,
  planImport,
  RECORD_KINDS,
  type RecordKind,
  SCHEMA_VERSIONS,
  type StoredRecord,
  serializeExport,
} from "@small-steps/core";
import type { Table } from "dexie";
import { db, type SmallStepsDB, TABLE_OF } from "./db.ts";
import { deviceId } from "./device.ts";

type RecordTable = Table<StoredRecord, string>;

function recordTables(database: SmallStepsDB): RecordTable[] {
  return RECORD_KINDS.map((kind) => database.table(TABLE_OF[kind]) as RecordTable);
}

/**
 * Every record of every kind, tombstones included. One read transaction, so what is read is a
 * consistent snapshot even if a screen writes meanwhile.
 */
export async function readAllRecords(database: SmallStepsDB = db): Promise<StoredRecord[]> {
  const tables = recordTables(database);
  const all = await database.transaction("r", tables, async () =>
    Promise.all(tables.map((table) => table.toArray())),
  );
  return all.flat();
}

/** Every record of every kind, tombstones included, as the export file's text. */
export async function exportAll(database: SmallStepsDB = db, now: Date = new Date()): Promise<string> {
  return serializeExport(await readAllRecords(database), now);
}

export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export type ImportResult =
  | ({ ok: true } & ImportCounts)
  | { ok: false; reason: ImportFailureReason | "writeFailed"; details?: ImportFailureDetails };

/**
 * Writes a parsed file. Reading what is here, planning and writing happen in ONE transaction
 * over every record table, so a failure part-way (quota, a closed tab) changes nothing.
 */
export async function importFile(file: ExportFile, database: SmallStepsDB = db): Promise<ImportResult> {
  const kinds = new Set<RecordKind>(file.records.map((r) => r.kind));
  try {
    const counts = await database.transaction("rw", recordTables(database), async () => {
      const existing = new Map<string, { updatedAt: string }>();
      for (const kind of kinds) {
        // Read only the updatedAt index, never the records themselves: two bulk key reads in
        // the same index order are far quicker than fetching 80,000 journal entries.
        const byUpdated = (database.table(TABLE_OF[kind]) as RecordTable).orderBy("updatedAt");
        const [stamps, ids] = await Promise.all([byUpdated.keys(), byUpdated.primaryKeys()]);
        ids.forEach((id, i) => {
          existing.set(id, { updatedAt: String(stamps[i]) });
        });
      }
      const plan = planImport(existing, file.records);
      for (const kind of RECORD_KINDS) {
        const toWrite = plan.toWrite.filter((r) => r.kind === kind);
        if (toWrite.length > 0) await (database.table(TABLE_OF[kind]) as RecordTable).bulkPut(toWrite);
      }
      return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
    });
    return { ok: true, ...counts };
  } catch (error) {
    console.error("Import failed; the transaction was rolled back.", error);
    return { ok: false, reason: "writeFailed" };
  }
}

/** Parse, plan and write: the whole import in one call (used by tests and scripts). */
export async function importText(text: string, database: SmallStepsDB = db): Promise<ImportResult> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  return importFile(parsed.file, database);
}

export type DaylioRecords = Extract<DaylioImport, { ok: true }>;

export interface DaylioCounts {
  checkins: number;
  steps: number;
  stepLogs: number;
  journal: number;
}

export type DaylioWriteResult = ({ ok: true } & DaylioCounts) | { ok: false; reason: "writeFailed" };

/**
 * Writes what the Daylio mapping made. Each record gets this device's bookkeeping and passes
 * the same zod schema as anything a screen saves; then all four tables are written in ONE
 * transaction, so a failure part-way (quota, a closed tab) leaves the store as it was.
 */
export async function importDaylioRecords(
  mapped: DaylioRecords,
  database: SmallStepsDB = db,
  now: Date = new Date(),
): Promise<DaylioWriteResult> {
  const stamp = now.toISOString();
  const device = deviceId();
  const complete = <K extends RecordKind>(kind: K, fields: object): AnyRecord =>
    anyRecord.parse({
      ...fields,
      kind,
      schemaVersion: SCHEMA_VERSIONS[kind],
      createdAt: stamp,
      updatedAt: stamp,
      deviceId: device,
      deleted: false,
    });
  try {
    const batches = {
      checkin: mapped.checkins.map((r) => complete("checkin", r)),
      step: mapped.steps.map((r) => complete("step", r)),
      stepLog: mapped.stepLogs.map((r) => complete("stepLog", r)),
      journal: mapped.journal.map((r) => complete("journal", r)),
    };
    const kinds = Object.keys(batches) as (keyof typeof batches)[];
    const tables = kinds.map((kind) => database.table(TABLE_OF[kind]) as RecordTable);
    await database.transaction("rw", tables, async () => {
      for (const [i, kind] of kinds.entries()) {
        if (batches[kind].length > 0) await tables[i]?.bulkAdd(batches[kind]);
      }
    });
    return {
      ok: true,
      checkins: batches.checkin.length,
      steps: batches.step.length,
      stepLogs: batches.stepLog.length,
      journal: batches.journal.length,
    };
  } catch (error) {
    console.error("Daylio import failed; nothing was written.", error);
    return { ok: false, reason: "writeFailed" };
  }
}
