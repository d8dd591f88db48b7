import { type RecordKind, wipeContent } from "@small-steps/core";
import { db, tableOf } from "./db.ts";

/**
 * Deleted records keep their content only while the person can still undo (the undo notice
 * lasts 8 s); then the words, sketch or feelings are wiped from this device and only a bare
 * tombstone stays. The list of pending wipes lives in the meta table, so a wipe due while the
 * app was closed happens on the next open — without scanning every table for tombstones.
 */
export const WIPE_AFTER_MS = 30_000;
const KEY = "pendingWipes";

interface PendingWipe {
  kind: RecordKind;
  id: string;
  deletedAt: number;
}

async function pending(): Promise<PendingWipe[]> {
  return ((await db.meta.get(KEY))?.value as PendingWipe[] | undefined) ?? [];
}

/** Notes a delete, and wipes it once the undo window has passed (if the app stays open). */
export async function scheduleWipe(kind: RecordKind, id: string, now = Date.now()): Promise<void> {
  await db.transaction("rw", db.meta, async () => {
    const list = (await pending()).filter((p) => p.id !== id);
    await db.meta.put({ key: KEY, value: [...list, { kind, id, deletedAt: now }] });
  });
  setTimeout(() => void wipeDue(), WIPE_AFTER_MS + 1000);
}

/** Wipes every noted delete whose undo window has passed and that was not undone since. */
export async function wipeDue(now = Date.now()): Promise<number> {
  const list = await pending();
  const due = list.filter((p) => now - p.deletedAt >= WIPE_AFTER_MS);
  if (due.length === 0) return 0;
  let wiped = 0;
  for (const p of due) {
    const table = tableOf(p.kind);
    await db.transaction("rw", table, async () => {
      const record = await table.get(p.id);
      // Restored since (undo): leave it. Wiping twice is harmless.
      if (!record?.deleted) return;
      await table.put(wipeContent(record) as never);
      wiped++;
    });
  }
  await db.transaction("rw", db.meta, async () => {
    const dueIds = new Set(due.map((p) => p.id));
    await db.meta.put({ key: KEY, value: (await pending()).filter((p) => !dueIds.has(p.id)) });
  });
  return wiped;
}
