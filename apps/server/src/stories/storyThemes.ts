import type { StoryTheme } from "@small-steps/sync";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Keeps story_themes (the feed-by-theme index, migration 0009) in step with a story: its themes
 * after a write, and its publish time after publishing or unpublishing. Called in the same
 * transaction as the change to the story itself.
 */
export async function setStoryThemes(
  db: Kysely<Database>,
  storyId: string,
  themes: readonly StoryTheme[],
  publishedAt: string | null,
): Promise<void> {
  await db.deleteFrom("story_themes").where("story_id", "=", storyId).execute();
  if (themes.length === 0) return;
  await db
    .insertInto("story_themes")
    .values(themes.map((theme) => ({ story_id: storyId, theme, published_at: publishedAt })))
    .execute();
}

export async function setThemesPublishedAt(
  db: Kysely<Database>,
  storyId: string,
  publishedAt: string | null,
): Promise<void> {
  await db
    .updateTable("story_themes")
    .set({ published_at: publishedAt })
    .where("story_id", "=", storyId)
    .execute();
}
