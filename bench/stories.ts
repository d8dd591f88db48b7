/**
 * The stories feed and story page under load, at 10,000 and at 1,000,000 stories (with about
 * 10 hearts a story and some comments), on SQLite and, when TEST_DATABASE_URL or DATABASE_URL is
 * set, PostgreSQL (a schema of its own). The database is filled directly with SQL after the real
 * migrations (lib/storiesSeed*.ts, cached between runs); the real server then runs against it
 * (lib/storiesBenchServerMain.ts) and a real reader, signed in through the web app's own flow,
 * reads it under autocannon: req/s, p50/p99, server p99, and the ratio to a bare Fastify route in
 * the same run. Then EXPLAIN of the exact statements the server sent. Prints figures; asserts
 * nothing.
 *
 * BENCH_STORIES (default 1,000,000): the large scale; 10,000 is always measured first, and
 * BENCH_STORIES=10000 measures only that. BENCH_DURATION, BENCH_CONNECTIONS: as sync-server.ts.
 * BENCH_STORIES_CACHE=0, BENCH_STORIES_CACHE_DIR: see lib/storiesSeed.ts.
 */
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { STORY_PATHS, storyPath } from "../packages/sync/src/stories.ts";
import { round } from "./lib/browser.ts";
import { repoRoot, type SpawnedServer, spawnServer } from "./lib/spawnServer.ts";
import { COMMON_THEME, RARE_THEME, type StoryScale, storyScale } from "./lib/storiesData.ts";
import { type BenchDb, openPostgresBenchDb, openSqliteBenchDb } from "./lib/storiesDb.ts";
import { explainRoutes, type RecordedRoute, recordSql } from "./lib/storiesExplain.ts";
import {
  BUDGET_P99_MS,
  CONNECTIONS,
  DURATION,
  type Figures,
  figuresLine,
  hammer,
  rotating,
  type Target,
} from "./lib/storiesLoad.ts";
import { BENCH_BARE_PATH, BENCH_SESSION_PATH, STORIES_GENERAL_MAX } from "./lib/storiesPaths.ts";
import { type SeededDatabase, seededPostgres, seededSqlite } from "./lib/storiesSeed.ts";
import { feedTargets, type Reader, signInReader } from "./lib/storiesTargets.ts";

const LARGE = Number(process.env.BENCH_STORIES ?? 1_000_000);
const SCALES = [...new Set([Math.min(10_000, LARGE), LARGE])];

interface Row {
  database: string;
  stories: number;
  route: string;
  figures: Figures;
  bare: Figures;
}

interface Route extends Target {
  label: string;
  /** Explained after the load (the story routes). */
  explain?: boolean;
}

const log = (line: string) => console.info(`  ${line}`);

function storyRoutes(reader: Reader, targets: Awaited<ReturnType<typeof feedTargets>>): Route[] {
  const cookie = rotating(reader.cookies);
  const feed = (query: string) => () => `${STORY_PATHS.feed}${query}`;
  const story = rotating(targets.storyIds);
  const commented = rotating(targets.commentedIds);
  return [
    { label: "session guard only", path: () => BENCH_SESSION_PATH, cookie },
    { label: "feed, first page", path: feed(""), cookie, explain: true },
    {
      label: `feed, page ${targets.deepPage.toLocaleString("en")}`,
      path: feed(`?before=${targets.deepCursor}`),
      cookie,
      explain: true,
    },
    {
      label: `feed, page ${targets.lastPage.toLocaleString("en")} (the last)`,
      path: feed(`?before=${targets.lastCursor}`),
      cookie,
      explain: true,
    },
    {
      label: `feed, theme ${COMMON_THEME} (~30%)`,
      path: feed(`?theme=${COMMON_THEME}`),
      cookie,
      explain: true,
    },
    { label: `feed, theme ${RARE_THEME} (~1%)`, path: feed(`?theme=${RARE_THEME}`), cookie, explain: true },
    { label: "story page (1,000 stories)", path: () => storyPath(story()), cookie, explain: true },
    {
      label: "comments (500 stories)",
      path: () => storyPath(commented(), "comments"),
      cookie,
      explain: true,
    },
  ];
}

/** One request each, to check the answers are what the figures claim to measure. */
async function checkAnswers(server: SpawnedServer, routes: Route[], reader: Reader): Promise<void> {
  for (const route of routes) {
    const res = await fetch(`${server.url}${route.path()}`, {
      headers: { cookie: reader.cookies[0] as string },
    });
    const body = (await res.json()) as { stories?: unknown[]; next?: string | null; comments?: unknown[] };
    const what = body.stories
      ? `${body.stories.length} stories, next ${body.next ? "yes" : "none"}`
      : body.comments
        ? `${body.comments.length} comments`
        : "one object";
    if (res.status !== 200) throw new Error(`${route.label} answered ${res.status}: ${JSON.stringify(body)}`);
    log(`check ${route.label}: ${what}`);
  }
}

async function openBenchDb(seeded: SeededDatabase): Promise<BenchDb> {
  return seeded.kind === "sqlite" ? openSqliteBenchDb(seeded.location) : openPostgresBenchDb(seeded.location);
}

async function benchOne(
  label: string,
  scale: StoryScale,
  seeded: SeededDatabase,
  rows: Row[],
): Promise<void> {
  const seedNote = seeded.cached
    ? `cached seed from ${seeded.info.seededAt} (seeding took ${seeded.info.seconds} s)`
    : `seeded in ${seeded.info.seconds} s`;
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" ");
  console.info(
    `\n== ${label}, ${scale.stories.toLocaleString("en")} stories: ${seedNote}; load average ${load}`,
  );
  const bare = await spawnServer(join(repoRoot, "bench/lib/bareFastifyMain.ts"));
  const server = await spawnServer(join(repoRoot, "bench/lib/storiesBenchServerMain.ts"), seeded.serverEnv);
  const db = await openBenchDb(seeded);
  try {
    const reader = await signInReader(server.url, db, scale);
    if (reader.blockNote) log(`no blocks for the reader (${reader.blockNote})`);
    else log(`the reader blocked 20 authors and 5 authors blocked the reader`);
    const targets = await feedTargets(db, scale, reader);
    log(`${targets.published.toLocaleString("en")} published stories`);
    const routes = storyRoutes(reader, targets);
    await checkAnswers(server, routes, reader);
    const recorded: RecordedRoute[] = [];
    for (const route of routes.filter((r) => r.explain)) {
      recorded.push({
        label: route.label,
        queries: await recordSql(server, route.path(), reader.cookies[0] as string),
      });
    }

    console.info(`  ${CONNECTIONS} connections, ${DURATION} s per run (after 2 s of warm-up)`);
    const bareOwn = await hammer(bare, {
      path: () => BENCH_BARE_PATH,
      method: "POST",
      body: JSON.stringify({ cursor: 0, changes: [] }),
    });
    console.info(figuresLine("bare Fastify route (own process)", bareOwn));
    const add = (route: string, figures: Figures) =>
      rows.push({ database: label, stories: scale.stories, route, figures, bare: bareOwn });
    add("bare Fastify route (own process)", bareOwn);
    const bareInApp = await hammer(server, { path: () => BENCH_BARE_PATH, cookie: rotating(reader.cookies) });
    console.info(figuresLine("bare route inside the app", bareInApp, bareOwn));
    add("bare route inside the app", bareInApp);
    for (const route of routes) {
      const figures = await hammer(server, route);
      console.info(figuresLine(route.label, figures, bareOwn));
      add(route.label, figures);
    }

    console.info(`\n  -- Plans (${label}, ${scale.stories.toLocaleString("en")} stories)`);
    await explainRoutes(db, recorded, log);
  } finally {
    await db.close();
    await server.stop();
    await bare.stop();
  }
}

function summary(rows: Row[]): void {
  console.info(
    `\n== Summary (${CONNECTIONS} connections, ${DURATION} s a run; budget: feed p99 ≤ ${BUDGET_P99_MS} ms under load)`,
  );
  console.info("| database | stories | route | req/s | p50 ms | p99 ms | server p99 ms | % of bare |");
  console.info("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const { database, stories, route, figures: f, bare } of rows) {
    const bad = f.non2xx + f.errors > 0 ? ` (non-2xx ${f.non2xx}, errors ${f.errors})` : "";
    console.info(
      `| ${database} | ${stories.toLocaleString("en")} | ${route}${bad} | ${Math.round(f.rps)} | ${round(f.p50)} | ${round(f.p99)} | ${f.serverP99 === undefined ? "" : round(f.serverP99)} | ${round((f.rps / bare.rps) * 100)} |`,
    );
  }
}

export async function benchStories(): Promise<void> {
  const started = Date.now();
  console.info(
    `Stories under load (autocannon in this process, each server in its own; ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} before the run)`,
  );
  console.info(
    `The bench server raises the stories limit of 600 requests per 5 minutes per session to ${STORIES_GENERAL_MAX.toLocaleString("en")} (the limiter still runs); every other limit is the real one.`,
  );
  const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const rows: Row[] = [];
  for (const stories of SCALES) {
    const scale = storyScale(stories);
    console.info(
      `\n== Seeding ${stories.toLocaleString("en")} stories (${scale.authors.toLocaleString("en")} authors, ${scale.heartPool.toLocaleString("en")} people giving hearts)`,
    );
    const sqlite = await seededSqlite(scale, log);
    try {
      await benchOne("SQLite", scale, sqlite, rows);
    } finally {
      await sqlite.release();
    }
    if (!pgUrl) continue;
    const postgres = await seededPostgres(pgUrl, scale, log);
    try {
      await benchOne("PostgreSQL", scale, postgres, rows);
    } finally {
      await postgres.release();
    }
  }
  if (!pgUrl) console.info("\n(PostgreSQL skipped: set TEST_DATABASE_URL or DATABASE_URL to include it)");
  summary(rows);
  console.info(`\nThe whole run took ${round((Date.now() - started) / 60_000)} min.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStories();
