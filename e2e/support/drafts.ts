import { expect, type Locator, type Page } from "@playwright/test";

/** A place where a person writes, and how they reach it, leave it and save it. */
export interface Surface {
  name: string;
  /** How a person comes back to it from the SOS hub (a nav link, a tool, More). */
  back: (page: Page) => Promise<void>;
  /** How they first get there, when it differs. */
  start?: (page: Page) => Promise<void>;
  field: (page: Page) => Locator;
  save: (page: Page) => Promise<void>;
  /** What the field holds when nothing is typed (a form can open with a suggestion). */
  blank?: string;
  /** After a reload with nothing kept, how the form is opened again (when it is not open). */
  reopen?: (page: Page) => Promise<void>;
  /** Once saved, the form closes and the words show elsewhere (the safety plan's page). */
  savedAway?: boolean;
}

/** Most of it at once, the last letters one key at a time: the keystrokes most easily lost. */
export async function typeLikeAPerson(field: Locator, text: string): Promise<void> {
  await field.fill(text.slice(0, -4));
  await field.pressSequentially(text.slice(-4));
}

/**
 * Taps the real "I'm struggling" link in the top bar — scrolled up to it the way a person
 * would, and checked to be on screen — then comes back the way the surface says.
 */
export async function strugglingAndBack(page: Page, surface: Surface): Promise<void> {
  const link = page.getByRole("banner").getByRole("link", { name: "I'm struggling" });
  await page.mouse.wheel(0, -10_000);
  await expect(link).toBeInViewport();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Take a moment" })).toBeVisible();
  await surface.back(page);
}

/** The drafts table as it is on the disk, read with plain IndexedDB under the app's layers. */
export async function rawDrafts(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open("small-steps");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction("drafts", "readonly").objectStore("drafts").getAll();
          req.onsuccess = () => {
            idb.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
