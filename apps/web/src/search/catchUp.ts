import type { JournalRecord } from "@small-steps/core";
import type { SmallStepsDB } from "../store/db.ts";
import type { JournalIndex } from "./journalIndex.ts";

const BATCH = 400;

export interface CatchUpProgress {
  done: number;
  total: number;
}

/**
 * Brings the index level with the journal table by comparing versions (updatedAt) rather than
 * reading every record: only the primary keys and the updatedAt index are scanned, and only
 * records whose version differs are read. Comparing versions, not a single high-water mark,
 * also catches records that arrive with an older updatedAt (an import, sync from another
 * device) and records removed outright. Returns how many records changed.
 */
export async function catchUp(
  index: JournalIndex,
  database: SmallStepsDB,
  onProgress?: (p: CatchUpProgress) => Promise<void> | void,
): Promise<number> {
  const table = database.journal;
  const [ids, versions] = await database.transaction("r", table, () =>
    Promise.all([table.orderBy("updatedAt").primaryKeys(), table.orderBy("updatedAt").keys()]),
  );
  const present = new Set<string>();
  const stale: string[] = [];
  ids.forEach((id, i) => {
    present.add(id);
    if (index.versionOf(id) !== versions[i]) stale.push(id);
  });
  let changed = 0;
  for (const id of index.knownIds()) {
    if (!present.has(id)) {
      index.forget(id);
      changed += 1;
    }
  }
  // Newest first, so that during a first build the most recent entries are searchable soonest.
  stale.reverse();
  for (let i = 0; i < stale.length; i += BATCH) {
    const records = await table.bulkGet(stale.slice(i, i + BATCH));
    for (const record of records) if (record && index.apply(record as JournalRecord, true)) changed += 1;
    await onProgress?.({ done: Math.min(i + BATCH, stale.length), total: stale.length });
  }
  return changed;
}
