import { expect, expectNoAxeViolations, SCREENS, setTheme, test } from "../support/fixtures.ts";

test.describe("app shell", () => {
  test("a Main navigation leads to every screen, each with exactly one h1", async ({ app: page }) => {
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeVisible();
    for (const screen of SCREENS) {
      await nav.getByRole("link", { name: screen.link, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${screen.path === "/" ? "/$" : screen.path}`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(screen.heading);
      await expect(nav.getByRole("link", { name: screen.link, exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
    }
  });

  test("the navigation works by keyboard alone", async ({ app: page }) => {
    const nav = page.getByRole("navigation", { name: "Main" });
    const target = nav.getByRole("link", { name: "Glimmers", exact: true });
    // Tab until the Glimmers link has focus, then follow it with Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await target.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(target).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/glimmers/i);
  });

  test("deep links open directly (the server falls back to the app)", async ({ page }) => {
    await page.goto("/refrains");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/refrains/i);
    await page.goto("/no-such-page");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not here/i);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds nothing on any screen (${theme})`, async ({ app: page }) => {
      await setTheme(page, theme);
      for (const screen of [
        ...SCREENS,
        { path: "/settings", link: "Settings" },
        { path: "/more", link: "More" },
      ]) {
        await page.goto(screen.path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await page.waitForLoadState("networkidle");
        await expectNoAxeViolations(page, `${screen.path} (${theme})`);
      }
    });
  }
});

test.describe("settings", () => {
  test("theme, text size and reduced motion apply at once and survive a reload", async ({ app: page }) => {
    await page.getByRole("banner").getByRole("link", { name: "More" }).click();
    await page.getByRole("link", { name: /^Settings/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

    await page.getByRole("radio", { name: "Dark" }).check();
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe("rgb(28, 31, 38)");

    const rootSize = () =>
      page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await rootSize();
    await page.getByRole("radio", { name: "Largest" }).check();
    expect(await rootSize()).toBeGreaterThan(before);

    await page.getByRole("checkbox", { name: "Reduce motion" }).check();
    await page.reload();
    expect(await bg()).toBe("rgb(28, 31, 38)");
    await expect(page.getByRole("radio", { name: "Largest" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Reduce motion" })).toBeChecked();
    await expect(page.locator("html")).toHaveAttribute("data-motion", "reduce");
  });

  test("the system theme follows the device", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      "rgb(28, 31, 38)",
    );
    await page.emulateMedia({ colorScheme: "light" });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      "rgb(251, 248, 243)",
    );
  });

  test("the app says plainly who can read what", async ({ page }) => {
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "Who can read what" })).toBeVisible();
    await expect(
      page.getByText(/nobody else can read it, including the people who make Small Steps/),
    ).toBeVisible();
  });
});
