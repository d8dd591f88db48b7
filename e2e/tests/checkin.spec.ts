import { expect, test } from "../support/fixtures.ts";

test.describe("Today: what do I need right now?", () => {
  test("a check-in, body first, ends with one small suggestion that can be logged", async ({ app: page }) => {
    await expect(page.getByRole("heading", { name: "What do I need right now?" })).toBeVisible();
    await page
      .getByRole("group", { name: /^Water/ })
      .getByRole("button", { name: "Not now" })
      .click();
    await expect(
      page.getByRole("group", { name: /^Water/ }).getByRole("button", { name: "Not now" }),
    ).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("group", { name: /^Food/ }).getByRole("button", { name: "Done" }).click();
    await page.getByRole("checkbox", { name: "Lonely" }).check();
    await page.getByRole("slider", { name: "Lonely: how strong?" }).fill("7");
    await page.getByRole("radio", { name: "Overwhelmed" }).check();
    await page.getByLabel("A note, if you like").fill("Long day at work");
    await page.getByRole("button", { name: "Save check-in" }).click();

    const suggestion = page.getByRole("region", { name: "One small step, if you'd like" });
    await expect(suggestion).toBeVisible();
    // Water was named but not yet met, so the suggestion answers it.
    const log = suggestion.getByRole("button", { name: /^Log this step: / });
    await expect(log).toHaveCount(1);
    await log.click();
    await expect(suggestion.getByText("Logged. That counts.")).toBeVisible();

    const earlier = page.getByRole("region", { name: "Earlier today" });
    await expect(earlier.getByText(/Overwhelmed/i)).toBeVisible();
    await expect(page.getByText("1 small step this week")).toBeVisible();
  });

  test("a check-in can be edited and deleted, with undo", async ({ app: page }) => {
    await page.getByRole("radio", { name: "Steady" }).check();
    await page.getByRole("button", { name: "Save check-in" }).click();
    const earlier = page.getByRole("region", { name: "Earlier today" });
    await expect(earlier.getByText(/Steady/i)).toBeVisible();

    await earlier
      .getByRole("button", { name: /^Edit check-in from/ })
      .first()
      .click();
    await page.getByRole("radio", { name: "Shut down" }).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(earlier.getByText(/Shut down/i)).toBeVisible();
    await expect(earlier.getByText(/Steady/i)).toHaveCount(0);

    await earlier
      .getByRole("button", { name: /^Delete check-in from/ })
      .first()
      .click();
    await expect(page.getByRole("status").filter({ hasText: "Check-in deleted." })).toBeVisible();
    await expect(page.getByRole("region", { name: "Earlier today" })).toHaveCount(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(page.getByRole("region", { name: "Earlier today" }).getByText(/Shut down/i)).toBeVisible();
  });

  test("a whole check-in by keyboard alone", async ({ app: page }) => {
    const focusBy = async (
      name: string | RegExp,
      role: "button" | "checkbox" | "radio" | "slider" = "button",
    ) => {
      const target = page.getByRole(role, { name }).first();
      for (let i = 0; i < 80; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`could not reach ${String(name)} by Tab`);
    };
    await focusBy("Done");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Done" }).first()).toHaveAttribute("aria-pressed", "true");
    await focusBy("Hopeful", "checkbox");
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: "Hopeful" })).toBeChecked();
    await focusBy("Hopeful: how strong?", "slider");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("slider", { name: "Hopeful: how strong?" })).toHaveAttribute(
      "aria-valuetext",
      "6 out of 10",
    );
    // A radio group is one Tab stop; arrow keys move between (and choose) its options.
    await focusBy("Overwhelmed", "radio");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("radio", { name: "Steady" })).toBeChecked();
    await focusBy("Save check-in");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("region", { name: "One small step, if you'd like" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Earlier today" }).getByText(/Steady/i)).toBeVisible();
  });
});

test.describe("Small steps", () => {
  test("log a step with one tap, undo it, add and archive your own", async ({ app: page }) => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Steps" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Small steps" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^Log this step: / })).toHaveCount(36);

    await page.getByRole("button", { name: "Log this step: Open the curtains" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Logged." })).toBeVisible();
    const week = page.getByRole("region", { name: "This week" });
    await expect(week.getByText("1 small step this week")).toBeVisible();
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(week.getByText("1 small step this week")).toHaveCount(0);

    await page.getByRole("button", { name: "Add step" }).click();
    await expect(page.getByText("A step needs a few words. What would you like to call it?")).toBeVisible();
    await page.getByLabel("What is the step?").fill("Water the plant");
    await page.getByRole("button", { name: "Add step" }).click();
    await expect(page.getByRole("button", { name: "Log this step: Water the plant" })).toBeVisible();

    await page.getByRole("button", { name: "Edit step: Water the plant" }).click();
    await page.getByRole("button", { name: "Archive this step" }).click();
    await expect(page.getByRole("button", { name: "Log this step: Water the plant" })).toHaveCount(0);
    await page.locator("summary", { hasText: "Archived steps" }).click();
    await page.getByRole("button", { name: "Bring back step: Water the plant" }).click();
    await expect(page.getByRole("button", { name: "Log this step: Water the plant" })).toBeVisible();

    // Nothing on this screen counts absences or streaks.
    await expect(page.getByText(/streak|missed/i)).toHaveCount(0);
  });
});
