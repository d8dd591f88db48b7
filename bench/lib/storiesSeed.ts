/**
 * A seeded stories database for a (database, scale), cached between runs: seeding a million
 * stories and ten million hearts takes minutes, so a finished seed of the same scale and seed
 * version is used again (the server applies any newer migrations on top when it starts).
 *
 * BENCH_STORIES_CACHE_DIR: where SQLite seeds live (default <tmp>/small-steps-bench-stories).
 * BENCH_STORIES_CACHE=0: seed afresh and remove the seed at the end.
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { urlWithSearchPath } from "../../apps/server/src/db/testDatabases.ts";
import { SEED_VERSION, type StoryScale } from "./storiesData.ts";
import { dropPgSchema, pgSchemaFor, pgSeedInfo, seedPostgres } from "./storiesSeedPostgres.ts";
import { type SeedInfo, seedSqlite, sqliteSeedInfo } from "./storiesSeedSqlite.ts";

export type BenchDatabaseKind = "sqlite" | "postgres";

export interface SeededDatabase {
  kind: BenchDatabaseKind;
  /** DATA_DIR or DATABASE_URL for the server process. */
  serverEnv: Record<string, string>;
  /** For the bench's own connection: the SQLite data folder, or the URL with the schema's search_path. */
  location: string;
  info: SeedInfo;
  /** True when an earlier run's seed was used. */
  cached: boolean;
  /** Removes the seed unless caching. */
  release(): Promise<void>;
}

const caching = () => process.env.BENCH_STORIES_CACHE !== "0";
const cacheDir = () => process.env.BENCH_STORIES_CACHE_DIR ?? join(tmpdir(), "small-steps-bench-stories");

const fresh = (info: SeedInfo | undefined, scale: StoryScale): info is SeedInfo =>
  info !== undefined && info.version === SEED_VERSION && info.stories === scale.stories;

export async function seededSqlite(scale: StoryScale, log: (line: string) => void): Promise<SeededDatabase> {
  const dataDir = join(cacheDir(), `sqlite-${scale.stories}`);
  const existing = caching() ? sqliteSeedInfo(dataDir) : undefined;
  const cached = fresh(existing, scale);
  const info = cached ? existing : await seedSqlite(dataDir, scale, log);
  return {
    kind: "sqlite",
    serverEnv: { DATA_DIR: dataDir, DATABASE_URL: "" },
    location: dataDir,
    info,
    cached,
    async release() {
      if (!caching()) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function seededPostgres(
  baseUrl: string,
  scale: StoryScale,
  log: (line: string) => void,
): Promise<SeededDatabase> {
  const schema = pgSchemaFor(scale.stories);
  const existing = caching() ? await pgSeedInfo(baseUrl, schema) : undefined;
  const cached = fresh(existing, scale);
  const info = cached ? existing : await seedPostgres(baseUrl, schema, scale, log);
  const url = urlWithSearchPath(baseUrl, schema);
  return {
    kind: "postgres",
    serverEnv: { DATABASE_URL: url },
    location: url,
    info,
    cached,
    async release() {
      if (!caching()) await dropPgSchema(baseUrl, schema);
    },
  };
}
