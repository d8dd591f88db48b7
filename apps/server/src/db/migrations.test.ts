import { existsSync } from "node:fs";
import { join } from "node:path";
import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { makeTempWorkspace, type TempWorkspace } from "../test-helpers.ts";
import { createDatabase, type DatabaseHandle, sqliteFileName } from "./database.ts";
import { appliedMigrationCount, migrateToLatest } from "./migrate.ts";
import { migrations } from "./migrations/index.ts";

describe("migrations on a real SQLite file", () => {
  let workspace: TempWorkspace;
  let handle: DatabaseHandle | undefined;

  afterEach(async () => {
    await handle?.db.destroy();
    handle = undefined;
    workspace.cleanup();
  });

  it("creates the data folder and database file, and applies every migration", async () => {
    workspace = makeTempWorkspace();
    handle = createDatabase(workspace.config);
    const results = await migrateToLatest(handle.db);

    expect(existsSync(join(workspace.config.dataDir, sqliteFileName))).toBe(true);
    expect(results.map((result) => result.status)).toEqual(Object.keys(migrations).map(() => "Success"));
    expect(await appliedMigrationCount(handle.db)).toBe(Object.keys(migrations).length);

    const created = await handle.db
      .selectFrom("server_meta")
      .select("value")
      .where("key", "=", "schema_created_at")
      .executeTakeFirstOrThrow();
    expect(Number.isNaN(Date.parse(created.value))).toBe(false);
  });

  it("is idempotent: running again, even after reopening the file, changes nothing", async () => {
    workspace = makeTempWorkspace();
    handle = createDatabase(workspace.config);
    await migrateToLatest(handle.db);
    const first = await handle.db.selectFrom("server_meta").selectAll().execute();
    await handle.db.destroy();

    handle = createDatabase(workspace.config);
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await migrateToLatest(handle.db)).toEqual([]);
    expect(await handle.db.selectFrom("server_meta").selectAll().execute()).toEqual(first);
    expect(await appliedMigrationCount(handle.db)).toBe(Object.keys(migrations).length);
  });

  it("opens SQLite in WAL mode with foreign keys enforced", async () => {
    workspace = makeTempWorkspace();
    handle = createDatabase(workspace.config);
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(handle.db);
    const foreignKeys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(handle.db);
    expect(journal.rows[0]?.journal_mode).toBe("wal");
    expect(foreignKeys.rows[0]?.foreign_keys).toBe(1);
  });
});
