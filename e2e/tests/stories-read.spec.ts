import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolationsInBothThemes, test } from "../support/fixtures.ts";
import { api, publishStory, type StoryPerson, storyPerson } from "../support/stories.ts";

/**
 * Reading stories (issue 7), two people in two browser contexts against the real server: the feed
 * with its reader filters (self-harm starts behind a cover), a story's page, hearts, comments both
 * ways, the gentle nudge before a harsh comment, text that stays text whatever it holds, report,
 * and block both ways. axe runs on every screen, light and dark.
 */

const PASSWORD = "moss on the old stone wall";

const WINTER = {
  title: "The winter I stopped hiding",
  body: "For years I kept it all inside.\n\nThen one morning I told a friend, and the room stayed standing.",
  contentNotes: ["self-harm"],
  themes: ["healing"],
};
const GRIEF = {
  title: "Letters to my grandmother",
  body: "She was the one safe place.\n\nI still write to her on Sundays.",
  contentNotes: ["grief"],
  themes: ["healing"],
};

/** Markup and script in every place a person can write: all of it must stay plain, inert text. */
const PAYLOADS = [
  "<img src=x onerror=\"window.__xss='img'\">",
  "<script>window.__xss='script'</script>",
  "<a href=\"javascript:window.__xss='link'\">a kind link</a>",
  "javascript:alert(1)",
  "<svg onload=\"window.__xss='svg'\"></svg>",
  '"><iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  "https://example.org/<b>bold</b>",
];
const XSS_TITLE = "<img src=x onerror=alert(1)> and <b>bold</b>";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const storyArticle = (page: Page) => page.locator("article.read-page");
const comments = (page: Page) => page.getByRole("region", { name: "Comments" });

async function newReader(browser: Parameters<typeof storyPerson>[0], url: string): Promise<StoryPerson> {
  const person = await storyPerson(browser, url, PASSWORD);
  // Transitions off: axe reads colours mid-fade otherwise.
  await person.page.emulateMedia({ reducedMotion: "reduce" });
  return person;
}

test("without an account, stories say why one is needed and where to make it", async ({ page }) => {
  await page.goto("/stories");
  await expect(h1(page)).toHaveText("Stories");
  await expect(page.getByRole("heading", { name: "Stories need an account" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your account" })).toHaveAttribute("href", "/account");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await expectNoAxeViolationsInBothThemes(page, "stories, signed out");
});

test("two readers: covers, a story's page, hearts, comments, the nudge, text stays text, report, block", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(240_000);
  const alex = await newReader(browser, server.url);
  const bo = await newReader(browser, server.url);

  // Alex has an author profile and publishes three stories: self-harm, grief, and one full of markup.
  const profile = await api(alex.page, "PUT", "/api/stories/profile", {
    name: "Wren",
    about: "Learning to rest. <i>Slowly</i>.",
    avatarColour: "sage",
  });
  expect(profile.status).toBe(200);
  const winterId = await publishStory(alex.page, WINTER);
  await publishStory(alex.page, GRIEF);
  const xssId = await publishStory(alex.page, {
    title: XSS_TITLE,
    body: PAYLOADS.join("\n\n"),
    contentNotes: ["none"],
  });

  // Bo's feed: newest first; the self-harm story waits behind a cover by default, its words absent.
  const dialogs: string[] = [];
  bo.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await bo.page.goto("/stories");
  await expect(h1(bo.page)).toHaveText("Stories");
  const feed = bo.page.getByRole("list", { name: "Stories, newest first" });
  await expect(feed.getByRole("article")).toHaveCount(3);
  await expect(feed.getByRole("heading", { name: "This story mentions self-harm" })).toBeVisible();
  await expect(bo.page.getByText(WINTER.title)).toHaveCount(0);
  await expect(bo.page.getByText("For years I kept it all inside.")).toHaveCount(0);
  await expect(feed.getByText("Content notes: self-harm")).toBeVisible();
  await expect(feed.getByRole("link", { name: GRIEF.title })).toBeVisible();
  await expect(feed.getByText("Content notes: grief")).toBeVisible();
  await expect(feed.getByText("No content notes")).toBeVisible();
  await expect(feed.getByText(XSS_TITLE, { exact: true })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "feed with a covered story");

  // One theme at a time: nothing here is about work yet, and the invitation says so gently.
  await bo.page.getByRole("group", { name: "Stories about" }).getByLabel("Work").check();
  // The theme is in the address (coming back from a story keeps it) and focus stays on the choice.
  await expect(bo.page).toHaveURL(/\/stories\?theme=work$/);
  await expect(bo.page.getByRole("group", { name: "Stories about" }).getByLabel("Work")).toBeFocused();
  await expect(
    bo.page.getByText("No stories about this yet. If you feel ready, you could share the first."),
  ).toBeVisible();
  await bo.page.getByRole("group", { name: "Stories about" }).getByLabel("All themes").check();
  await expect(feed.getByRole("article")).toHaveCount(3);

  // "Show anyway" lifts the cover and the title takes focus; it opens the story.
  await feed.getByRole("button", { name: "Show anyway" }).click();
  const winterLink = feed.getByRole("link", { name: WINTER.title });
  await expect(winterLink).toBeFocused();
  await winterLink.click();
  await expect(bo.page).toHaveURL(new RegExp(`/stories/s/${winterId}$`));
  // Its own page covers it again: the filter is about the words, wherever they are.
  await expect(h1(bo.page)).toHaveText("This story mentions self-harm");
  await expectNoAxeViolationsInBothThemes(bo.page, "a covered story's page");
  await bo.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(h1(bo.page)).toHaveText(WINTER.title);
  await expect(h1(bo.page)).toBeFocused();
  await expect(storyArticle(bo.page).locator(".read-author-name")).toHaveText("Written by Wren");
  await expect(storyArticle(bo.page).getByText("Learning to rest. <i>Slowly</i>.")).toBeVisible();
  await expect(storyArticle(bo.page).locator(".read-body p")).toHaveCount(2);
  await expect(comments(bo.page).getByText("Be the first to respond")).toBeVisible();

  // A heart: pressed, with the count the server settles on.
  const heart = bo.page.getByRole("button", { name: /Heart this story/ });
  await expect(heart).toHaveAttribute("aria-pressed", "false");
  await heart.click();
  await expect(bo.page.getByRole("button", { name: "Heart this story (1)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await bo.page.reload();
  await bo.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(bo.page.getByRole("button", { name: "Heart this story (1)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // A comment, then Alex sees it, and replies one level down.
  const kind = "Thank you for sharing this. It stayed with me.";
  await comments(bo.page).getByLabel("Your comment").fill(kind);
  await comments(bo.page).getByRole("button", { name: "Post comment" }).click();
  await expect(comments(bo.page).getByRole("article").filter({ hasText: kind })).toBeFocused();
  await expect(comments(bo.page).getByText("Be the first to respond")).toHaveCount(0);
  await expectNoAxeViolationsInBothThemes(bo.page, "a story with a comment");

  await alex.page.goto(`/stories/s/${winterId}`);
  await expect(h1(alex.page)).toHaveText("This story mentions self-harm");
  await alex.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(comments(alex.page).getByText(kind)).toBeVisible();
  await expect(alex.page.getByText("1 heart", { exact: true })).toBeVisible();
  await comments(alex.page).getByRole("button", { name: "Reply" }).click();
  const replyBox = comments(alex.page).getByLabel(/Your reply to/);
  await expect(replyBox).toBeFocused();
  await replyBox.fill("That means a lot. Thank you for reading.");
  await comments(alex.page).getByRole("button", { name: "Post reply" }).click();
  await expect(
    comments(alex.page)
      .getByRole("list", { name: /Replies to/ })
      .getByText("That means a lot.", { exact: false }),
  ).toBeVisible();
  await expectNoAxeViolationsInBothThemes(alex.page, "the author's view with a reply");

  // A harsh comment: the nudge first, the words kept to edit; posted anyway it waits for a moderator.
  const harsh = "just get over it";
  await comments(bo.page).getByLabel("Your comment").fill(harsh);
  await comments(bo.page).getByRole("button", { name: "Post comment" }).click();
  const nudge = "Your words may land harder than you mean. Would you like to soften them?";
  await expect(bo.page.getByText(nudge)).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "the gentle nudge");
  await bo.page.getByRole("button", { name: "Edit my comment" }).click();
  await expect(comments(bo.page).getByLabel("Your comment")).toBeFocused();
  await expect(comments(bo.page).getByLabel("Your comment")).toHaveValue(harsh);
  await comments(bo.page).getByRole("button", { name: "Post comment" }).click();
  await expect(bo.page.getByText(nudge)).toBeVisible();
  await bo.page.getByRole("button", { name: "Post anyway" }).click();
  const held = comments(bo.page).getByRole("article").filter({ hasText: harsh });
  await expect(held.getByText("Waiting for a moderator to look")).toBeVisible();

  // Words that sound like someone in crisis are kept, and only their writer sees support, privately.
  const heavy = "Some days I don't want to be here anymore. Reading this helped a little.";
  await comments(bo.page).getByLabel("Your comment").fill(heavy);
  await comments(bo.page).getByRole("button", { name: "Post comment" }).click();
  const support = bo.page.getByRole("heading", { name: "You matter, and you don't have to hold this alone" });
  await expect(support).toBeFocused();
  await expect(bo.page.getByRole("link", { name: "Open my safety plan" })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "support after a heavy comment");
  await bo.page.getByRole("button", { name: "Close" }).click();
  await expect(comments(bo.page).getByRole("article").filter({ hasText: heavy })).toBeFocused();

  await alex.page.reload();
  await alex.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(comments(alex.page).getByText(kind)).toBeVisible();
  await expect(comments(alex.page).getByText(heavy)).toBeVisible();
  await expect(alex.page.getByText(harsh)).toHaveCount(0);
  await expect(alex.page.getByText("You matter", { exact: false })).toHaveCount(0);

  // Text stays text: the markup story and a markup comment render literally, and nothing runs.
  await bo.page.goto(`/stories/s/${xssId}`);
  await expect(h1(bo.page)).toHaveText(XSS_TITLE);
  for (const payload of PAYLOADS) {
    await expect(storyArticle(bo.page).getByText(payload, { exact: true })).toBeVisible();
  }
  await comments(bo.page).getByLabel("Your comment").fill(PAYLOADS.slice(0, 3).join("\n\n"));
  await comments(bo.page).getByRole("button", { name: "Post comment" }).click();
  await expect(comments(bo.page).getByText(PAYLOADS[0] ?? "", { exact: true })).toBeVisible();
  await bo.page.reload();
  await expect(comments(bo.page).getByText(PAYLOADS[1] ?? "", { exact: true })).toBeVisible();
  const injected = await bo.page
    .locator("main img, main script, main svg, main iframe, main b, main i")
    .count();
  expect(injected).toBe(0);
  await expect(bo.page.locator("main a[href^='javascript']")).toHaveCount(0);
  expect(await bo.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await bo.page.goto("/stories");
  await expect(bo.page.getByText(XSS_TITLE, { exact: true })).toBeVisible();
  expect(await bo.page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // Reading filters, on this device: self-harm shown as written, grief hidden with a quiet count.
  await bo.page.getByRole("link", { name: "Reading filters" }).click();
  await expect(h1(bo.page)).toHaveText("Reading filters");
  await expect(bo.page.getByText("These choices stay on this device.", { exact: false })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "reading filters");
  await bo.page
    .getByRole("group", { name: "Stories that mention self-harm" })
    .getByLabel("Show", { exact: true })
    .check();
  await expect(bo.page.getByText("Saved on this device.")).toBeVisible();
  await bo.page
    .getByRole("group", { name: "Stories that mention grief" })
    .getByLabel("Hide", { exact: true })
    .check();
  const stored = await bo.page.evaluate(() => localStorage.getItem("small-steps.reader-filters"));
  expect(JSON.parse(stored ?? "{}")).toMatchObject({ "self-harm": "show", grief: "hide" });
  await bo.page.goto("/stories");
  await expect(feed.getByRole("link", { name: WINTER.title })).toBeVisible();
  await expect(bo.page.getByText(GRIEF.title)).toHaveCount(0);
  await expect(bo.page.getByRole("link", { name: "1 story hidden by your filters" })).toHaveAttribute(
    "href",
    "/stories/filters",
  );
  await expectNoAxeViolationsInBothThemes(bo.page, "feed with a hidden story");

  // Report: a reason, an optional note, and a quiet thank-you.
  await feed.getByRole("link", { name: WINTER.title }).click();
  await expect(h1(bo.page)).toHaveText(WINTER.title);
  await storyArticle(bo.page).getByRole("button", { name: "Report this story" }).click();
  await expect(
    bo.page.getByText("A report goes to a moderator, never to the person who wrote it."),
  ).toBeFocused();
  await storyArticle(bo.page).getByRole("button", { name: "Send report" }).click();
  await expect(bo.page.getByText("Choose what worries you, please.", { exact: false })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "the report form");
  await storyArticle(bo.page).getByLabel("Something else").check();
  await storyArticle(bo.page)
    .getByLabel(/Anything you'd like the moderator to know/)
    .fill("Checking the report form.");
  await storyArticle(bo.page).getByRole("button", { name: "Send report" }).click();
  await expect(bo.page.getByText("Thank you. A moderator will look at it.")).toBeFocused();

  // Block, asked once more with what it means; then Alex's stories leave Bo's feed, and Bo's comment leaves Alex's view.
  await storyArticle(bo.page).getByRole("button", { name: "Block this person" }).click();
  await expect(
    bo.page.getByText(/You won't see their stories or comments, and they won't see yours/),
  ).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "block, asked once more");
  await bo.page.getByRole("button", { name: "Yes, block" }).click();
  await expect(bo.page).toHaveURL(/\/stories$/);
  await expect(bo.page.getByText("They're blocked.", { exact: false })).toBeVisible();
  await expect(
    bo.page.getByText("No stories here yet. If you feel ready, you could share the first."),
  ).toBeVisible();
  await expect(bo.page.getByText(WINTER.title)).toHaveCount(0);

  await alex.page.reload();
  await alex.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(h1(alex.page)).toHaveText(WINTER.title);
  await expect(comments(alex.page).getByText(kind)).toHaveCount(0);
  // Alex's own reply stays, on its own now.
  await expect(comments(alex.page).getByText("That means a lot. Thank you for reading.")).toBeVisible();

  // The people Bo blocked, with a way back.
  await bo.page.getByRole("link", { name: "People you blocked" }).click();
  await expect(h1(bo.page)).toHaveText("People you blocked");
  await expect(bo.page.getByText("Wren", { exact: true })).toBeVisible();
  await expectNoAxeViolationsInBothThemes(bo.page, "people you blocked");
  await bo.page.getByRole("button", { name: "Unblock Wren" }).click();
  await expect(bo.page.getByText("Wren is unblocked.")).toBeVisible();
  await expect(bo.page.getByText("You haven't blocked anyone.")).toBeVisible();
  await bo.page.goto("/stories");
  await expect(feed.getByRole("link", { name: WINTER.title })).toBeVisible();

  await alex.context.close();
  await bo.context.close();
});

/** A story as the feed answers it, for a feed the test serves itself. */
function fakeStory(n: number, contentNotes: string[] = ["none"]) {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    status: "published",
    mine: false,
    author: { name: `Writer ${n}`, about: "", avatarColour: "sky", anonymous: false },
    title: `Small story ${n}`,
    excerpt: `Words of story ${n}.`,
    themes: ["hope"],
    contentNotes,
    anonymous: false,
    publishedAt: new Date(Date.UTC(2026, 2, 4, 12, 0, 60 - n)).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 2, 4, 12, 0, 60 - n)).toISOString(),
    heartCount: n === 1 ? null : n,
    hideHearts: n === 1,
    heartedByMe: false,
    commentCount: 0,
  };
}

test("show more: the next page by its cursor, appended, focus on the first new story", async ({ page }) => {
  const asked: string[] = [];
  await page.route("**/api/stories/feed**", async (route) => {
    const before = new URL(route.request().url()).searchParams.get("before");
    asked.push(before ?? "");
    const body = before
      ? { stories: [fakeStory(21, ["grief"]), fakeStory(22)], next: null }
      : { stories: Array.from({ length: 20 }, (_, i) => fakeStory(i + 1)), next: "cursor-after-20" };
    await route.fulfill({ json: body });
  });
  await page.goto("/stories");
  await page.evaluate(() =>
    localStorage.setItem("small-steps.reader-filters", JSON.stringify({ grief: "hide" })),
  );
  await page.reload();
  const feed = page.getByRole("list", { name: "Stories, newest first" });
  await expect(feed.getByRole("article")).toHaveCount(20);
  // A hidden count is never a number: the author keeps it to themself.
  await expect(
    feed
      .getByRole("article")
      .first()
      .getByText(/hearts?$/),
  ).toHaveCount(0);
  await page.getByRole("button", { name: "Show more stories" }).click();
  await expect(feed.getByRole("article")).toHaveCount(21);
  await expect(page.getByRole("heading", { name: "Small story 22" })).toBeFocused();
  await expect(page.getByText("Small story 21")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "1 story hidden by your filters" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show more stories" })).toHaveCount(0);
  await expect(page.getByText("That's every story here for now.")).toBeVisible();
  // Every first page asks without a cursor; the one "Show more" asks with the server's.
  expect(asked.filter((before) => before !== "")).toEqual(["cursor-after-20"]);
});
