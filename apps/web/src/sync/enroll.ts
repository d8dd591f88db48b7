import type { SmallStepsDB } from "../store/db.ts";
import { SEED_DEVICE } from "../store/seed.ts";
import { nextRev, SYNCED_TABLES } from "./outbox.ts";

const ENROLLED_KEY = "sync:enrolled";

/**
 * The first time this device syncs, everything written before it had an account (or before the
 * outbox existed) is queued, so the person's history reaches their other devices too. Library
 * steps exactly as seeded are left out: every device has them already.
 */
export async function enrollExistingRecords(db: SmallStepsDB): Promise<number> {
  if ((await db.meta.get(ENROLLED_KEY))?.value === true) return 0;
  let queued = 0;
  for (const name of SYNCED_TABLES) {
    const table = db.table(name);
    await db.transaction("rw", table, db.outbox, db.syncMeta, db.meta, async () => {
      const [records, known, queuedIds] = await Promise.all([
        table.toArray() as Promise<{ id: string; deviceId?: string }[]>,
        db.syncMeta.toCollection().primaryKeys(),
        db.outbox.toCollection().primaryKeys(),
      ]);
      const skip = new Set<string>([...known, ...queuedIds]);
      const rows = records
        .filter((r) => r.deviceId !== SEED_DEVICE && !skip.has(r.id))
        .map((r) => ({ id: r.id, table: name, rev: nextRev() }));
      if (rows.length > 0) await db.outbox.bulkPut(rows);
      queued += rows.length;
    });
  }
  await db.meta.put({ key: ENROLLED_KEY, value: true });
  return queued;
}

/** Signing out forgets the cursor and bookkeeping; the records themselves stay unless asked. */
export async function forgetSyncState(db: SmallStepsDB): Promise<void> {
  await db.transaction("rw", db.outbox, db.syncMeta, db.meta, async () => {
    await Promise.all([db.outbox.clear(), db.syncMeta.clear()]);
    await db.meta.bulkDelete([ENROLLED_KEY, "sync:cursor"]);
  });
}
