/**
 * Fills a SQLite data folder with the stories world: the real migrations first (createDatabase and
 * migrateToLatest, as the server opens it), then better-sqlite3 directly, one transaction per
 * batch with prepared statements. Secondary indexes are dropped for the load and created again
 * from the exact SQL the migrations left in sqlite_master, which is faster than keeping them
 * up to date row by row and ends with the same schema.
 */
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { createDatabase, sqliteFileName } from "../../apps/server/src/db/database.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";
import { SEED_VERSION, type StoryScale } from "./storiesData.ts";
import { batched, tableLoads } from "./storiesTables.ts";

const BATCH = 10_000;
export const SEED_INFO_TABLE = "bench_seed_info";

export interface SeedInfo {
  version: number;
  stories: number;
  seconds: number;
  seededAt: string;
}

export const sqliteFile = (dataDir: string) => join(dataDir, sqliteFileName);

/** What a finished seed wrote, or undefined (no file, an unfinished or an older seed). */
export function sqliteSeedInfo(dataDir: string): SeedInfo | undefined {
  const file = sqliteFile(dataDir);
  if (!existsSync(file)) return undefined;
  const db = new SQLite(file, { readonly: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(SEED_INFO_TABLE);
    if (!table) return undefined;
    const row = db.prepare(`SELECT value FROM ${SEED_INFO_TABLE} WHERE key = 'seed'`).get() as
      | { value: string }
      | undefined;
    return row ? (JSON.parse(row.value) as SeedInfo) : undefined;
  } finally {
    db.close();
  }
}

export async function seedSqlite(
  dataDir: string,
  scale: StoryScale,
  log: (line: string) => void,
): Promise<SeedInfo> {
  const file = sqliteFile(dataDir);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const t0 = performance.now();
  const handle = createDatabase({ dataDir, databaseUrl: undefined });
  await migrateToLatest(handle.db);
  await handle.close();

  const db = new SQLite(file);
  // A throwaway bulk load: no journal, no fsync, a big page cache. WAL again at the end.
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -2000000");
  db.pragma("temp_store = MEMORY");
  db.pragma("foreign_keys = OFF");
  try {
    const loads = tableLoads(scale);
    const names = loads.map((l) => l.table);
    const indexes = db
      .prepare(
        `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${names.map(() => "?").join(",")})`,
      )
      .all(...names) as { name: string; sql: string }[];
    for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);

    for (const load of loads) {
      const t = performance.now();
      const insert = db.prepare(
        `INSERT INTO ${load.table} (${load.columns.join(", ")}) VALUES (${load.columns.map(() => "?").join(", ")})`,
      );
      const write = db.transaction((rows: unknown[][]) => {
        for (const row of rows) insert.run(...row);
      });
      let count = 0;
      for (const batch of batched(load.rows(), BATCH)) {
        write(batch);
        count += batch.length;
      }
      log(`${load.table}: ${count.toLocaleString("en")} rows in ${seconds(t)} s`);
    }

    const t = performance.now();
    for (const { sql } of indexes) db.exec(sql);
    log(`${indexes.length} secondary indexes rebuilt in ${seconds(t)} s`);
    const tc = performance.now();
    const broken = db.prepare("PRAGMA foreign_key_check").all();
    if (broken.length > 0)
      throw new Error(`seed broke ${broken.length} foreign keys: ${JSON.stringify(broken[0])}`);
    log(`foreign keys checked in ${seconds(tc)} s`);

    const info: SeedInfo = {
      version: SEED_VERSION,
      stories: scale.stories,
      seconds: Math.round((performance.now() - t0) / 100) / 10,
      seededAt: new Date().toISOString(),
    };
    db.exec(`CREATE TABLE ${SEED_INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    db.prepare(`INSERT INTO ${SEED_INFO_TABLE} (key, value) VALUES ('seed', ?)`).run(JSON.stringify(info));
    db.pragma("journal_mode = WAL");
    return info;
  } finally {
    db.close();
  }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
