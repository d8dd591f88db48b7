/**
 * The trusted circle's fan-out (docs/circle.md CR8) with many people online: N recipients (default
 * 1,000) each hold a live socket open; senders, each with a circle of 10, send real sealed boxes
 * to everyone in their circle. For each box: the time from just before the POST until the
 * recipient's socket hears `{type:"circle"}`, and until the recipient's device has fetched it
 * (GET inbox after its cursor). Then whether every box arrived exactly once, and the server's
 * memory before the sockets, with them idle, and after the fan-out. SQLite always; PostgreSQL too
 * when TEST_DATABASE_URL or DATABASE_URL is set (a fresh schema; live events through
 * LISTEN/NOTIFY). Prints figures; asserts nothing.
 *
 * Why circles of 10 and many senders: the server's per-person limits (CR3, CR16) are kept as they
 * are in production — at most 10 pending invites and 20 invites an hour per person, 60 boxes a
 * minute and 600 an hour per sender — so a sender's circle is 10 people (as in life: a few people
 * one trusts), and 100 senders reach 1,000 recipients. Only the per-address limits are raised, in
 * lib/circleBenchServerMain.ts, because every account here comes from 127.0.0.1.
 *
 * Rounds: first one sender at a time (the server's own latency, nothing queued in front of a box),
 * then BENCH_ROUNDS bursts with every sender at once. A round begins 11 s after the last one's last
 * send, so no sender passes 60 boxes a minute.
 *
 * Tuning: BENCH_CLIENTS (recipients with a socket, default 1000), BENCH_ROUNDS (burst rounds,
 * default 3, at most 59: 600 boxes an hour per sender).
 */
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { openTestDatabase, type TestDatabase } from "../apps/server/src/db/testDatabases.ts";
import { percentile, round } from "./lib/browser.ts";
import { type CirclePerson, connect, mapLimit, publishCircleKey, signUpMany } from "./lib/circleAccounts.ts";
import { Fanout, newRecipient, type Recipient, type SentBox, type Verdict } from "./lib/circleFanout.ts";
import { openLiveSocket } from "./lib/liveSockets.ts";
import { type ServerMemory, serverMemory } from "./lib/serverMemory.ts";
import { repoRoot, spawnServer } from "./lib/spawnServer.ts";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
/** Burst rounds after the calm one; 600 boxes an hour per sender allows 60 rounds of 10 in all. */
const ROUNDS = Math.min(59, Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3)));
/** CR3: a person may hold at most 10 pending invites; a circle of 10 stays inside every limit. */
const CIRCLE_SIZE = 10;
/** At least this long between one round's last send and the next round's first: 10 boxes per
 * sender per round, so at most 60 a minute (CR16). */
const ROUND_SPACING_MS = 11_000;
const SETTLE_TIMEOUT_MS = 30_000;
/** Sign-ups, keys and invites this many at a time (the server's Argon2id runs on its one thread). */
const SETUP_CONCURRENCY = 8;
const SOCKETS_AT_ONCE = 50;

interface Round {
  /** All senders at once, or one after another. */
  together: boolean;
  boxes: SentBox[];
  /** Every stored box fetched by its device before the timeout. */
  settled: boolean;
  /** First POST sent → last POST answered. */
  ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => `${round(ms / 1000)} s`;
const mb = (bytes: number | undefined) => (bytes === undefined ? "?" : `${round(bytes / 2 ** 20)} MB`);
const n = (x: number) => x.toLocaleString("en");

function latencyRow(label: string, values: number[]): string {
  if (values.length === 0) return `  ${label.padEnd(40)} (none)`;
  const cell = (v: number) => `${round(v)} ms`.padStart(10);
  const max = Math.max(...values);
  return `  ${label.padEnd(40)}${cell(percentile(values, 50))}${cell(percentile(values, 95))}${cell(percentile(values, 99))}${cell(max)}`;
}

function memoryRow(label: string, m: ServerMemory): string {
  return `  ${label.padEnd(40)}${mb(m.rssBytes).padStart(10)}${mb(m.heapUsedBytes).padStart(12)}${mb(m.externalBytes).padStart(12)}`;
}

function perSocket(idle: number | undefined, before: number | undefined): string {
  if (idle === undefined || before === undefined) return "?";
  return `${round((idle - before) / CLIENTS / 1024)} KB`;
}

function exactlyOnce(v: Verdict): string[] {
  const statuses = [...v.statuses].map(([code, count]) => `${code}×${n(count)}`).join(" ");
  const once =
    v.stored === v.sent &&
    v.nudgeMissing + v.nudgeTwice + v.fetchedMissing + v.fetchedTwice === 0 &&
    v.inboxMissing + v.inboxExtra + v.inboxTwice + v.notOpened === 0;
  return [
    `  boxes sent ${n(v.sent)}, stored ${n(v.stored)} (answers: ${statuses})`,
    `  socket nudges: ${n(v.stored - v.nudgeMissing)} heard, ${v.nudgeMissing} missing, ${v.nudgeTwice} twice, ${v.nudgeStray} for no box of ours`,
    `  device fetches: ${n(v.stored - v.fetchedMissing)} fetched, ${v.fetchedMissing} missing, ${v.fetchedTwice} twice (${v.fetchErrors} failed fetches)`,
    `  inboxes afterwards: ${v.inboxMissing} missing, ${v.inboxExtra} extra, ${v.inboxTwice} twice; ${n(v.opened)} opened with the sender's key and matched their routing, ${v.notOpened} did not`,
    `  every box arrived exactly once: ${once ? "yes" : "NO"}`,
  ];
}

async function benchDatabase(label: string, env: Record<string, string>): Promise<void> {
  const server = await spawnServer(join(repoRoot, "bench/lib/circleBenchServerMain.ts"), {
    ...env,
    // The memory route runs a full GC first, so heap figures are live objects, not garbage.
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
  });
  const fanout = new Fanout(server.url);
  const recipients: Recipient[] = [];
  try {
    console.info(`\n== ${label}`);
    const senderCount = Math.ceil(CLIENTS / CIRCLE_SIZE);
    const prefix = `cf${randomUUID().slice(0, 6)}`;

    let t0 = performance.now();
    const signed = await signUpMany(server.url, CLIENTS + senderCount, prefix, SETUP_CONCURRENCY);
    const signUpMs = performance.now() - t0;
    console.info(
      `  accounts: ${n(CLIENTS + senderCount)} (${n(CLIENTS)} recipients + ${senderCount} senders) through POST /api/account/signup, ${SETUP_CONCURRENCY} at a time: ${seconds(signUpMs)} (${round(signUpMs / signed.people.length)} ms each)`,
    );
    console.info(
      `    one client-side derivation (the web app's createAccount, ${round(signed.deriveMs)} ms here) was shared by all: the server still ran its own Argon2id for each account`,
    );

    t0 = performance.now();
    const people = await mapLimit(signed.people, SETUP_CONCURRENCY, (p) => publishCircleKey(server.url, p));
    const recipientPeople = people.slice(0, CLIENTS);
    const senders = people.slice(CLIENTS);
    console.info(
      `  circle keys: a fresh key pair each, PUT /api/circle/key: ${seconds(performance.now() - t0)}`,
    );

    t0 = performance.now();
    const circles = new Map<CirclePerson, Recipient[]>();
    recipientPeople.forEach((person, i) => {
      const sender = senders[Math.floor(i / CIRCLE_SIZE)] as CirclePerson;
      const recipient = newRecipient(person, sender);
      recipients.push(recipient);
      circles.set(sender, [...(circles.get(sender) ?? []), recipient]);
    });
    // Each sender invites, and each person in their circle accepts (CR3–CR4); a sender's invites
    // one after another, so they never hold more than one pending.
    await mapLimit([...circles], SETUP_CONCURRENCY, async ([sender, list]) => {
      for (const r of list) await connect(server.url, sender, r.person);
    });
    console.info(
      `  circles: ${senderCount} senders × up to ${CIRCLE_SIZE} (invite, then accept with the recipient's session): ${seconds(performance.now() - t0)}`,
    );

    await sleep(1000);
    const before = await serverMemory(server.url, server.pid);

    t0 = performance.now();
    await mapLimit(recipients, SOCKETS_AT_ONCE, async (r) => {
      r.socket = await openLiveSocket(server.url, r.person.cookie, (text, at) => fanout.hear(r, text, at));
    });
    console.info(
      `  live sockets: ${n(recipients.length)} open (cookie + Origin), ${SOCKETS_AT_ONCE} at a time: ${seconds(performance.now() - t0)}`,
    );
    await sleep(3000);
    const idle = await serverMemory(server.url, server.pid);

    // First one sender at a time (nothing queued in front of a box), then bursts: every sender at
    // once. The event-loop monitor runs only while boxes are in flight.
    // A fresh monitor per round: one monitor paused between rounds would count the pause as delay.
    const loops: { p99: number; max: number }[] = [];
    const rounds: Round[] = [];
    for (let k = 0; k <= ROUNDS; k++) {
      const together = k > 0;
      const prepared = await fanout.prepare(circles);
      const inFlight = monitorEventLoopDelay({ resolution: 1 });
      inFlight.enable();
      const boxes = await fanout.send(prepared, together);
      const settled = await fanout.settle(boxes, SETTLE_TIMEOUT_MS);
      inFlight.disable();
      loops.push({ p99: inFlight.percentile(99) / 1e6, max: inFlight.max / 1e6 });
      const first = Math.min(...boxes.map((b) => b.startedAt));
      const last = Math.max(...boxes.map((b) => b.answeredAt ?? b.startedAt));
      rounds.push({ together, boxes, settled, ms: last - first });
      // The next round begins 11 s after this one's last send, so no sender passes 6 rounds a minute.
      if (k < ROUNDS) await sleep(Math.max(0, last + ROUND_SPACING_MS - performance.now()));
    }
    await sleep(1000);
    const after = await serverMemory(server.url, server.pid);
    const stillOpen = recipients.filter((r) => r.socket?.readyState === 1).length;

    const verdict = await fanout.verify(recipients);
    const calm = rounds.filter((r) => !r.together);
    const bursts = rounds.filter((r) => r.together);
    const rates = (list: Round[]) =>
      list.map((r) => `${seconds(r.ms)} (${n(Math.round(r.boxes.length / (r.ms / 1000)))}/s)`).join(", ");
    console.info(
      `  fan-out: ${ROUNDS + 1} rounds of ${n(CLIENTS)} boxes (a real sealed message each, quiet: false), ${ROUND_SPACING_MS / 1000} s between rounds; each sender sends to their circle one box after another`,
    );
    console.info(`    one sender at a time: sending took ${rates(calm)}`);
    console.info(
      `    all ${senderCount} senders at once (${ROUNDS} round(s)): sending took ${rates(bursts)}`,
    );
    const unsettled = rounds.filter((r) => !r.settled).length;
    if (unsettled > 0)
      console.info(`    ${unsettled} round(s) not fully fetched within ${SETTLE_TIMEOUT_MS / 1000} s`);
    console.info(
      `\n  ${"per box, from just before the POST".padEnd(40)}${"p50".padStart(10)}${"p95".padStart(10)}${"p99".padStart(10)}${"max".padStart(10)}`,
    );
    for (const [title, list] of [
      ["one sender at a time", calm],
      [`${senderCount} senders at once`, bursts],
    ] as const) {
      const stored = list.flatMap((r) => r.boxes).filter((b) => b.status === 200);
      const since = (at: (b: SentBox) => number | undefined) =>
        stored.flatMap((b) => {
          const t = at(b);
          return t === undefined ? [] : [t - b.startedAt];
        });
      console.info(`  ${title} (${n(stored.length)} boxes)`);
      console.info(
        latencyRow(
          "  sender's POST answered",
          since((b) => b.answeredAt),
        ),
      );
      console.info(
        latencyRow(
          `  socket heard {type:"circle"}`,
          since((b) => b.heardAt),
        ),
      );
      console.info(
        latencyRow(
          "  delivered (device fetched it)",
          since((b) => b.fetchedAt),
        ),
      );
    }
    console.info(
      `  (this process's own event-loop delay while boxes were in flight, per round: p99 ${loops.map((l) => round(l.p99)).join(", ")} ms; max ${loops.map((l) => round(l.max)).join(", ")} ms — it holds every socket and sender)`,
    );
    console.info("");
    for (const lineOut of exactlyOnce(verdict)) console.info(lineOut);

    console.info(
      `\n  ${"server memory".padEnd(40)}${"VmRSS".padStart(10)}${"heap used".padStart(12)}${"external".padStart(12)}`,
    );
    console.info(memoryRow("before the sockets", before));
    console.info(memoryRow(`${n(CLIENTS)} sockets idle`, idle));
    console.info(memoryRow(`after the fan-out (${stillOpen} open)`, after));
    console.info(
      `  per socket, (idle − before) / ${n(CLIENTS)}: ${perSocket(idle.rssBytes, before.rssBytes)} RSS, ${perSocket(idle.heapUsedBytes, before.heapUsedBytes)} heap`,
    );
  } finally {
    for (const r of recipients) r.socket?.terminate();
    await server.stop();
  }
}

export async function benchCircleFanout(): Promise<void> {
  const load = loadavg().map((l) => l.toFixed(1));
  console.info(
    `Circle fan-out: ${n(CLIENTS)} live sockets, boxes through the real server (its own process; this process holds every socket and sender). ${cpus().length} cores, load average ${load.join(" ")} before the run`,
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

if (import.meta.url === `file://${process.argv[1]}`) await benchCircleFanout();
