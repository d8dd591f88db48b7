/**
 * GET routes under autocannon for bench/stories.ts: a warm-up, then a timed run; requests/s and
 * the load generator's p50/p99, and p99 from the server's own request log for the same window.
 * Each request may take its own path (a different story, a different page) and session cookie.
 */
import { readFileSync, statSync } from "node:fs";
import autocannon from "autocannon";
import { percentile, round } from "./browser.ts";
import type { SpawnedServer } from "./spawnServer.ts";

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
export const BUDGET_P99_MS = 25;

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** p99 of the server's own responseTime (log lines written during the timed run). */
  serverP99: number | undefined;
  /** Requests that were not 2xx, and socket errors; with the status counts. */
  non2xx: number;
  errors: number;
  statuses: string;
}

/** Every log line's responseTime from byte `from` on (one run at a time, so they are all this run's). */
function serverTimes(logFile: string, from: number): number[] {
  const times: number[] = [];
  for (const line of readFileSync(logFile, "utf8").slice(from).split("\n")) {
    if (!line.includes('"responseTime"')) continue;
    try {
      const entry = JSON.parse(line) as { responseTime?: number };
      if (typeof entry.responseTime === "number") times.push(entry.responseTime);
    } catch {
      // a partial last line
    }
  }
  return times;
}

export interface Target {
  /** The path (and query) of the next request. */
  path: () => string;
  /** The Cookie header of the next request, if any. */
  cookie?: () => string;
  method?: "GET" | "POST";
  body?: string;
}

export async function hammer(server: SpawnedServer, target: Target): Promise<Figures> {
  const method = target.method ?? "GET";
  const options: autocannon.Options = {
    url: server.url,
    connections: CONNECTIONS,
    requests: [
      {
        method,
        ...(target.body === undefined
          ? {}
          : { body: target.body, headers: { "content-type": "application/json" } }),
        setupRequest: (req) => ({
          ...req,
          path: target.path(),
          headers: { ...req.headers, ...(target.cookie ? { cookie: target.cookie() } : {}) },
        }),
      },
    ],
  };
  // A short unrecorded run first, so the JIT, the page cache and the connection pools are warm.
  await autocannon({ ...options, duration: 2 });
  const logFrom = statSync(server.logFile).size;
  const result = await autocannon({ ...options, duration: DURATION });
  // The last lines may still be in the server's buffer; give it a moment.
  await new Promise((r) => setTimeout(r, 300));
  const times = serverTimes(server.logFile, logFrom);
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverP99: times.length > 0 ? percentile(times, 99) : undefined,
    non2xx: result.non2xx,
    errors: result.errors,
    statuses,
  };
}

export function figuresLine(label: string, f: Figures, bare?: Figures): string {
  const ratio = bare ? `  ${round((f.rps / bare.rps) * 100)}% of bare` : "";
  const own = f.serverP99 === undefined ? "" : `, server p99 ${round(f.serverP99)} ms`;
  const bad = f.non2xx + f.errors > 0 ? `  [non-2xx ${f.non2xx}, errors ${f.errors}: ${f.statuses}]` : "";
  return `  ${label.padEnd(34)} ${String(Math.round(f.rps)).padStart(6)} req/s  p50 ${round(f.p50)} ms, p99 ${round(f.p99)} ms${own}${ratio}${bad}`;
}

/** Round-robin over a list. */
export function rotating<T>(items: readonly T[]): () => T {
  let n = 0;
  return () => items[n++ % items.length] as T;
}
