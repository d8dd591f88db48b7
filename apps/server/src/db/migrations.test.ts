import { existsSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { createDatabase, redactDatabaseUrl, sqliteFileName } from "./database.ts";
import { appliedMigrationCount, migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "./testDatabases.ts";

let database: TestDatabase | undefined;

afterEach(async () => {
  await database?.cleanup();
  database = undefined;
});

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  it("applies every migration to an empty database", async () => {
    database = await openTestDatabase(kind, { migrate: false });
    const results = await migrateToLatest(database.handle.db);

    expect(results.map((result) => result.status)).toEqual(Object.keys(migrations).map(() => "Success"));
    expect(await appliedMigrationCount(database.handle.db)).toBe(Object.keys(migrations).length);

    const created = await database.handle.db
      .selectFrom("server_meta")
      .select("value")
      .where("key", "=", "schema_created_at")
      .executeTakeFirstOrThrow();
    expect(Number.isNaN(Date.parse(created.value))).toBe(false);
  });

  it("is idempotent: running again, even after reopening, changes nothing", async () => {
    database = await openTestDatabase(kind, { migrate: false });
    await migrateToLatest(database.handle.db);
    const first = await database.handle.db.selectFrom("server_meta").selectAll().orderBy("key").execute();

    const handle = await database.reopen();
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await handle.db.selectFrom("server_meta").selectAll().orderBy("key").execute()).toEqual(first);
    expect(await appliedMigrationCount(handle.db)).toBe(Object.keys(migrations).length);
  });
});

describe("SQLite specifics", () => {
  it("creates the data folder and database file", async () => {
    database = await openTestDatabase("sqlite");
    expect(existsSync(join(database.config.dataDir, sqliteFileName))).toBe(true);
    expect(database.handle.location).toBe(join(database.config.dataDir, sqliteFileName));
  });

  it("opens SQLite in WAL mode with foreign keys enforced", async () => {
    database = await openTestDatabase("sqlite");
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(database.handle.db);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(database.handle.db);
    expect(journal.rows[0]?.journal_mode).toBe("wal");
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
  });
});

describe("PostgreSQL location", () => {
  it("never holds the password", () => {
    const handle = createDatabase({
      dataDir: "/unused",
      databaseUrl: "postgres://robin:hunter2@db.example:5433/small?sslpassword=also-secret",
    });
    expect(handle.kind).toBe("postgres");
    expect(handle.location).toBe("postgres://robin@db.example:5433/small");
    expect(redactDatabaseUrl("postgresql://db.example/small")).toBe("postgresql://db.example/small");
    return handle.close();
  });
});
