import type { AnyRecord } from "@small-steps/core";
import type { Page } from "playwright-core";
import { TABLE_OF } from "../../apps/web/src/store/tables.ts";

/**
 * Writes records straight into the app's IndexedDB (after the app has opened it once, so its
 * schema exists), in chunks, the way years of use would have left them.
 */
export async function seedIndexedDb(page: Page, records: AnyRecord[], chunk = 5000): Promise<void> {
  for (let i = 0; i < records.length; i += chunk) {
    const rows = records.slice(i, i + chunk).map((r) => ({ table: TABLE_OF[r.kind], record: r }));
    await page.evaluate(async (batch) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("small-steps");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const names = [...new Set(batch.map((b) => b.table))];
      const tx = db.transaction(names, "readwrite");
      for (const { table, record } of batch) tx.objectStore(table).put(record);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, rows);
  }
}
