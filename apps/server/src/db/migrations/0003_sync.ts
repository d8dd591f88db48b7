import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// End-to-end-encrypted sync (docs/sync.md S1–S21). Portable types only, as in 0002_accounts; the
// server stores opaque envelope strings it cannot read, keyed by (user_id, id), and a per-person
// sequence counter. Rows go with their person: user_id references users(id) ON DELETE CASCADE.
// Every key starts with user_id, so the tables can be sharded by person (docs/sync.md "Scale").
export const sync: Migration = {
  async up(db: Kysely<unknown>) {
    // One row per person: the last seq handed out (S3), and what they store, for the quota (S16).
    // Its row lock is what makes one person's writes commit in seq order on PostgreSQL.
    await db.schema
      .createTable("sync_counters")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("seq", "bigint", (col) => col.notNull())
      .addColumn("items", "bigint", (col) => col.notNull())
      .addColumn("bytes", "bigint", (col) => col.notNull())
      .execute();

    await db.schema
      .createTable("sync_items")
      .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("id", "text", (col) => col.notNull())
      .addColumn("seq", "bigint", (col) => col.notNull())
      // 0 or 1: SQLite has no boolean type, and the driver cannot bind a JavaScript boolean.
      .addColumn("deleted", "integer", (col) => col.notNull())
      // The envelope (JSON text); NULL for a tombstone, whose ciphertext is wiped (S8).
      .addColumn("envelope", "text")
      .addColumn("size", "integer", (col) => col.notNull())
      .addPrimaryKeyConstraint("sync_items_pk", ["user_id", "id"])
      .execute();
    // "What changed after my cursor?" is a range scan on this index (S10); unique, because one
    // person's seqs are never reused.
    await db.schema
      .createIndex("sync_items_user_seq")
      .on("sync_items")
      .columns(["user_id", "seq"])
      .unique()
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("sync_items").execute();
    await db.schema.dropTable("sync_counters").execute();
  },
};
