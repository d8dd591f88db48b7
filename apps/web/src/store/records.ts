import { type AnyRecord, anyRecord, localDayKey, type RecordKind, SCHEMA_VERSIONS } from "@small-steps/core";
import { db, tableOf } from "./db.ts";
import { deviceId } from "./device.ts";
import { scheduleWipe } from "./wipe.ts";

type RecordOf<K extends RecordKind> = Extract<AnyRecord, { kind: K }>;
type BaseKeys = "id" | "kind" | "schemaVersion" | "createdAt" | "updatedAt" | "deviceId" | "deleted";
/** What a screen supplies when it creates a record; the store fills in the rest. */
export type NewFields<K extends RecordKind> = Omit<RecordOf<K>, BaseKeys>;

/** Fields for a record that happens "now": `at` and its local `day`. */
export function nowFields(date: Date = new Date()): { at: string; day: string } {
  return { at: date.toISOString(), day: localDayKey(date) };
}

/** Validates with the record's zod schema before writing, so nothing malformed is stored. */
function validated<K extends RecordKind>(record: RecordOf<K>): RecordOf<K> {
  return anyRecord.parse(record) as RecordOf<K>;
}

export async function createRecord<K extends RecordKind>(
  kind: K,
  fields: NewFields<K>,
): Promise<RecordOf<K>> {
  const now = new Date().toISOString();
  const record = validated({
    ...fields,
    id: crypto.randomUUID(),
    kind,
    schemaVersion: SCHEMA_VERSIONS[kind],
    createdAt: now,
    updatedAt: now,
    deviceId: deviceId(),
    deleted: false,
  } as unknown as RecordOf<K>);
  await tableOf(kind).put(record);
  return record;
}

export async function updateRecord<K extends RecordKind>(
  kind: K,
  id: string,
  patch: Partial<NewFields<K>>,
): Promise<RecordOf<K>> {
  return db.transaction("rw", tableOf(kind), async () => {
    const existing = await tableOf(kind).get(id);
    if (!existing) throw new Error(`No ${kind} with id ${id}`);
    const record = validated({
      ...existing,
      ...patch,
      // Written now, so in this app's shape: an edited check-in may hold an unrated feeling (v2).
      schemaVersion: SCHEMA_VERSIONS[kind],
      updatedAt: new Date().toISOString(),
      deviceId: deviceId(),
    } as RecordOf<K>);
    await tableOf(kind).put(record);
    return record;
  });
}

/**
 * Deleting leaves a tombstone (deleted: true) so undo works and, later, sync can carry it;
 * its content is wiped once undo is no longer offered (wipe.ts).
 */
export async function setDeleted(kind: RecordKind, id: string, deleted: boolean): Promise<void> {
  await db.transaction("rw", tableOf(kind), async () => {
    const existing = await tableOf(kind).get(id);
    if (!existing) return;
    await tableOf(kind).put({
      ...existing,
      deleted,
      updatedAt: new Date().toISOString(),
      deviceId: deviceId(),
    });
  });
  if (deleted) await scheduleWipe(kind, id);
}

export const deleteRecord = (kind: RecordKind, id: string) => setDeleted(kind, id, true);
export const restoreRecord = (kind: RecordKind, id: string) => setDeleted(kind, id, false);

/** All live (not deleted) records of a kind. */
export async function liveRecords<K extends RecordKind>(kind: K): Promise<RecordOf<K>[]> {
  return (await tableOf(kind).toArray()).filter((r) => !r.deleted);
}
