import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations } from "./fixtures.ts";

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

const kept = (page: Page) => page.getByRole("status").filter({ hasText: "We kept what you were writing." });

/**
 * The whole promise for one surface: typed words come back after "I'm struggling" and after a
 * reload, with the calm line; Start fresh is one tap and can be taken back; once saved, the
 * draft is gone from the disk and nothing comes back.
 */
export async function keptThenLetGo(page: Page, surface: Surface): Promise<void> {
  const marker = `draft-${surface.name.replaceAll(" ", "-")}-${Date.now().toString(36)}`;
  await (surface.start ?? surface.back)(page);
  const field = surface.field(page);
  await typeLikeAPerson(field, marker);

  // Away for a hard moment, and back the way a person comes back.
  await strugglingAndBack(page, surface);
  await expect(field).toHaveValue(marker);
  await expect(kept(page)).toBeVisible();
  // Scrolled to where the form begins, as a person reading it would, the line is on screen.
  await page
    .locator("form")
    .filter({ has: field })
    .evaluate((form) => window.scrollBy(0, form.getBoundingClientRect().top - window.innerHeight / 3));
  await expect(kept(page)).toBeInViewport();
  await expectNoAxeViolations(page, `${surface.name} with a kept draft`);

  await page.reload();
  await expect(field).toHaveValue(marker);
  await expect(kept(page)).toBeVisible();

  // Starting fresh is one tap, and can be taken back.
  await kept(page).getByRole("button", { name: "Start fresh" }).click();
  await expect(field).toHaveValue(surface.blank ?? "");
  const fresh = page.getByRole("status").filter({ hasText: "Started fresh." });
  await expect(fresh.getByRole("button", { name: "Bring my words back" })).toBeFocused();
  await fresh.getByRole("button", { name: "Bring my words back" }).click();
  await expect(field).toHaveValue(marker);
  await kept(page).getByRole("button", { name: "Start fresh" }).click();
  await expect.poll(() => rawDrafts(page)).toEqual([]);
  await page.reload();
  await surface.reopen?.(page);
  await expect(field).toHaveValue(surface.blank ?? "");
  await expect(kept(page)).toHaveCount(0);

  // Saved: the draft goes with it.
  await typeLikeAPerson(field, marker);
  await expect.poll(() => rawDrafts(page).then((rows) => rows.length)).toBe(1);
  await surface.save(page);
  await expect.poll(() => rawDrafts(page)).toEqual([]);
  await page.reload();
  if (!surface.savedAway) await expect(field).toHaveValue(surface.blank ?? "");
  await expect(kept(page)).toHaveCount(0);
}

/** Every row of every store of the app's database, as JSON: what is really on the disk. */
export async function rawDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open("small-steps");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = Array.from(idb.objectStoreNames);
          const tx = idb.transaction(names, "readonly");
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const req = tx.objectStore(name).getAll();
            req.onsuccess = () => {
              out[name] = req.result;
            };
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(JSON.stringify(out));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
