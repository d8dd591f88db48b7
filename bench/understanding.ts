/**
 * Understanding, over ten years of data: time for "What helps" to show its patterns (12
 * months and everything), and time to make a PDF of a year on the device. Prints figures.
 */
import type { Page } from "playwright-core";
import { startServer } from "../e2e/support/server.ts";
import { launchChromium, percentile, round, throttleCpu } from "./lib/browser.ts";
import { seedIndexedDb } from "./lib/seed.ts";
import { syntheticRecords } from "./lib/synthetic.ts";

/** From navigation until the first pattern sentence (or the not-enough note) is on screen. */
async function openInsights(page: Page, range: string | null): Promise<number> {
  await page.goto("/insights");
  await page.getByRole("heading", { level: 1, name: "What helps" }).waitFor();
  const t0 = await page.evaluate(() => performance.now());
  if (range) await page.getByRole("radio", { name: range }).check();
  await page.locator(".insights-sentence").first().waitFor({ timeout: 120_000 });
  return (await page.evaluate(() => performance.now())) - t0;
}

export async function benchUnderstanding(): Promise<void> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: server.url, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await seedIndexedDb(page, syntheticRecords(new Date()));

    for (const rate of [1, 4]) {
      if (rate > 1) await throttleCpu(context, page, rate);
      const year: number[] = [];
      const all: number[] = [];
      for (let i = 0; i < 3; i++) year.push(await openInsights(page, null));
      for (let i = 0; i < 3; i++) all.push(await openInsights(page, "Everything"));
      const label = rate === 1 ? "no throttling" : `×${rate} CPU`;
      console.info(`[${label}] What helps, last 12 months: median ${round(percentile(year, 50))} ms`);
      console.info(`[${label}] What helps, ten years:     median ${round(percentile(all, 50))} ms`);
    }
    await throttleCpu(context, page, 1);

    // A PDF of the last year, made on the device.
    await page.goto("/your-data");
    await page.getByRole("heading", { level: 1, name: "Your data" }).waitFor();
    const from = new Date(Date.now() - 365 * 86_400_000).toLocaleDateString("sv");
    await page.getByLabel("First day").fill(from);
    await page.getByRole("radio", { name: "PDF" }).check();
    const started = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 300_000 }),
      page.getByRole("button", { name: "Save the PDF" }).click(),
    ]);
    const ms = Date.now() - started;
    const path = await download.path();
    const { statSync } = await import("node:fs");
    console.info(
      `PDF of a year (${download.suggestedFilename()}): ${ms} ms, ${Math.round(statSync(path as string).size / 1024)} KB`,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchUnderstanding();
