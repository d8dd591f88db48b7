import type Dexie from "dexie";

export interface RewriteProgress {
  /** Tables rewritten so far, of all the database's tables. */
  done: number;
  total: number;
}

/**
 * Reads every row of every table and writes it back, one transaction per table, so the at-rest
 * layer stores it the way it now should: sealed when the lock is being turned on, in clear when
 * it is being turned off (docs/crypto.md L14). A table either changes whole or not at all; a
 * run cut short (a closed tab) is simply run again, since rewriting a row twice is harmless.
 * Every table the database has is rewritten — tables added later need no list.
 */
export async function rewriteAllTables(
  database: Dexie,
  onProgress?: (progress: RewriteProgress) => void,
): Promise<void> {
  const tables = database.tables;
  onProgress?.({ done: 0, total: tables.length });
  for (const [i, table] of tables.entries()) {
    await database.transaction("rw", table, async () => {
      if (table.schema.primKey.keyPath == null) {
        const keys = await table.toCollection().primaryKeys();
        const rows = await table.bulkGet(keys);
        await table.bulkPut(rows, keys);
      } else {
        const rows = await table.toArray();
        if (rows.length > 0) await table.bulkPut(rows);
      }
    });
    onProgress?.({ done: i + 1, total: tables.length });
  }
}
