import type { StoredRecord } from "./records/index.ts";

export interface ImportPlan {
  /** Records to write, in file order: new ones and newer versions of ones already here. */
  toWrite: StoredRecord[];
  added: number;
  updated: number;
  /** Already here, and the copy here is as new or newer: left exactly as it is. */
  unchanged: number;
}

/**
 * Decides what an import writes. Importing merges rather than replaces, so bringing back an
 * old file never undoes what was written since: a record is written only when this device
 * lacks it or holds an older version of it. On a tie the local copy stays. Deletes travel
 * as tombstones and follow the same rule.
 */
export function planImport(
  existing: ReadonlyMap<string, { updatedAt: string }>,
  incoming: readonly StoredRecord[],
): ImportPlan {
  const plan: ImportPlan = { toWrite: [], added: 0, updated: 0, unchanged: 0 };
  for (const record of incoming) {
    const local = existing.get(record.id);
    if (!local) {
      plan.toWrite.push(record);
      plan.added++;
    } else if (isNewer(record.updatedAt, local.updatedAt)) {
      plan.toWrite.push(record);
      plan.updated++;
    } else {
      plan.unchanged++;
    }
  }
  return plan;
}

/** Compared as instants: timestamps may carry different offsets for the same moment. */
function isNewer(incoming: string, local: string): boolean {
  return Date.parse(incoming) > Date.parse(local);
}
