import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, setTheme, test } from "../support/fixtures.ts";

/** App lock (docs/crypto.md L1–L22), in a real browser: sealed at rest, SOS open while locked. */

const PASSPHRASE = "quiet harbour at dusk";

test.beforeEach(async ({ context }) => {
  // Quick exit's neutral page is answered here, so no test ever reaches the real site.
  await context.route("https://duckduckgo.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>weather</title><p>Weather this week</p>" }),
  );
});

/** Everything in the app's IndexedDB databases, read with plain IndexedDB (no app code). */
async function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = new Set((await indexedDB.databases()).map((d) => d.name));
    const dump = async (name: string) => {
      if (!names.has(name)) return "";
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores = Array.from(idb.objectStoreNames);
      const out: Record<string, unknown[]> = {};
      if (stores.length > 0) {
        const tx = idb.transaction(stores, "readonly");
        await Promise.all(
          stores.map(
            (store) =>
              new Promise<void>((resolve, reject) => {
                const req = tx.objectStore(store).getAll();
                req.onsuccess = () => {
                  out[store] = req.result;
                  resolve();
                };
                req.onerror = () => reject(req.error);
              }),
          ),
        );
      }
      idb.close();
      return JSON.stringify(out);
    };
    return (await dump("small-steps")) + (await dump("small-steps-search"));
  });
}

/** Moves within the app: a full page load (goto, reload) always finds the app locked. */
async function writeJournal(page: Page, text: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journal" }).click();
  await page.getByLabel("A word, a line, or more").fill(text);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.locator("#journal-write-message")).toHaveText("Saved. Your entry is in the list below.");
}

async function turnOnLock(page: Page, idle = "5 minutes") {
  await page.goto("/settings");
  await page.getByRole("link", { name: "App lock" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "App lock" })).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Passphrase again").fill(PASSPHRASE);
  await page.getByRole("radio", { name: idle, exact: true }).check();
  await page.getByRole("button", { name: "Turn on the app lock" }).click();
  await expect(page.locator(".lock-status")).toHaveText("The app lock is on.", { timeout: 30_000 });
  await expect(page.locator(".lock-status")).toBeFocused();
}

async function unlock(page: Page, passphrase = PASSPHRASE) {
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
}

const lockHeading = (page: Page) => page.getByRole("heading", { level: 1, name: "Small Steps is locked" });

test("L7 L17: sealed at rest, locked after a reload, SOS and crisis lines open while locked, then unlocked", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const before = `marker-before-${Date.now()}`;
  const after = `marker-after-${Date.now()}`;
  await page.goto("/");
  await writeJournal(page, `Tea by the window ${before}`);
  // Search once, so an index of the journal is saved to disk as it normally is.
  await page.getByLabel("Search your journal").fill(before);
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await expect.poll(() => rawStorage(page), { timeout: 10_000 }).toContain(before);

  await turnOnLock(page);
  await writeJournal(page, `A walk in the rain ${after}`);
  // Give the search worker time to have saved an index, if it wrongly would.
  await page.getByLabel("Search your journal").fill(after);
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await page.waitForTimeout(2500);
  const raw = await rawStorage(page);
  expect(raw).not.toContain(before);
  expect(raw).not.toContain(after);
  expect(raw).toContain("_sealed");

  await page.reload();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("link", { name: "Quick exit" })).toBeVisible();

  // Help needs no passphrase.
  await page.getByRole("main").getByRole("link", { name: "I'm struggling" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
  await page.getByRole("link", { name: "Pause and breathe", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pause and breathe" })).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByTestId("breathe-phase")).toHaveText("Breathe in");
  await page
    .getByRole("navigation", { name: "More help" })
    .getByRole("link", { name: "Crisis lines" })
    .click();
  await expect(page.getByText("988").first()).toBeVisible();
  // The person's own words wait for the passphrase, calmly.
  await page.goto("/sos/refrains");
  await expect(page.getByRole("heading", { level: 1, name: "Unlock to see your refrains" })).toBeVisible();
  await page.goto("/safety-plan");
  await expect(page.getByRole("heading", { level: 1, name: "Unlock to see your safety plan" })).toBeVisible();

  await page.goto("/journal");
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page, "not the passphrase");
  await expect(page.getByText("That passphrase didn't open it.", { exact: false })).toBeVisible({
    timeout: 20_000,
  });
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId("journal-entry").filter({ hasText: before })).toBeVisible();
  await expect(page.getByTestId("journal-entry").filter({ hasText: after })).toBeVisible();
  // Search works from an index rebuilt in memory (L18), and still nothing lands on disk in clear.
  await page.getByLabel("Search your journal").fill(after);
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await page.waitForTimeout(2500);
  expect(await rawStorage(page)).not.toContain(after);
});

test("L16: locks after the chosen quiet time and when hidden; a calming tool in use carries on", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await page.goto("/");
  await turnOnLock(page, "1 minute");

  await page.goto("/sos/breathe");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByTestId("breathe-phase")).toHaveText("Breathe in");
  await page.clock.fastForward("01:05");
  await expect(
    page.getByText("Small Steps is locked. The calming tools and crisis lines stay open."),
  ).toBeVisible();
  // The breathing goes on where it was, and the rest of the app is behind the lock.
  await expect(page.getByRole("heading", { level: 1, name: "Pause and breathe" })).toBeVisible();
  await expect(page.getByTestId("breathe-phase")).toBeVisible();
  await page.getByRole("link", { name: "Unlock" }).click();
  await expect(lockHeading(page)).toBeVisible();
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible({ timeout: 20_000 });

  // Input keeps it open; quiet locks it.
  await page.clock.fastForward("00:40");
  await page.mouse.move(10, 10);
  await page.keyboard.press("Shift");
  await page.clock.fastForward("00:40");
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();

  // Switching away locks at once (the default).
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(lockHeading(page)).toBeVisible();
});

test("L16: locking while on the SOS hub keeps the hub and hides what came from private data", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await turnOnLock(page);
  // Two visits rated before and after: the hub then shows what tends to help.
  for (let visit = 0; visit < 2; visit++) {
    await page
      .getByRole("banner")
      .getByRole("link", { name: /struggling/i })
      .click();
    await page
      .getByRole("group", { name: "How strong is it right now?" })
      .getByRole("radio", { name: "7", exact: true })
      .check();
    await page
      .getByRole("group", { name: "And how strong is it now?" })
      .getByRole("radio", { name: "4", exact: true })
      .check();
    await page.getByRole("button", { name: "Finish for now" }).click();
    await page.getByRole("link", { name: "Go to Today" }).click();
  }
  await page
    .getByRole("banner")
    .getByRole("link", { name: /struggling/i })
    .click();
  const helps = page.getByRole("heading", { name: "What tends to help" });
  await expect(helps).toBeVisible();

  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await expect(
    page.getByText("Small Steps is locked. The calming tools and crisis lines stay open."),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
  await expect(helps).toHaveCount(0);
  await page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.getByRole("link", { name: "Unlock" }).click();
  await unlock(page);
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible({ timeout: 20_000 });
  await page
    .getByRole("banner")
    .getByRole("link", { name: /struggling/i })
    .click();
  await expect(helps).toBeVisible();
});

test("L17: axe finds nothing on the locked screen, light and dark; discreet mode names nothing", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await turnOnLock(page);
  await expectNoAxeViolations(page, "app lock settings (on)");
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    await page.reload();
    await expect(lockHeading(page)).toBeVisible();
    await expectNoAxeViolations(page, `locked screen (${theme})`);
  }
  await page.goto("/sos/reach-out");
  await expect(
    page.getByRole("heading", { level: 1, name: "Unlock to see your trusted people" }),
  ).toBeVisible();
  await expectNoAxeViolations(page, "unlock to see (dark)");

  await page.evaluate(() => {
    const key = "small-steps:settings";
    const current = JSON.parse(localStorage.getItem(key) ?? "{}");
    localStorage.setItem(key, JSON.stringify({ ...current, discreet: true }));
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Locked", exact: true })).toBeVisible();
  await expect(page).toHaveTitle("Notes");
});

test("L19: a forgotten passphrase: remove the data on this device and start again", async ({ page }) => {
  test.setTimeout(120_000);
  const marker = `forgotten-${Date.now()}`;
  await page.goto("/");
  await writeJournal(page, marker);
  await turnOnLock(page);
  await page.reload();
  await expect(lockHeading(page)).toBeVisible();

  await page.getByText("Forgot your passphrase?").click();
  await page.getByRole("button", { name: "Remove the data on this device and start again" }).click();
  await page.getByRole("button", { name: "No, keep it" }).click();
  await expect(page.getByText("Nothing was removed.")).toBeVisible();
  await page.getByRole("button", { name: "Remove the data on this device and start again" }).click();
  await page.getByRole("button", { name: "Yes, remove it and start again" }).click();
  await expect(page.getByText("Done. Small Steps is fresh on this device, with no lock.")).toBeFocused();
  await page.getByRole("button", { name: "Go to Today" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  expect(await rawStorage(page)).not.toContain(marker);
  expect(await page.evaluate(() => localStorage.getItem("small-steps:lock"))).toBeNull();
  await page.goto("/steps");
  await expect(page.getByRole("button", { name: "Log this step: Open the curtains" })).toBeVisible();
});

test("L14 L15: change the passphrase, then turn the lock off and everything is as before", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const marker = `turned-off-${Date.now()}`;
  await page.goto("/");
  await writeJournal(page, marker);
  await turnOnLock(page);
  expect(await rawStorage(page)).not.toContain(marker);

  const next = "another calm phrase";
  const change = page.getByRole("form", { name: "Change the passphrase" });
  await change.getByLabel("Current passphrase").fill(PASSPHRASE);
  await change.getByLabel("New passphrase", { exact: true }).fill(next);
  await change.getByLabel("New passphrase again").fill(next);
  await change.getByRole("button", { name: "Change the passphrase" }).click();
  await expect(page.getByText("The passphrase is changed. Use the new one from now on.")).toBeVisible({
    timeout: 20_000,
  });

  await page.reload();
  await unlock(page, PASSPHRASE);
  await expect(page.getByText("That passphrase didn't open it.", { exact: false })).toBeVisible({
    timeout: 20_000,
  });
  await unlock(page, next);
  await expect(page.getByRole("heading", { level: 1, name: "App lock" })).toBeVisible({ timeout: 20_000 });

  const off = page.getByRole("form", { name: "Turn off the app lock" });
  await off.getByLabel("Current passphrase").fill(next);
  await off.getByRole("button", { name: "Turn off the app lock" }).click();
  await expect(page.locator(".lock-status")).toHaveText("The app lock is off.", { timeout: 30_000 });
  await expect(page.locator(".lock-status")).toBeFocused();
  expect(await rawStorage(page)).toContain(marker);
  await page.reload();
  await page.goto("/journal");
  await expect(page.getByTestId("journal-entry").filter({ hasText: marker })).toBeVisible();
});
