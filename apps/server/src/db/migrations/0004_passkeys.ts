import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// Passkeys (WebAuthn), a second way in beside the password. Portable types only, as in
// 0002_accounts. Binary values (public keys, ids) are base64url text so both databases read them
// the same way. Rows go with their person: user_id references users(id) ON DELETE CASCADE.
export const passkeys: Migration = {
  async up(db: Kysely<unknown>) {
    // The WebAuthn user handle: random per person, never the account id or the name, so an
    // authenticator's stored handle tells nobody anything. Made on the first passkey.
    await db.schema
      .createTable("passkey_user_handles")
      .addColumn("user_id", "text", (col) => col.primaryKey().references("users.id").onDelete("cascade"))
      .addColumn("handle", "text", (col) => col.notNull().unique())
      .addColumn("created_at", "text", (col) => col.notNull())
      .execute();

    await db.schema
      .createTable("passkeys")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      .addColumn("credential_id", "text", (col) => col.notNull().unique())
      .addColumn("public_key", "text", (col) => col.notNull())
      // The signature counter is an unsigned 32-bit number: more than PostgreSQL's integer holds.
      .addColumn("counter", "bigint", (col) => col.notNull())
      // JSON array of transport hints ("internal", "hybrid", "usb"…).
      .addColumn("transports", "text", (col) => col.notNull())
      .addColumn("name", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      .addColumn("last_used_at", "text")
      // The account key wrapped by this passkey's PRF-derived key (docs/crypto.md C24) as JSON,
      // and the PRF input it was made with; both null for a passkey that only signs in.
      .addColumn("prf_wrapped_account_key", "text")
      .addColumn("prf_salt", "text")
      .execute();
    await db.schema.createIndex("passkeys_user_id").on("passkeys").column("user_id").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("passkeys").execute();
    await db.schema.dropTable("passkey_user_handles").execute();
  },
};
