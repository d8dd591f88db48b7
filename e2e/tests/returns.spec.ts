import { expect, test } from "../support/fixtures.ts";

/** Puts one glimmer `daysAgo` days back straight into the app's IndexedDB, as past use would. */
async function glimmerDaysAgo(page: import("@playwright/test").Page, daysAgo: number): Promise<void> {
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

test("after a gap of three days or more: a plain welcome back, and the return celebrated on the Mosaic", async ({
  app: page,
}) => {
  await expect(page.getByText("Welcome back.")).toHaveCount(0);
  await glimmerDaysAgo(page, 5);
  await page.reload();
  await expect(page.getByText("Welcome back.")).toBeVisible();
  // Nothing about the absence itself.
  await expect(page.getByText(/days? (away|ago|since)|missed|been a while/i)).toHaveCount(0);

  await page.getByRole("radio", { name: "Steady" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  // Saved once the suggestion shows; leaving by a full reload before then could cut the write.
  await expect(page.getByRole("region", { name: "One small step, if you'd like" })).toBeVisible();
  await page.goto("/mosaic");
  await expect(
    page.getByRole("button", { name: /\(today\): a return — welcome back; 1 check-in, steady/ }),
  ).toBeVisible();
});

test("after a gap of two days, no welcome-back note", async ({ app: page }) => {
  await glimmerDaysAgo(page, 2);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(page.locator("main")).toContainText("small step");
  await expect(page.getByText("Welcome back.")).toHaveCount(0);
});
