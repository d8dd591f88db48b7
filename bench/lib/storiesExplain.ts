/**
 * The statements a stories route sends, as the running server compiled them (recorded by
 * lib/storiesBenchServerMain.ts), and their plans on the bench's own connection: EXPLAIN QUERY
 * PLAN on SQLite (with the statement's median time run here), EXPLAIN (ANALYZE, BUFFERS) on
 * PostgreSQL. Only statements that read stories tables are shown; the session guard's are not.
 */

import type { SpawnedServer } from "./spawnServer.ts";
import type { RecordedQuery } from "./storiesBenchServerMain.ts";
import type { BenchDb } from "./storiesDb.ts";
import { BENCH_SQL_PATH } from "./storiesPaths.ts";

export interface RecordedRoute {
  label: string;
  queries: RecordedQuery[];
}

const STORY_TABLES = /\b(stories|story_[a-z_]+)\b/;

/** One request to `path` with the recorder on; the stories statements it sent. */
export async function recordSql(
  server: SpawnedServer,
  path: string,
  cookie: string,
): Promise<RecordedQuery[]> {
  await fetch(`${server.url}${BENCH_SQL_PATH}?record=1`);
  const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  await res.arrayBuffer();
  const { queries } = (await (await fetch(`${server.url}${BENCH_SQL_PATH}`)).json()) as {
    queries: RecordedQuery[];
  };
  return queries.filter((q) => /^\s*select/i.test(q.sql) && STORY_TABLES.test(q.sql));
}

const shown = new Set<string>();

export async function explainRoutes(
  db: BenchDb,
  routes: RecordedRoute[],
  log: (line: string) => void,
): Promise<void> {
  for (const { label, queries } of routes) {
    for (const [i, query] of queries.entries()) {
      log("");
      log(`${label}${queries.length > 1 ? ` (statement ${i + 1} of ${queries.length})` : ""}:`);
      // The SQL once per database kind and shape; the plans every time.
      const key = `${db.kind}:${query.sql}`;
      if (!shown.has(key)) {
        shown.add(key);
        log(`  SQL: ${query.sql.replace(/\s+/g, " ")}`);
        log(`  parameters: ${JSON.stringify(query.parameters)}`);
      }
      for (const line of await db.explain(query.sql, query.parameters)) log(`  ${line}`);
      if (db.kind === "sqlite") {
        log(`  (run here: median ${(await db.time(query.sql, query.parameters)).toFixed(2)} ms)`);
      }
    }
  }
}
