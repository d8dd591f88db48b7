import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";
import { type Person, signedUpPerson } from "./people.ts";

/**
 * People for the stories journeys (issue 7), shared by the writing and reading specs: each is a
 * browser context with an account on the server, and — after `saveAuthorProfile` — an author name.
 */

export type StoryPerson = Person;

/** A new browser context with a fresh account, signed in, on the account page. */
export const storyPerson = signedUpPerson;

/** Saves an author profile with this name (colour and "about" left as they are). */
export async function saveAuthorProfile(page: Page, name: string): Promise<void> {
  await page.goto("/stories/profile");
  await page.getByLabel("Author name").fill(name);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your author profile is saved.")).toBeVisible();
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

/** Saves an author profile with this name through the API (the screens are tested elsewhere). */
export async function saveProfileByApi(page: Page, name: string): Promise<void> {
  const answer = await api(page, "PUT", "/api/stories/profile", { name, about: "", avatarColour: "sage" });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
}

/** Writes and publishes a story; returns its id. */
export async function publishStory(
  page: Page,
  story: { title: string; body: string; contentNotes: string[]; themes?: string[] },
): Promise<string> {
  const created = await api(page, "POST", "/api/stories", { themes: [], ...story, anonymous: false });
  expect(created.status, JSON.stringify(created.json)).toBeLessThan(300);
  const id = created.json.id as string;
  const published = await api(page, "POST", `/api/stories/${id}/publish`, {});
  expect(published.status, JSON.stringify(published.json)).toBe(200);
  return id;
}
