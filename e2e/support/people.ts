import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, waitForAppOnNavigation } from "./fixtures.ts";

/** Someone with an account, in a browser context of their own (a person, or a device). */
export interface Person {
  context: BrowserContext;
  page: Page;
  username: string;
}

/** A new browser context with a fresh account, signed in, on the account page. */
export async function signedUpPerson(browser: Browser, baseURL: string, password: string): Promise<Person> {
  const context = await browser.newContext({ baseURL });
  const page = waitForAppOnNavigation(await context.newPage());
  // Random, never made from a name: usernames are stored in clear.
  const username = `s${Date.now().toString(36)}${Math.floor(Math.random() * 100_000)}`;
  await page.goto("/account");
  await page.getByRole("button", { name: "Create an account" }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your recovery code", { timeout: 30_000 });
  await page.getByLabel("I've saved my recovery code").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(`Signed in as ${username}.`)).toBeVisible();
  return { context, page, username };
}
