import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newPurposeKey } from "@small-steps/crypto";
import {
  type Cipher,
  createFetchTransport,
  createSyncEngine,
  SYNC_LIMITS,
  SYNC_PATH,
  type SyncEngine,
  type SyncRecord,
} from "@small-steps/sync";
import { createEnvelopeCipher } from "@small-steps/sync/cipher";
import { MemoryStore } from "@small-steps/sync/testing";
import SQLite from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestCredentials } from "../accounts/testAccounts.ts";
import { sqliteFileName } from "../db/database.ts";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../db/testDatabases.ts";
import { makeFakeDist } from "../test-helpers.ts";
import { signInOver, signUpOver } from "./spawnedAccounts.ts";
import { freePort, type SpawnedServer, spawnServer } from "./spawnServer.ts";

/**
 * Fault test (docs/sync.md S13, S14, E3, E14, P1): the REAL server, started as a child process, is
 * killed with SIGKILL in the middle of a large first sync — no graceful shutdown, a transaction cut
 * off wherever it stood — then started again on the same database. The device's run ends as
 * `offline` (it does not hang), and its next run finishes the job: the server holds every record
 * exactly once, a second device pulls exactly the same records, nothing is left pending and no
 * conflict copy is made. A killed first pull resumes from the stored cursor instead of starting over.
 */

const RECORDS = 3_000;
/** Changes per push request (E2, S15): 3,000 records go in 15 requests. */
const BATCH = SYNC_LIMITS.maxChanges;
/** The request the server dies during: five batches (1,000 records) are safely in by then. */
const KILL_AT = 6;
/** A run must end by itself; a hang is a failure, not a stuck test. */
const RUN_TIMEOUT_MS = 20_000;

// ---- The device's records: a mix of tables with realistic sizes, the same on every run ----

/** A small seeded generator (mulberry32), so a failure can be replayed exactly. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  "today I noticed the light on the wall and felt a little calmer after the walk we talked about " +
  "boundaries and what safe feels like in my body the tea was warm my shoulders dropped I rested";

function makeRecords(count: number): { table: string; record: SyncRecord }[] {
  const random = seeded(20240605);
  const vocabulary = WORDS.split(" ");
  const words = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min));
    return Array.from({ length: n }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(" ");
  };
  const start = Date.parse("2024-01-01T08:00:00Z");
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 37 * 60_000).toISOString();
    const base = { id: `rec-${i.toString().padStart(5, "0")}`, deleted: false, createdAt: at, updatedAt: at };
    const provenance = { schemaVersion: 1, deviceId: "device-a" };
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
      case 3: // Journal entries: the long ones, a few hundred words at most.
        return {
          table: "journal",
          record: {
            ...base,
            ...provenance,
            kind: "journal",
            text: words(40, 500),
            tags: ["evening", "body"],
          },
        };
      case 4:
      case 5: // Check-ins: small, numbers and a short note.
        return {
          table: "checkins",
          record: {
            ...base,
            ...provenance,
            kind: "checkin",
            mood: Math.floor(random() * 5) + 1,
            energy: Math.floor(random() * 5) + 1,
            note: words(0, 12),
          },
        };
      case 6:
      case 7: // Glimmers: a sentence or two.
        return { table: "glimmers", record: { ...base, ...provenance, kind: "glimmer", text: words(5, 30) } };
      case 8: // Steps: a title, a done flag, a list.
        return {
          table: "steps",
          record: {
            ...base,
            ...provenance,
            kind: "step",
            title: words(3, 8),
            done: random() < 0.5,
            notes: [{ id: `n-${i}`, text: words(5, 20) }],
          },
        };
      default: // Therapy notes: medium length.
        return {
          table: "therapyNotes",
          record: { ...base, ...provenance, kind: "therapyNote", text: words(30, 200) },
        };
    }
  });
}

// ---- Talking to the spawned server over real HTTP ----

/**
 * What stands between one device and the server: the session cookie on every request (a browser
 * would send it), the current server's address, a count of requests and of items received, and a
 * hook that can bring the server down around a chosen request.
 */
interface Link {
  server: SpawnedServer;
  cookie: string;
  requests: number;
  /** Items that arrived in `retrieved` pages (S10), to see what a resumed pull had to fetch. */
  received: number;
  /** Runs around request number n; returns the answer the device gets (or throws: no answer). */
  fault?: (n: number, answer: Promise<Response>) => Promise<Response>;
}

function deviceTransport(link: Link) {
  return createFetchTransport({
    url: SYNC_PATH,
    fetch: async (_url, init) => {
      const headers = new Headers(init?.headers);
      headers.set("cookie", link.cookie);
      const n = ++link.requests;
      const sent = fetch(`${link.server.url}${SYNC_PATH}`, { ...init, headers });
      // A fault hook may let this fail before it awaits it (the server is being killed): the
      // failure still reaches the engine through the await below, so it is not unhandled.
      sent.catch(() => {});
      const answer = await (link.fault ? link.fault(n, sent) : sent);
      if (answer.ok) {
        const body = (await answer.clone().json()) as { retrieved?: unknown[] };
        link.received += body.retrieved?.length ?? 0;
      }
      return answer;
    },
  });
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not end within ${RUN_TIMEOUT_MS} ms`)),
      RUN_TIMEOUT_MS,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A device's live records by id, tables included, for comparing devices whole. */
const contents = (store: MemoryStore) =>
  new Map(store.all().map((e) => [e.record.id, { table: e.table, record: e.record }]));

/**
 * A lock the server's next write needs, held by the test, so a request can be caught inside its
 * transaction and killed there. PostgreSQL: an uncommitted row at one of the batch's ids, so the
 * server's multi-row insert writes the rows before it and then waits on the unique index. SQLite:
 * the database's one write lock (BEGIN IMMEDIATE), so the server's first write waits for it.
 * Either way the request cannot commit while the lock is held.
 */
interface Hold {
  /** Resolves once the server is waiting on the lock, inside its transaction. */
  serverStuck: () => Promise<void>;
  /** Lets go (rolls back). Safe to call twice. */
  release: () => Promise<void>;
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within 10 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function holdPostgres(databaseUrl: string, userId: string, id: string): Promise<Hold> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query("BEGIN");
  await client.query(
    "INSERT INTO sync_items (user_id, id, seq, deleted, envelope, size) VALUES ($1, $2, $3, 1, NULL, 0)",
    [userId, id, 1_000_000_000],
  );
  let released = false;
  return {
    serverStuck: () =>
      until("the server waiting on the held row", async () => {
        const { rows } = await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))",
        );
        return (rows[0]?.n ?? 0) > 0;
      }),
    release: async () => {
      if (released) return;
      released = true;
      await client.query("ROLLBACK");
      await client.end();
    },
  };
}

function holdSqlite(dataDir: string, serverUrl: string): Hold {
  const sqlite = new SQLite(join(dataDir, sqliteFileName), { timeout: 5_000 });
  sqlite.exec("BEGIN IMMEDIATE");
  let released = false;
  return {
    // better-sqlite3 waits for a lock synchronously, so a server waiting on this one cannot answer
    // anything: its health check going quiet is the sign (it answers in a millisecond otherwise).
    serverStuck: () =>
      until("the server waiting on the write lock", async () => {
        try {
          await fetch(`${serverUrl}/api/health`, { signal: AbortSignal.timeout(150) });
          return false;
        } catch {
          return true;
        }
      }),
    release: async () => {
      if (released) return;
      released = true;
      sqlite.exec("ROLLBACK");
      sqlite.close();
    },
  };
}

/**
 * Kill modes for the push. "inside its transaction": the server is caught half-way through the
 * batch's transaction (rows written but not committed, on PostgreSQL) and killed there; that batch
 * must vanish whole (S13). "answer lost": the server commits the batch and answers, then dies
 * before the answer reaches the device — the case S14 and E3 exist for, made certain.
 */
type PushFault = "inside its transaction" | "answer lost";

describe.each(testDatabaseKinds())("fault: SIGKILL the server during a large sync (%s)", (kind) => {
  let cipher: Cipher;
  let database: TestDatabase;
  let root: string;
  let webDist: string;
  let port: number;
  const servers: SpawnedServer[] = [];
  const holds: Hold[] = [];

  beforeAll(async () => {
    // Both devices hold the same items key, as two devices of one person do after signing in.
    cipher = createEnvelopeCipher({ sealWith: await newPurposeKey("items") });
  });

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    root = mkdtempSync(join(tmpdir(), "small-steps-fault-"));
    webDist = makeFakeDist(root);
    port = await freePort();
  });

  afterEach(async () => {
    // Every child dies before its database goes: a live server would hold the schema's locks.
    await Promise.all(servers.splice(0).map((s) => s.kill()));
    await Promise.all(holds.splice(0).map((h) => h.release()));
    await database.cleanup();
    rmSync(root, { recursive: true, force: true });
  });

  /** (Re)starts the real server on the same port and the same database: a crash and a restart. */
  async function startServer(): Promise<SpawnedServer> {
    const server = await spawnServer({
      port,
      dataDir: database.config.dataDir,
      webDist,
      ...(database.config.databaseUrl ? { databaseUrl: database.config.databaseUrl } : {}),
    });
    servers.push(server);
    return server;
  }

  function device(link: Link, pageLimit: number): { store: MemoryStore; engine: SyncEngine } {
    const store = new MemoryStore();
    let copies = 0;
    const engine = createSyncEngine({
      store,
      cipher,
      transport: deviceTransport(link),
      newId: () => `copy-${++copies}`,
      pageLimit,
    });
    return { store, engine };
  }

  async function userIdOf(username: string): Promise<string> {
    const db = database.handle.db;
    const user = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
    return user.id;
  }

  /** Holds the lock batch number `batch` needs (see Hold). */
  async function holdBatch(
    server: SpawnedServer,
    username: string,
    records: { record: SyncRecord }[],
    batch: number,
  ) {
    const { databaseUrl, dataDir } = database.config;
    // The batch's last id: on PostgreSQL the insert gets through the other 199 rows first.
    const id = records[batch * BATCH - 1]?.record.id ?? "";
    const hold = databaseUrl
      ? await holdPostgres(databaseUrl, await userIdOf(username), id)
      : holdSqlite(dataDir, server.url);
    holds.push(hold);
    return hold;
  }

  /** What the server holds for this person, read straight from its database. */
  async function serverRows(username: string) {
    const db = database.handle.db;
    const userId = await userIdOf(username);
    const items = await db
      .selectFrom("sync_items")
      .select(["id", "seq", "deleted", "envelope"])
      .where("user_id", "=", userId)
      .execute();
    const counter = await db
      .selectFrom("sync_counters")
      .select(["seq", "items"])
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return { items, counter };
  }

  /** Signs up through the real API and fills device A with the records, nothing synced yet. */
  async function personWithRecords(server: SpawnedServer) {
    const { credentials, cookie } = await signUpOver(server.url);
    const link: Link = { server, cookie, requests: 0, received: 0 };
    const a = device(link, 50);
    const records = makeRecords(RECORDS);
    for (const { table, record } of records) a.store.put(table, record);
    return { credentials, link, a, records };
  }

  /** Device B signs in with the same auth key and pulls everything: it must hold exactly A's records. */
  async function expectNewDeviceGetsExactly(
    server: SpawnedServer,
    credentials: TestCredentials,
    a: MemoryStore,
  ) {
    const link: Link = {
      server,
      cookie: await signInOver(server.url, credentials),
      requests: 0,
      received: 0,
    };
    const b = device(link, 1000);
    const report = await withTimeout(b.engine.syncOnce(), "device B's pull");
    expect(report).toMatchObject({ ok: true, complete: true, retrieved: RECORDS, copies: 0, problems: [] });
    // Each item arrived once (no page repeated an id), and B holds each record once.
    expect(link.received).toBe(RECORDS);
    expect(b.store.all()).toHaveLength(RECORDS);
    expect(contents(b.store)).toEqual(contents(a));
  }

  it.each<PushFault>(["inside its transaction", "answer lost"])(
    "S13, S14, E3, P1: SIGKILL during a 3,000-record first push (%s); after a restart the push finishes — every id once on the server, no loss, no duplicates, no copies",
    async (fault) => {
      let server = await startServer();
      const { credentials, link, a, records } = await personWithRecords(server);

      let hold: Hold | undefined;
      link.fault = async (n, sent) => {
        if (n === KILL_AT - 1 && fault === "inside its transaction") {
          // Batch 5 is in; the lock goes up before the engine sends batch 6.
          const answer = await sent;
          await answer.clone().arrayBuffer();
          hold = await holdBatch(server, credentials.username, records, KILL_AT);
          return answer;
        }
        if (n !== KILL_AT) return sent; // after the kill: fails like any dead connection
        if (fault === "answer lost") {
          const answer = await sent;
          expect(answer.status).toBe(200);
          await answer.arrayBuffer(); // the server has committed and answered…
          await server.kill(); // …and dies before the answer reaches the device
          throw new TypeError("the connection closed before the answer arrived");
        }
        if (!hold) throw new Error("no lock held");
        await hold.serverStuck();
        await server.kill();
        await hold.release();
        return sent;
      };

      const interrupted = await withTimeout(a.engine.syncOnce(), "the interrupted push");
      expect(interrupted).toMatchObject({ ok: false, failure: { kind: "offline" }, complete: false });
      expect(link.requests).toBeGreaterThanOrEqual(KILL_AT);

      // S13: each request is one transaction, so the server holds whole batches and nothing else.
      const during = await serverRows(credentials.username);
      expect(interrupted.saved).toBe((KILL_AT - 1) * BATCH);
      // Killed inside its transaction, batch 6 left nothing behind; committed before the kill,
      // it is there whole although the device never heard so.
      const committed = fault === "answer lost" ? KILL_AT : KILL_AT - 1;
      expect(during.items).toHaveLength(committed * BATCH);
      expect(during.counter).toMatchObject({ seq: committed * BATCH, items: committed * BATCH });
      expect(a.store.all().filter((e) => e.pending)).toHaveLength(RECORDS - interrupted.saved);

      // The restart: same port, same database. The session lives in the database, so A's cookie
      // still opens it.
      server = await startServer();
      link.server = server;
      link.fault = undefined;
      const finished = await withTimeout(a.engine.syncOnce(), "the push after the restart");
      expect(finished).toMatchObject({ ok: true, complete: true, copies: 0, problems: [] });
      // E3: every record is confirmed exactly once over the two runs, the lost batch included.
      expect(interrupted.saved + finished.saved).toBe(RECORDS);

      // A: nothing pending, no conflict copies, every record as it was written.
      expect(a.store.all().filter((e) => e.pending)).toEqual([]);
      expect(a.store.all().filter((e) => e.record.conflictOf !== undefined)).toEqual([]);
      expect(contents(a.store)).toEqual(new Map(records.map((r) => [r.record.id, r])));

      // The server: exactly the 3,000 ids, each once, live, with one seq each. S14: the retried
      // batch changed nothing, so no seq was spent twice.
      const after = await serverRows(credentials.username);
      expect(after.items).toHaveLength(RECORDS);
      expect(new Set(after.items.map((r) => r.id))).toEqual(new Set(records.map((r) => r.record.id)));
      expect(after.items.every((r) => Number(r.deleted) === 0 && r.envelope !== null)).toBe(true);
      expect(new Set(after.items.map((r) => Number(r.seq))).size).toBe(RECORDS);
      expect(Math.max(...after.items.map((r) => Number(r.seq)))).toBe(RECORDS);
      expect(after.counter).toMatchObject({ seq: RECORDS, items: RECORDS });

      await expectNewDeviceGetsExactly(server, credentials, a.store);
    },
    60_000,
  );

  it("E14, S10, S11: SIGKILL during a new device's first pull; after a restart it resumes from its stored cursor and ends with exactly 3,000", async () => {
    let server = await startServer();
    const { credentials, link, a } = await personWithRecords(server);
    expect(await withTimeout(a.engine.syncOnce(), "A's push")).toMatchObject({ ok: true, complete: true });

    const pageLimit = 200; // 15 pages
    const bLink: Link = {
      server,
      cookie: await signInOver(server.url, credentials),
      requests: 0,
      received: 0,
    };
    const b = device(bLink, pageLimit);
    bLink.fault = async (n, sent) => {
      if (n !== KILL_AT) return sent;
      await server.kill();
      return sent;
    };
    const interrupted = await withTimeout(b.engine.syncOnce(), "the interrupted pull");
    expect(interrupted).toMatchObject({ ok: false, failure: { kind: "offline" }, complete: false });
    const cursor = await b.store.getCursor();
    const before = b.store.all().length;
    // E14: every page taken before the kill is stored, and the cursor with it.
    expect(before).toBeGreaterThanOrEqual((KILL_AT - 1) * pageLimit);
    expect(before).toBeLessThan(RECORDS);
    expect(cursor).toBeGreaterThanOrEqual((KILL_AT - 1) * pageLimit);

    server = await startServer();
    bLink.server = server;
    bLink.fault = undefined;
    const receivedBefore = bLink.received;
    const resumed = await withTimeout(b.engine.syncOnce(), "the pull after the restart");
    expect(resumed).toMatchObject({ ok: true, complete: true, copies: 0, problems: [] });
    // Resumed, not restarted: only what was missing came after the restart.
    const afterRestart = bLink.received - receivedBefore;
    expect(afterRestart).toBe(RECORDS - before);
    expect(afterRestart).toBeLessThan(RECORDS);
    expect(resumed.retrieved).toBe(RECORDS - before);

    expect(b.store.all()).toHaveLength(RECORDS);
    expect(b.store.all().filter((e) => e.pending)).toEqual([]);
    expect(contents(b.store)).toEqual(contents(a.store));
    // A, which never saw the kill, still has nothing to send or take.
    link.server = server;
    expect(await withTimeout(a.engine.syncOnce(), "A's check")).toMatchObject({
      ok: true,
      complete: true,
      saved: 0,
      retrieved: 0,
    });
  }, 60_000);
});
