/**
 * Hard moments: time from tapping "I'm struggling" to the SOS screen, at ×4 CPU; SOS LCP
 * cold under Lighthouse mobile and warm from the service worker at ×5 CPU on slow 4G; the
 * JS the SOS route needs. Prints figures; asserts nothing.
 */
import type { BrowserContext, Page } from "playwright-core";
import { startServer } from "../e2e/support/server.ts";
import { bundleSizes } from "./bundle-size.ts";
import { launchChromium, percentile, round, throttleCpu } from "./lib/browser.ts";
import { runLighthouse } from "./lighthouse.ts";

/** From the click on "I'm struggling" (its event timestamp) until the SOS h1 is painted. */
async function tapToSos(page: Page): Promise<number> {
  await page.goto("/journal");
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __tap?: number };
    document.addEventListener("click", (e) => (w.__tap = e.timeStamp), { capture: true, once: true });
  });
  await page
    .getByRole("banner")
    .getByRole("link", { name: /struggling/i })
    .click();
  return page.evaluate(async () => {
    while (location.pathname !== "/sos" || !document.querySelector("main h1"))
      await new Promise((r) => requestAnimationFrame(r));
    // One more frame: the time the new screen is actually painted.
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - ((window as unknown as { __tap: number }).__tap ?? 0);
  });
}

/** LCP of /sos in a page whose service worker already holds the app (slow 4G, ×5 CPU). */
async function warmLcp(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await throttleCpu(context, page, 5);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.goto("/sos");
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? Number.NaN);
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  await page.close();
  return lcp;
}

export async function benchSos(): Promise<void> {
  const sosKb = bundleSizes().find((r) => r.route.startsWith("/sos"))?.kb;
  console.info(`SOS route JS (gzip): ${sosKb} KB — the app shell itself; no part of SOS is a lazy chunk`);

  const server = await startServer();
  try {
    const lh = await runLighthouse(`${server.url}/sos`);
    console.info(
      `SOS cold, Lighthouse mobile (slow 4G, ×4 CPU): LCP ${lh.lcpMs} ms, FCP ${lh.fcpMs} ms, TBT ${lh.tbtMs} ms, CLS ${lh.cls}, performance ${lh.score}  (aim LCP ≤ 1000 ms)`,
    );

    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 390, height: 844 },
      });
      const first = await context.newPage();
      await first.goto("/");
      await first.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await first.reload();
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) warm.push(await warmLcp(context));
      console.info(
        `SOS from the service worker (slow 4G, ×5 CPU): LCP median ${round(percentile(warm, 50))} ms  (aim ≤ 500 ms)`,
      );

      await throttleCpu(context, first, 4);
      const taps: number[] = [];
      for (let i = 0; i < 7; i++) taps.push(await tapToSos(first));
      console.info(
        `Tap "I'm struggling" → SOS painted (×4 CPU): median ${round(percentile(taps, 50))} ms, worst ${round(Math.max(...taps))} ms  (aim ≤ 300 ms)`,
      );
      await context.close();
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSos();
