import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// Stories (docs/stories.md): public by the author's choice, so stored in plaintext. Every person
// column references users ON DELETE CASCADE, and a story's hearts and comments go with the story.
export const stories: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("story_profiles")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("name", "text", (col) => col.notNull())
      .addColumn("about", "text", (col) => col.notNull())
      .addColumn("colour", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .execute();
    await db.schema
      .createTable("stories")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("author_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("status", "text", (col) => col.notNull())
      .addColumn("title", "text", (col) => col.notNull())
      .addColumn("body", "text", (col) => col.notNull())
      // JSON arrays as text: the same on both databases, and only ever read whole.
      .addColumn("themes", "text", (col) => col.notNull())
      .addColumn("content_notes", "text", (col) => col.notNull())
      .addColumn("anonymous", "integer", (col) => col.notNull())
      .addColumn("hide_hearts", "integer", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("updated_at", "text", (col) => col.notNull())
      .addColumn("published_at", "text")
      .execute();
    // The feed: published, newest first, keyset on (published_at, id) (ST7).
    await db.schema
      .createIndex("stories_feed")
      .on("stories")
      .columns(["status", "published_at", "id"])
      .execute();
    await db.schema.createIndex("stories_author").on("stories").column("author_id").execute();
    await db.schema
      .createTable("story_hearts")
      .addColumn("story_id", "text", (col) => col.notNull().references("stories.id").onDelete("cascade"))
      .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (col) => col.notNull())
      .addPrimaryKeyConstraint("story_hearts_pk", ["story_id", "user_id"])
      .execute();
    await db.schema.createIndex("story_hearts_user").on("story_hearts").column("user_id").execute();
    await db.schema
      .createTable("story_comments")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("story_id", "text", (col) => col.notNull().references("stories.id").onDelete("cascade"))
      .addColumn("author_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      // One level of replies (ST8); replies go with the comment they answer.
      .addColumn("parent_id", "text", (col) => col.references("story_comments.id").onDelete("cascade"))
      .addColumn("body", "text", (col) => col.notNull())
      .addColumn("status", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex("story_comments_story")
      .on("story_comments")
      .columns(["story_id", "created_at"])
      .execute();
    await db.schema.createIndex("story_comments_author").on("story_comments").column("author_id").execute();
    await db.schema.createIndex("story_comments_parent").on("story_comments").column("parent_id").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("story_comments").execute();
    await db.schema.dropTable("story_hearts").execute();
    await db.schema.dropTable("stories").execute();
    await db.schema.dropTable("story_profiles").execute();
  },
};
