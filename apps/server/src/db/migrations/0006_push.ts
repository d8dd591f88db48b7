import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// Web push subscriptions for the trusted circle (docs/circle.md CR15). One row per device that
// turned push on: the push service's endpoint and the device's RFC 8291 public key and auth secret,
// which the server needs to encrypt the (generic) payload to it. Rows go with their person.
export const push: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("push_subscriptions")
      .addColumn("id", "text", (col) => col.primaryKey())
      .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
      // One device, one row: subscribing again (or as another person on a shared device) moves it.
      .addColumn("endpoint", "text", (col) => col.notNull().unique())
      .addColumn("p256dh", "text", (col) => col.notNull())
      .addColumn("auth", "text", (col) => col.notNull())
      .addColumn("created_at", "text", (col) => col.notNull())
      // When this device was last rung: at most one push a minute (CR15).
      .addColumn("last_sent_at", "text")
      .execute();
    await db.schema
      .createIndex("push_subscriptions_user_id")
      .on("push_subscriptions")
      .column("user_id")
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("push_subscriptions").execute();
  },
};
