import { readFileSync } from "node:fs";
import { expect, SCREENS, test, waitForServiceWorker } from "../support/fixtures.ts";
import { startServer } from "../support/server.ts";

test("with the server stopped, a reload still opens every screen", async ({ browser }) => {
  const server = await startServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await waitForServiceWorker(page);
    // Visit nothing else first: the precache alone must hold every screen.
    await server.stop();
    const health = await page.evaluate(() =>
      fetch("/api/health").then(
        () => "reachable",
        () => "unreachable",
      ),
    );
    expect(health).toBe("unreachable");

    for (const screen of SCREENS) {
      await page.goto(screen.path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(screen.heading);
    }
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  } finally {
    await context.close();
    await server.stop();
  }
});

test("offline with the server stopped, the SOS flow, breathing, safety plan and crisis lines all work", async ({
  browser,
}) => {
  const server = await startServer();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await page.goto("/");
    await waitForServiceWorker(page);
    await server.stop();
    await context.setOffline(true);

    await page.goto("/");
    await page
      .getByRole("banner")
      .getByRole("link", { name: /struggling/i })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
    await page.getByRole("link", { name: "Pause and breathe", exact: true }).click();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByTestId("breathe-phase")).toHaveText("Breathe in");

    await page
      .getByRole("navigation", { name: "More help" })
      .getByRole("link", { name: "Crisis lines" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Crisis lines" })).toBeVisible();
    await expect(page.getByText(/emergency/i).first()).toBeVisible();

    await page
      .getByRole("navigation", { name: "More help" })
      .getByRole("link", { name: "My safety plan" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "My safety plan" })).toBeVisible();
    await page.getByRole("button", { name: "Start my plan" }).click();
    await page.getByRole("textbox", { name: "Warning signs, line 1" }).fill("Skipping meals");
    await page.getByRole("button", { name: "Save my plan" }).click();
    // The PDF is made on the device, with pdf-lib from the service worker's cache.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Save as PDF" }).click(),
    ]);
    expect(
      readFileSync((await download.path()) as string)
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    // A cold reload of the SOS page itself, straight from the service worker.
    await page.goto("/sos");
    await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
    await page.goto("/crisis-lines");
    await expect(page.getByRole("heading", { level: 1, name: "Crisis lines" })).toBeVisible();
  } finally {
    await context.close();
    await server.stop();
  }
});
