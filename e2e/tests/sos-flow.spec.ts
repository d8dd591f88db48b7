import { expect, expectNoAxeViolations, setTheme, test } from "../support/fixtures.ts";

test("the SOS flow: rate, breathe, ground, rate again, and see what tends to help", async ({ page }) => {
  for (let visit = 0; visit < 2; visit++) {
    await page.goto("/journal");
    await page
      .getByRole("banner")
      .getByRole("link", { name: /struggling/i })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
    await page
      .getByRole("group", { name: "How strong is it right now?" })
      .getByRole("radio", { name: "7", exact: true })
      .check();

    await page.getByRole("link", { name: "Pause and breathe", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pause and breathe" })).toBeVisible();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByTestId("breathe-phase")).toHaveText("Breathe in");
    await expect(page.getByTestId("breathe-phase")).toHaveText("Breathe out", { timeout: 8000 });
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for pausing." })).toBeFocused();

    await page
      .getByRole("navigation", { name: "More help" })
      .getByRole("link", { name: "All calming tools" })
      .click();
    await expect(page.getByText("Earlier, you rated it 7 out of 10.")).toBeVisible();
    await page
      .getByRole("group", { name: "And how strong is it now?" })
      .getByRole("radio", { name: "4", exact: true })
      .check();
    await page.getByRole("button", { name: "Finish for now" }).click();
    await expect(page.getByRole("heading", { name: "Thank you for staying with yourself." })).toBeFocused();
    // The visit is written in the background (help never waits for storage); the next loop's
    // full page load must not cut that write short, so wait until the ending is stored.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const open = indexedDB.open("small-steps");
              open.onerror = () => reject(open.error);
              open.onsuccess = () => {
                const all = open.result.transaction("sosSessions").objectStore("sosSessions").getAll();
                all.onsuccess = () => {
                  open.result.close();
                  resolve(
                    (all.result as { distressAfter?: number }[]).filter((s) => s.distressAfter !== undefined)
                      .length,
                  );
                };
              };
            }),
        ),
      )
      .toBe(visit + 1);
  }
  // The hub reads the person's own visits live; no reload (which could cut a write short).
  await expect(page.getByRole("heading", { name: "What tends to help" })).toBeVisible();
  await expect(
    page.getByText("Across 2 times you rated before and after, it eased by 3 points on average."),
  ).toBeVisible();
});

test("5-4-3-2-1, one sense at a time, typing optional", async ({ page }) => {
  await page.goto("/sos/senses");
  await expect(page.getByRole("heading", { level: 2, name: "Five things you can see" })).toBeVisible();
  await page.getByLabel("Something you can see, 1").fill("the lamp");
  for (const next of [
    "Four things you can touch",
    "Three things you can hear",
    "Two things you can smell",
    "One thing you can taste",
  ]) {
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { level: 2, name: next })).toBeFocused();
  }
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: "You brought yourself back to the room." })).toBeVisible();
});

test("with reduced motion, the breathing pacer stands still and the words lead", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/sos/breathe");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByTestId("breathe-phase")).toHaveText("Breathe in");
  await page.waitForTimeout(1500);
  const motion = await page.evaluate(() => ({
    animations: document.getAnimations().length,
    moving: Array.from(document.querySelectorAll("*")).filter((el) => {
      const s = getComputedStyle(el);
      return (
        Number.parseFloat(s.transitionDuration) > 0 ||
        (s.transform !== "none" && el.classList.contains("pacer-circle"))
      );
    }).length,
  }));
  expect(motion).toEqual({ animations: 0, moving: 0 });
  await expect(page.getByText(/Breathe in… \d/)).toBeVisible();
});

test("axe finds nothing on any SOS screen, light and dark", async ({ page }) => {
  for (const theme of ["light", "dark"] as const) {
    await page.goto("/");
    await setTheme(page, theme);
    for (const path of [
      "/sos",
      "/sos/breathe",
      "/sos/senses",
      "/sos/shape",
      "/sos/warmth",
      "/sos/refrains",
      "/sos/reach-out",
      "/safety-plan",
      "/crisis-lines",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${path} (${theme})`);
    }
  }
});
