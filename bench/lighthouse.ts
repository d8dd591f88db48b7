/**
 * Lighthouse mobile (its default: slow 4G, ×4 CPU) on a URL, in Debian's Chromium.
 * Prints LCP, TBT, CLS and the performance score.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LighthouseFigures {
  url: string;
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
}

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: ["performance"],
      formFactor: "mobile",
      output: "json",
      logLevel: "error",
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const { lhr } = result;
    const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? Number.NaN);
    return {
      url,
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(num("largest-contentful-paint")),
      tbtMs: Math.round(num("total-blocking-time")),
      cls: Math.round(num("cumulative-layout-shift") * 1000) / 1000,
      fcpMs: Math.round(num("first-contentful-paint")),
    };
  } finally {
    chrome.kill();
  }
}
