/**
 * Fills a PostgreSQL schema of its own with the stories world: the real migrations first (the
 * server's createDatabase and migrateToLatest, search_path set to the schema), then one
 * INSERT … SELECT FROM unnest($1::text[], …) per batch, which sends a batch as a few array
 * parameters instead of one parameter per value. Secondary indexes and the loaded tables' foreign
 * keys are dropped for the load and put back from their own definitions (pg_indexes.indexdef,
 * pg_get_constraintdef), so the schema ends as the migrations made it; the foreign keys are
 * validated once, in one pass each, when they are added back.
 */
import pg from "pg";
import { createDatabase } from "../../apps/server/src/db/database.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";
import { urlWithSearchPath } from "../../apps/server/src/db/testDatabases.ts";
import { SEED_VERSION, type StoryScale } from "./storiesData.ts";
import { SEED_INFO_TABLE, type SeedInfo } from "./storiesSeedSqlite.ts";
import { batched, tableLoads } from "./storiesTables.ts";

const BATCH = 5_000;

/** Cached between runs, so not t_… (testDatabases sweeps those after six hours). */
export const pgSchemaFor = (stories: number) => `bench_stories_${stories}`;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function pgSeedInfo(baseUrl: string, schema: string): Promise<SeedInfo | undefined> {
  return withClient(baseUrl, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2", [
      schema,
      SEED_INFO_TABLE,
    ]);
    if (found.rowCount === 0) return undefined;
    const row = await client.query<{ value: string }>(
      `SELECT value FROM ${schema}.${SEED_INFO_TABLE} WHERE key = 'seed'`,
    );
    return row.rows[0] ? (JSON.parse(row.rows[0].value) as SeedInfo) : undefined;
  });
}

export async function dropPgSchema(baseUrl: string, schema: string): Promise<void> {
  await withClient(baseUrl, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
}

export async function seedPostgres(
  baseUrl: string,
  schema: string,
  scale: StoryScale,
  log: (line: string) => void,
): Promise<SeedInfo> {
  const t0 = performance.now();
  await withClient(baseUrl, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`CREATE SCHEMA ${schema}`);
  });
  const url = urlWithSearchPath(baseUrl, schema);
  const handle = createDatabase({ dataDir: "", databaseUrl: url });
  await migrateToLatest(handle.db);
  await handle.close();

  return withClient(url, async (client) => {
    await client.query("SET synchronous_commit = off");
    await client.query("SET maintenance_work_mem = '512MB'");
    const loads = tableLoads(scale);
    const names = loads.map((l) => l.table);
    const indexes = (
      await client.query<{ name: string; def: string }>(
        `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
         WHERE i.schemaname = $1 AND i.tablename = ANY($2)
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass)`,
        [schema, names],
      )
    ).rows;
    const foreignKeys = (
      await client.query<{ table: string; name: string; def: string }>(
        `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
         WHERE n.nspname = $1 AND c.contype = 'f' AND c.conrelid::regclass::text = ANY($2)`,
        [schema, names],
      )
    ).rows;
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
    for (const { name } of indexes) await client.query(`DROP INDEX "${name}"`);

    for (const load of loads) {
      const t = performance.now();
      const arrays = load.pgTypes.map((type, i) => `$${i + 1}::${type}[]`).join(", ");
      const text = `INSERT INTO ${load.table} (${load.columns.join(", ")}) SELECT * FROM unnest(${arrays})`;
      let count = 0;
      for (const batch of batched(load.rows(), BATCH)) {
        const columns = load.columns.map((_, i) => batch.map((row) => row[i]));
        await client.query(text, columns);
        count += batch.length;
      }
      log(`${load.table}: ${count.toLocaleString("en")} rows in ${seconds(t)} s`);
    }

    const t = performance.now();
    for (const { def } of indexes) await client.query(def);
    log(`${indexes.length} secondary indexes rebuilt in ${seconds(t)} s`);
    const tf = performance.now();
    for (const fk of foreignKeys)
      await client.query(`ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
    log(`${foreignKeys.length} foreign keys added back (validated) in ${seconds(tf)} s`);
    const tv = performance.now();
    // Autovacuum would get here on its own; the bench measures the steady state, not the hour after a load.
    await client.query(`VACUUM ANALYZE ${names.join(", ")}`);
    log(`VACUUM ANALYZE in ${seconds(tv)} s`);

    const info: SeedInfo = {
      version: SEED_VERSION,
      stories: scale.stories,
      seconds: seconds(t0),
      seededAt: new Date().toISOString(),
    };
    await client.query(`CREATE TABLE ${SEED_INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    await client.query(`INSERT INTO ${SEED_INFO_TABLE} (key, value) VALUES ('seed', $1)`, [
      JSON.stringify(info),
    ]);
    return info;
  });
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;
