import type { Page } from "@playwright/test";

/** Puts one glimmer `daysAgo` days back straight into the app's IndexedDB, as past use would. */
export async function glimmerDaysAgo(page: Page, daysAgo: number): Promise<void> {
  await page.evaluate(async (n) => {
    const at = new Date();
    at.setDate(at.getDate() - n);
    const day = at.toLocaleDateString("sv");
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("small-steps");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction("glimmers", "readwrite");
    tx.objectStore("glimmers").put({
      id: crypto.randomUUID(),
      kind: "glimmer",
      schemaVersion: 1,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      deviceId: "earlier",
      deleted: false,
      at: at.toISOString(),
      day,
      text: "Birdsong before the alarm",
    });
    await new Promise((r) => {
      tx.oncomplete = r;
    });
    db.close();
  }, daysAgo);
}
