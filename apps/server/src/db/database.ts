import { mkdirSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Config } from "../config.ts";
import type { Database } from "./schema.ts";

export type DatabaseKind = "sqlite";

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for the start-up log line. Never sent to clients. */
  location: string;
}

export const sqliteFileName = "small-steps.sqlite";

/**
 * Opens the database the configuration points at. Only SQLite exists today; a PostgreSQL dialect
 * (DATABASE_URL) slots in here without the rest of the server noticing.
 */
export function createDatabase(config: Pick<Config, "dataDir">): DatabaseHandle {
  mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, sqliteFileName);
  const sqlite = new SQLite(file);
  // WAL lets readers continue while one request writes; foreign keys are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  // Wait briefly instead of failing at once if a backup or admin tool holds the lock.
  sqlite.pragma("busy_timeout = 5000");
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    kind: "sqlite",
    location: file,
  };
}
