/**
 * The server's sync route under load (autocannon), beside a bare Fastify route in the same run:
 * requests/s, p50 and p99 as the load generator saw them, and p99 from the server's own log line.
 * SQLite always; PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set (a fresh schema).
 * Accounts are real (the web app's sign-up flow), items are real envelopes. Prints figures;
 * asserts nothing.
 *
 * Tuning: BENCH_DURATION (seconds per run, default 10), BENCH_CONNECTIONS (default 10).
 */
import { randomUUID } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { openTestDatabase, type TestDatabase } from "../apps/server/src/db/testDatabases.ts";
import { TABLE_OF } from "../apps/web/src/store/tables.ts";
import { createEnvelopeCipher } from "../packages/sync/src/engine/envelopeCipher.ts";
import { extendLineage } from "../packages/sync/src/engine/lineage.ts";
import { SYNC_PATH, type SyncRecord } from "../packages/sync/src/index.ts";
import { type BenchAccount, logIn, signUp } from "./lib/account.ts";
import { percentile, round } from "./lib/browser.ts";
import { repoRoot, type SpawnedServer, spawnServer } from "./lib/spawnServer.ts";
import { syntheticRecords } from "./lib/synthetic.ts";
import { uploadRecords } from "./lib/upload.ts";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
/** Several people, so pushes do not all queue on one person's counter row. */
const USERS = 4;
const ITEMS_PER_USER = 10_000;
/**
 * POST /api/sync allows 600 requests a minute per session (one device). A load test is many
 * devices at once, so the requests are spread over this many sessions per person.
 */
const SESSIONS_PER_USER = 40;
/** The pull reads this many items behind the newest: a device catching up after a while. */
const PULL_BEHIND = 20;
const BUDGET_P99_MS = 25;
const BARE_PATH = "/api/bench/bare";

interface Person {
  account: BenchAccount;
  cookies: string[];
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  serverP99: number | undefined;
  non2xx: number;
  errors: number;
  statuses: string;
}

/** p99 of the server's own responseTime for `path`, from log lines written after `from` bytes. */
function serverP99(logFile: string, from: number, path: string): number | undefined {
  const times: number[] = [];
  for (const line of readFileSync(logFile, "utf8").slice(from).split("\n")) {
    if (!line.includes(`"url":"${path}"`)) continue;
    try {
      const entry = JSON.parse(line) as { responseTime?: number };
      if (typeof entry.responseTime === "number") times.push(entry.responseTime);
    } catch {
      // a partial last line
    }
  }
  return times.length > 0 ? percentile(times, 99) : undefined;
}

async function hammer(
  server: SpawnedServer | undefined,
  url: string,
  path: string,
  requests: autocannon.Request[],
): Promise<Figures> {
  const options: autocannon.Options = {
    url: `${url}${path}`,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections: CONNECTIONS,
    requests,
  };
  // A short unrecorded run first, so the JIT and the connection pools are warm.
  await autocannon({ ...options, duration: 2 });
  const logFrom = server ? statSync(server.logFile).size : 0;
  const result = await autocannon({ ...options, duration: DURATION });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    serverP99: server ? serverP99(server.logFile, logFrom, path) : undefined,
    non2xx: result.non2xx,
    errors: result.errors,
    statuses,
  };
}

function line(label: string, f: Figures, bare?: Figures): string {
  const ratio = bare ? `  ${round((f.rps / bare.rps) * 100)}% of bare` : "";
  const own = f.serverP99 === undefined ? "" : `, server p99 ${round(f.serverP99)} ms`;
  const bad = f.non2xx + f.errors > 0 ? `  [non-2xx ${f.non2xx}, errors ${f.errors}: ${f.statuses}]` : "";
  return `  ${label.padEnd(40)} ${String(Math.round(f.rps)).padStart(6)} req/s  p50 ${round(f.p50)} ms, p99 ${round(f.p99)} ms${own}${ratio}${bad}`;
}

/** Round-robin over every person's session cookies. */
function rotatingCookies(people: Person[]): () => string {
  const all = people.flatMap((p) => p.cookies);
  let n = 0;
  return () => all[n++ % all.length] as string;
}

async function setUpPeople(url: string): Promise<Person[]> {
  const people: Person[] = [];
  const records = syntheticRecords(new Date(), { journal: 2_500, other: 7_500 });
  for (let u = 0; u < USERS; u++) {
    const account = await signUp(url, `bench_${u}_${randomUUID().slice(0, 8)}`, "a quiet walk by the ocean");
    // Fresh ids per person: the same synthetic history, as each person's own records.
    const own = records.slice(0, ITEMS_PER_USER).map((r) => ({ ...r, id: randomUUID() }));
    await uploadRecords(url, account, own);
    const cookies: string[] = [];
    for (let i = 0; i < SESSIONS_PER_USER; i++) cookies.push(await logIn(url, account));
    people.push({ account, cookies });
  }
  return people;
}

async function newestSeq(url: string, cookie: string): Promise<number> {
  const res = await fetch(`${url}${SYNC_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ cursor: 0, changes: [], limit: 1 }),
  });
  const body = (await res.json()) as { cursor: number; remaining: number };
  return body.cursor + body.remaining;
}

async function benchDatabase(label: string, env: Record<string, string>): Promise<void> {
  const bare = await spawnServer(join(repoRoot, "bench/lib/bareFastifyMain.ts"));
  const server = await spawnServer(join(repoRoot, "bench/lib/benchServerMain.ts"), env);
  try {
    const t0 = Date.now();
    const people = await setUpPeople(server.url);
    console.info(
      `\n== ${label}: ${USERS} people × ${ITEMS_PER_USER.toLocaleString("en")} items uploaded in ${round((Date.now() - t0) / 1000)} s; ${CONNECTIONS} connections, ${DURATION} s per run`,
    );
    const first = people[0] as Person;
    const seq = await newestSeq(server.url, first.cookies[0] as string);
    const cookie = rotatingCookies(people);
    const withCookie = (req: autocannon.Request) => ({
      ...req,
      headers: { ...req.headers, cookie: cookie() },
    });

    const emptyBody = JSON.stringify({ cursor: 0, changes: [] });
    const bareOwn = await hammer(bare, bare.url, BARE_PATH, [{ body: emptyBody }]);
    console.info(line("bare Fastify route (own process)", bareOwn));
    const bareInApp = await hammer(server, server.url, BARE_PATH, [
      { body: emptyBody, setupRequest: withCookie },
    ]);
    console.info(line("bare route inside the app", bareInApp, bareOwn));

    const pullBody = JSON.stringify({ cursor: Math.max(0, seq - PULL_BEHIND), changes: [], limit: 50 });
    const pull = await hammer(server, server.url, SYNC_PATH, [{ body: pullBody, setupRequest: withCookie }]);
    console.info(line(`sync pull (${PULL_BEHIND} items behind)`, pull, bareOwn));

    // One realistic envelope (a journal entry of ~60 words), sent under a fresh id each time; the
    // server cannot open envelopes, so reusing its bytes changes nothing it does.
    const sample = syntheticRecords(new Date(), { journal: 50, other: 150 }).find(
      (r) => r.kind === "journal" && r.text.split(" ").length > 50,
    );
    if (!sample) throw new Error("no sample journal entry");
    const envelope = await createEnvelopeCipher({ sealWith: first.account.itemsKey }).seal(
      TABLE_OF[sample.kind],
      sample as unknown as SyncRecord,
      extendLineage([]),
    );
    // Requests go round the people, and round each person's devices (sessions); each person's
    // devices keep up with the newest cursor, as a device that is up to date would send.
    // (autocannon's per-connection context is cleared after every request, so state lives here.)
    const cursors = people.map(() => seq);
    let sent = 0;
    const push = await hammer(server, server.url, SYNC_PATH, [
      {
        setupRequest: (req, context) => {
          const n = sent++;
          const who = n % people.length;
          const person = people[who] as Person;
          (context as { who?: number }).who = who;
          return {
            ...req,
            headers: {
              ...req.headers,
              cookie: person.cookies[Math.floor(n / people.length) % person.cookies.length] as string,
            },
            body: JSON.stringify({
              cursor: cursors[who],
              changes: [{ id: randomUUID(), baseSeq: null, deleted: false, envelope }],
              limit: 50,
            }),
          };
        },
        onResponse: (status, body, context) => {
          const who = (context as { who?: number }).who;
          if (status !== 200 || who === undefined) return;
          const { cursor } = JSON.parse(body) as { cursor: number };
          cursors[who] = Math.max(cursors[who] ?? 0, cursor);
        },
      },
    ]);
    console.info(line("sync push (1 new change, own cursor)", push, bareOwn));
    console.info(
      `  budget: sync p99 ≤ ${BUDGET_P99_MS} ms under load on 2 cores — pull ${pull.p99 <= BUDGET_P99_MS ? "within" : "over"}, push ${push.p99 <= BUDGET_P99_MS ? "within" : "over"} (load generator's view)`,
    );
  } finally {
    await server.stop();
    await bare.stop();
  }
}

export async function benchSyncServer(): Promise<void> {
  const load = loadavg().map((l) => l.toFixed(1));
  console.info(
    `Server sync under load (autocannon in this process, each server in its own; ${cpus().length} cores, load average ${load.join(" ")} before the run)`,
  );
  await benchDatabase("SQLite", { DATABASE_URL: "" });
  const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!pgUrl) {
    console.info("\n(PostgreSQL skipped: set TEST_DATABASE_URL or DATABASE_URL to include it)");
    return;
  }
  process.env.TEST_DATABASE_URL = pgUrl;
  let database: TestDatabase | undefined;
  try {
    database = await openTestDatabase("postgres");
    // The server opens its own pool; this one was only for the schema and migrations.
    await database.handle.close();
    await benchDatabase("PostgreSQL", { DATABASE_URL: database.config.databaseUrl as string });
  } finally {
    await database?.cleanup();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSyncServer();
