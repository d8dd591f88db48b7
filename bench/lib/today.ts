import type { Page } from "playwright-core";

/**
 * From navigation start until Today shows its data-driven week line (as bench/app-data.ts
 * measures it). No named helpers inside evaluate(): tsx would wrap them in a __name() the page lacks.
 */
export async function openToday(page: Page): Promise<number> {
  await page.goto("/");
  return page.evaluate(async () => {
    while (
      !document.querySelector("main h1") ||
      !/small steps? this week|A small step is here/.test(document.querySelector("main")?.textContent ?? "")
    )
      await new Promise((r) => requestAnimationFrame(r));
    return performance.now();
  });
}
