import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolationsInBothThemes, test } from "../support/fixtures.ts";
import { saveAuthorProfile, storyPerson } from "../support/stories.ts";

/**
 * Writing stories (issue 7) against the real server: an author profile, a story with a content
 * note ("none" only when chosen on purpose), a draft that shows in "my stories", publishing to the
 * story's page, unpublishing, hiding the heart count and deleting; and a story started from a
 * journal entry, through the "this will be public" step, leaving the entry as it was. axe runs on
 * every screen, light and dark.
 */

const PASSWORD = "lanterns along the quiet canal";
const TITLE = "The lamp across the street";
const BODY = "Most nights I noticed it.\n\nOne night it was enough. https://example.org stays plain text.";
const CRISIS = "Some nights I want to die. Tonight I made tea.";

// Every journey signs someone up and runs axe in both themes on each screen: it takes a while.
test.describe.configure({ timeout: 180_000 });

const storyCard = (page: Page, title: string) => page.getByRole("article", { name: title });

/** A title, the story's words and one box ticked (a content note or a theme), on the open form. */
async function fillStory(page: Page, title: string, body: string, tick: string): Promise<void> {
  await page.getByLabel("Title").fill(title);
  await page.getByRole("textbox", { name: "Your story" }).fill(body);
  await page.getByRole("checkbox", { name: tick }).check();
}

test("stories need an account, said calmly, with the way to make one", async ({ page }) => {
  await page.goto("/stories/write");
  await expect(page.getByRole("heading", { name: "Stories need an account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your account" })).toHaveAttribute("href", "/account");
  await expectNoAxeViolationsInBothThemes(page, "stories, signed out");
});

test("profile, a draft with a content note, publish, unpublish, hide hearts, delete", async ({
  browser,
  server,
}) => {
  const { context, page } = await storyPerson(browser, server.url, PASSWORD);

  // Drafts need no profile; the form says publishing will.
  await page.goto("/stories/write");
  await expect(page.getByText("Publishing needs an author profile first.")).toBeVisible();

  await saveAuthorProfile(page, "Wren");
  await expect(page.getByRole("radio", { name: "Sage" })).toBeChecked();
  await expect(page.getByText("Who can read what")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "author profile");

  await page.goto("/stories/write");
  await expect(page.getByRole("heading", { level: 1, name: "Write a story" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "write, empty");
  await fillStory(page, TITLE, BODY, "Hope");

  // Nothing chosen is not "none": the form asks, beside the notes, and focus goes there.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText(/Please tick the content notes that fit/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Abuse" })).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue(TITLE);
  await expectNoAxeViolationsInBothThemes(page, "write, a problem shown");

  // "None of these" and a note never mix.
  const none = page.getByRole("checkbox", { name: "None of these" });
  const grief = page.getByRole("checkbox", { name: "Grief" });
  await none.check();
  await grief.check();
  await expect(none).not.toBeChecked();
  await none.check();
  await expect(grief).not.toBeChecked();
  await grief.check();

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved. Only you can see it.")).toBeVisible();

  await page.goto("/stories/mine");
  const card = storyCard(page, TITLE);
  await expect(card).toBeVisible();
  await expect(card.getByText("Draft.")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "my stories, a draft");

  // Publish: straight on to the story's own page.
  await storyCard(page, TITLE)
    .getByRole("button", { name: /^Publish/ })
    .click();
  await expect(page).toHaveURL(/\/stories\/s\/[0-9a-f-]{36}$/);
  const storyId = new URL(page.url()).pathname.split("/").pop() ?? "";

  await page.goto("/stories/mine");
  await expect(storyCard(page, TITLE).getByText("Published.")).toBeVisible();
  await expect(storyCard(page, TITLE).getByText("0 hearts.")).toBeVisible();
  await storyCard(page, TITLE)
    .getByRole("button", { name: /^Hide the heart count/ })
    .click();
  await expect(page.getByText("Readers no longer see how many hearts this story has.")).toBeVisible();
  await expect(storyCard(page, TITLE).getByRole("button", { name: /^Show the heart count/ })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "my stories, published");

  // Editing keeps it published; the form comes back with what was saved.
  await page.goto(`/stories/write/${storyId}`);
  await expect(page.getByLabel("Title")).toHaveValue(TITLE);
  await expect(page.getByRole("textbox", { name: "Your story" })).toHaveValue(BODY);
  await expect(page.getByRole("checkbox", { name: "Grief" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Hope" })).toBeChecked();
  await expectNoAxeViolationsInBothThemes(page, "edit a published story");

  await page.goto("/stories/mine");
  await storyCard(page, TITLE)
    .getByRole("button", { name: /^Unpublish/ })
    .click();
  await expect(page.getByText("This story is a draft again. Only you can see it.")).toBeVisible();
  await expect(storyCard(page, TITLE).getByText("Draft.")).toBeVisible();

  // Delete asks once more and says what goes with it.
  await storyCard(page, TITLE)
    .getByRole("button", { name: /^Delete/ })
    .click();
  await expect(page.getByText(/Its hearts and comments go with it/)).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText(`“${TITLE}” is deleted.`)).toBeVisible();
  await expect(storyCard(page, TITLE)).toHaveCount(0);
  await expect(page.getByText("Nothing here yet.")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "my stories, empty");

  await context.close();
});

test("a story from a journal entry: the public step first, a copy, the entry unchanged", async ({
  browser,
  server,
}) => {
  const { context, page } = await storyPerson(browser, server.url, PASSWORD);
  await saveAuthorProfile(page, "Ash");

  const words = "The kettle, the window, the quiet.\n\nI stayed with it.";
  await page.goto("/journal");
  await page.getByLabel("A word, a line, or more").fill(words);
  await page.getByRole("button", { name: "Save entry" }).click();
  await expect(page.getByText("Saved. Your entry is in the list below.")).toBeVisible();

  await page
    .getByRole("link", { name: /^Share as a story/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/stories\/from-journal\/[0-9a-f-]{36}$/);
  const entryId = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByRole("heading", { name: "This will be public" })).toBeVisible();
  await expect(page.locator(".story-preview")).toHaveText(words);
  await expectNoAxeViolationsInBothThemes(page, "from a journal entry, the public step");

  // The tick is required; without it, a kind word and focus on the box.
  const understood = page.getByRole("checkbox", { name: /I understand/ });
  await page.getByRole("button", { name: "Continue to the story" }).click();
  await expect(page.getByText(/When you're ready, tick the box/)).toBeVisible();
  await expect(understood).toBeFocused();
  await understood.check();
  await page.getByRole("button", { name: "Continue to the story" }).click();

  await expect(page.getByRole("heading", { name: "Shape it into a story", level: 2 })).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue("");
  await expect(page.getByRole("textbox", { name: "Your story" })).toHaveValue(words);
  await expectNoAxeViolationsInBothThemes(page, "from a journal entry, the form");

  await page.getByLabel("Title").fill("Staying with it");
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved. Only you can see it.")).toBeVisible();

  await page.goto("/stories/mine");
  await expect(storyCard(page, "Staying with it")).toBeVisible();

  // The journal entry is as it was.
  await page.goto(`/journal/${entryId}`);
  await expect(page.locator(".entry-text")).toHaveText(words);

  await context.close();
});

test("publishing needs a profile (the draft is kept); words that read as crisis bring support first", async ({
  browser,
  server,
}) => {
  const { context, page } = await storyPerson(browser, server.url, PASSWORD);

  await page.goto("/stories/write");
  await fillStory(page, "Still here", CRISIS, "Suicide");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(
    page.getByText("Before sharing, choose a name for your author profile. Your draft is saved."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Make an author profile" }).last()).toHaveAttribute(
    "href",
    "/stories/profile",
  );
  await expect(page.getByLabel("Title")).toHaveValue("Still here");
  await expectNoAxeViolationsInBothThemes(page, "write, publishing needs a profile");

  await saveAuthorProfile(page, "Rowan");
  await page.goto("/stories/mine");
  await expect(storyCard(page, "Still here").getByText("Draft.")).toBeVisible();
  await page.goto("/stories/write");
  await fillStory(page, "Tea at night", CRISIS, "Suicide");
  await page.getByRole("checkbox", { name: "Publish anonymously" }).check();
  await page.getByRole("button", { name: "Publish" }).click();

  // Only the author sees this, privately; closing it goes on to the published story.
  const support = page.getByRole("heading", { name: "You matter, and you don't have to hold this alone" });
  await expect(support).toBeFocused();
  await expect(page.getByRole("link", { name: "Open my safety plan" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "support after publishing");
  await page.getByRole("button", { name: "Close" }).click();
  await expect(page).toHaveURL(/\/stories\/s\/[0-9a-f-]{36}$/);

  await page.goto("/stories/mine");
  await expect(storyCard(page, "Tea at night").getByText("Anonymous to readers.")).toBeVisible();
  await context.close();
});
