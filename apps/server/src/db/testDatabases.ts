import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDatabase, type DatabaseHandle, type DatabaseKind } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";

// Test-only: lets every server suite run against SQLite and, when TEST_DATABASE_URL names a
// PostgreSQL database (CI does), against PostgreSQL too — `describe.each(testDatabaseKinds())`.

/** SQLite always; PostgreSQL only when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

export interface TestDatabase {
  kind: DatabaseKind;
  /** The open handle; a new object after reopen(). */
  readonly handle: DatabaseHandle;
  /**
   * Settings to spread into a Config (or pass as DATA_DIR / DATABASE_URL to a spawned server) so it
   * opens this same isolated database. The PostgreSQL URL carries the private schema as its
   * search_path, so nothing else is needed.
   */
  config: { dataDir: string; databaseUrl?: string };
  /** Closes the handle and opens the same database again, as a server restart would. */
  reopen: () => Promise<DatabaseHandle>;
  /** Closes the handle and removes the database (temp folder, or the schema and all it holds). */
  cleanup: () => Promise<void>;
}

export interface OpenTestDatabaseOptions {
  /** Apply every migration before returning (default true). */
  migrate?: boolean;
}

function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set, so there is no PostgreSQL to test against.");
  return url;
}

/** The same URL with `-c search_path=<schema>` as connection options. */
export function urlWithSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
}

async function adminQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Test schemas are named t_<seconds since 1970>_<random>, so leftovers can be recognised by age. */
const SCHEMA_NAME = /^t_(\d{10})_[0-9a-f]{16}$/;
const STALE_AFTER_SECONDS = 6 * 60 * 60;
let swept = false;

/**
 * Drops schemas that a run which crashed before its cleanup left behind. Only ones hours old, so
 * a run going on in parallel (another worker, another checkout) keeps its own.
 */
async function dropStaleSchemas(): Promise<void> {
  if (swept) return;
  swept = true;
  const rows = await adminQuery<{ name: string }>(
    "SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 't\\_%'",
  );
  const cutoff = Date.now() / 1000 - STALE_AFTER_SECONDS;
  for (const { name } of rows) {
    const match = SCHEMA_NAME.exec(name);
    if (match && Number(match[1]) < cutoff) await adminQuery(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  }
}

/** A fresh, isolated (and by default migrated) database of the given kind. */
/**
 * Kysely's migrator lists tables in every schema before it migrates; when another test file drops
 * its schema in that instant, PostgreSQL answers "relation/schema … does not exist" about a schema
 * that isn't ours. Only that race is retried; each migration is its own transaction, so a retry
 * continues where the last one stopped.
 */
async function migrateWithRetry(kind: DatabaseKind, run: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await run();
      return;
    } catch (error) {
      const raced = kind === "postgres" && /does not exist/.test(String((error as Error)?.message ?? error));
      if (!raced || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

export async function openTestDatabase(
  kind: DatabaseKind,
  { migrate = true }: OpenTestDatabaseOptions = {},
): Promise<TestDatabase> {
  const root = mkdtempSync(join(tmpdir(), "small-steps-db-"));
  const config: TestDatabase["config"] = { dataDir: join(root, "data") };
  let dropSchema = async () => {};

  if (kind === "postgres") {
    await dropStaleSchemas();
    // Digits and hex only, generated here: safe to place in SQL as an identifier.
    const schema = `t_${Math.floor(Date.now() / 1000)}_${randomBytes(8).toString("hex")}`;
    await adminQuery(`CREATE SCHEMA ${schema}`);
    config.databaseUrl = urlWithSearchPath(testDatabaseUrl(), schema);
    dropSchema = async () => {
      await adminQuery(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    };
  }

  let handle = createDatabase(config);
  const removeAll = async () => {
    await handle.close();
    await dropSchema();
    rmSync(root, { recursive: true, force: true });
  };
  if (migrate) {
    try {
      await migrateWithRetry(kind, () => migrateToLatest(handle.db));
    } catch (error) {
      await removeAll();
      throw error;
    }
  }

  return {
    kind,
    get handle() {
      return handle;
    },
    config,
    reopen: async () => {
      await handle.close();
      handle = createDatabase(config);
      return handle;
    },
    cleanup: removeAll,
  };
}
