import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test, waitForAppOnNavigation } from "../support/fixtures.ts";

/**
 * Two browser contexts are two devices of one person (issue 5): an account made on one, signed
 * in on the other; a journal entry written on either appears on both; an entry edited on both
 * while they are offline ends as two visible versions, nothing lost.
 */

const PASSWORD = "moss grows on the north wall";
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

async function device(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  const page = waitForAppOnNavigation(await context.newPage());
  return { context, page };
}

async function signUp(page: Page, username: string) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(h1(page)).toHaveText("Your recovery code", { timeout: 30_000 });
  await page.getByLabel("I've saved my recovery code").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();
}

async function signIn(page: Page, username: string) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible({ timeout: 30_000 });
}

async function upToDate(page: Page) {
  await page.goto("/account");
  await expect(page.locator('[data-sync-phase="idle"]')).toBeVisible({ timeout: 20_000 });
}

async function write(page: Page, text: string) {
  await page.goto("/journal");
  await page.getByLabel("A word, a line, or more").fill(text);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.locator("#journal-write-message")).toHaveText("Saved. Your entry is in the list below.");
}

const entry = (page: Page, text: string) => page.getByTestId("journal-entry").filter({ hasText: text });

test("two devices: sign up on one, sign in on the other, entries travel both ways, offline edits on both are both kept", async ({
  browser,
  server,
}) => {
  test.setTimeout(180_000);
  const username = `wren${Date.now().toString(36)}`;
  const a = await device(browser, server.url);
  const b = await device(browser, server.url);

  // Device A: an entry written before the account existed travels too.
  await write(a.page, "Written before I had an account");
  await signUp(a.page, username);
  await upToDate(a.page);
  await expectNoAxeViolations(a.page, "account, signed in and up to date");

  // Device B signs in and receives it.
  await signIn(b.page, username);
  await upToDate(b.page);
  await b.page.goto("/journal");
  await expect(entry(b.page, "Written before I had an account")).toBeVisible();

  // Written on B while A looks at its journal: the live nudge brings it within seconds.
  await a.page.goto("/journal");
  await write(b.page, "Morning pages from the laptop");
  await expect(entry(a.page, "Morning pages from the laptop")).toBeVisible({ timeout: 5_000 });

  // Written on A appears on B.
  await write(a.page, "A walk by the river");
  await b.page.goto("/journal");
  await expect(entry(b.page, "A walk by the river")).toBeVisible({ timeout: 5_000 });

  // Both go offline and edit the same entry differently.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  for (const [page, words] of [
    [a.page, "A walk by the river, the heron was there"],
    [b.page, "A walk by the river, cold hands, warm tea after"],
  ] as const) {
    // Both pages are on the journal already: no navigation, which offline would need the SW for.
    await entry(page, "A walk by the river").getByRole("button", { name: /^Edit/ }).click();
    await page.getByLabel("Entry text").fill(words);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(entry(page, words)).toBeVisible();
  }
  // In-app navigation works offline; the account screen says the change waits on this device.
  await a.page.getByRole("link", { name: "More" }).click();
  await a.page.getByRole("link", { name: /Account and sync/ }).click();
  await expect(a.page.locator('[data-sync-phase="offline"]')).toBeVisible({ timeout: 15_000 });

  // Back online: each device ends with both versions, one marked as another version.
  await a.context.setOffline(false);
  await upToDate(a.page);
  await b.context.setOffline(false);
  await upToDate(b.page);
  await upToDate(a.page);
  for (const page of [a.page, b.page]) {
    await page.goto("/journal");
    await expect(entry(page, "the heron was there")).toHaveCount(1, { timeout: 10_000 });
    await expect(entry(page, "cold hands, warm tea after")).toHaveCount(1);
    await expect(page.getByTestId("conflict-note")).toHaveCount(1);
  }
  await expectNoAxeViolations(a.page, "journal with a conflict copy");

  await a.context.close();
  await b.context.close();
});
