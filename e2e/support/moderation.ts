import { execFile } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, waitForAppOnNavigation } from "./fixtures.ts";

/**
 * Moderation journeys (issue 7): roles come only from the admin command run on the server
 * (ST17), so tests run the real one against the test server's data folder. People are made
 * through the app's own sign-up; stories and comments go through the API from their page, the
 * same requests the stories screens make.
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const run = promisify(execFile);

/** `grant <username> moderator|admin` with the real admin command, on the server's own database. */
export async function grantRole(
  dataDir: string,
  username: string,
  role: "moderator" | "admin",
): Promise<void> {
  try {
    await run(
      process.execPath,
      ["--import", "tsx", "apps/server/src/admin/cli.ts", "grant", username, role],
      { cwd: repoRoot, env: { ...process.env, DATA_DIR: dataDir }, timeout: 60_000 },
    );
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`admin grant ${username} ${role} failed:\n${stdout}${stderr}`);
  }
}

export interface ModerationPerson {
  context: BrowserContext;
  page: Page;
  username: string;
}

/** A new browser context with a fresh account, signed in, on the account page. */
export async function moderationPerson(
  browser: Browser,
  baseURL: string,
  password: string,
): Promise<ModerationPerson> {
  const context = await browser.newContext({ baseURL });
  const page = waitForAppOnNavigation(await context.newPage());
  // Random, never made from a name: usernames are stored in clear.
  const username = `m${Date.now().toString(36)}${Math.floor(Math.random() * 100_000)}`;
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

export interface ApiAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the answer's fields it expects.
  json: any;
}

/** One API request from the page, with its session cookie, as the app makes them. */
export async function api(
  page: Page,
  method: "GET" | "POST" | "PUT",
  path: string,
  body?: unknown,
): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        credentials: "same-origin",
        headers: method === "GET" ? {} : { "Content-Type": "application/json" },
        body: method === "GET" ? undefined : JSON.stringify(body ?? {}),
      });
      let json: unknown = null;
      try {
        json = await response.json();
      } catch {
        json = null;
      }
      return { status: response.status, json };
    },
    { method, path, body },
  );
}

/** Saves an author profile with this name through the API. */
export async function saveProfile(page: Page, name: string): Promise<void> {
  const answer = await api(page, "PUT", "/api/stories/profile", { name, about: "", avatarColour: "sage" });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
}

/** Writes and publishes a story; returns its id. */
export async function publishStory(
  page: Page,
  story: { title: string; body: string; contentNotes: string[] },
): Promise<string> {
  const created = await api(page, "POST", "/api/stories", { ...story, themes: [], anonymous: false });
  expect(created.status, JSON.stringify(created.json)).toBeLessThan(300);
  const id = created.json.id as string;
  const published = await api(page, "POST", `/api/stories/${id}/publish`, {});
  expect(published.status, JSON.stringify(published.json)).toBe(200);
  return id;
}
