import { expect, expectNoAxeViolations, SCREENS, setTheme, test } from "../support/fixtures.ts";

/**
 * A first-time person's day: a check-in, a step, a one-word entry, a sketch, a glimmer and a
 * refrain; all of it on the Mosaic, the word found by search, and everything still there
 * after a reload.
 */
test("a first day with Small Steps, end to end", async ({ app: page }) => {
  // A whole day of use, then axe on every screen in two themes: long by design.
  test.setTimeout(180_000);
  const nav = page.getByRole("navigation", { name: "Main" });

  // Check-in, body first.
  await page
    .getByRole("group", { name: /^Warmth/ })
    .getByRole("button", { name: "Not now" })
    .click();
  await page.getByRole("checkbox", { name: "Tender" }).check();
  await page.getByRole("radio", { name: "Steady" }).check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByRole("region", { name: "One small step, if you'd like" })).toBeVisible();

  // A small step, one tap.
  await nav.getByRole("link", { name: "Steps" }).click();
  await page.getByRole("button", { name: "Log this step: Open the curtains" }).click();
  await expect(
    page.getByRole("region", { name: "This week" }).getByText("1 small step this week"),
  ).toBeVisible();

  // One word is a whole entry.
  await nav.getByRole("link", { name: "Journal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  await page.getByLabel("A word, a line, or more").fill("Lighter");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.locator("#journal-write-message")).toHaveText("Saved. Your entry is in the list below.");
  await expect(page.getByTestId("journal-entry").filter({ hasText: "Lighter" })).toBeVisible();

  // A sketch is an entry too.
  await page.getByRole("button", { name: "Draw a sketch" }).click();
  await page.getByRole("radio", { name: "Sea blue" }).check();
  const canvas = page.getByRole("img", { name: /Drawing canvas/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("canvas has no box");
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++)
    await page.mouse.move(box.x + box.width * (0.2 + i * 0.06), box.y + box.height * (0.3 + (i % 3) * 0.1));
  await page.mouse.up();
  await page.getByRole("button", { name: "Save sketch" }).click();
  const sketch = page.getByRole("img", { name: /^Sketch from/ }).first();
  await expect(sketch).toBeVisible();
  const src = await sketch.getAttribute("src");
  expect(src).toMatch(/^data:image\/(webp|png);base64,/);

  // A glimmer and a refrain.
  await nav.getByRole("link", { name: "Glimmers" }).click();
  await page.getByLabel("A small good moment").fill("Sun on the bus window");
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();
  await nav.getByRole("link", { name: "Refrains" }).click();
  await page.getByLabel("The old rule").fill("Don't let them see you struggle");
  await page.getByLabel("Your new refrain").fill("I can let safe people see me");
  await page.getByRole("button", { name: "Save refrain" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "I can let safe people see me" })).toBeVisible();

  // All of it on today's tile.
  await nav.getByRole("link", { name: "Mosaic" }).click();
  const tile = page.getByRole("button", {
    name: /\(today\): 1 check-in, steady; 1 small step; 1 glimmer; 2 journal entries/,
  });
  await expect(tile).toBeVisible();
  await tile.click();
  await expect(page.getByText("Sun on the bus window")).toBeVisible();
  await expect(page.getByText("Lighter")).toBeVisible();

  // Search finds the one-word entry.
  await nav.getByRole("link", { name: "Journal" }).click();
  await page.getByLabel("Search your journal").fill("light");
  await expect(page.getByTestId("search-result")).toHaveCount(1);
  await expect(page.getByTestId("search-result").locator("mark")).toHaveText(/light/i);

  // A reload keeps everything.
  await page.reload();
  await expect(page.getByTestId("journal-entry").filter({ hasText: "Lighter" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Sketch from/ })).toHaveCount(1);
  await page.goto("/glimmers");
  await expect(page.getByRole("listitem").filter({ hasText: "Sun on the bus window" })).toBeVisible();
  await page.goto("/refrains");
  await expect(page.getByRole("listitem").filter({ hasText: "I can let safe people see me" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Earlier today" }).getByText(/Steady/i)).toBeVisible();

  // With real content on every screen, axe still finds nothing, light or dark.
  const dayView = `/mosaic/day/${await page.evaluate(() => new Date().toLocaleDateString("sv"))}`;
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    for (const path of [...SCREENS.map((s) => s.path), dayView, "/mosaic?view=year"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page, `${path} with content (${theme})`);
    }
  }
});

test("journal: empty saves are kindly refused, prompts rotate, entries are edited and deleted with undo", async ({
  app: page,
}) => {
  await page.goto("/journal");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByText(/There's nothing to save yet. A single word is enough/)).toBeVisible();

  await page.getByRole("button", { name: "Try a prompt" }).click();
  const first = await page.locator("#journal-prompt").textContent();
  await page.getByRole("button", { name: "Another prompt" }).click();
  await expect(page.locator("#journal-prompt")).not.toHaveText(first ?? "");
  const prompt = (await page.locator("#journal-prompt").textContent()) ?? "";
  await page.getByLabel("A word, a line, or more").fill("Tea with my sister");
  await page.getByText("Tags and check-in").click();
  await page.getByLabel("Tags (optional)").fill("Family, #family, calm");
  await page.getByRole("button", { name: "Save entry" }).click();

  const entry = page.getByTestId("journal-entry").filter({ hasText: "Tea with my sister" });
  await expect(entry).toContainText(prompt.trim());
  await expect(entry.getByRole("link", { name: /^Show entries tagged/ })).toHaveCount(2);

  await entry.getByRole("button", { name: /^Edit/ }).click();
  await page.getByLabel("Entry text").fill("Tea with my sister, and a walk");
  await page.getByRole("button", { name: "Save changes" }).click();
  const edited = page.getByTestId("journal-entry").filter({ hasText: "Tea with my sister, and a walk" });
  await expect(edited).toBeVisible();

  await edited.getByRole("button", { name: /^Delete/ }).click();
  await expect(page.getByText("Entry deleted.")).toBeVisible();
  await expect(edited).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(edited).toBeVisible();

  // Search keeps up with edits and deletes.
  await page.getByLabel("Search your journal").fill("walk");
  await expect(page.getByTestId("search-result")).toHaveCount(1);
});
