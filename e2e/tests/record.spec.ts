import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { pdfText } from "../../apps/web/src/pdf/pdfText.testing.ts";
import {
  expect,
  expectNoAxeViolations,
  expectNoAxeViolationsInBothThemes,
  test,
} from "../support/fixtures.ts";
import { glimmerDaysAgo } from "../support/past.ts";

/** Every live record of one IndexedDB table, read as the app stored it. */
async function stored<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open("small-steps");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as (T & { deleted: boolean })[]).filter((r) => !r.deleted));
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/**
 * How many pixels of the app's accent colour a control shows on screen: the thumb and filled
 * part of a rated slider are drawn in it; an unrated one shows neither. Read from a real
 * screenshot, decoded in the page.
 */
async function accentPixels(page: Page, target: Locator): Promise<number> {
  const png = (await target.screenshot()).toString("base64");
  return page.evaluate(async (data) => {
    const probe = document.createElement("span");
    probe.style.color = "var(--accent)";
    document.body.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number) as [number, number, number];
    probe.remove();
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < px.length; i += 4) {
      if (Math.abs(px[i]! - r) + Math.abs(px[i + 1]! - g) + Math.abs(px[i + 2]! - b) < 30) n += 1;
    }
    return n;
  }, png);
}

type Checkin = { feelings: { id: string; intensity?: number }[]; note?: string; schemaVersion: number };

test.describe("A truthful record", () => {
  test("a feeling ticked but not rated is saved without a number, and says so", async ({ app: page }) => {
    await page.getByRole("checkbox", { name: "Tired" }).check();
    const tired = page.getByRole("slider", { name: "Tired: how strong?" });
    await expect(tired).toHaveAttribute("aria-valuetext", "Not rated");
    // What a person sees: the words "Not rated" beside the track, and no thumb on it.
    await expect(page.locator(".intensity").filter({ has: tired }).getByText("Not rated")).toBeVisible();
    await tired.scrollIntoViewIfNeeded();
    expect(await accentPixels(page, tired)).toBe(0);
    await expectNoAxeViolationsInBothThemes(page, "a feeling ticked, not rated");

    await page.getByRole("checkbox", { name: "Sad" }).check();
    await page.getByRole("slider", { name: "Sad: how strong?" }).fill("3");
    // Once rated, the thumb and the filled track are there to see.
    expect(await accentPixels(page, page.getByRole("slider", { name: "Sad: how strong?" }))).toBeGreaterThan(
      50,
    );
    await expect(page.getByRole("slider", { name: "Sad: how strong?" })).toHaveAttribute(
      "aria-valuetext",
      "3 out of 10",
    );
    await page.getByLabel("A note, if you like").fill("Slow morning,\nkind evening");
    await page.getByRole("button", { name: "Save check-in" }).click();

    const earlier = page.getByRole("region", { name: "Earlier today" });
    await expect(earlier.getByText("Tired (not rated), Sad 3/10")).toBeVisible();
    // The note is on Today, as written.
    await expect(earlier.locator(".earlier-note")).toHaveText("Your note: Slow morning,\nkind evening");
    await expect(earlier.locator(".earlier-note")).toBeInViewport();

    const [checkin] = await stored<Checkin>(page, "checkins");
    expect(checkin?.feelings).toEqual([{ id: "tired" }, { id: "sad", intensity: 3 }]);
    expect(checkin?.schemaVersion).toBe(2);
  });

  test("touching the slider rates it; a tap where the hidden thumb rests counts too", async ({
    app: page,
  }) => {
    await page.getByRole("checkbox", { name: "Calm" }).check();
    const calm = page.getByRole("slider", { name: "Calm: how strong?" });
    await calm.scrollIntoViewIfNeeded();
    const box = await calm.boundingBox();
    if (!box) throw new Error("slider not drawn");
    // The middle of the track is 5, where an unrated slider rests: no value changes there.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(calm).toHaveAttribute("aria-valuetext", "5 out of 10");
    await page.getByRole("button", { name: "Leave Calm unrated" }).click();
    await expect(calm).toHaveAttribute("aria-valuetext", "Not rated");
    await calm.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(calm).toHaveAttribute("aria-valuetext", "4 out of 10");
    await page.getByRole("button", { name: "Save check-in" }).click();
    await expect(page.getByRole("region", { name: "Earlier today" }).getByText("Calm 4/10")).toBeVisible();
    const [checkin] = await stored<Checkin>(page, "checkins");
    expect(checkin?.feelings).toEqual([{ id: "calm", intensity: 4 }]);
  });

  test("a new person's Mosaic year has today's tile and none before it", async ({ app: page }) => {
    await page.goto("/mosaic?view=year");
    await expect(page.getByRole("button", { name: "Year", exact: true })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const today = page.getByRole("button", { name: /\(today\)/ });
    await expect(today).toBeVisible();
    const todayKey = (await today.getAttribute("data-day")) as string;
    // Count what is drawn: every tile, day button or not, that stands for a day up to today.
    const drawn = await page.evaluate((key) => {
      const tiles = Array.from(document.querySelectorAll<HTMLElement>(".mosaic-months .tile"));
      const days = tiles.map((el) => el.dataset.day).filter((d): d is string => d !== undefined);
      const visibleBefore = tiles.filter((el) => {
        const day = el.dataset.day;
        const r = el.getBoundingClientRect();
        return day !== undefined && day < key && r.width > 0 && r.height > 0;
      }).length;
      return { days, visibleBefore };
    }, todayKey);
    expect(drawn.days).toEqual([todayKey]);
    expect(drawn.visibleBefore).toBe(0);
    // What a screen reader hears holds no day before today either.
    const quiet = page.locator("[aria-label*='a quiet day']");
    await expect(quiet).toHaveCount(1);
    await expect(quiet).toHaveAttribute("aria-current", "date");
    await expect(page.getByText(/^Your Mosaic begins on /)).toBeVisible();
    await expect(page.getByRole("button", { name: "Previous year" })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expectNoAxeViolations(page, "Mosaic year of a new person");

    // The day itself has no way back to a day before the person began.
    await today.click();
    await expect(page).toHaveURL(new RegExp(`/mosaic/day/${todayKey}`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/^A quiet day\./)).toBeVisible();
    await expect(page.getByRole("link", { name: "Previous day" })).toHaveCount(0);
  });

  test("an SOS visit left for over an hour is closed as it stood; the next one starts fresh", async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto("/sos");
    const now = page.getByRole("group", { name: "How strong is it right now?" });
    await now.getByRole("radio", { name: "6", exact: true }).check();
    type Visit = { distressBefore?: number; distressAfter?: number; endedAt?: string; tools: string[] };
    await expect.poll(async () => (await stored<Visit>(page, "sosSessions"))[0]?.distressBefore).toBe(6);

    // Twenty minutes on, back on the hub: the 6 is not chosen as if it were now; it is named, with its time.
    await page.clock.fastForward("20:00");
    await page.goto("/sos");
    await expect(
      now.getByText(/^Earlier, at .+, you rated it 6 out of 10\. How strong is it now\?$/),
    ).toBeVisible();
    await expect(now.getByRole("radio", { checked: true })).toHaveCount(0);
    await expectNoAxeViolations(page, "SOS hub with an earlier rating");

    // Over an hour untouched: the visit is over. Nothing chosen, nothing said about it.
    await page.clock.fastForward("45:00");
    await page.goto("/sos");
    await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
    await expect(now.getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(page.getByText(/you rated it 6/)).toHaveCount(0);
    await now.getByRole("radio", { name: "3", exact: true }).check();
    await expect.poll(async () => (await stored<Visit>(page, "sosSessions")).length).toBe(2);

    const visits = await stored<Visit & { at: string }>(page, "sosSessions");
    visits.sort((a, b) => a.at.localeCompare(b.at));
    // The first visit is kept exactly as it stood: its 6, no ending, no "after" made up.
    expect(visits[0]).toMatchObject({ distressBefore: 6, tools: [] });
    expect(visits[0]?.endedAt).toBeUndefined();
    expect(visits[0]?.distressAfter).toBeUndefined();
    expect(visits[1]).toMatchObject({ distressBefore: 3, tools: [] });
  });

  test("Prepare's four weeks are 28 days, and only days on record", async ({ app: page }) => {
    const prepare = async () => {
      await page.goto("/therapy/prepare");
      await expect(page.getByRole("heading", { level: 1, name: "Prepare for my session" })).toBeVisible();
      const mosaic = page.getByRole("region", { name: "The last four weeks" });
      await mosaic.getByText("These days in words").click();
      return {
        lines: await mosaic.locator(".prep-days li").allTextContents(),
        tiles: await mosaic.getByRole("table").getByRole("img").count(),
      };
    };
    const savedPdf = async () => {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Save as PDF" }).click(),
      ]);
      return pdfText(readFileSync((await download.path()) as string)).replace(/\s+/g, " ");
    };

    // A new person: today alone, no "quiet day" before it.
    const fresh = await prepare();
    expect(fresh.lines).toHaveLength(1);
    expect(fresh.lines[0]).toContain("(today)");
    expect(fresh.tiles).toBe(1);
    await expect(page.getByText(/: there is nothing earlier to show\.$/)).toBeVisible();
    // The PDF names the period it holds: not "four weeks" for a record of one day.
    const freshPdf = await savedPdf();
    expect(freshPdf).toContain("when my record begins, day by day");
    expect(freshPdf).not.toContain("The last four weeks");
    expect(freshPdf).toContain(fresh.lines[0]?.replace(/\s+/g, " "));

    // Someone who began 40 days ago: four weeks, whatever the weekday.
    await glimmerDaysAgo(page, 40);
    const month = await prepare();
    expect(month.lines).toHaveLength(28);
    expect(month.tiles).toBe(28);
    await expect(page.getByText(/: there is nothing earlier to show\.$/)).toHaveCount(0);

    const text = await savedPdf();
    expect(text).toContain("The last four weeks, day by day");
    for (const line of month.lines) expect(text).toContain(line.replace(/\s+/g, " "));
    expect(text.match(/: a quiet day/g)?.length).toBe(
      month.lines.filter((l) => l.endsWith(": a quiet day")).length,
    );
  });
});
