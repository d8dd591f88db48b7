/**
 * The real server for bench/stories.ts: `buildApp` exactly as main.ts builds it (settings from the
 * environment, migrations, every hook and plugin, the real stories and moderation routes), with
 * one difference and three bench-only routes:
 *
 * - The stories limit of 600 requests per 5 minutes per session is raised (STORIES_GENERAL_MAX):
 *   a load test sends tens of thousands of reads from a handful of sessions. The limiter still
 *   runs on every request, so its cost is measured; only its ceiling moves. The bench prints this.
 * - GET /api/bench/bare: a constant answer behind the same hooks (security headers, CSRF, the
 *   request log line), so the ratio isolates what a stories route costs.
 * - GET /api/bench/session: the same constant behind the real session guard (one session lookup),
 *   to tell the guard's cost from the route's.
 * - GET /api/bench/sql?record=1 starts recording the SQL every query compiles to; GET
 *   /api/bench/sql hands it over and stops. The bench uses it to EXPLAIN the exact statements the
 *   current code sends. While not recording, the recorder is one boolean test per query.
 */

import type {
  CompiledQuery,
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
} from "kysely";
import { requireSession } from "../../apps/server/src/accounts/guard.ts";
import { buildApp } from "../../apps/server/src/app.ts";
import { loadConfig } from "../../apps/server/src/config.ts";
import { createDatabase } from "../../apps/server/src/db/database.ts";
import { migrateToLatest } from "../../apps/server/src/db/migrate.ts";
import { DEFAULT_STORY_LIMITS } from "../../apps/server/src/stories/context.ts";
import { BENCH_BARE_PATH, BENCH_SESSION_PATH, BENCH_SQL_PATH, STORIES_GENERAL_MAX } from "./storiesPaths.ts";

export interface RecordedQuery {
  sql: string;
  parameters: readonly unknown[];
}

class SqlRecorder implements KyselyPlugin {
  recording = false;
  queries: RecordedQuery[] = [];
  constructor(private readonly compile: (args: PluginTransformQueryArgs) => CompiledQuery) {}
  transformQuery(args: PluginTransformQueryArgs) {
    if (this.recording) {
      const { sql, parameters } = this.compile(args);
      this.queries.push({ sql, parameters });
    }
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

const config = loadConfig();
const database = createDatabase(config);
await migrateToLatest(database.db);
const executor = database.db.getExecutor();
const recorder = new SqlRecorder(({ node, queryId }) => executor.compileQuery(node, queryId));
const app = await buildApp({
  config,
  database: { ...database, db: database.db.withPlugin(recorder) },
  stories: { limits: { general: { ...DEFAULT_STORY_LIMITS.general, max: STORIES_GENERAL_MAX } } },
});
const BARE = { stories: [], next: null };
app.get(BENCH_BARE_PATH, async () => BARE);
app.get(BENCH_SESSION_PATH, { preHandler: requireSession }, async () => BARE);
app.get<{ Querystring: { record?: string } }>(BENCH_SQL_PATH, async (request) => {
  const queries = recorder.queries;
  recorder.queries = [];
  recorder.recording = request.query.record === "1";
  return { queries };
});
await app.listen({ port: config.port, host: config.host });

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
