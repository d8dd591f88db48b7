/**
 * One change, device to device: two Chromium profiles (device A and device B) signed in to the
 * same account; a one-word journal entry saved on A, timed until it is on B's journal list.
 * It is the whole path a person waits for — A's outbox and its short wait for more typing, the
 * push, the server's nudge over the live socket, B's pull, decrypt, IndexedDB and the list
 * re-rendering. Prints p50/p95; asserts nothing.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { signUp } from "./lib/account.ts";
import { launchChromium, percentile, round } from "./lib/browser.ts";
import { repoRoot, spawnServer } from "./lib/spawnServer.ts";
import { fillSignIn, signInButton, waitUpToDate } from "./lib/webAccount.ts";

const PASSWORD = "a quiet walk by the ocean";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

/** A device: its own browser profile, signed in, on the journal screen. */
async function device(browser: Browser, url: string, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await fillSignIn(page, username, PASSWORD);
  await signInButton(page).click();
  await waitUpToDate(page, 120_000);
  await page.goto("/journal");
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

// Strings, so tsx wraps nothing in a __name() the page lacks. Times are wall-clock
// (timeOrigin + now), so the two pages' clocks compare.
const WATCH_FOR_WORDS = `(() => {
  window.__seen = {};
  new MutationObserver(() => {
    const w = window.__target;
    if (w && window.__seen[w] === undefined && (document.querySelector("main")?.textContent ?? "").includes(w))
      window.__seen[w] = performance.timeOrigin + performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;
const TIME_SAVES = `(() => {
  document.addEventListener("submit", (e) => { window.__savedAt = performance.timeOrigin + e.timeStamp; }, { capture: true });
})()`;

export async function benchSyncRoundtrip(): Promise<void> {
  const server = await spawnServer(join(repoRoot, "bench/lib/benchServerMain.ts"), { DATABASE_URL: "" });
  const browser = await launchChromium();
  try {
    const username = `bench_rt_${Date.now().toString(36)}`;
    await signUp(server.url, username, PASSWORD);
    const a = await device(browser, server.url, username);
    const b = await device(browser, server.url, username);
    await b.evaluate(WATCH_FOR_WORDS);
    await a.evaluate(TIME_SAVES);
    const box = a.getByLabel("A word, a line, or more");
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      // One made-up word per round, so B can only be seeing this round's entry.
      const word = `pebble${i}x${Date.now().toString(36)}`;
      await b.evaluate((w) => {
        (window as unknown as { __target: string }).__target = w;
      }, word);
      await box.fill(word);
      await a.getByRole("button", { name: "Save entry" }).click();
      await b.waitForFunction(
        (w) => (window as unknown as { __seen: Record<string, number> }).__seen[w] !== undefined,
        word,
        { timeout: 60_000, polling: 50 },
      );
      const savedAt = (await a.evaluate("window.__savedAt")) as number;
      const seenAt = (await b.evaluate(
        (w) => (window as unknown as { __seen: Record<string, number> }).__seen[w],
        word,
      )) as number;
      times.push(seenAt - savedAt);
      // Let both devices settle (A's own sync run finishing) before the next entry.
      await a.waitForTimeout(500);
    }
    console.info(
      `Journal entry saved on device A → on device B's list (${times.length} rounds): p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms, max ${round(Math.max(...times))} ms`,
    );
    console.info(
      "  (includes the short wait the app leaves after a change before it pushes, so typing goes in one request)",
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSyncRoundtrip();
