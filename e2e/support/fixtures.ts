import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { type RunningServer, startServer } from "./server.ts";

/**
 * A real server per worker; tests that need to stop it start their own with startServer(). Tests
 * that read what everyone shares (the stories feed, the moderation queue) take `ownServer`, a
 * fresh one of their own, so what other tests on the worker published never shows up there.
 */
export const test = base.extend<{ app: Page; ownServer: RunningServer }, { server: RunningServer }>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.stop();
    },
    { scope: "worker" },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature needs the object.
  ownServer: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  // Navigations wait for the running app (see waitForAppOnNavigation below).
  page: async ({ page }, use) => {
    await use(waitForAppOnNavigation(page));
  },
  app: async ({ page }, use) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await use(page);
  },
});

export { expect };

/**
 * Pre-rendered pages show their words before the app's code runs; a person may tap then, but a
 * test acting that early would race the code. After this, goto and reload wait for the running
 * app. The `page` fixture has it; pages a test opens itself (a second device) call it.
 */
export function waitForAppOnNavigation(page: Page): Page {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  const ready = () => page.locator("html[data-ready]").waitFor({ state: "attached" });
  page.goto = async (...args) => {
    const response = await goto(...args);
    if (/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(page.url())) await ready();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload(...args);
    await ready();
    return response;
  };
  return page;
}

/** The screens in the main navigation: link name, path, and the h1 each shows. */
export const SCREENS = [
  { link: "Today", path: "/", heading: /today/i },
  { link: "Steps", path: "/steps", heading: /steps/i },
  { link: "Journal", path: "/journal", heading: /journal/i },
  { link: "Glimmers", path: "/glimmers", heading: /glimmers/i },
  { link: "Refrains", path: "/refrains", heading: /refrains/i },
  { link: "Mosaic", path: "/mosaic", heading: /mosaic/i },
] as const;

/** Runs axe over the whole page; every rule axe has, not only a subset. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
  expect(summary, `axe on ${context}`).toEqual([]);
}

/**
 * axe in both themes, ending in light. The theme is switched in place (as Settings does), so what
 * is on screen (an open form, a nudge, a problem shown) is checked as it stands; with reduced
 * motion no colour is caught mid-transition.
 */
export async function expectNoAxeViolationsInBothThemes(page: Page, what: string): Promise<void> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    await expectNoAxeViolations(page, `${what} (${theme})`);
  }
  await setTheme(page, "light");
  await page.evaluate(() => {
    document.documentElement.dataset.theme = "light";
  });
}

export async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.evaluate((t) => {
    const key = "small-steps:settings";
    const current = JSON.parse(localStorage.getItem(key) ?? "{}");
    localStorage.setItem(key, JSON.stringify({ ...current, theme: t }));
  }, theme);
}

/** Waits until the service worker controls the page, so the app shell is cached. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }),
      );
    }
  });
}
