/**
 * Help within reach (issue 13), as figures: for every screen at 320, 360 and 390 px phones and a
 * 1280 px desktop, at the browser's normal and 200 % text, the page's width against the screen
 * (a page wider than its screen scrolls sideways), the top bar's and the nav's heights,
 * and the smallest top-bar control. The journeys in e2e/tests/reach.spec.ts check the same as a
 * person meets it; this prints the numbers. Asserts nothing.
 */
import type { Browser } from "playwright-core";
import { pageWidth, setBrowserTextSize, settle } from "../e2e/support/person.ts";
import { startServer } from "../e2e/support/server.ts";
import { launchChromium } from "./lib/browser.ts";

const PATHS = [
  "/",
  "/steps",
  "/journal",
  "/glimmers",
  "/refrains",
  "/mosaic",
  "/more",
  "/circle",
  "/stories",
  "/insights",
  "/measures",
  "/therapy",
  "/your-data",
  "/account",
  "/settings",
  "/settings/lock",
  "/sos",
  "/sos/breathe",
  "/sos/senses",
  "/sos/shape",
  "/sos/warmth",
  "/sos/refrains",
  "/sos/reach-out",
  "/safety-plan",
  "/crisis-lines",
  "/no-such-page",
];

const SCREENS = [
  { name: "320×568 phone", width: 320, height: 568, mobile: true },
  { name: "360×780 phone", width: 360, height: 780, mobile: true },
  { name: "390×844 phone", width: 390, height: 844, mobile: true },
  { name: "1280×800 desktop", width: 1280, height: 800, mobile: false },
];

interface Bars {
  top: number;
  nav: number;
  smallest: string;
}

// A string, so tsx wraps nothing in a __name() the page lacks.
const MEASURE_BARS = `(() => {
  const h = (s) => Math.round(document.querySelector(s)?.getBoundingClientRect().height ?? 0);
  const sizes = [...document.querySelectorAll(".top-bar a")].map((a) => {
    const r = a.getBoundingClientRect();
    return { w: Math.round(r.width), h: Math.round(r.height) };
  });
  const least = sizes.reduce((m, s) => (s.w * s.h < m.w * m.h ? s : m), sizes[0] ?? { w: 0, h: 0 });
  return { top: h(".top-bar"), nav: h(".main-nav"), smallest: least.w + "×" + least.h };
})()`;

async function measure(browser: Browser, url: string, screen: (typeof SCREENS)[number], text: number) {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: screen.width, height: screen.height },
    isMobile: screen.mobile,
    hasTouch: screen.mobile,
  });
  const page = await context.newPage();
  await page.goto("/");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await setBrowserTextSize(page, text);
  let widest = { path: "", width: 0 };
  let bars: Bars = { top: 0, nav: 0, smallest: "" };
  for (const path of PATHS) {
    await page.goto(path);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    // A lazy screen's own words, not only the shell, before measuring.
    await page.locator("main h1").first().waitFor();
    await settle(page);
    const width = await pageWidth(page);
    if (width > widest.width) widest = { path, width };
    if (path === "/") bars = (await page.evaluate(MEASURE_BARS)) as Bars;
  }
  await context.close();
  const sideways = widest.width > screen.width ? `scrolls sideways on ${widest.path}` : "no sideways scroll";
  return `${screen.name}, ${text} % text: widest page ${widest.width} px on a ${screen.width} px screen (${sideways}); top bar ${bars.top} px, nav ${bars.nav} px (at the foot, or beside on a wide screen), smallest top-bar control ${bars.smallest} px`;
}

export async function benchReach(): Promise<void> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    for (const screen of SCREENS) {
      for (const text of [100, 200]) console.info(`  ${await measure(browser, server.url, screen, text)}`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchReach();
