import type { Page } from "@playwright/test";
import { expect, test } from "../support/fixtures.ts";
import { grantRole } from "../support/moderation.ts";
import { saveAuthorProfile, storyPerson } from "../support/stories.ts";

/**
 * Issue 7 as three people meet it, through the screens only (the other stories specs check each
 * screen in depth, with axe): an author publishes with a content note; a reader finds it behind a
 * cover, opens it, hearts it and comments; the author sees the comment; the reader reports it and a
 * moderator hides it; a harsh comment meets the nudge; a block works both ways.
 */

const PASSWORD = "lanterns along the quiet river";
const TITLE = "What the garden taught me";
const BODY = "I used to think rest had to be earned.\n\nThe tomatoes grew anyway, and so did I.";
const SECOND = "Small mornings";

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });
const comments = (page: Page) => page.getByRole("region", { name: "Comments" });
const storyArticle = (page: Page) => page.locator("article.read-page");

async function writeAndPublish(page: Page, title: string, body: string, note: string): Promise<string> {
  await page.goto("/stories/write");
  await page.getByLabel("Title").fill(title);
  await page.getByRole("textbox", { name: "Your story" }).fill(body);
  await page.getByRole("checkbox", { name: note }).check();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved. Only you can see it.")).toBeVisible();
  await page.goto("/stories/mine");
  await page
    .getByRole("article", { name: title })
    .getByRole("button", { name: /^Publish/ })
    .click();
  await expect(page).toHaveURL(/\/stories\/s\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

test("publish, read behind a cover, heart, comment, report, hide, nudge and block", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(300_000);
  const author = await storyPerson(browser, server.url, PASSWORD);
  const reader = await storyPerson(browser, server.url, PASSWORD);
  const moderator = await storyPerson(browser, server.url, PASSWORD);
  await grantRole(server.dataDir, moderator.username, "moderator");
  for (const person of [author, reader]) await person.page.emulateMedia({ reducedMotion: "reduce" });

  // The author publishes a story that names self-harm.
  await saveAuthorProfile(author.page, "Juniper");
  const storyId = await writeAndPublish(author.page, TITLE, BODY, "Self-harm");

  // The reader's feed covers it (the default filter for self-harm), then shows it on request.
  await reader.page.goto("/stories");
  const feed = reader.page.getByRole("list", { name: "Stories, newest first" });
  await expect(feed.getByRole("heading", { name: "This story mentions self-harm" })).toBeVisible();
  await expect(reader.page.getByText(TITLE)).toHaveCount(0);
  await feed.getByRole("button", { name: "Show anyway" }).click();
  await feed.getByRole("link", { name: TITLE }).click();
  await expect(reader.page).toHaveURL(new RegExp(`/stories/s/${storyId}$`));
  await reader.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(h1(reader.page)).toHaveText(TITLE);
  await expect(storyArticle(reader.page).getByText("Juniper")).toBeVisible();
  await expect(comments(reader.page).getByText("Be the first to respond")).toBeVisible();

  // A heart and a kind comment.
  await reader.page.getByRole("button", { name: /Heart this story/ }).click();
  await expect(reader.page.getByRole("button", { name: "Heart this story (1)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  const kind = "The tomatoes line made me smile. Thank you.";
  await comments(reader.page).getByLabel("Your comment").fill(kind);
  await comments(reader.page).getByRole("button", { name: "Post comment" }).click();
  await expect(comments(reader.page).getByText(kind)).toBeVisible();

  // A harsh comment meets the gentle nudge first.
  await comments(reader.page).getByLabel("Your comment").fill("Just get over it.");
  await comments(reader.page).getByRole("button", { name: "Post comment" }).click();
  await expect(
    reader.page.getByText("Your words may land harder than you mean. Would you like to soften them?"),
  ).toBeVisible();
  await reader.page.getByRole("button", { name: "Edit my comment" }).click();
  await comments(reader.page).getByLabel("Your comment").fill("");

  // The author sees the comment and the heart.
  await author.page.goto(`/stories/s/${storyId}`);
  await author.page.getByRole("button", { name: "Show anyway" }).click();
  await expect(comments(author.page).getByText(kind)).toBeVisible();
  await expect(author.page.getByText("1 heart", { exact: true })).toBeVisible();

  // The reader reports it; a moderator finds the report and hides the story.
  await storyArticle(reader.page).getByRole("button", { name: "Report this story" }).click();
  await storyArticle(reader.page).getByLabel("Shares private information").check();
  await storyArticle(reader.page).getByRole("button", { name: "Send report" }).click();
  await expect(reader.page.getByText("Thank you. A moderator will look at it.")).toBeVisible();

  await moderator.page.goto("/more");
  await moderator.page.getByRole("link", { name: /^Moderation/ }).click();
  const reported = moderator.page.getByRole("article", { name: /Reported/ });
  await expect(reported).toHaveAccessibleName(new RegExp(TITLE));
  await expect(reported.getByText(`Juniper (username ${author.username})`)).toBeVisible();
  await reported.getByRole("button", { name: "Hide" }).click();
  await expect(
    moderator.page.getByRole("status").getByText("Hidden. Readers no longer see it."),
  ).toBeVisible();

  await reader.page.goto("/stories");
  await expect(reader.page.getByText("No stories here yet.", { exact: false })).toBeVisible();
  await reader.page.goto(`/stories/s/${storyId}`);
  await expect(reader.page.getByText(TITLE)).toHaveCount(0);
  await author.page.goto("/stories/mine");
  await expect(author.page.getByRole("article", { name: TITLE }).getByText(/taken this down/)).toBeVisible();

  // A block works both ways: the reader blocks the author from a second story.
  const second = await writeAndPublish(author.page, SECOND, "Tea, the window, a breath.", "None of these");
  await reader.page.goto(`/stories/s/${second}`);
  await expect(h1(reader.page)).toHaveText(SECOND);
  await comments(reader.page).getByLabel("Your comment").fill("I know those mornings.");
  await comments(reader.page).getByRole("button", { name: "Post comment" }).click();
  await expect(comments(reader.page).getByText("I know those mornings.")).toBeVisible();
  await storyArticle(reader.page).getByRole("button", { name: "Block this person" }).click();
  await reader.page.getByRole("button", { name: "Yes, block" }).click();
  await expect(reader.page).toHaveURL(/\/stories$/);
  await expect(reader.page.getByText(SECOND)).toHaveCount(0);
  // The other way: the author no longer sees the reader's comment on their own story.
  await author.page.goto(`/stories/s/${second}`);
  await expect(h1(author.page)).toHaveText(SECOND);
  await expect(comments(author.page).getByText("Be the first to respond")).toBeVisible();
  await expect(author.page.getByText("I know those mornings.")).toHaveCount(0);

  for (const person of [author, reader, moderator]) await person.context.close();
});
