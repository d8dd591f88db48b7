import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Config } from "../config.ts";
import type { Database } from "./schema.ts";

export type DatabaseKind = "sqlite" | "postgres";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for the start-up log line. Never holds a password; never sent to clients. */
  location: string;
  /** Closes the file or the connection pool. Safe to call more than once. */
  close: () => Promise<void>;
}

export const sqliteFileName = "small-steps.sqlite";

/**
 * Opens the database the configuration points at: PostgreSQL when DATABASE_URL is set, otherwise a
 * SQLite file in the data folder. The rest of the server only sees Kysely.
 */
export function createDatabase(config: Pick<Config, "dataDir" | "databaseUrl">): DatabaseHandle {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
}

function withClose(db: Kysely<Database>, kind: DatabaseKind, location: string): DatabaseHandle {
  let closing: Promise<void> | undefined;
  return {
    db,
    kind,
    location,
    close: () => {
      closing ??= db.destroy();
      return closing;
    },
  };
}

function openSqlite(dataDir: string): DatabaseHandle {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, sqliteFileName);
  const sqlite = new SQLite(file);
  // WAL lets readers continue while one request writes; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Wait briefly instead of failing at once if a backup or admin tool holds the lock.
  sqlite.pragma("busy_timeout = 5000");
  return withClose(
    new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    "sqlite",
    file,
  );
}

const INT8_OID = 20;

/**
 * node-postgres returns int8 (bigint, COUNT(*)) as strings, because JavaScript numbers are exact
 * only up to 2^53. Every int8 we store (counters, sizes) stays far below that, so they come back as
 * numbers like on SQLite; a value that would lose precision fails loudly instead of being rounded.
 * Set per pool, not with the global pg.types, so nothing else in the process is affected.
 */
function parseInt8(value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    throw new RangeError("A whole number from PostgreSQL is too large to handle exactly.");
  }
  return number;
}

const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID && format !== "binary"
      ? parseInt8
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

/** postgres://user@host:port/db — the password and query options left out, for logs. */
export function redactDatabaseUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${url.username}@` : "";
    return `${url.protocol}//${user}${url.host}${url.pathname}`;
  } catch {
    return "postgres://(unreadable address)";
  }
}

function openPostgres(databaseUrl: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, types: pgTypes });
  // An idle connection dropped by the server (restart, network) must not crash the process;
  // the pool replaces it and the next query reports any lasting problem.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return withClose(db, "postgres", redactDatabaseUrl(databaseUrl));
}

/**
 * A plain sentence for the PostgreSQL problems a person can fix themselves (server down, wrong
 * password, missing database), naming the server without its password. undefined for anything else.
 */
export function postgresStartupMessage(error: unknown, databaseUrl: string | undefined): string | undefined {
  if (!databaseUrl) return undefined;
  const where = redactDatabaseUrl(databaseUrl);
  let host = "";
  try {
    host = new URL(databaseUrl).hostname;
  } catch {}
  const found = error as { code?: unknown; hostname?: unknown; errors?: unknown[] } | null;
  const code = found?.code ?? (found?.errors?.[0] as { code?: unknown } | undefined)?.code;
  switch (code) {
    case "ECONNREFUSED":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return `Small Steps cannot reach PostgreSQL at ${where}. Check that it is running and that DATABASE_URL names the right host and port.`;
    case "ENOTFOUND":
      return found?.hostname === host
        ? `Small Steps cannot find the PostgreSQL host in DATABASE_URL (${where}). Check the host name.`
        : undefined;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `The database in DATABASE_URL (${where}) does not exist yet. Create it first, e.g. createdb small_steps.`;
    default:
      return undefined;
  }
}
