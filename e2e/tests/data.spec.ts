import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "../support/fixtures.ts";

test("export everything, start on a fresh device, import: everything is back", async ({
  app: page,
  browser,
  baseURL,
}) => {
  // Some of everything.
  await page.getByRole("radio", { name: "Shut down" }).check();
  await page.getByLabel("A note, if you like").fill("Heavy morning");
  await page.getByRole("button", { name: "Save check-in" }).click();
  // Saved once the suggestion shows; leaving by a full reload before then could cut the write.
  await expect(page.getByRole("region", { name: "One small step, if you'd like" })).toBeVisible();
  await page.goto("/journal");
  await page.getByLabel("A word, a line, or more").fill("Enough");
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.locator("#journal-write-message")).toHaveText("Saved. Your entry is in the list below.");
  await page.goto("/glimmers");
  await page.getByLabel("A small good moment").fill("A dog's warm nose");
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();

  await page.goto("/your-data");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export everything" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^small-steps-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(tmpdir(), `export-${Date.now()}.json`);
  await file.saveAs(path);
  const exported = JSON.parse(readFileSync(path, "utf8"));
  expect(exported.format).toBe("small-steps-export");

  // A new device: a fresh browser profile with nothing in it.
  const fresh = await browser.newContext({ baseURL });
  const other = await fresh.newPage();
  await other.goto("/your-data");
  await other.getByLabel("Import from a file").setInputFiles(path);
  await other.getByRole("button", { name: "Import entries" }).click();
  await expect(other.getByText(/^Imported: \d+ added, 0 updated\. Nothing else changed\.$/)).toBeVisible();

  await other.goto("/journal");
  await expect(other.getByTestId("journal-entry").filter({ hasText: "Enough" })).toBeVisible();
  await other.goto("/glimmers");
  await expect(other.getByRole("listitem").filter({ hasText: "A dog's warm nose" })).toBeVisible();
  await other.goto("/");
  await expect(other.getByRole("region", { name: "Earlier today" }).getByText(/Shut down/i)).toBeVisible();

  // The same file again changes nothing.
  await other.goto("/your-data");
  await other.getByLabel("Import from a file").setInputFiles(path);
  await other.getByRole("button", { name: "Import entries" }).click();
  await expect(
    other.getByText("Everything in that file is already here. Nothing was changed."),
  ).toBeVisible();
  await fresh.close();
});

test("a foreign or broken file gets a clear message and changes nothing", async ({ app: page }) => {
  await page.goto("/your-data");
  const foreign = join(tmpdir(), `foreign-${Date.now()}.json`);
  writeFileSync(foreign, JSON.stringify({ entries: [{ mood: "rad" }] }));
  await page.getByLabel("Import from a file").setInputFiles(foreign);
  await expect(page.getByText("That file isn't a Small Steps export. Nothing was changed.")).toBeVisible();

  const broken = join(tmpdir(), `broken-${Date.now()}.json`);
  writeFileSync(broken, "{ not json");
  await page.getByLabel("Import from a file").setInputFiles(broken);
  await expect(page.getByText(/That file couldn't be read as a Small Steps export/)).toBeVisible();

  const badRecords = join(tmpdir(), `bad-${Date.now()}.json`);
  writeFileSync(
    badRecords,
    JSON.stringify({
      format: "small-steps-export",
      version: 1,
      exportedAt: new Date().toISOString(),
      app: "Small Steps",
      records: [{ kind: "glimmer", id: "not-a-uuid" }],
    }),
  );
  await page.getByLabel("Import from a file").setInputFiles(badRecords);
  await expect(
    page.getByText(/Some records in that file couldn't be read, so nothing was imported/),
  ).toBeVisible();

  await page.goto("/glimmers");
  await expect(page.getByText(/Nothing in the jar yet|jar/i).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Delete/ })).toHaveCount(0);
});
