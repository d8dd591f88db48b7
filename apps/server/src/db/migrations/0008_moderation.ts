import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// Moderation for stories (docs/stories.md, ST12–ST19): roles granted by the admin command, bans,
// blocks between two people, the moderation queue (reports, held comments, crisis flags), an audit
// log and server-wide settings.
export const moderation: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("user_roles")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("role", "text", (col) => col.notNull())
      .addColumn("granted_at", "text", (col) => col.notNull())
      .execute();
    await db.schema
      .createTable("user_bans")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("reason", "text")
      .addColumn("banned_at", "text", (col) => col.notNull())
      .execute();
    await db.schema
      .createTable("story_blocks")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("blocker_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("blocked_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      // What the blocker saw: the name, or null for an anonymous author; and the story it was on.
      .addColumn("name", "text")
      .addColumn("story_title", "text")
      .addColumn("created_at", "text", (col) => col.notNull())
      .addUniqueConstraint("story_blocks_pair", ["blocker_id", "blocked_id"])
      .execute();
    await db.schema
      .createIndex("story_blocks_blocked")
      .on("story_blocks")
      .columns(["blocked_id", "blocker_id"])
      .execute();
    await db.schema
      .createTable("moderation_items")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("kind", "text", (col) => col.notNull())
      .addColumn("story_id", "text", (col) => col.notNull().references("stories.id").onDelete("cascade"))
      .addColumn("comment_id", "text", (col) => col.references("story_comments.id").onDelete("cascade"))
      // A report outlives its reporter's account; the reporter is never shown to anyone.
      .addColumn("reporter_id", "text", (col) => col.references("users.id").onDelete("set null"))
      .addColumn("reason", "text")
      .addColumn("note", "text")
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("resolved_at", "text")
      .addColumn("resolution", "text")
      .execute();
    await db.schema
      .createIndex("moderation_items_open")
      .on("moderation_items")
      .columns(["resolved_at", "created_at"])
      .execute();
    await db.schema.createIndex("moderation_items_story").on("moderation_items").column("story_id").execute();
    await db.schema
      .createIndex("moderation_items_comment")
      .on("moderation_items")
      .column("comment_id")
      .execute();
    await db.schema
      .createIndex("moderation_items_reporter")
      .on("moderation_items")
      .column("reporter_id")
      .execute();
    // The audit log keeps names, not references, so it outlives the accounts it mentions.
    await db.schema
      .createTable("moderation_log")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("moderator", "text", (col) => col.notNull())
      .addColumn("action", "text", (col) => col.notNull())
      .addColumn("target", "text", (col) => col.notNull())
      .addColumn("target_id", "text", (col) => col.notNull())
      .addColumn("reason", "text")
      .addColumn("created_at", "text", (col) => col.notNull())
      .execute();
    await db.schema.createIndex("moderation_log_time").on("moderation_log").column("created_at").execute();
    await db.schema
      .createTable("server_settings")
      .addColumn("key", "text", (col) => col.primaryKey())
      .addColumn("value", "text", (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "server_settings",
      "moderation_log",
      "moderation_items",
      "story_blocks",
      "user_bans",
      "user_roles",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
