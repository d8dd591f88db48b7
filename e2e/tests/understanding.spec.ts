import { readFileSync } from "node:fs";
import { pdfText } from "../../apps/web/src/pdf/pdfText.testing.ts";
import { expect, test } from "../support/fixtures.ts";

async function journalEntry(page: import("@playwright/test").Page, text: string): Promise<void> {
  await page.getByLabel("A word, a line, or more").fill(text);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByTestId("journal-entry").filter({ hasText: text })).toBeVisible();
}

test("prepare a therapy session and save a PDF with the chosen entries and none of the others", async ({
  page,
}) => {
  await page.goto("/journal");
  await journalEntry(page, "Shared at the bus stop");
  await journalEntry(page, "Private thought about the weekend");
  for (const text of ["Shared at the bus stop", "Private thought about the weekend"]) {
    const mark = page
      .getByTestId("journal-entry")
      .filter({ hasText: text })
      .getByRole("button", { name: /^Bring to my next session/ });
    await mark.click();
    // Pressed once the mark is stored: the full page load below must not cut the write short.
    await expect(mark).toHaveAttribute("aria-pressed", "true");
  }

  await page.goto("/therapy");
  await expect(page.getByRole("heading", { level: 1, name: "Therapy companion" })).toBeVisible();
  await page.getByLabel("A note for my next session").fill("Ask about sleep");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("therapy-note").filter({ hasText: "Ask about sleep" })).toBeVisible();
  await page.getByRole("radio", { name: "I went" }).check();
  await page.getByLabel("One thing to try before next time (optional)").fill("A walk after lunch");
  await page.getByRole("button", { name: "Save session" }).click();
  await expect(page.getByTestId("therapy-session").first()).toContainText("You showed up.");

  await page.getByRole("link", { name: "Prepare for my session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Prepare for my session" })).toBeVisible();
  await page.getByRole("checkbox", { name: /Private thought about the weekend/ }).uncheck();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save as PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("my-session-summary.pdf");
  const bytes = readFileSync((await download.path()) as string);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = pdfText(bytes);
  expect(text).toContain("Shared at the bus stop");
  expect(text).toContain("Ask about sleep");
  expect(text).toContain("A walk after lunch");
  expect(text).not.toContain("Private thought");
});

test("export JSON, delete everything on this device, import it back: everything returns", async ({
  page,
}) => {
  await page.goto("/journal");
  await journalEntry(page, "Still here");
  await page.goto("/glimmers");
  await page.getByLabel("A small good moment").fill("Warm socks");
  await page.getByRole("button", { name: "Save glimmer" }).click();
  await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();

  await page.goto("/your-data");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export everything" }).click(),
  ]);
  const path = (await download.path()) as string;

  await page.getByRole("button", { name: "Delete everything…" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("Everything is gone from this device.")).toBeVisible();
  await page.goto("/journal");
  await expect(page.getByTestId("journal-entry")).toHaveCount(0);
  await page.getByLabel("Search your journal").fill("still");
  await expect(page.getByTestId("search-result")).toHaveCount(0);

  await page.goto("/your-data");
  await page.getByLabel("Import from a file").setInputFiles(path);
  await page.getByRole("button", { name: "Import entries" }).click();
  await expect(page.getByText(/^Imported: \d+ added/)).toBeVisible();
  await page.goto("/journal");
  await expect(page.getByTestId("journal-entry").filter({ hasText: "Still here" })).toBeVisible();
  await page.goto("/glimmers");
  await expect(page.getByRole("listitem").filter({ hasText: "Warm socks" })).toBeVisible();
});

test("a Daylio CSV export becomes check-ins, steps and journal entries; other formats save what was chosen", async ({
  page,
}) => {
  const csv = [
    "full_date,date,weekday,time,mood,activities,note_title,note",
    '2026-11-20,November 20,Friday,9:05 pm,good,"friends | reading",Quiet evening,Called my sister.',
    "2026-11-19,November 19,Thursday,08:10,awful,work,,",
    "2026-11-18,November 18,Wednesday,7:30 am,meh,reading,,",
  ].join("\n");
  await page.goto("/your-data");
  await page.getByLabel("Choose a Daylio CSV file").setInputFiles({
    name: "daylio_export.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await expect(
    page.getByText(/3 check-ins, 3 new steps, 4 step logs, and 1 journal entry from Daylio/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Import from Daylio" }).click();
  await expect(page.getByText(/^Imported from Daylio/)).toBeVisible();

  await page.goto("/journal");
  await expect(page.getByTestId("journal-entry").filter({ hasText: "Called my sister." })).toBeVisible();
  await page.goto("/steps");
  await expect(page.getByRole("button", { name: "Log this step: reading" })).toBeVisible();

  await page.goto("/your-data");
  await page.getByRole("radio", { name: "Markdown" }).check();
  const [md] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save the Markdown file" }).click(),
  ]);
  const markdown = readFileSync((await md.path()) as string, "utf8");
  expect(markdown).toContain("Called my sister.");
  expect(markdown).toContain("Daylio mood: awful");

  await page.getByRole("checkbox", { name: "Check-ins" }).uncheck();
  await page.getByRole("radio", { name: "CSV" }).check();
  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save the CSV file" }).click(),
  ]);
  const table = readFileSync((await csvFile.path()) as string, "utf8");
  expect(table.split("\n")[0]).toContain("kind,date,time,text,details,tags");
  expect(table).toContain("Called my sister.");
  expect(table).not.toContain("Daylio mood");
});

test("self-measures are off until turned on; a PHQ-9 item 9 answer above 0 brings the safety plan and crisis lines at once", async ({
  page,
}) => {
  await page.goto("/measures");
  await expect(page.getByRole("heading", { level: 1, name: "Self-measures" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Answer now (PHQ-9)" })).toHaveCount(0);
  await page.getByRole("button", { name: "Turn on self-measures" }).click();
  await page.getByRole("link", { name: "Answer now (PHQ-9)" }).click();
  await expect(page.getByRole("button", { name: "Save answers" })).toBeVisible();

  const groups = page.getByRole("group", { name: /^\d\. / });
  await expect(groups).toHaveCount(9);
  for (let i = 0; i < 8; i++)
    await groups.nth(i).getByRole("radio", { name: "More than half the days" }).check();
  await expect(page.getByRole("status").filter({ hasText: "Thank you for answering honestly" })).toHaveCount(
    0,
  );
  await page
    .getByRole("group", { name: /Thoughts that you would be better off dead/ })
    .getByRole("radio", { name: "Several days" })
    .check();
  // At once, before saving, and gently: the way to the safety plan and the crisis lines.
  const care = page.getByRole("status").filter({ hasText: "Thank you for answering honestly" });
  await expect(care).toBeVisible();
  await expect(care.getByRole("link", { name: "My safety plan" })).toHaveAttribute("href", "/safety-plan");
  await expect(care.getByRole("link", { name: "Crisis lines" })).toHaveAttribute("href", "/crisis-lines");

  await page.getByRole("button", { name: "Save answers" }).click();
  await expect(page.locator(".measure-result-total")).toHaveText("Your total is 17 out of 27.");
  await expect(page.getByText(/“moderately severe”/)).toBeVisible();
  // The result keeps the way to help in view.
  await expect(page.getByText(/Thank you for answering honestly/)).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: "Crisis lines" })).toBeVisible();
});

test("what helps: plain counts from the person's own days, never a score", async ({ page }) => {
  await page.goto("/insights");
  await expect(page.getByRole("heading", { name: "Patterns take a little time" })).toBeVisible();

  // Forty days: a short walk on every other day; steady check-ins on most walking days.
  await page.evaluate(async () => {
    const walk = "05a31ede-625a-58a8-9a60-ea94e25ecaa0";
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open("small-steps");
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(["checkins", "stepLogs"], "readwrite");
    for (let n = 1; n <= 40; n++) {
      const at = new Date();
      at.setDate(at.getDate() - n);
      at.setHours(19, 0, 0, 0);
      const day = at.toLocaleDateString("sv");
      const base = {
        schemaVersion: 1,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        deviceId: "e2e",
        deleted: false,
      };
      const walked = n % 2 === 0;
      tx.objectStore("checkins").put({
        ...base,
        id: crypto.randomUUID(),
        kind: "checkin",
        at: at.toISOString(),
        day,
        needs: {},
        feelings: [],
        place: walked || n % 5 === 0 ? "steady" : "overwhelmed",
      });
      if (walked) {
        tx.objectStore("stepLogs").put({
          ...base,
          id: crypto.randomUUID(),
          kind: "stepLog",
          stepId: walk,
          at: at.toISOString(),
          day,
        });
      }
    }
    await new Promise((r) => {
      tx.oncomplete = r;
    });
    db.close();
  });
  await page.reload();
  const sentence = page.locator(".insights-sentence").filter({ hasText: "A short walk" }).first();
  await expect(sentence).toContainText(/steady on 20 of 20 days, and on 4 of 20 days without/);
  // The sentences give counts only: no causes, no judgement, no score.
  for (const text of await page.locator(".insights-sentence").allTextContents()) {
    expect(text).not.toMatch(/\bscore\b|improve|cause|better|worse|should/i);
  }
});
