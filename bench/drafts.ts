/**
 * Words never lost (issue 13): how long a typed key takes to be on the device's disk as a kept
 * draft, in the journal, at a person's typing pace, unthrottled and at ×4 CPU, without and with
 * App lock (which seals every draft before it is written). "On disk" is the IndexedDB
 * transaction that wrote the `drafts` store completing (its oncomplete), the first one begun
 * after the key's input event. Prints p50/p95/max; asserts nothing.
 */
import type { Browser, Page } from "playwright-core";
import { startServer } from "../e2e/support/server.ts";
import { launchChromium, percentile, round, throttleCpu } from "./lib/browser.ts";

const KEYS = Number(process.env.BENCH_KEYS ?? 40);
/** Milliseconds between keys: a steady, unhurried typist. */
const PACE_MS = 120;
const PASSPHRASE = "a lantern on the quiet stair";

// A string, so tsx wraps nothing in a __name() the page lacks. Notes when each transaction that
// writes `drafts` begins and completes, and when each input event happened (same clock).
const WATCH_DRAFT_WRITES = `(() => {
  window.__inputs = [];
  window.__writes = [];
  document.addEventListener("input", (e) => window.__inputs.push(e.timeStamp), { capture: true });
  const open = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = open.call(this, stores, mode, options);
    const names = typeof stores === "string" ? [stores] : Array.from(stores);
    if (mode === "readwrite" && names.includes("drafts")) {
      const began = performance.now();
      tx.addEventListener("complete", () => window.__writes.push({ began, done: performance.now() }));
    }
    return tx;
  };
})()`;

interface Timings {
  inputs: number[];
  writes: { began: number; done: number }[];
}

/** For each key: from its input event to the end of the first drafts write begun after it. */
function keyToDisk({ inputs, writes }: Timings): number[] {
  return inputs.flatMap((at) => {
    const write = writes.find((w) => w.began >= at);
    return write ? [write.done - at] : [];
  });
}

async function turnOnLock(page: Page): Promise<void> {
  await page.goto("/settings/lock");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByLabel("Passphrase again").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Turn on the app lock" }).click();
  await page.locator(".lock-status", { hasText: "The app lock is on." }).waitFor({ timeout: 120_000 });
}

async function run(browser: Browser, url: string, cpu: number, lock: boolean): Promise<string> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_DRAFT_WRITES);
  if (lock) await turnOnLock(page);
  await page.goto("/journal");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  if (lock) {
    // A fresh load starts locked: the data key lives only in memory.
    await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await page.getByRole("button", { name: "Unlock" }).click();
  }
  await throttleCpu(context, page, cpu);
  const box = page.getByLabel("A word, a line, or more");
  await box.click();
  // Only the keys typed here count (not the passphrase typed to unlock).
  await page.evaluate("window.__inputs = []; window.__writes = [];");
  await page.keyboard.type("a".repeat(KEYS), { delay: PACE_MS });
  // The last key's write, given time to land even at ×4.
  await page.waitForTimeout(2_000);
  const times = keyToDisk(
    (await page.evaluate("({ inputs: window.__inputs, writes: window.__writes })")) as Timings,
  );
  const writes = (await page.evaluate("window.__writes.length")) as number;
  await context.close();
  const label = `${lock ? "App lock on " : "App lock off"}, ×${cpu} CPU`;
  return `${label}: key → on disk p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms, max ${round(Math.max(...times))} ms (${times.length} of ${KEYS} keys timed; ${writes} writes)`;
}

export async function benchDrafts(): Promise<void> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    for (const lock of [false, true]) {
      for (const cpu of [1, 4]) console.info(`  ${await run(browser, server.url, cpu, lock)}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDrafts();
