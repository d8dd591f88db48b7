import { expect, SCREENS, test } from "../support/fixtures.ts";

/** Every element's computed animation and transition durations, summed; 0 means still. */
async function movingElements(page: import("@playwright/test").Page): Promise<string[]> {
  return page.evaluate(() => {
    const moving: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      const style = getComputedStyle(el);
      const durations = `${style.animationDuration},${style.transitionDuration}`
        .split(",")
        .map((d) => Number.parseFloat(d) || 0);
      if (durations.some((d) => d > 0) && style.animationName !== "none") moving.push(el.tagName);
      else if (Number.parseFloat(style.transitionDuration) > 0) moving.push(el.tagName);
    }
    return [...moving, ...document.getAnimations().map((a) => `animation:${a.constructor.name}`)];
  });
}

test("with reduced motion emulated, nothing on any screen animates", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await movingElements(page), screen.path).toEqual([]);
  }
});

test("the in-app reduced-motion setting stills the app too", async ({ page }) => {
  await page.goto("/settings");
  await page.getByRole("checkbox", { name: "Reduce motion" }).check();
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await movingElements(page), screen.path).toEqual([]);
  }
});
