import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolationsInBothThemes, test } from "../support/fixtures.ts";
import { grantRole } from "../support/moderation.ts";
import { api, publishStory, saveProfileByApi, storyPerson } from "../support/stories.ts";

/**
 * Moderation (issue 7, ST15–ST19) against the real server: a writer's stories, a reader who
 * reports one and posts a harsh comment anyway, and a moderator given the role by the real admin
 * command. The moderator opens More → Moderation, sees crisis words first and labelled, hides the
 * reported story (the reader then gets 404), lets the held comment through, bans from an item,
 * reads the log; as an admin turns on holding first comments. People without the role read calm
 * words and see no More link. axe runs on every moderation screen, light and dark.
 */

const PASSWORD = "lanterns along the quiet canal";
const REPORTED = "The lamp across the street";
const QUIET = "Warm water over cold hands";
const HEAVY = "The long winter";

const item = (page: Page, name: RegExp | string) => page.getByRole("article", { name });
const modLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Moderation" }).getByRole("link", { name, exact: true });
const queueHeading = (page: Page) => page.getByRole("heading", { name: "Waiting for a look" });

/** Opens More once "who am I here" has been answered, so a missing link is really missing. */
async function openMore(page: Page): Promise<void> {
  const asked = page.waitForResponse((r) => r.url().endsWith("/api/moderation/me"));
  await page.goto("/more");
  await asked;
}

test("signed out, the moderation page says calmly who it is for", async ({ page }) => {
  await page.goto("/moderation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderation");
  await expect(page.getByText("This page is for moderators.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Moderation" })).toHaveCount(0);
  await expectNoAxeViolationsInBothThemes(page, "moderation, signed out");
});

test("report, hold, crisis: hide, let through, nothing needed, ban, the log and the setting", async ({
  browser,
  ownServer: server,
}) => {
  test.setTimeout(300_000);
  const writer = await storyPerson(browser, server.url, PASSWORD);
  await saveProfileByApi(writer.page, "Wren");
  const reported = await publishStory(writer.page, {
    title: REPORTED,
    body: "Most nights I noticed it.\n\nOne night it was enough. https://example.org stays plain text.",
    contentNotes: ["grief"],
  });
  const quiet = await publishStory(writer.page, {
    title: QUIET,
    body: "It helps more than I expected.",
    contentNotes: ["none"],
  });
  await publishStory(writer.page, {
    title: HEAVY,
    body: "There were years I thought I want to die.\n\nI am still here, and spring came.",
    contentNotes: ["suicide"],
  });

  const reader = await storyPerson(browser, server.url, PASSWORD);
  const report = await api(reader.page, "POST", `/api/stories/${reported}/report`, {
    reason: "unkind",
    note: "This felt harsh to read. <b>bold?</b>",
  });
  expect(report.status).toBe(200);
  const harsh = { body: "Just get over it already.", postAnyway: true };
  const held = await api(reader.page, "POST", `/api/stories/${quiet}/comments`, harsh);
  expect(held.status).toBe(201);
  expect(held.json.comment.status).toBe("held");

  const moderator = await storyPerson(browser, server.url, PASSWORD);
  await grantRole(server.dataDir, moderator.username, "moderator");
  const page = moderator.page;
  await openMore(page);
  await page.getByRole("link", { name: /^Moderation/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderation");
  await expect(queueHeading(page)).toBeVisible();
  await expect(modLink(page, "Queue")).toHaveAttribute("aria-current", "page");

  // Crisis words come first, named before the words, with a line about care already given.
  const first = page.getByRole("article").first();
  await expect(first).toHaveAccessibleName(/Words that may mean someone is struggling/);
  await expect(first.getByText("Content notes: suicide")).toBeVisible();
  await expect(first.getByText("This may be hard to read.")).toBeVisible();
  await expect(first.getByText(/already shown their safety plan and crisis lines, privately/)).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(3);

  const reportItem = item(page, /Reported: unkind or harsh/);
  await expect(reportItem).toHaveAccessibleName(new RegExp(REPORTED));
  await expect(reportItem.locator("blockquote")).toHaveText("This felt harsh to read. <b>bold?</b>");
  await expect(reportItem.getByText(`Wren (username ${writer.username})`)).toBeVisible();
  await expect(reportItem.getByText("Published; readers can see it")).toBeVisible();
  await expect(reportItem.getByText("https://example.org stays plain text.", { exact: false })).toBeVisible();
  await expect(reportItem.getByRole("link")).toHaveCount(0);
  await expectNoAxeViolationsInBothThemes(page, "moderation queue");

  // Hide the reported story, with a reason for the log.
  await reportItem.getByLabel("A reason, if you like").fill("Unkind to readers.");
  await reportItem.getByRole("button", { name: "Hide" }).click();
  await expect(page.getByRole("status").getByText("Hidden. Readers no longer see it.")).toBeVisible();
  await expect(item(page, /Reported/)).toHaveCount(0);
  const heldItem = item(page, /Posted after the gentle nudge/);
  await expect(heldItem.getByRole("heading")).toBeFocused();
  expect((await api(reader.page, "GET", `/api/stories/${reported}`)).status).toBe(404);

  // Let the held comment through: readers see it.
  await expect(heldItem.getByText("Just get over it already.")).toBeVisible();
  await expect(heldItem.getByText("Waiting here; only its author sees it")).toBeVisible();
  await heldItem.getByRole("button", { name: "Let it through" }).click();
  await expect(page.getByRole("status").getByText("Let through. Readers can see it now.")).toBeVisible();
  await expect(item(page, /Posted after the gentle nudge/)).toHaveCount(0);
  const visible = await api(writer.page, "GET", `/api/stories/${quiet}/comments`);
  expect(visible.json.comments.map((c: { body: string }) => c.body)).toContain("Just get over it already.");

  // The crisis words can stay up: nothing needed. The queue is then empty, and says thank you.
  await item(page, /struggling/)
    .getByRole("button", { name: "Nothing needed" })
    .click();
  await expect(page.getByRole("status").getByText("Left as it is. Thank you for looking.")).toBeVisible();
  await expect(page.getByText("Nothing waiting. Thank you for looking after this space.")).toBeVisible();
  await expect(queueHeading(page)).toBeFocused();

  // Another harsh comment, held; the moderator bans its author, after a second, explained yes.
  const again = await api(reader.page, "POST", `/api/stories/${quiet}/comments`, {
    body: "Stop being so dramatic.",
    postAnyway: true,
  });
  expect(again.status).toBe(201);
  await page.reload();
  const banItem = item(page, /Posted after the gentle nudge/);
  await banItem.getByRole("button", { name: "Ban the author" }).click();
  const explain = banItem.getByText(`Ban ${reader.username}? They can still read`);
  await expect(explain).toBeFocused();
  await expect(explain).toContainText("no longer post, comment, heart or report");
  await expect(explain).toContainText("What they have up now is taken down.");
  await banItem.getByRole("button", { name: "Not now" }).click();
  await expect(banItem.getByRole("button", { name: "Ban the author" })).toBeFocused();
  await banItem.getByRole("button", { name: "Ban the author" }).click();
  await banItem.getByRole("button", { name: `Ban ${reader.username}` }).click();
  await expect(page.getByRole("status").getByText(`${reader.username} is banned.`)).toBeVisible();
  await expect(page.getByText("Nothing waiting. Thank you for looking after this space.")).toBeVisible();
  const refused = await api(reader.page, "POST", `/api/stories/${quiet}/comments`, { body: "Hello again." });
  expect(refused.status).toBe(403);
  expect(refused.json.error).toBe("banned");
  const after = await api(writer.page, "GET", `/api/stories/${quiet}/comments`);
  expect(after.json.comments.map((c: { body: string }) => c.body)).not.toContain("Just get over it already.");

  // The log: every decision, newest first, with the reason and the role the command gave.
  await modLink(page, "Log").click();
  await expect(page.getByRole("heading", { name: "The log" })).toBeVisible();
  await expect(modLink(page, "Log")).toHaveAttribute("aria-current", "page");
  const log = page.getByRole("list", { name: "The log" });
  await expect(log.getByRole("listitem")).toHaveCount(5);
  await expect(log.getByRole("listitem").first()).toContainText(`Banned ${reader.username}`);
  await expect(log.getByRole("listitem").first()).toContainText(`By ${moderator.username}`);
  await expect(log.getByText("Looked at a story")).toBeVisible();
  await expect(log.getByText("Restored a comment")).toBeVisible();
  await expect(log.getByRole("listitem").filter({ hasText: "Hid a story" })).toContainText(
    "Reason: Unkind to readers.",
  );
  await expect(log.getByText(`Made ${moderator.username} a moderator`)).toBeVisible();
  await expect(log.getByText("By the admin command")).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page, "moderation log");

  // Settings: a moderator reads where it stands; admins change it.
  await modLink(page, "Settings").click();
  await expect(page.getByRole("heading", { name: "Settings", level: 2 })).toBeVisible();
  await expect(page.getByText("This is off.")).toBeVisible();
  await expect(page.getByText("Admins change this setting.")).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expectNoAxeViolationsInBothThemes(page, "moderation settings, moderator");

  await grantRole(server.dataDir, moderator.username, "admin");
  await page.reload();
  const hold = page.getByRole("checkbox", { name: "Hold a new account's first comment for review" });
  await expect(hold).not.toBeChecked();
  await hold.check();
  await expect(page.getByText("Saved. A new account's first comment will wait for a look.")).toBeVisible();
  await expect(hold).toBeChecked();
  await expectNoAxeViolationsInBothThemes(page, "moderation settings, admin");
  expect((await api(page, "GET", "/api/moderation/settings")).json.holdFirstComment).toBe(true);

  // With it on, the writer's first comment waits, and is let through like any held one.
  const firstComment = await api(writer.page, "POST", `/api/stories/${quiet}/comments`, {
    body: "Thank you for reading.",
  });
  expect(firstComment.json.comment.status).toBe("held");
  await modLink(page, "Queue").click();
  const firstItem = item(page, /A first comment from a new account/);
  await expect(firstItem.getByText("Thank you for reading.")).toBeVisible();
  await firstItem.getByRole("button", { name: "Let it through" }).click();
  await expect(page.getByRole("status").getByText("Let through. Readers can see it now.")).toBeVisible();

  await modLink(page, "Log").click();
  await expect(page.getByText("Turned on holding a new account's first comment")).toBeVisible();

  // Without the role: calm words at /moderation, and no link in More.
  await writer.page.goto("/moderation");
  await expect(writer.page.getByText("This page is for moderators.")).toBeVisible();
  await expect(writer.page.getByRole("list", { name: "The log" })).toHaveCount(0);
  await expectNoAxeViolationsInBothThemes(writer.page, "moderation, not a moderator");
  await openMore(writer.page);
  await expect(writer.page.getByRole("link", { name: /^Account and sync/ })).toBeVisible();
  await expect(writer.page.getByRole("link", { name: /^Moderation/ })).toHaveCount(0);
  await openMore(page);
  await expect(page.getByRole("link", { name: /^Moderation/ })).toBeVisible();

  await writer.context.close();
  await reader.context.close();
  await moderator.context.close();
});
