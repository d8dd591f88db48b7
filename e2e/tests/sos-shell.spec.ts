import { expect, SCREENS, test } from "../support/fixtures.ts";

const SOS_PATHS = [
  "/sos",
  "/sos/breathe",
  "/sos/senses",
  "/sos/shape",
  "/sos/warmth",
  "/sos/refrains",
  "/sos/reach-out",
  "/safety-plan",
  "/crisis-lines",
];

test.beforeEach(async ({ context }) => {
  // The neutral page is answered here, so no test ever reaches out to the real site.
  await context.route("https://duckduckgo.com/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>weather</title><p>Weather this week</p>" }),
  );
});

test("the I'm struggling control is on every screen, in the same place, and opens the SOS flow", async ({
  page,
}) => {
  for (const path of [...SCREENS.map((s) => s.path), "/settings", ...SOS_PATHS]) {
    await page.goto(path);
    // Always in the same place: the top bar (the page's banner), visible without scrolling.
    const control = page.getByRole("banner").getByRole("link", { name: /struggling/i });
    await expect(control, path).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(control, path).toBeInViewport();
  }
  await page.goto("/journal");
  await page.getByRole("link", { name: /struggling/i }).click();
  await expect(page).toHaveURL(/\/sos$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("Alt+Shift+S opens the SOS flow from anywhere", async ({ page }) => {
  await page.goto("/mosaic");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Alt+Shift+KeyS");
  await expect(page).toHaveURL(/\/sos$/);
});

test("before any script runs, the SOS page already says how to breathe, where to call, and where the plan is", async ({
  browser,
  baseURL,
}) => {
  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto("/");
  await page.getByRole("link", { name: /struggling/i }).click();
  await expect(page).toHaveURL(/\/sos$/);
  await expect(page.getByText(/breathe in/i).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /safety plan/i }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /crisis lines/i }).first()).toBeVisible();
  await page.goto("/crisis-lines");
  await expect(page.getByText("988").first()).toBeVisible();
  await expect(page.getByText("116 123").first()).toBeVisible();
  await noScript.close();
});

test("Quick exit leaves at once and Back cannot return to the app", async ({ page, baseURL }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Journal" }).click();
  await nav.getByRole("link", { name: "Glimmers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/glimmers/i);
  await page.getByRole("link", { name: "Quick exit" }).click();
  await expect(page).toHaveURL(/duckduckgo\.com/);
  await page.goBack().catch(() => null);
  expect(page.url().startsWith(baseURL as string)).toBe(false);
  await page.goBack().catch(() => null);
  expect(page.url().startsWith(baseURL as string)).toBe(false);
});

test("Escape three times does the same", async ({ page, baseURL }) => {
  await page.goto("/steps");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mosaic" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(new RegExp(`^${baseURL}`));
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/duckduckgo\.com/);
  await page.goBack().catch(() => null);
  expect(page.url().startsWith(baseURL as string)).toBe(false);
});

test("discreet mode gives every tab a neutral title", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveTitle(/Small Steps/);
  await page.getByRole("checkbox", { name: "Discreet mode" }).check();
  await expect(page).toHaveTitle("Notes");
  await page.goto("/journal");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveTitle("Notes");
});
