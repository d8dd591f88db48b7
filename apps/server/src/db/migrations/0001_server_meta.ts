import type { Kysely } from "kysely";
import type { Migration } from "kysely/migration";

// A migration describes the schema at one moment in history, so it names only the tables it knows
// instead of using the current typed schema (which later migrations change). Portable types only
// (text), so the same migration runs on SQLite and PostgreSQL.
type Tables = {
  server_meta: { key: string; value: string };
};

export const serverMeta: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("server_meta")
      .addColumn("key", "text", (col) => col.primaryKey())
      .addColumn("value", "text", (col) => col.notNull())
      .execute();
    await db
      .withTables<Tables>()
      .insertInto("server_meta")
      .values({ key: "schema_created_at", value: new Date().toISOString() })
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("server_meta").execute();
  },
};
