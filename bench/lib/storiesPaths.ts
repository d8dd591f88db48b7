/** Bench-only routes of lib/storiesBenchServerMain.ts, shared with bench/stories.ts. */
export const BENCH_BARE_PATH = "/api/bench/bare";
export const BENCH_SESSION_PATH = "/api/bench/session";
export const BENCH_SQL_PATH = "/api/bench/sql";

/** The stories per-session limit in the bench server (production: 600 per 5 minutes). */
export const STORIES_GENERAL_MAX = 1_000_000_000;
