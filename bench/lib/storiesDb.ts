/**
 * The bench's own connection to a seeded stories database, beside the server's: to find page
 * cursors, to add a reader's blocks, and to EXPLAIN the statements the server sent. Raw SQL with
 * each database's own placeholders (`?` for SQLite, `$1` for PostgreSQL), as Kysely compiles them.
 */
import SQLite from "better-sqlite3";
import pg from "pg";
import type { BenchDatabaseKind } from "./storiesSeed.ts";
import { sqliteFile } from "./storiesSeedSqlite.ts";

export interface BenchDb {
  kind: BenchDatabaseKind;
  query<Row = Record<string, unknown>>(sql: string, parameters?: readonly unknown[]): Promise<Row[]>;
  /** The plan as lines: EXPLAIN QUERY PLAN (SQLite), EXPLAIN (ANALYZE, BUFFERS) (PostgreSQL). */
  explain(sql: string, parameters: readonly unknown[]): Promise<string[]>;
  /** Median wall time of `runs` executions here, in ms (no server, no HTTP). */
  time(sql: string, parameters: readonly unknown[], runs?: number): Promise<number>;
  close(): Promise<void>;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export function openSqliteBenchDb(dataDir: string): BenchDb {
  const db = new SQLite(sqliteFile(dataDir));
  db.pragma("busy_timeout = 5000");
  return {
    kind: "sqlite",
    async query<Row>(sql: string, parameters: readonly unknown[] = []) {
      const statement = db.prepare(sql);
      if (!statement.reader) {
        statement.run(...parameters);
        return [];
      }
      return statement.all(...parameters) as Row[];
    },
    async explain(sql, parameters) {
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      const depth = new Map<number, number>([[0, 0]]);
      return rows.map((r) => {
        const d = (depth.get(r.parent) ?? 0) + 1;
        depth.set(r.id, d);
        return `${"  ".repeat(d - 1)}${r.detail}`;
      });
    },
    async time(sql, parameters, runs = 21) {
      const statement = db.prepare(sql);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        statement.all(...parameters);
        times.push(performance.now() - t);
      }
      return median(times);
    },
    async close() {
      db.close();
    },
  };
}

export async function openPostgresBenchDb(url: string): Promise<BenchDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    kind: "postgres",
    async query<Row>(sql: string, parameters: readonly unknown[] = []) {
      return (await client.query(sql, parameters as unknown[])).rows as Row[];
    },
    async explain(sql, parameters) {
      const result = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
        parameters as unknown[],
      );
      return result.rows.map((r) => r["QUERY PLAN"]);
    },
    async time(sql, parameters, runs = 21) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await client.query(sql, parameters as unknown[]);
        times.push(performance.now() - t);
      }
      return median(times);
    },
    async close() {
      await client.end();
    },
  };
}
