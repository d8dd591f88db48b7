import { expect, test } from "../support/fixtures.ts";

test("the Mosaic draws today from its records, every tile named and reachable by keyboard", async ({
  app: page,
}) => {
  // Today: one steady check-in, a step and a glimmer.
  await page.getByRole("radio", { name: "Steady" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await page
    .getByRole("region", { name: "One small step, if you'd like" })
    .getByRole("button", { name: /^Log this step/ })
    .click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glimmers" }).click();
  await page.getByLabel("A small good moment").fill("Warm bread smell");
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mosaic" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your mosaic");
  const today = page.getByRole("button", { name: /\(today\): 1 check-in, steady; 1 small step; 1 glimmer/ });
  await expect(today).toBeVisible();

  // Arrow keys move between days; the tile's name is what a screen reader says.
  await today.focus();
  const todayKey = (await today.getAttribute("data-day")) as string;
  // Today is this person's first day: there is no day before it to move to (issue 13).
  await page.keyboard.press("ArrowLeft");
  await expect(today).toBeFocused();
  await expect(page.locator("button[data-day]")).toHaveCount(1);
  expect(todayKey).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/mosaic\/day\/\d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("heading", { level: 2, name: "Check-ins" })).toBeVisible();
  await expect(page.getByText("Warm bread smell")).toBeVisible();

  await page.goto("/mosaic?view=year");
  await expect(page.getByRole("button", { name: "Year", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.locator("button[data-day]").first()).toBeVisible();
  // No alarm words anywhere on the Mosaic.
  await expect(page.getByText(/missed|streak|broken/i)).toHaveCount(0);
});
