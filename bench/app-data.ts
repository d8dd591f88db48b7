/**
 * Ten years of data (20,000 journal entries + 60,000 other records) in Chromium: time to open
 * the app until Today is usable, to render the year Mosaic, and journal search p50/p95 — each
 * unthrottled and at ×4 CPU (a cheap phone). Prints figures; asserts nothing.
 */
import type { Page } from "playwright-core";
import { startServer } from "../e2e/support/server.ts";
import { launchChromium, percentile, round, throttleCpu } from "./lib/browser.ts";
import { seedIndexedDb } from "./lib/seed.ts";
import { syntheticRecords } from "./lib/synthetic.ts";

const QUERIES = [
  "tea",
  "walk",
  "sister",
  "garden music",
  "quiet morning",
  "therapy",
  "ocean",
  "safe",
  "letter",
  "bread",
];

/** From navigation start until Today shows its data-driven week line. */
async function openToday(page: Page): Promise<number> {
  await page.goto("/");
  // No named helpers inside evaluate(): tsx would wrap them in a __name() the page lacks.
  return page.evaluate(async () => {
    while (
      !document.querySelector("main h1") ||
      !/small steps? this week|A small step is here/.test(document.querySelector("main")?.textContent ?? "")
    )
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now();
  });
}

/** From clicking "Year" until every day tile of the year is in the DOM. */
async function renderYear(page: Page): Promise<number> {
  await page.goto("/mosaic");
  await page.getByRole("button", { name: "Year", exact: true }).waitFor();
  const started = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Year", exact: true }).click();
  return page.evaluate(async (t0) => {
    while (document.querySelectorAll("button[data-day], [data-day]").length < 300)
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  }, started);
}

/** Types each query into the journal search and reads the timings the search client records. */
async function searchTimes(page: Page): Promise<number[]> {
  await page.goto("/journal");
  const box = page.getByRole("searchbox", { name: "Search your journal" });
  await box.waitFor();
  // Let the worker finish building or catching up its index first.
  await page.waitForFunction(() => !/getting ready/.test(document.body.textContent ?? ""), null, {
    timeout: 120_000,
  });
  await page.evaluate(() => performance.clearMeasures("journal-search"));
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      await box.fill(q);
      await page.waitForFunction(
        (n) => performance.getEntriesByName("journal-search").length >= n,
        round * QUERIES.length + QUERIES.indexOf(q) + 1,
      );
    }
  }
  return page.evaluate(() => performance.getEntriesByName("journal-search").map((e) => e.duration));
}

export async function benchAppData(): Promise<void> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const records = syntheticRecords(new Date());
    const t0 = Date.now();
    await seedIndexedDb(page, records);
    console.info(`Seeded ${records.length} records (10 years) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // The first visit to the journal builds the search index in the worker; later opens reuse it.
    const firstSearch = await searchTimes(page);
    console.info(
      `Journal search, first session (index built on the way): p50 ${round(percentile(firstSearch, 50))} ms`,
    );

    for (const rate of [1, 4]) {
      const p = await context.newPage();
      if (rate > 1) await throttleCpu(context, p, rate);
      const opens: number[] = [];
      for (let i = 0; i < 3; i++) opens.push(await openToday(p));
      const year: number[] = [];
      for (let i = 0; i < 3; i++) year.push(await renderYear(p));
      const search = await searchTimes(p);
      const label = rate === 1 ? "no throttling" : `×${rate} CPU`;
      console.info(`\n[${label}]`);
      console.info(`  open app → Today usable: median ${round(percentile(opens, 50))} ms  (budget 1000 ms)`);
      console.info(`  year Mosaic rendered:    median ${round(percentile(year, 50))} ms`);
      console.info(
        `  search over 20,000 entries (${search.length} queries): p50 ${round(percentile(search, 50))} ms, p95 ${round(percentile(search, 95))} ms  (budget p95 50 ms at ×4)`,
      );
      await p.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchAppData();
