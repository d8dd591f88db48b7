import { readFileSync } from "node:fs";
import { pdfText } from "../../apps/web/src/pdf/pdfText.testing.ts";
import { expect, test } from "../support/fixtures.ts";

test("a safety plan written, viewed, printed and saved as a PDF made on the device", async ({ page }) => {
  await page.goto("/safety-plan");
  await expect(page.getByRole("heading", { level: 1, name: "My safety plan" })).toBeVisible();
  await page.getByRole("button", { name: "Start my plan" }).click();
  await page.getByRole("textbox", { name: "Warning signs, line 1" }).fill("I stop answering messages");
  await page.getByRole("textbox", { name: "People I can ask for help, line 1" }).fill("Sam, my neighbour");
  await page
    .getByRole("textbox", { name: "People I can ask for help, phone for line 1" })
    .fill("07700 900123");
  await page.getByRole("textbox", { name: "My reasons for living, line 1" }).fill("Pepper, my cat");
  await page.getByRole("button", { name: "Save my plan" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Your plan is saved on this device." }),
  ).toBeVisible();

  await expect(page.getByRole("link", { name: "Call Sam, my neighbour on 07700 900123" })).toHaveAttribute(
    "href",
    "tel:07700900123",
  );
  for (const heading of [
    "Warning signs",
    "Things I can do on my own",
    "People and places that take my mind off things",
    "People I can ask for help",
    "Professionals and services",
    "Making my surroundings safer",
    "My reasons for living",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  // Printing shows the plan without the app around it.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByText("Pepper, my cat")).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("my-safety-plan.pdf");
  const bytes = readFileSync((await download.path()) as string);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdfText(bytes);
  for (const words of [
    "My safety plan",
    "I stop answering messages",
    "Sam, my neighbour",
    "07700 900123",
    "Pepper, my cat",
  ]) {
    expect(text).toContain(words);
  }

  // The plan's people come first among the crisis lines.
  await page.goto("/crisis-lines");
  await expect(page.getByRole("link", { name: "Call Sam, my neighbour on 07700 900123" })).toBeVisible();
});

test("crisis lines: the country from the browser, an override, and the emergency number always", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/crisis-lines");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.getByRole("link", { name: /Call Samaritans on 116 123/ })).toHaveAttribute(
    "href",
    /^tel:116\s?123$/,
  );
  await expect(page.getByRole("heading", { name: "In immediate danger, call 999" })).toBeVisible();
  await expect(page.getByText(/Checked on November 21, 2026/)).toBeVisible();

  await page.getByLabel("Country").selectOption("US");
  await expect(page.getByRole("link", { name: "Call 988 Suicide & Crisis Lifeline on 988" })).toHaveAttribute(
    "href",
    "tel:988",
  );
  await expect(page.getByRole("link", { name: "Text 988" })).toHaveAttribute("href", /^sms:988/);
  await expect(page.getByRole("heading", { name: "In immediate danger, call 911" })).toBeVisible();
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(page.getByLabel("Country")).toHaveValue("US");
  await context.close();
});

test("reach out: a trusted person with their pre-written message, one tap to call or text", async ({
  page,
}) => {
  await page.goto("/sos/reach-out");
  await expect(page.getByRole("heading", { level: 1, name: "Reach out" })).toBeVisible();
  await page.getByLabel("Name").fill("Alex");
  await page.getByLabel("Phone number (optional)").fill("07700 900456");
  await expect(page.getByLabel("Message (optional)")).toHaveValue("Rough day. Felt small again.");
  await page.getByRole("button", { name: "Add this person" }).click();
  await expect(page.getByRole("link", { name: "Call Alex" })).toHaveAttribute("href", /^tel:07700\s?900456$/);
  await expect(page.getByRole("link", { name: "Text Alex" })).toHaveAttribute(
    "href",
    /^sms:07700\s?900456\?&body=Rough%20day\.%20Felt%20small%20again\.$/,
  );
  await page.getByRole("button", { name: "Remove Alex" }).click();
  await expect(page.getByText("Alex removed.")).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("link", { name: "Call Alex" })).toBeVisible();
});
