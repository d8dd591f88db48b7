import { expect, test } from "../support/fixtures.ts";
import { glimmerDaysAgo } from "../support/past.ts";

test("after a gap of three days or more: a plain welcome back, and the return celebrated on the Mosaic", async ({
  app: page,
}) => {
  await expect(page.getByText("Welcome back.")).toHaveCount(0);
  await glimmerDaysAgo(page, 5);
  await page.reload();
  await expect(page.getByText("Welcome back.")).toBeVisible();
  // Nothing about the absence itself.
  await expect(page.getByText(/days? (away|ago|since)|missed|been a while/i)).toHaveCount(0);

  await page.getByRole("radio", { name: "Steady" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  // Saved once the suggestion shows; leaving by a full reload before then could cut the write.
  await expect(page.getByRole("region", { name: "One small step, if you'd like" })).toBeVisible();
  await page.goto("/mosaic");
  await expect(
    page.getByRole("button", { name: /\(today\): a return — welcome back; 1 check-in, steady/ }),
  ).toBeVisible();
});

test("after a gap of two days, no welcome-back note", async ({ app: page }) => {
  await glimmerDaysAgo(page, 2);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  await expect(page.locator("main")).toContainText("small step");
  await expect(page.getByText("Welcome back.")).toHaveCount(0);
});
