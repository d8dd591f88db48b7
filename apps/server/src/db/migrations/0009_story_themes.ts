import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// The feed by theme (ST7): one row per story and theme, with the story's publish time copied in,
// so a page of a rare theme is an index range like the whole feed's, not a scan of every story
// testing its themes (bench/stories.ts: a theme on 1% of 1M stories walked ~2,000 entries a page).
export const storyThemes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("story_themes")
      .addColumn("story_id", "text", (col) => col.notNull().references("stories.id").onDelete("cascade"))
      .addColumn("theme", "text", (col) => col.notNull())
      // Null while the story is a draft; the stories row stays the truth about its status.
      .addColumn("published_at", "text")
      .addPrimaryKeyConstraint("story_themes_pk", ["story_id", "theme"])
      .execute();
    await db.schema
      .createIndex("story_themes_feed")
      .on("story_themes")
      .columns(["theme", "published_at", "story_id"])
      .execute();
    // Stories written before this migration: their themes, from the JSON column.
    const rows = await (
      db as Kysely<{ stories: { id: string; themes: string; published_at: string | null } }>
    )
      .selectFrom("stories")
      .select(["id", "themes", "published_at"])
      .execute();
    const themed = rows.flatMap((row) =>
      (JSON.parse(row.themes) as string[]).map((theme) => ({
        story_id: row.id,
        theme,
        published_at: row.published_at,
      })),
    );
    const target = db as Kysely<{
      story_themes: { story_id: string; theme: string; published_at: string | null };
    }>;
    for (let i = 0; i < themed.length; i += 500) {
      await target
        .insertInto("story_themes")
        .values(themed.slice(i, i + 500))
        .execute();
    }
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("story_themes").execute();
  },
};
