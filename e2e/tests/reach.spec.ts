import type { Browser, Page } from "@playwright/test";
import { expect, test, waitForAppOnNavigation } from "../support/fixtures.ts";
import { signedUpPerson } from "../support/people.ts";
import {
  arrival,
  helpOutOfReach,
  rootFontSize,
  type Screen,
  scrollToEnd,
  setBrowserTextSize,
  settle,
  stretchedBars,
} from "../support/person.ts";

/**
 * Issue 13: "I'm struggling" and Quick exit within reach on every screen, at the sizes people
 * use, after arriving the way a person arrives (a tap on the nav, on More, on "I'm struggling")
 * and after scrolling to the end; and no screen wider than the phone. Every problem on every
 * screen is collected, so one run lists them all.
 */

// A tap that cannot land (something covers the link) is reported, not retried for minutes.
test.use({ actionTimeout: 10_000 });

interface Device extends Screen {
  name: string;
  mobile: boolean;
}

const SMALL_PHONE: Device = { name: "320 phone (short)", width: 320, height: 568, mobile: true };
const PHONE: Device = { name: "390 phone", width: 390, height: 844, mobile: true };
const DESKTOP: Device = { name: "desktop", width: 1280, height: 800, mobile: false };
const DEVICES: Device[] = [
  SMALL_PHONE,
  { name: "360 phone", width: 360, height: 780, mobile: true },
  PHONE,
  DESKTOP,
  // 1280 × 800 at 200 % browser zoom: the same CSS pixels a zoomed desktop lays out.
  { name: "desktop at 200 % zoom", width: 640, height: 400, mobile: false },
];

const banner = (page: Page) => page.getByRole("banner");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

type Arrive = (page: Page) => Promise<void>;

const byNav =
  (name: string): Arrive =>
  (page) =>
    mainNav(page).getByRole("link", { name, exact: true }).click();

const byMore =
  (name: RegExp): Arrive =>
  async (page) => {
    await banner(page).getByRole("link", { name: "More" }).click();
    await expect(h1(page)).toHaveText("More");
    await page.getByRole("main").getByRole("link", { name }).click();
  };

const bySos =
  (name: RegExp): Arrive =>
  async (page) => {
    await banner(page)
      .getByRole("link", { name: /struggling/i })
      .click();
    await expect(h1(page)).toHaveText("Take a moment");
    await page.getByRole("main").getByRole("link", { name }).first().click();
  };

interface Visit {
  path: string;
  heading: RegExp;
  arrive: Arrive;
}

const VISITS: Visit[] = [
  { path: "/steps", heading: /steps/i, arrive: byNav("Steps") },
  { path: "/journal", heading: /journal/i, arrive: byNav("Journal") },
  { path: "/glimmers", heading: /glimmers/i, arrive: byNav("Glimmers") },
  { path: "/refrains", heading: /refrains/i, arrive: byNav("Refrains") },
  { path: "/mosaic", heading: /mosaic/i, arrive: byNav("Mosaic") },
  { path: "/", heading: /today/i, arrive: byNav("Today") },
  {
    path: "/more",
    heading: /^More$/,
    arrive: (page) => banner(page).getByRole("link", { name: "More" }).click(),
  },
  { path: "/circle", heading: /circle/i, arrive: byMore(/^Your circle/) },
  { path: "/stories", heading: /stories/i, arrive: byMore(/^Stories/) },
  { path: "/insights", heading: /helps/i, arrive: byMore(/^What helps/) },
  { path: "/measures", heading: /measures/i, arrive: byMore(/^Self-measures/) },
  { path: "/therapy", heading: /therapy/i, arrive: byMore(/^Therapy companion/) },
  { path: "/your-data", heading: /your data/i, arrive: byMore(/^Your data/) },
  { path: "/account", heading: /account/i, arrive: byMore(/^Account and sync/) },
  { path: "/settings", heading: /settings/i, arrive: byMore(/^Settings/) },
  {
    path: "/settings/lock",
    heading: /lock/i,
    arrive: async (page) => {
      await byMore(/^Settings/)(page);
      await page
        .getByRole("main")
        .getByRole("link", { name: /^App lock/ })
        .click();
    },
  },
  {
    path: "/sos",
    heading: /take a moment/i,
    arrive: (page) =>
      banner(page)
        .getByRole("link", { name: /struggling/i })
        .click(),
  },
  { path: "/sos/breathe", heading: /./, arrive: bySos(/^Pause and breathe/) },
  { path: "/sos/senses", heading: /./, arrive: bySos(/^5-4-3-2-1 senses/) },
  { path: "/sos/shape", heading: /./, arrive: bySos(/^Notice the shape/) },
  { path: "/sos/warmth", heading: /./, arrive: bySos(/^Warmth/) },
  { path: "/sos/refrains", heading: /./, arrive: bySos(/^My refrains/) },
  { path: "/sos/reach-out", heading: /./, arrive: bySos(/^Reach out/) },
  { path: "/safety-plan", heading: /safety plan/i, arrive: bySos(/^My safety plan/) },
  { path: "/crisis-lines", heading: /crisis lines/i, arrive: bySos(/^Crisis lines/) },
];

async function openOn(browser: Browser, baseURL: string, device: Device, textPercent: number) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: device.width, height: device.height },
    isMobile: device.mobile,
    hasTouch: device.mobile,
    deviceScaleFactor: device.mobile ? 2 : 1,
  });
  // The neutral page Quick exit leads to is answered here, never the real site.
  await context.route("https://duckduckgo.com/**", (route) => route.fulfill({ body: "weather" }));
  const page = waitForAppOnNavigation(await context.newPage());
  await page.goto("/");
  const normal = await rootFontSize(page);
  if (textPercent !== 100) {
    const larger = await setBrowserTextSize(page, textPercent);
    // The setting must really reach the app's rem, or this test would prove nothing.
    expect(larger).toBeCloseTo((normal * textPercent) / 100, 0);
  }
  return { context, page };
}

/** Everything that keeps help out of reach on the screen as it is now, and at its very end. */
async function lookAt(page: Page, device: Device, where: string): Promise<string[]> {
  const problems = (await helpOutOfReach(page, device)).map((p) => `${where}: ${p}`);
  await scrollToEnd(page);
  const atEnd = (await helpOutOfReach(page, device)).map((p) => `${where}, scrolled to the end: ${p}`);
  return [...problems, ...atEnd];
}

for (const device of DEVICES) {
  for (const text of [100, 200]) {
    test(`help stays within reach on every screen: ${device.name}, ${text} % text`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const { context, page } = await openOn(browser, baseURL as string, device, text);
      const problems: string[] = [];

      for (const visit of VISITS) {
        // Arrive from the end of the screen before, as a person who has scrolled down does.
        await scrollToEnd(page);
        const reached = await visit.arrive(page).then(
          () => true,
          (e: Error) => {
            problems.push(`${visit.path}: could not be reached by tapping (${e.message.split("\n")[0]})`);
            return false;
          },
        );
        // A way in that fails is one problem: the rest of the screens are still looked at.
        if (!reached) await page.goto(visit.path);
        await expect(page).toHaveURL((u) => u.pathname === visit.path);
        await expect(h1(page)).toHaveText(visit.heading);
        await settle(page);
        const landed = await arrival(page);
        if (!landed.onHeading) problems.push(`${visit.path}: focus is on ${landed.focus}, not the heading`);
        if (landed.scrollY !== 0)
          problems.push(`${visit.path}: arrives scrolled down by ${landed.scrollY} px`);
        problems.push(...(await lookAt(page, device, visit.path)));
      }

      // The account's two forms are views inside /account.
      for (const [button, heading] of [
        ["Create an account", "Create an account"],
        ["Sign in", "Sign in"],
      ] as const) {
        await byMore(/^Account and sync/)(page);
        await page.getByRole("main").getByRole("button", { name: button, exact: true }).click();
        await expect(h1(page)).toHaveText(heading);
        await settle(page);
        problems.push(...(await lookAt(page, device, `/account (${heading})`)));
      }

      // A page that is not there: typed or followed from an old link.
      await page.goto("/no-such-page");
      await expect(h1(page)).toHaveText(/not here/i);
      problems.push(...(await lookAt(page, device, "404")));

      // Text really was the size this test says (a reload keeps the browser's setting).
      expect(await rootFontSize(page)).toBeGreaterThanOrEqual(text === 200 ? 30 : 15);
      await context.close();
      expect(problems).toEqual([]);
    });
  }
}

test("on short screens the bars keep their natural height (no empty bands)", async ({ browser, baseURL }) => {
  const problems: string[] = [];
  for (const device of [PHONE, DESKTOP]) {
    const { context, page } = await openOn(browser, baseURL as string, device, 100);
    for (const path of ["/no-such-page", "/sos/refrains", "/sos/shape"]) {
      await page.goto(path);
      await expect(h1(page)).toBeVisible();
      await settle(page);
      problems.push(...(await stretchedBars(page)).map((p) => `${device.name} ${path}: ${p}`));
    }
    await context.close();
  }
  expect(problems).toEqual([]);
});

test("a field being typed in is never hidden under the top bar or the nav", async ({ browser, baseURL }) => {
  const problems: string[] = [];
  for (const [device, text] of [
    [SMALL_PHONE, 200],
    [PHONE, 100],
  ] as const) {
    const { context, page } = await openOn(browser, baseURL as string, device, text);
    await page.goto("/safety-plan");
    await expect(h1(page)).toBeVisible();
    await page.getByRole("main").focus();
    // Tab down through the plan and back up, as a keyboard user does; the browser scrolls each
    // field into view, and going back up is where the top bar could hide one.
    for (const key of [...Array(30).fill("Tab"), ...Array(30).fill("Shift+Tab")]) {
      await page.keyboard.press(key);
      const seen = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest("main")) return null;
        const r = el.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 20);
        // Its top edge, and the lowest part of it the screen can show.
        const ys = [r.top + 4, Math.min(r.bottom, window.innerHeight) - 4];
        const covered = ys
          .map((y) => document.elementFromPoint(x, y))
          .find((hit) => !hit || !el.contains(hit));
        return covered === undefined
          ? null
          : `${el.tagName.toLowerCase()} "${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? ""}" is under ${covered ? (covered.closest("header, nav")?.tagName.toLowerCase() ?? covered.tagName.toLowerCase()) : "the edge"}`;
      });
      if (seen) problems.push(`${device.name} ${text} %, ${key}: ${seen}`);
    }
    await context.close();
  }
  expect(problems).toEqual([]);
});

test("the signed-in Account page fits a 360 px phone, at normal and 200 % text", async ({
  browser,
  ownServer,
}) => {
  test.setTimeout(90_000);
  // A server of its own: sign-ups are limited per address, and the worker's server has others.
  const person = await signedUpPerson(browser, ownServer.url, "a heron by the lock gates");
  const page = person.page;
  const phone = { width: 360, height: 780 };
  await page.setViewportSize(phone);
  const problems = (await helpOutOfReach(page, phone)).map((p) => `signed in: ${p}`);
  await setBrowserTextSize(page, 200);
  await settle(page);
  problems.push(...(await helpOutOfReach(page, phone)).map((p) => `signed in, 200 % text: ${p}`));
  await scrollToEnd(page);
  problems.push(...(await helpOutOfReach(page, phone)).map((p) => `signed in, 200 % text, at the end: ${p}`));
  await person.context.close();
  expect(problems).toEqual([]);
});
