import { type Kysely, sql } from "kysely";
import pg from "pg";
import { z } from "zod";
import type { DatabaseKind } from "../db/database.ts";
import type { Database } from "../db/schema.ts";
import { createInProcessNotifier, type LiveTopic, type SyncChange, type SyncNotifier } from "./notifier.ts";

/**
 * Live events between server instances (docs/sync.md S19, docs/circle.md CR14): PostgreSQL
 * LISTEN/NOTIFY on one channel. Each instance holds one dedicated connection that LISTENs; a
 * publish is one `pg_notify` through the app's pool, so it never waits on (or for) that connection.
 *
 * Every instance — the publisher too — delivers to its local subscribers only when the notification
 * comes back from PostgreSQL. One code path instead of "deliver here at once, skip my own echo":
 * the same order on every instance, the single-instance tests exercise the multi-instance path, and
 * no instance id is needed. The price is one round trip to PostgreSQL (about a millisecond on a
 * local network; measured in pgNotifier.test.ts), small next to the HTTP fetch the nudge triggers.
 *
 * Notifications are per database, not per schema, so the payload names the schema (`n`, the
 * connection's current_schema()): instances of another deployment, or another test, in the same
 * database ignore ours. The payload carries ids and a seq only (CR14), never content; it stays far
 * below PostgreSQL's 8000-byte limit.
 *
 * A LISTEN gap loses notifications, so after the connection drops it is opened again with backoff,
 * and then every local subscriber gets a nudge on every topic (its devices fetch whatever they
 * missed). Needs a session-level connection: behind PgBouncer in transaction mode LISTEN does not
 * work, so point DATABASE_URL at PostgreSQL itself or a session-mode pool.
 */

export const LIVE_CHANNEL = "small_steps_live";

/** PostgreSQL refuses larger NOTIFY payloads; ours are ~150 bytes. */
const MAX_PAYLOAD_BYTES = 8000;

/**
 * The seq of a nudge after a reconnect: what was missed is unknown, so "anything up to the end" —
 * a device that skipped fetching at or below its cursor still fetches.
 */
export const NUDGE_SEQ = Number.MAX_SAFE_INTEGER;

const TOPICS = ["sync", "circle", "connections"] as const satisfies readonly LiveTopic[];

const id = z.string().min(1).max(200);
const payloadSchema = z.object({
  /** Namespace: the schema of the deployment that published. */
  n: z.string().max(200),
  u: id,
  t: z.enum(TOPICS).optional(),
  s: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  o: z.string().max(200),
});
type Payload = z.infer<typeof payloadSchema>;

/** What this file logs through: Fastify's logger fits. Never given a payload. */
export interface NotifierLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface PgNotifierOptions {
  /** DATABASE_URL: the same as the pool's, so the search path (the schema) is the same. */
  connectionString: string;
  /** Where publish sends NOTIFY: the app's pool. */
  db: Kysely<Database>;
  log?: NotifierLog;
  /** Reconnect delays: doubling from initialMs up to maxMs, with jitter. */
  backoff?: { initialMs: number; maxMs: number };
  /** How often the LISTEN connection is checked with a query (half-open TCP is otherwise silent). */
  heartbeatMs?: number;
  /** Names the LISTEN connection in pg_stat_activity. */
  applicationName?: string;
}

const quiet: NotifierLog = { info: () => {}, warn: () => {} };

/** Only what can help: PostgreSQL's error code, never a message that might quote a value. */
const errorCode = (error: unknown) => ({ code: (error as { code?: unknown } | null)?.code });

/** Opens the LISTEN connection and resolves once it listens; throws if the first connection fails. */
export async function createPgNotifier(options: PgNotifierOptions): Promise<SyncNotifier> {
  const log = options.log ?? quiet;
  const backoff = options.backoff ?? { initialMs: 250, maxMs: 15_000 };
  const local = createInProcessNotifier();
  /** Subscriptions per person, for the nudge after a reconnect. */
  const subscribed = new Map<string, number>();
  let namespace = "";
  let client: pg.Client | undefined;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;
  let closing: Promise<void> | undefined;

  function receive(message: pg.Notification) {
    if (message.channel !== LIVE_CHANNEL || message.payload === undefined) return;
    let parsed: ReturnType<typeof payloadSchema.safeParse>;
    try {
      parsed = payloadSchema.safeParse(JSON.parse(message.payload));
    } catch {
      return; // Not JSON: someone else's NOTIFY, or a broken one. Dropped, never logged.
    }
    if (!parsed.success || parsed.data.n !== namespace) return;
    const { u, t, s, o } = parsed.data;
    local.publish({ userId: u, ...(t ? { topic: t } : {}), seq: s, originSessionId: o });
  }

  /** Forgets a connection that ended or stopped answering, and starts opening a new one. */
  function drop(gone: pg.Client) {
    if (client !== gone) return;
    client = undefined;
    gone.end().catch(() => {});
    if (!closed) {
      log.warn({}, "the live events connection to PostgreSQL dropped; reconnecting");
      scheduleReconnect();
    }
  }

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: options.connectionString,
      application_name: options.applicationName ?? "small-steps live events",
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      query_timeout: 10_000,
    });
    // Errors come as events too (a terminated backend, a reset); without a listener they would
    // crash the process. The connection is then gone: 'end' follows, and drop() handles both.
    next.on("error", () => drop(next));
    next.on("end", () => drop(next));
    next.on("notification", receive);
    try {
      await next.connect();
      const { rows } = await next.query<{ schema: string | null }>("SELECT current_schema() AS schema");
      await next.query(`LISTEN ${LIVE_CHANNEL}`);
      namespace = rows[0]?.schema ?? "";
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
  }

  function scheduleReconnect() {
    if (closed || retry) return;
    const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** attempt) * (0.5 + Math.random() / 2);
    attempt += 1;
    retry = setTimeout(async () => {
      retry = undefined;
      try {
        await connect();
      } catch (error) {
        log.warn(errorCode(error), "could not reconnect the live events connection; trying again");
        scheduleReconnect();
        return;
      }
      if (closed) return;
      attempt = 0;
      log.info({}, "the live events connection to PostgreSQL is back");
      nudgeEveryone();
    }, delay);
  }

  /** After a gap: every subscribed person, every topic, "something may have changed". */
  function nudgeEveryone() {
    for (const userId of [...subscribed.keys()]) {
      for (const topic of TOPICS) local.publish({ userId, topic, seq: NUDGE_SEQ, originSessionId: "" });
    }
  }

  const heartbeat = setInterval(() => {
    const current = client;
    // query_timeout rejects a query a half-open connection never answers.
    current?.query("SELECT 1").catch(() => drop(current));
  }, options.heartbeatMs ?? 30_000);
  heartbeat.unref();

  try {
    await connect();
  } catch (error) {
    clearInterval(heartbeat);
    throw error;
  }

  return {
    publish(change: SyncChange) {
      if (closed) return;
      const payload: Payload = {
        n: namespace,
        u: change.userId,
        ...(change.topic && change.topic !== "sync" ? { t: change.topic } : {}),
        s: change.seq,
        o: change.originSessionId,
      };
      const text = JSON.stringify(payload);
      if (Buffer.byteLength(text) >= MAX_PAYLOAD_BYTES) {
        log.warn({}, "a live event was too large to send");
        return;
      }
      // Fire and forget, like the in-process notifier: the commit has happened already, and a lost
      // nudge only delays a device until its next sync.
      sql`SELECT pg_notify(${LIVE_CHANNEL}, ${text})`
        .execute(options.db)
        .catch((error: unknown) => log.warn(errorCode(error), "could not publish a live event"));
    },
    subscribe(userId, listener) {
      subscribed.set(userId, (subscribed.get(userId) ?? 0) + 1);
      const unsubscribe = local.subscribe(userId, listener);
      let done = false;
      return () => {
        if (done) return;
        done = true;
        unsubscribe();
        const left = (subscribed.get(userId) ?? 1) - 1;
        if (left > 0) subscribed.set(userId, left);
        else subscribed.delete(userId);
      };
    },
    close() {
      // Idempotent: several owners (sync routes, circle routes) may each close on app close.
      closing ??= (async () => {
        closed = true;
        clearInterval(heartbeat);
        if (retry) clearTimeout(retry);
        retry = undefined;
        const current = client;
        client = undefined;
        subscribed.clear();
        await local.close();
        // A half-open connection never confirms the end: app shutdown must not wait on it.
        const ended = current?.end().catch(() => {});
        await Promise.race([ended, new Promise((r) => setTimeout(r, 2_000).unref())]);
      })();
      return closing;
    },
  };
}

export interface LiveNotifierOptions {
  kind: DatabaseKind;
  databaseUrl: string | undefined;
  db: PgNotifierOptions["db"];
  log?: NotifierLog;
}

/**
 * The notifier for this server: PostgreSQL can run several instances, so events go through
 * LISTEN/NOTIFY; SQLite is one instance by nature, so they stay in this process.
 */
export async function createLiveNotifier(options: LiveNotifierOptions): Promise<SyncNotifier> {
  if (options.kind !== "postgres" || !options.databaseUrl) return createInProcessNotifier();
  return createPgNotifier({
    connectionString: options.databaseUrl,
    db: options.db,
    ...(options.log ? { log: options.log } : {}),
  });
}
