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
