import type { Page } from "playwright-core";

/** Opens /account's sign-in form and fills it in; the caller submits (and times) it. */
export async function fillSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
}

/** The sign-in form's submit button (the heading says "Sign in" too; this is the button). */
export const signInButton = (page: Page) =>
  page.locator("form").getByRole("button", { name: "Sign in", exact: true });

/** Waits until the account screen says the device is up to date. */
export async function waitUpToDate(page: Page, timeout = 600_000): Promise<void> {
  await page.locator('[data-sync-phase="idle"]').waitFor({ timeout });
}
