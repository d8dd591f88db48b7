import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testDatabases.ts";
import type { SyncChange, SyncNotifier } from "./notifier.ts";
import { createLiveNotifier, createPgNotifier, LIVE_CHANNEL, NUDGE_SEQ } from "./pgNotifier.ts";

/**
 * The LISTEN/NOTIFY notifier against a real PostgreSQL (docs/sync.md S19, docs/circle.md CR14): two
 * notifiers on one database stand for two server instances.
 */

const until = async (what: string, check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 2));
  }
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Polls an async check: PostgreSQL takes a moment to forget a backend that has gone. */
const eventually = async (what: string, check: () => Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await pause(10);
  }
};

describe("createLiveNotifier", () => {
  it("keeps SQLite in process: one instance by nature, no connection to open", async () => {
    const notifier = await createLiveNotifier({
      kind: "sqlite",
      databaseUrl: undefined,
      db: undefined as never,
    });
    const heard: SyncChange[] = [];
    notifier.subscribe("u1", (change) => heard.push(change));
    notifier.publish({ userId: "u1", seq: 1, originSessionId: "" });
    expect(heard).toHaveLength(1);
    await notifier.close();
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("createPgNotifier on PostgreSQL", () => {
  let database: TestDatabase;
  const open: SyncNotifier[] = [];
  const others: TestDatabase[] = [];

  beforeEach(async () => {
    database = await openTestDatabase("postgres", { migrate: false });
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((n) => n.close()));
    for (const other of others.splice(0)) await other.cleanup();
    await database.cleanup();
  });

  async function instance(on = database, extra: { applicationName?: string } = {}) {
    const notifier = await createPgNotifier({
      connectionString: on.config.databaseUrl ?? "",
      db: on.handle.db,
      backoff: { initialMs: 20, maxMs: 200 },
      ...extra,
    });
    open.push(notifier);
    return notifier;
  }

  function hear(notifier: SyncNotifier, userId: string) {
    const heard: SyncChange[] = [];
    const unsubscribe = notifier.subscribe(userId, (change) => heard.push(change));
    return { heard, unsubscribe };
  }

  /** Sends a raw NOTIFY on the channel, as anything else connected to the database could. */
  async function rawNotify(payloads: string[]) {
    const client = new pg.Client({ connectionString: database.config.databaseUrl });
    await client.connect();
    try {
      for (const payload of payloads) await client.query("SELECT pg_notify($1, $2)", [LIVE_CHANNEL, payload]);
    } finally {
      await client.end();
    }
  }

  it("CR14: a publish on one instance reaches the other's subscribers — and its own, the same way", async () => {
    const a = await instance();
    const b = await instance();
    const onA = hear(a, "person-1");
    const onB = hear(b, "person-1");
    const stranger = hear(b, "person-2");

    a.publish({ userId: "person-1", seq: 7, originSessionId: "session-a" });
    a.publish({ userId: "person-1", topic: "circle", seq: 3, originSessionId: "" });
    a.publish({ userId: "person-1", topic: "connections", seq: 0, originSessionId: "" });
    await until(
      "both instances hearing three events",
      () => onA.heard.length === 3 && onB.heard.length === 3,
    );

    const expected = [
      { userId: "person-1", seq: 7, originSessionId: "session-a" },
      { userId: "person-1", topic: "circle", seq: 3, originSessionId: "" },
      { userId: "person-1", topic: "connections", seq: 0, originSessionId: "" },
    ];
    expect(new Set(onB.heard.map((c) => JSON.stringify(c)))).toEqual(
      new Set(expected.map((c) => JSON.stringify(c))),
    );
    expect(onA.heard).toHaveLength(3);
    expect(stranger.heard).toEqual([]);

    // Unsubscribed: heard no more.
    onB.unsubscribe();
    a.publish({ userId: "person-1", seq: 8, originSessionId: "" });
    await until("A hearing its fourth", () => onA.heard.length === 4);
    await pause(30);
    expect(onB.heard).toHaveLength(3);
  });

  it("another schema in the same database (another deployment, another test) does not cross-talk", async () => {
    const other = await openTestDatabase("postgres", { migrate: false });
    others.push(other);
    const here = await instance();
    const there = await instance(other);
    const onHere = hear(here, "person-1");
    const onThere = hear(there, "person-1");

    there.publish({ userId: "person-1", seq: 1, originSessionId: "" });
    await until("the other schema hearing its own", () => onThere.heard.length === 1);
    here.publish({ userId: "person-1", seq: 2, originSessionId: "" });
    await until("this schema hearing its own", () => onHere.heard.length === 1);
    await pause(30);
    expect(onHere.heard.map((c) => c.seq)).toEqual([2]);
    expect(onThere.heard.map((c) => c.seq)).toEqual([1]);
  });

  it("drops malformed payloads and keeps listening", async () => {
    const b = await instance();
    const onB = hear(b, "person-1");
    const schema = new URL(database.config.databaseUrl ?? "").searchParams
      .get("options")
      ?.replace("-c search_path=", "");
    const valid = { n: schema, u: "person-1", s: 5, o: "" };
    await rawNotify([
      "not json",
      "",
      "null",
      "[]",
      JSON.stringify({ ...valid, s: "5" }),
      JSON.stringify({ ...valid, s: -1 }),
      JSON.stringify({ ...valid, s: 1.5 }),
      JSON.stringify({ ...valid, u: "" }),
      JSON.stringify({ ...valid, t: "secrets" }),
      JSON.stringify({ u: "person-1", s: 5, o: "" }),
      JSON.stringify({ ...valid, n: "someone_else" }),
      JSON.stringify(valid),
    ]);
    await until("the valid one arriving", () => onB.heard.length === 1);
    await pause(30);
    expect(onB.heard).toEqual([{ userId: "person-1", seq: 5, originSessionId: "" }]);
  });

  it("close stops delivery, ends the LISTEN connection, and is safe to call twice", async () => {
    const name = `ss-test-${randomBytes(6).toString("hex")}`;
    const a = await instance();
    const b = await instance(database, { applicationName: name });
    const onB = hear(b, "person-1");
    const onA = hear(a, "person-1");
    expect(await listeners(name)).toHaveLength(1);

    await Promise.all([b.close(), b.close()]);
    await b.close();
    await eventually("the LISTEN connection ending", async () => (await listeners(name)).length === 0);
    a.publish({ userId: "person-1", seq: 1, originSessionId: "" });
    b.publish({ userId: "person-1", seq: 2, originSessionId: "" }); // after close: nothing, no error
    await until("A still hearing", () => onA.heard.length === 1);
    await pause(30);
    expect(onA.heard.map((c) => c.seq)).toEqual([1]);
    expect(onB.heard).toEqual([]);
  });

  /** Backend pids of connections with this application name. */
  async function listeners(applicationName: string): Promise<number[]> {
    const client = new pg.Client({ connectionString: database.config.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE application_name = $1",
        [applicationName],
      );
      return rows.map((r) => r.pid);
    } finally {
      await client.end();
    }
  }

  it("a killed LISTEN connection reconnects, nudges every subscriber on every topic, and hears again", async () => {
    const name = `ss-test-${randomBytes(6).toString("hex")}`;
    const a = await instance();
    const b = await instance(database, { applicationName: name });
    const onB = hear(b, "person-1");
    const gone = hear(b, "person-2");
    gone.unsubscribe();
    const [pid] = await listeners(name);
    expect(pid).toBeTypeOf("number");

    const killer = new pg.Client({ connectionString: database.config.databaseUrl });
    await killer.connect();
    try {
      await killer.query("SELECT pg_terminate_backend($1)", [pid]);
    } finally {
      await killer.end();
    }

    // Whatever was published during the gap is lost; the nudge makes the devices fetch anyway.
    await until("the nudges after the reconnect", () => onB.heard.length === 3);
    expect(onB.heard).toEqual([
      { userId: "person-1", topic: "sync", seq: NUDGE_SEQ, originSessionId: "" },
      { userId: "person-1", topic: "circle", seq: NUDGE_SEQ, originSessionId: "" },
      { userId: "person-1", topic: "connections", seq: NUDGE_SEQ, originSessionId: "" },
    ]);
    expect(gone.heard).toEqual([]);
    await eventually("a new LISTEN connection", async () => (await listeners(name)).some((p) => p !== pid));

    a.publish({ userId: "person-1", seq: 9, originSessionId: "" });
    await until("an event after the reconnect", () => onB.heard.length === 4);
    expect(onB.heard[3]).toEqual({ userId: "person-1", seq: 9, originSessionId: "" });
  });

  it("delivers to the other instance quickly (publish → subscriber, 200 events)", async () => {
    const a = await instance();
    const b = await instance();
    const latencies: number[] = [];
    let sentAt = 0;
    b.subscribe("person-1", () => latencies.push(performance.now() - sentAt));
    for (let i = 1; i <= 200; i++) {
      sentAt = performance.now();
      a.publish({ userId: "person-1", seq: i, originSessionId: "" });
      await until(`event ${i}`, () => latencies.length === i);
    }
    latencies.sort((x, y) => x - y);
    const p50 = latencies[99] ?? Number.NaN;
    const p95 = latencies[189] ?? Number.NaN;
    console.info(`pg notifier latency over 200 events: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
    expect(p50).toBeLessThan(50);
  });
});
