import { expect, test } from "../support/fixtures.ts";

test("a glimmer in two taps, in the jar, and one from before", async ({ app: page }) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Glimmers" }).click();
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText(/Write a word or two about the moment/)).toBeVisible();

  await page.getByLabel("A small good moment").fill("The neighbour's lamp in the fog");
  await page.getByRole("button", { name: "See", exact: true }).click();
  await expect(page.getByRole("button", { name: "See", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();
  const note = page.getByRole("listitem").filter({ hasText: "The neighbour's lamp in the fog" });
  await expect(note).toBeVisible();

  await page.getByRole("button", { name: "Show a glimmer from before" }).click();
  await expect(page.locator(".glimmer-before")).toContainText("The neighbour's lamp in the fog");

  await note.getByRole("button", { name: /Delete/ }).click();
  await expect(page.getByText("Glimmer taken out of the jar.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(note).toBeVisible();
});

test("an old script rewritten as a new refrain shows on Today when chosen", async ({ app: page }) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Refrains" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Old scripts, new refrains");
  await page.getByLabel("The old rule").fill("Don't burden anyone");
  await page.getByLabel("What it once protected (optional)").fill("It kept me out of trouble at home");
  await page.getByRole("button", { name: "Save refrain" }).click();
  // The refrain itself is required; what was typed stays.
  await expect(page.getByLabel("Your new refrain")).toBeFocused();
  await expect(page.getByLabel("The old rule")).toHaveValue("Don't burden anyone");
  await page.getByLabel("Your new refrain").fill("My needs are allowed to take up space");
  await page.getByRole("button", { name: "Save refrain" }).click();

  const item = page.getByRole("listitem").filter({ hasText: "My needs are allowed to take up space" });
  await item.getByRole("button", { name: "Show on Today" }).click();
  await expect(item.getByRole("button", { name: "Show on Today" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Today" }).click();
  await expect(page.getByRole("region", { name: "Your refrains" })).toContainText(
    "My needs are allowed to take up space",
  );
});
