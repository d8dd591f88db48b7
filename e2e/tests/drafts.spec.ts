import type { Page } from "@playwright/test";
import { rawDrafts, type Surface, strugglingAndBack, typeLikeAPerson } from "../support/drafts.ts";
import { expect, expectNoAxeViolations, test } from "../support/fixtures.ts";

/**
 * Issue 13, "words never lost": every place a person writes keeps what is typed on the device
 * as it is typed, and gives it back — after "I'm struggling", a reload, a closed tab — with one
 * calm line and a way to start fresh. Saving (or cancelling) lets the draft go.
 */

const nav = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true });
const kept = (page: Page) => page.getByRole("status").filter({ hasText: "We kept what you were writing." });

/** The SOS hub is where "I'm struggling" leads; its tools are a person's way back in. */
const sosTool = (name: string) => async (page: Page) => {
  await page.getByRole("main").getByRole("link", { name, exact: true }).first().click();
};
const fromSos = (name: string) => async (page: Page) => {
  await page.getByRole("banner").getByRole("link", { name: "I'm struggling" }).click();
  await sosTool(name)(page);
};
const viaMore = (name: string) => async (page: Page) => {
  await page.getByRole("banner").getByRole("link", { name: "More", exact: true }).click();
  await page.getByRole("link", { name }).click();
};

const SURFACES: Surface[] = [
  {
    name: "journal",
    back: async (page) => nav(page, "Journal").click(),
    field: (page) => page.getByLabel("A word, a line, or more"),
    save: async (page) => {
      await page.getByRole("button", { name: "Save entry" }).click();
      await expect(page.locator("#journal-write-message")).toHaveText(
        "Saved. Your entry is in the list below.",
      );
    },
  },
  {
    name: "glimmer",
    back: async (page) => nav(page, "Glimmers").click(),
    field: (page) => page.getByLabel("A small good moment"),
    save: async (page) => {
      await page.getByRole("button", { name: "Save glimmer" }).click();
      await expect(page.getByText("Glimmer saved. It's in your jar now.")).toBeVisible();
    },
  },
  {
    name: "refrain",
    back: async (page) => nav(page, "Refrains").click(),
    field: (page) => page.getByLabel("Your new refrain"),
    save: async (page) => {
      await page.getByRole("button", { name: "Save refrain" }).click();
      await expect(page.getByText("Refrain saved.")).toBeVisible();
    },
  },
  {
    name: "therapy note",
    back: viaMore("Therapy companion"),
    field: (page) => page.getByLabel("A note for my next session"),
    save: async (page) => {
      await page.getByRole("button", { name: "Add note" }).click();
      await expect(page.getByText("Note added.")).toBeAttached();
    },
  },
  {
    name: "contact",
    back: sosTool("Reach out"),
    start: fromSos("Reach out"),
    field: (page) => page.getByLabel("Name", { exact: true }),
    save: async (page) => {
      await page.getByRole("button", { name: "Add this person" }).click();
      await expect(
        page.getByRole("heading", { level: 3 }).filter({ hasText: "draft-contact" }),
      ).toBeVisible();
    },
  },
  {
    name: "check-in note",
    back: async (page) => nav(page, "Today").click(),
    field: (page) => page.getByLabel("A note, if you like"),
    save: async (page) => {
      await page.getByRole("button", { name: "Save check-in" }).click();
      await expect(page.getByText("Check-in saved.")).toBeAttached();
    },
  },
  {
    name: "step",
    back: async (page) => nav(page, "Steps").click(),
    field: (page) => page.getByLabel("What is the step?"),
    save: async (page) => {
      await page.getByRole("button", { name: "Add step" }).click();
      await expect(page.getByText(/Step added: draft-step/)).toBeAttached();
    },
  },
  {
    name: "therapy session",
    back: viaMore("Therapy companion"),
    field: (page) => page.getByLabel("What I took away (optional)"),
    save: async (page) => {
      await page.getByRole("radio", { name: "I went" }).check();
      await page.getByRole("button", { name: "Save session" }).click();
      await expect(page.getByText("Session saved.")).toBeAttached();
    },
  },
  {
    name: "safety plan",
    start: async (page) => {
      await fromSos("My safety plan")(page);
      await page.getByRole("button", { name: "Start my plan" }).click();
    },
    back: sosTool("My safety plan"),
    // With nothing kept, the plan opens as a page to read; editing is a tap away.
    reopen: async (page) => page.getByRole("button", { name: "Start my plan" }).click(),
    field: (page) => page.getByRole("textbox", { name: "Warning signs, line 1" }),
    save: async (page) => {
      await page.getByRole("button", { name: "Save my plan" }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Your plan is saved on this device." }),
      ).toBeVisible();
      await expect(page.getByText(/draft-safety-plan/)).toBeVisible();
    },
    savedAway: true,
  },
];

for (const surface of SURFACES) {
  test(`${surface.name}: kept through "I'm struggling" and a reload, started fresh, let go on save`, async ({
    app: page,
  }) => {
    const marker = `draft-${surface.name.replace(" ", "-")}-${Date.now().toString(36)}`;
    await (surface.start ?? surface.back)(page);
    const field = surface.field(page);
    await typeLikeAPerson(field, marker);

    // Away for a hard moment, and back the way a person comes back.
    await strugglingAndBack(page, surface);
    await expect(field).toHaveValue(marker);
    await expect(kept(page)).toBeVisible();
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
  });
}

test("a closed tab loses nothing: the last keystrokes are there in a new one", async ({
  app: page,
  context,
}) => {
  await nav(page, "Journal").click();
  const marker = `closed-tab-${Date.now().toString(36)}`;
  await typeLikeAPerson(page.getByLabel("A word, a line, or more"), marker);
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto("/journal");
  await again.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(again.getByLabel("A word, a line, or more")).toHaveValue(marker);
  await expect(kept(again)).toBeVisible();
});
