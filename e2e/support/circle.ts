import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import { signedUpPerson } from "./people.ts";

/**
 * Two people for the circle journeys (issue 6): each is a browser context with an account, a
 * name in the circle, and — after `connect` — the inviter and the person who joined with the
 * inviter's code, having compared safety codes.
 */

export interface Person {
  context: BrowserContext;
  page: Page;
  name: string;
}

export async function person(
  browser: Browser,
  baseURL: string,
  name: string,
  password: string,
): Promise<Person> {
  // The username is never made from the name: the leak test puts a marker in names, and
  // usernames are stored in clear.
  const { context, page } = await signedUpPerson(browser, baseURL, password);
  await page.goto("/circle");
  await page.getByLabel("The name your circle sees").fill(name);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();
  return { context, page, name };
}

/** The safety code shown on a page, once it has been worked out. */
export async function safetyCode(page: Page): Promise<string> {
  const code = page.locator(".circle-safety-code");
  await expect(code).toHaveText(/^\d{5} \d{5} \d{5} \d{5}$/, { timeout: 10_000 });
  return (await code.textContent()) ?? "";
}

/**
 * The inviter makes an invite; the other opens the link and joins. Both see the same safety code
 * and say it matches. Returns the two codes (equal) for the caller to look at.
 */
export async function connect(
  inviter: Person,
  joiner: Person,
): Promise<{ inviterCode: string; joinerCode: string }> {
  await inviter.page.goto("/circle/invite");
  await inviter.page.getByLabel("Who is this for?").fill(joiner.name);
  await inviter.page.getByRole("button", { name: "Make an invite" }).click();
  const code = (await inviter.page.locator(".circle-invite-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const link = (await inviter.page.locator(".circle-invite-link").textContent())?.trim() ?? "";
  expect(link).toContain("/circle/join#");

  await joiner.page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(joiner.page.getByLabel("Invite code")).toHaveValue(/\S/);
  await joiner.page.getByRole("button", { name: "Join their circle" }).click();
  const joinerCode = await safetyCode(joiner.page);
  await expect(inviter.page.getByText(`${joiner.name} has joined your circle.`)).toBeVisible({
    timeout: 15_000,
  });
  const inviterCode = await safetyCode(inviter.page);
  expect(inviterCode).toBe(joinerCode);
  await inviter.page.getByRole("button", { name: "It matches" }).click();
  await joiner.page.getByRole("button", { name: "It matches" }).click();
  return { inviterCode, joinerCode };
}

/** Opens the conversation with someone from the hub's list. */
export async function openPerson(page: Page, name: string): Promise<void> {
  await page.goto("/circle");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("log")).toBeVisible();
}

export const conversation = (page: Page) => page.getByRole("log");
