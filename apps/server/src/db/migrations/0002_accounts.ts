import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// Accounts and their sessions. Portable types only (text, integer) so the same migration runs on
// SQLite and PostgreSQL; times are ISO-8601 UTC text, which sorts and compares correctly as text.
// The server never holds a password or a key it could use: only its own Argon2id hashes of the
// auth keys, the KDF salt and parameters the client needs, and the wrapped key bundle (opaque JSON).
export const accounts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (col) => col.primaryKey())
      // Stored normalized (NFKC, lower case), so the unique constraint matches how names compare.
      .addColumn("username", "text", (col) => col.notNull().unique())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("kdf_salt", "text", (col) => col.notNull())
      .addColumn("kdf_ops_limit", "integer", (col) => col.notNull())
      .addColumn("kdf_mem_limit_bytes", "integer", (col) => col.notNull())
      .addColumn("auth_hash", "text", (col) => col.notNull())
      .addColumn("recovery_auth_hash", "text", (col) => col.notNull())
      .addColumn("key_bundle", "text", (col) => col.notNull())
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      // SHA-256 of the cookie's token: a copy of the database cannot be used to sign in.
      .addColumn("token_hash", "text", (col) => col.notNull().unique())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("last_seen_at", "text", (col) => col.notNull())
      .addColumn("label", "text", (col) => col.notNull())
      .execute();
    await db.schema.createIndex("sessions_user_id").on("sessions").column("user_id").execute();
    await db.schema.createIndex("sessions_last_seen_at").on("sessions").column("last_seen_at").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("sessions").execute();
    await db.schema.dropTable("users").execute();
  },
};
