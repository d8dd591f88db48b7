import type { Locator, Page } from "@playwright/test";
import { connect, conversation, openPerson, person } from "../support/circle.ts";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsInBothThemes,
  test,
} from "../support/fixtures.ts";
import { signedUpPerson } from "../support/people.ts";

/**
 * Honest states (issue 13): nothing says done before it is. A circle message written offline
 * says it waits (with a text or call to that person beside it) and says sent only once the relay
 * has it; a locked Crisis lines says the person's own numbers are locked, not missing, and opens
 * them in place; good news on a status line goes by itself, after being announced; and signing
 * in never flashes "Sync is off".
 */

const PASSWORD = "small lamps along the harbour";
const PASSPHRASE = "quiet harbour at dusk";
const PHRASE = "Rough day. Felt small again.";
const WAITING = "Waiting to send to Sam — it will go when you're back online.";

/**
 * Every text the page's live regions were given, from now on: each time a region's words are
 * put in afresh (a new node, as a screen reader hears it), even the same words again.
 */
async function recordStatusTexts(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const said: string[] = [];
    (window as unknown as { __texts: string[] }).__texts = said;
    new MutationObserver((records) => {
      const fresh = new Set<Element>();
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = target?.closest(sel);
        if (region && (r.type === "characterData" || r.addedNodes.length > 0)) fresh.add(region);
      }
      for (const region of fresh) {
        const text = region.textContent?.trim() ?? "";
        if (text) said.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
    for (const region of Array.from(document.querySelectorAll(sel))) {
      const text = region.textContent?.trim() ?? "";
      if (text) said.push(text);
    }
  }, selector);
}

/** Seen as a person sees it: its centre is on screen and nothing (a bar, the nav) covers it. */
async function expectOnScreen(locator: Locator): Promise<void> {
  await expect(locator).toBeInViewport();
  const hit = await locator.evaluate((el) => {
    // The first line box: a link that wraps has a bounding box wider than its words.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return !!top && (el === top || el.contains(top));
  });
  expect(hit, "nothing covers it").toBe(true);
}

const statusTexts = (page: Page) => page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);

test("a circle message written offline waits, with their number beside it, and says sent once it has gone", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(240_000);
  const robin = await person(browser, server.url, "Robin", PASSWORD);
  const sam = await person(browser, server.url, "Sam", PASSWORD);
  await connect(robin, sam);

  // Robin keeps Sam's number in Reach out, as many people would.
  await robin.page.goto("/sos/reach-out");
  await robin.page.getByLabel("Name").fill("Sam");
  await robin.page.getByLabel("Phone number (optional)").fill("07700 900456");
  await robin.page.getByRole("button", { name: "Add this person" }).click();
  await expect(robin.page.getByRole("link", { name: "Call Sam" })).toBeVisible();

  await openPerson(sam.page, "Robin");
  await openPerson(robin.page, "Sam");
  await recordStatusTexts(robin.page, ".circle-send [role=status]");

  await robin.context.setOffline(true);
  const reachOut = robin.page.getByRole("region", { name: "Reach out" });
  await reachOut.getByRole("button", { name: PHRASE }).click();

  // What is on screen says it has not gone, right where the person tapped, with Sam's number.
  const status = reachOut.getByRole("status");
  await expect(status).toHaveText(WAITING);
  await expectOnScreen(status);
  const text = robin.page.getByRole("link", { name: "Text Sam" });
  await expect(text).toHaveAttribute(
    "href",
    /^sms:07700\s?900456\?&body=Rough%20day\.%20Felt%20small%20again\.$/,
  );
  await expectOnScreen(text);
  await expectOnScreen(robin.page.getByRole("link", { name: "Call Sam" }));
  await expect(robin.page.getByRole("link", { name: "Call Sam" })).toHaveAttribute(
    "href",
    /^tel:07700\s?900456$/,
  );
  const mine = conversation(robin.page).getByRole("listitem").filter({ hasText: PHRASE });
  await expect(mine).toContainText("Waiting to send");
  // Nothing anywhere says sent, and it has not reached Sam.
  await robin.page.waitForTimeout(1_500);
  await expect(robin.page.getByRole("main")).not.toContainText(/\bSent\b/);
  await expect(conversation(sam.page).getByText(PHRASE)).toHaveCount(0);
  await robin.page.screenshot({ path: test.info().outputPath("waiting.png") });
  await expectNoAxeViolationsInBothThemes(robin.page, "a circle message waiting to send");

  // Back online: it goes, the words change to sent, and Sam has it.
  await robin.context.setOffline(false);
  await expect(status).toHaveText("Sent to Sam.", { timeout: 20_000 });
  await expect(mine).toContainText("Sent");
  await expect(mine).not.toContainText("Waiting to send");
  await expect(conversation(sam.page).getByText(PHRASE)).toBeVisible({ timeout: 20_000 });
  // Heard in order: waiting, then sent; never sent first.
  expect(await statusTexts(robin.page)).toEqual([WAITING, "Sent to Sam."]);
  // A second message while the first's "Sent to Sam." is still showing: it never borrows it.
  await robin.context.setOffline(true);
  await reachOut.getByRole("button", { name: "Thanks for being there." }).click();
  await expect(status).toHaveText(WAITING);
  await robin.context.setOffline(false);
  await expect(status).toHaveText("Sent to Sam.", { timeout: 20_000 });
  expect(await statusTexts(robin.page)).toEqual([WAITING, "Sent to Sam.", WAITING, "Sent to Sam."]);

  // The same from the SOS reach-out step, where "Sent to Sam." used to be said offline.
  await robin.page.goto("/sos/reach-out");
  const circle = robin.page.getByRole("region", { name: "Your circle" });
  await robin.context.setOffline(true);
  await circle.getByRole("button", { name: "Can you check in on me?" }).first().click();
  const sosStatus = circle.getByRole("status");
  await expect(sosStatus).toHaveText(WAITING);
  await expectOnScreen(circle.getByRole("link", { name: "Text Sam" }));
  await robin.page.waitForTimeout(1_000);
  await expect(circle).not.toContainText("Sent to Sam");
  await robin.context.setOffline(false);
  await expect(sosStatus).toHaveText("Sent to Sam.", { timeout: 20_000 });
  await expect(conversation(sam.page).getByText("Can you check in on me?")).toBeVisible({ timeout: 20_000 });

  // Sam has no number written for Robin: while it waits, other help is offered instead.
  await sam.context.setOffline(true);
  const answer = sam.page.getByRole("region", { name: "Answer" });
  await answer.getByRole("button", { name: "Still here if you want to talk." }).click();
  await expect(answer.getByRole("status")).toHaveText(
    "Waiting to send to Robin — it will go when you're back online.",
  );
  await expectOnScreen(answer.getByRole("link", { name: "Crisis lines" }));
  await expect(answer.getByRole("link", { name: /Text Robin|Call Robin/ })).toHaveCount(0);
  await sam.context.setOffline(false);
  await expect(answer.getByRole("status")).toHaveText("Sent to Robin.", { timeout: 20_000 });
  await robin.context.close();
  await sam.context.close();
});

test("locked, Crisis lines says your own numbers are locked and opens them in place", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/safety-plan");
  await page.getByRole("button", { name: "Start my plan" }).click();
  await page.getByRole("textbox", { name: "People I can ask for help, line 1" }).fill("Sam, my neighbour");
  await page
    .getByRole("textbox", { name: "People I can ask for help, phone for line 1" })
    .fill("07700 900123");
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your plan is saved on this device." }),
  ).toBeVisible();

  await page.goto("/settings");
  await page.getByRole("link", { name: "App lock" }).click();
  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Passphrase again").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Turn on the app lock" }).click();
  await expect(page.locator(".lock-status")).toHaveText("The app lock is on.", { timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Small Steps is locked" })).toBeVisible();

  await page.goto("/crisis-lines");
  const own = page.getByRole("region", { name: "Your own numbers" });
  await expect(own).toContainText("Any numbers in your safety plan are locked for now");
  await expect(own).not.toContainText("Numbers you add to your safety plan");
  await expectOnScreen(own.getByText("Any numbers in your safety plan are locked for now"));
  await expectNoAxeViolations(page, "crisis lines, locked");
  // The SOS tools made of the person's own words say so before the tap.
  await page.goto("/sos");
  await expect(page.locator("#sos-tool-safetyPlan-hint")).toContainText("Locked for now");
  await expect(page.locator("#sos-tool-breathe-hint")).not.toContainText("Locked");

  await page.goto("/crisis-lines");
  const unlock = own.getByRole("button", { name: "Unlock to see them" });
  await expect(unlock).toHaveAttribute("aria-expanded", "false");
  await unlock.click();
  await own.getByLabel("Passphrase").fill(PASSPHRASE);
  await own.getByRole("button", { name: "Unlock", exact: true }).click();
  await expect(own.getByRole("link", { name: "Call Sam, my neighbour on 07700 900123" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(own).not.toContainText("locked for now");
  await expect(page).toHaveURL(/\/crisis-lines$/);
});

test("good news on a status line is announced, then goes by itself; the live region stays", async ({
  page,
}) => {
  await page.goto("/safety-plan");
  await page.getByRole("button", { name: "Start my plan" }).click();
  await page.getByRole("textbox", { name: "Warning signs, line 1" }).fill("I stop answering messages");
  await page.getByRole("button", { name: "Save my plan" }).click();
  const region = page.locator(".sp-status");
  await expect(region).toHaveAttribute("role", "status");
  await expect(region).toHaveText("Your plan is saved on this device.");
  const said = Date.now();
  await expect(region).toHaveText("", { timeout: 12_000 });
  const shownMs = Date.now() - said;
  test.info().annotations.push({ type: "status line shown for", description: `${shownMs} ms` });
  expect(shownMs).toBeGreaterThan(5_000);
  // Still in the page, empty, ready to announce the next message.
  await expect(page.getByRole("status").and(region)).toHaveCount(1);
});

test("signing in never flashes 'Sync is off' on the way to up to date", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(120_000);
  const first = await signedUpPerson(browser, server.url, PASSWORD);
  await first.context.close();

  // A second device signs in.
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto("/account");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Username").fill(first.username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await recordStatusTexts(page, "[data-sync-phase]");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator('[data-sync-phase="idle"]')).toBeVisible({ timeout: 30_000 });
  const texts = await statusTexts(page);
  test.info().annotations.push({ type: "sync line said", description: texts.join(" | ") });
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => t.includes("Sync is off"))).toEqual([]);
  await context.close();
});
