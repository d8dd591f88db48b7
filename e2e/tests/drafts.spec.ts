import type { Page } from "@playwright/test";
import { connect, conversation, person } from "../support/circle.ts";
import {
  keptThenLetGo,
  rawDatabase,
  rawDrafts,
  type Surface,
  strugglingAndBack,
  typeLikeAPerson,
} from "../support/drafts.ts";
import { expect, test } from "../support/fixtures.ts";
import { publishStory, saveProfileByApi, storyPerson } from "../support/stories.ts";

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
    await keptThenLetGo(page, surface);
  });
}

test("a closed tab loses nothing: the last keystrokes are there in a new one", async ({
  app: page,
  context,
}) => {
  await nav(page, "Journal").click();
  const marker = `closed-tab-${Date.now().toString(36)}`;
  await typeLikeAPerson(page.getByLabel("A word, a line, or more"), marker);
  // The last keystrokes reach the disk on their own, with no blur, save or leaving to prompt
  // them, within the moment a person takes to reach for the close button (here up to 3 s, for
  // a busy test machine; a tab shut within milliseconds of a key can still lose that key).
  await expect
    .poll(async () => JSON.stringify(await rawDrafts(page)).includes(marker), { timeout: 3_000 })
    .toBe(true);
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto("/journal");
  await again.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(again.getByLabel("A word, a line, or more")).toHaveValue(marker);
  await expect(kept(again)).toBeVisible();
});

const PASSWORD = "lanterns along the quiet canal";

test("a refrain left mid-change opens in its form again; saving or cancelling lets the draft go", async ({
  app: page,
}) => {
  await nav(page, "Refrains").click();
  await page.getByLabel("Your new refrain").fill("I can rest");
  await page.getByRole("button", { name: "Save refrain" }).click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Edit" }) });
  await card.getByRole("button", { name: "Edit" }).click();
  const field = page.getByRole("list").getByLabel("Your new refrain");
  const marker = `changed-refrain-${Date.now().toString(36)}`;
  await typeLikeAPerson(field, marker);

  const back = async (p: Page) => nav(p, "Refrains").click();
  await strugglingAndBack(page, { name: "refrain edit", back, field: () => field, save: async () => {} });
  await expect(field).toHaveValue(marker);
  await expect(kept(page)).toBeVisible();
  // Reopened for the person, not by them: focus is not pulled into the form.
  await expect(field).not.toBeFocused();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: marker })).toBeVisible();
  await expect.poll(() => rawDrafts(page)).toEqual([]);
  await page.reload();
  await expect(page.getByRole("listitem").filter({ hasText: marker })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);

  // Cancel lets a change go too.
  await card.getByRole("button", { name: "Edit" }).click();
  await typeLikeAPerson(field, "not this after all");
  await expect.poll(() => rawDrafts(page).then((rows) => rows.length)).toBe(1);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(card.getByRole("button", { name: "Edit" })).toBeFocused();
  await expect.poll(() => rawDrafts(page)).toEqual([]);
});

test("a half-finished sketch is kept too, stroke by stroke, and saves as it was", async ({ app: page }) => {
  await nav(page, "Journal").click();
  await page.getByRole("button", { name: "Draw a sketch" }).click();
  const canvas = page.getByRole("img", { name: /Drawing canvas/ });
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error("canvas has no box");
  for (const row of [0.3, 0.6]) {
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * row);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++)
      await page.mouse.move(box.x + box.width * (0.2 + i * 0.1), box.y + box.height * row);
    await page.mouse.up();
  }
  await expect(page.getByText("The sketch has 2 strokes.")).toBeVisible();

  await strugglingAndBack(page, {
    name: "sketch",
    back: async (p) => nav(p, "Journal").click(),
    field: () => canvas,
    save: async () => {},
  });
  await expect(kept(page)).toBeVisible();
  await expect(page.getByText("The sketch has 2 strokes.")).toBeVisible();
  // Undo still steps back through the strokes as drawn.
  await page.getByRole("button", { name: "Undo stroke" }).click();
  await expect(page.getByText("The sketch has 1 stroke.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("The sketch has 1 stroke.")).toBeVisible();

  await page.getByRole("button", { name: "Save sketch" }).click();
  await expect(page.getByText("Sketch saved. It's in the list below.")).toBeVisible();
  await expect.poll(() => rawDrafts(page)).toEqual([]);
});

test("with App lock on, a kept draft is sealed on the disk: only where it was typed can be read", async ({
  app: page,
}) => {
  test.setTimeout(120_000);
  const passphrase = "quiet harbour at dusk";
  await page.goto("/settings");
  await page.getByRole("link", { name: "App lock" }).click();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByLabel("Passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Turn on the app lock" }).click();
  await expect(page.locator(".lock-status")).toHaveText("The app lock is on.", { timeout: 30_000 });

  await nav(page, "Journal").click();
  const marker = `sealed-draft-${Date.now().toString(36)}`;
  const field = page.getByLabel("A word, a line, or more");
  await typeLikeAPerson(field, marker);
  await expect.poll(() => rawDrafts(page).then((rows) => rows.length)).toBe(1);
  const [row] = (await rawDrafts(page)) as Record<string, unknown>[];
  expect(Object.keys(row ?? {}).sort()).toEqual(["_sealed", "key"]);
  expect(row?.key).toBe("journal:new");
  expect(await rawDatabase(page)).not.toContain(marker);

  // Locked after a reload: the draft waits, sealed, and comes back once unlocked.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Small Steps is locked" })).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Unlock" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible({ timeout: 20_000 });
  await expect(field).toHaveValue(marker);
  await expect(kept(page)).toBeVisible();
});

test("Delete everything takes kept drafts with it", async ({ app: page }) => {
  await nav(page, "Glimmers").click();
  await typeLikeAPerson(page.getByLabel("A small good moment"), "a draft to let go");
  await expect.poll(() => rawDrafts(page).then((rows) => rows.length)).toBe(1);

  await viaMore("Your data")(page);
  await page.getByRole("button", { name: "Delete everything…" }).click();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("Everything is gone from this device.")).toBeVisible();
  expect(await rawDrafts(page)).toEqual([]);
  await nav(page, "Glimmers").click();
  await expect(page.getByLabel("A small good moment")).toHaveValue("");
  await expect(kept(page)).toHaveCount(0);
});

/** From the SOS hub back to the stories, the way a person goes: More, Stories, then a link. */
const viaStories =
  (...links: string[]) =>
  async (page: Page) => {
    await viaMore("Stories")(page);
    for (const name of links)
      await page.getByRole("main").getByRole("link", { name, exact: true }).first().click();
  };

test("a story, the author profile and a comment keep their words too, until the server has them", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(240_000);
  const { context, page } = await storyPerson(browser, server.url, PASSWORD);
  await page.goto("/");

  await keptThenLetGo(page, {
    name: "author profile",
    back: viaStories("My stories", "Make an author profile"),
    field: (p) => p.getByLabel("About the author (optional)"),
    save: async (p) => {
      await p.getByLabel("Author name").fill("Wren");
      await p.getByRole("button", { name: "Save profile" }).click();
      await expect(p.getByText("Your author profile is saved.")).toBeVisible();
    },
    savedAway: true,
  });

  await keptThenLetGo(page, {
    name: "story",
    back: viaStories("Write a story"),
    field: (p) => p.getByRole("textbox", { name: "Your story" }),
    save: async (p) => {
      await p.getByLabel("Title").fill("Tea by the window");
      await p.getByRole("checkbox", { name: "None of these" }).check();
      await p.getByRole("button", { name: "Save draft" }).click();
      await expect(p.getByText("Draft saved. Only you can see it.")).toBeVisible();
    },
  });

  await saveProfileByApi(page, "Wren");
  const title = `A lamp in the fog ${Date.now().toString(36)}`;
  await publishStory(page, { title, body: "It stayed on all night.", contentNotes: ["none"] });
  await keptThenLetGo(page, {
    name: "comment",
    back: viaStories(title),
    field: (p) => p.getByLabel("Your comment"),
    save: async (p) => {
      await p.getByRole("button", { name: "Post comment" }).click();
      await expect(p.getByText(/Your comment is posted|A moderator will look/)).toBeVisible();
    },
  });
  await context.close();
});

test("words for someone in the circle are kept until they are sent", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(240_000);
  const ash = await person(browser, server.url, "Ash", PASSWORD);
  const bo = await person(browser, server.url, "Bo", PASSWORD);
  await connect(ash, bo);
  const back = async (page: Page) => {
    await viaMore("Your circle")(page);
    await page.getByRole("main").getByRole("link", { name: "Bo", exact: true }).click();
    await expect(conversation(page)).toBeVisible();
  };
  await ash.page.goto("/");
  await keptThenLetGo(ash.page, {
    name: "circle message",
    back,
    field: (p) => p.getByLabel("Message to Bo"),
    save: async (p) => {
      await p.getByRole("button", { name: "Send message" }).click();
      await expect(conversation(p)).toContainText("draft-circle-message");
    },
  });
  await ash.context.close();
  await bo.context.close();
});
