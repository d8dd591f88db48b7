import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// The trusted circle (docs/circle.md CR1–CR16). Portable types only, as in 0003_sync; times are
// ISO-8601 UTC text. The server keeps routing only: who is connected to whom, public keys, hashes
// of invite codes, blocks, mutes, and opaque boxes it cannot open. Every person column references
// users(id) ON DELETE CASCADE — both sides of a pair — so deleting an account leaves nothing of
// that person anywhere in the circle, even where they were the *other* person.
export const circle: Migration = {
  async up(db: Kysely<unknown>) {
    // CR1: one public key per person, set once.
    await db.schema
      .createTable("circle_keys")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("public_key", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .execute();

    // CR3: only the code's SHA-256 is kept; unique, so accepting is one index lookup.
    await db.schema
      .createTable("circle_invites")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("owner_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("code_hash", "text", (col) => col.notNull().unique())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("expires_at", "text", (col) => col.notNull())
      .addColumn("used_at", "text")
      .execute();
    await db.schema.createIndex("circle_invites_owner").on("circle_invites").column("owner_id").execute();
    await db.schema.createIndex("circle_invites_expires").on("circle_invites").column("expires_at").execute();

    // CR4–CR5: member_id is in owner_id's circle. "Who am I in the circle of" reads member_id.
    await db.schema
      .createTable("circle_members")
      .addColumn("owner_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("member_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (col) => col.notNull())
      .addPrimaryKeyConstraint("circle_members_pk", ["owner_id", "member_id"])
      .execute();
    await db.schema.createIndex("circle_members_member").on("circle_members").column("member_id").execute();

    // CR5: a block refuses every future invite between the two.
    await db.schema
      .createTable("circle_blocks")
      .addColumn("blocker_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("blocked_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (col) => col.notNull())
      .addPrimaryKeyConstraint("circle_blocks_pk", ["blocker_id", "blocked_id"])
      .execute();
    await db.schema.createIndex("circle_blocks_blocked").on("circle_blocks").column("blocked_id").execute();

    // CR9: kept on the server only so pushes respect it; no row means not muted.
    await db.schema
      .createTable("circle_mutes")
      .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("peer_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("until", "text", (col) => col.notNull())
      .addPrimaryKeyConstraint("circle_mutes_pk", ["user_id", "peer_id"])
      .execute();
    await db.schema.createIndex("circle_mutes_peer").on("circle_mutes").column("peer_id").execute();

    // CR8: one row per recipient; its row lock makes one inbox's boxes commit in seq order on
    // PostgreSQL (as sync_counters does for items).
    await db.schema
      .createTable("circle_counters")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("seq", "bigint", (col) => col.notNull())
      .execute();

    // CR6–CR8: boxes waiting for their recipient, read in seq order; (sender_id, id) is unique so a
    // retried send stores nothing new (CR7).
    await db.schema
      .createTable("circle_messages")
      .addColumn("recipient_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("seq", "bigint", (col) => col.notNull())
      .addColumn("id", "text", (col) => col.notNull())
      .addColumn("sender_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("box", "text", (col) => col.notNull())
      // 0 or 1: SQLite has no boolean type.
      .addColumn("quiet", "integer", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addPrimaryKeyConstraint("circle_messages_pk", ["recipient_id", "seq"])
      .addUniqueConstraint("circle_messages_sender_id", ["sender_id", "id"])
      .execute();
    // Boxes wait 30 days (CR8): the sweep reads this index.
    await db.schema
      .createIndex("circle_messages_created")
      .on("circle_messages")
      .column("created_at")
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "circle_messages",
      "circle_counters",
      "circle_mutes",
      "circle_blocks",
      "circle_members",
      "circle_invites",
      "circle_keys",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
