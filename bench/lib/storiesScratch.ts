/**
 * SCRATCH, NOT THE SERVER: proposed shapes of the feed's keyset condition, tried on the bench's
 * own connection beside a copy of the current one. The copy is built from the server's own
 * storiesSeenBy and notBlocked, with the feed's WHERE and ORDER BY as readRoutes.ts writes them;
 * the bench checks that it compiles to exactly the SQL the running server sent, and says so when
 * it does not (then the copy is stale, not the server). The real measurement is always the one
 * through the server; these are direct timings, no HTTP, no JSON.
 */
import {
  DummyDriver,
  type Expression,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type SqlBool,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from "kysely";
import type { Database } from "../../apps/server/src/db/schema.ts";
import { notBlocked } from "../../apps/server/src/stories/blockFilter.ts";
import { decodeCursor } from "../../apps/server/src/stories/cursor.ts";
import { storiesSeenBy } from "../../apps/server/src/stories/storyStore.ts";
import type { BenchDb } from "./storiesDb.ts";

/** Kysely that only compiles (no connection), for each database's SQL dialect. */
function compiler(kind: BenchDb["kind"]): Kysely<Database> {
  return new Kysely<Database>({
    dialect:
      kind === "sqlite"
        ? {
            createAdapter: () => new SqliteAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new SqliteIntrospector(db),
            createQueryCompiler: () => new SqliteQueryCompiler(),
          }
        : {
            createAdapter: () => new PostgresAdapter(),
            createDriver: () => new DummyDriver(),
            createIntrospector: (db) => new PostgresIntrospector(db),
            createQueryCompiler: () => new PostgresQueryCompiler(),
          },
  });
}

type Keyset = "as now (copy)" | "row values" | "extra bound";
export const KEYSETS: readonly Keyset[] = ["as now (copy)", "row values", "extra bound"];

/** The feed page after `before` for `viewerId`, with the keyset condition written one way. */
export function feedPageSql(kind: BenchDb["kind"], viewerId: string, before: string, keyset: Keyset) {
  const db = compiler(kind);
  const cursor = decodeCursor(before);
  const query = storiesSeenBy(db, viewerId)
    .where("stories.status", "=", "published")
    .where(notBlocked(viewerId, "stories.author_id"))
    .where((eb) => {
      const asNow = eb.or([
        eb("stories.published_at", "<", cursor.publishedAt),
        eb.and([eb("stories.published_at", "=", cursor.publishedAt), eb("stories.id", "<", cursor.id)]),
      ]);
      if (keyset === "row values") {
        // (published_at, id) < (?, ?): one range on the index (status, published_at, id).
        return eb(
          eb.refTuple("stories.published_at", "stories.id"),
          "<",
          eb.tuple(cursor.publishedAt, cursor.id),
        );
      }
      if (keyset === "extra bound") {
        // The same OR, plus a bound both planners turn into an index range.
        return eb.and([eb("stories.published_at", "<=", cursor.publishedAt), asNow]) as Expression<SqlBool>;
      }
      return asNow;
    })
    .orderBy("stories.published_at", "desc")
    .orderBy("stories.id", "desc")
    .limit(21);
  return query.compile();
}

/**
 * The lines of a plan about how `stories` itself is reached: its scan node, and that node's
 * Index Cond / Filter / Rows Removed lines (PostgreSQL), or SEARCH/SCAN stories (SQLite); and the
 * execution time.
 */
function storiesAccess(plan: string[]): string[] {
  const kept: string[] = [];
  let inStoriesNode = false;
  for (const raw of plan) {
    const line = raw.trim();
    if (/ on stories\b|^SEARCH stories|^SCAN stories|^Execution Time/.test(line.replace(/^->\s*/, ""))) {
      kept.push(line.replace(/^->\s*/, "").replace(/\s*\(cost=.*?\)/, ""));
      inStoriesNode = / on stories\b/.test(line);
    } else if (inStoriesNode && /^(Index Cond|Recheck Cond|Filter|Rows Removed by Filter):/.test(line)) {
      kept.push(line);
    } else if (line.startsWith("->")) {
      inStoriesNode = false;
    }
  }
  return kept;
}

/**
 * Each keyset shape for the page after `before`: the lines of its plan that say how stories are
 * reached, and its median time here. `serverSql` is what the server sent for the same page.
 */
export async function compareKeysets(
  db: BenchDb,
  viewerId: string,
  before: string,
  serverSql: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  for (const keyset of KEYSETS) {
    const { sql, parameters } = feedPageSql(db.kind, viewerId, before, keyset);
    if (keyset === "as now (copy)" && serverSql !== undefined && sql !== serverSql) {
      log("  (the copy no longer compiles to the server's SQL: the server's feed query changed)");
    }
    const plan = storiesAccess(await db.explain(sql, parameters));
    const ms = await db.time(sql, parameters, 11);
    log(`  ${keyset.padEnd(14)} median ${ms.toFixed(2)} ms here; ${plan.join(" | ")}`);
  }
}
