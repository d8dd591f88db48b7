import { anyRecord } from "@small-steps/core";
import { ready } from "@small-steps/crypto";
import {
  connectLive,
  createFetchTransport,
  createSyncEngine,
  type LiveClient,
  type LiveSocketLike,
  type SyncEngine,
  type SyncReport,
} from "@small-steps/sync";
import { createEnvelopeCipher } from "@small-steps/sync/cipher";
import { liveQuery } from "dexie";
import { loadCircleSecret, loadKeys } from "../account/keyring.ts";
import { db } from "../store/db.ts";
import { TABLE_OF } from "../store/tables.ts";
import { createDexieStore } from "./dexieStore.ts";
import { enrollExistingRecords } from "./enroll.ts";
import { setSyncStatus } from "./status.ts";

/**
 * Runs sync for a signed-in device (docs/sync.md, "When a device syncs"): soon after each local
 * change, when the network comes back, when the tab becomes visible, every few minutes, and at
 * once when the server nudges over the live socket. Loaded lazily, only when an account exists,
 * because it brings libsodium with it.
 */

const AFTER_CHANGE_MS = 400;
const PERIODIC_MS = 5 * 60_000;
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;

const KIND_OF_TABLE: ReadonlyMap<string, string> = new Map(
  Object.entries(TABLE_OF).map(([kind, table]): [string, string] => [table, kind]),
);

/** Only a record of the kind its table holds, valid by core's schema, is ever applied (C14). */
function accept(table: string, record: unknown): boolean {
  const parsed = anyRecord.safeParse(record);
  return parsed.success && KIND_OF_TABLE.get(table) === parsed.data.kind;
}

export interface SyncRunner {
  syncNow(): Promise<SyncReport | undefined>;
  stop(): void;
}

export async function startRunner(): Promise<SyncRunner | undefined> {
  const keys = await loadKeys();
  const items = keys.filter((k) => k.id.startsWith("items:")).sort((a, b) => b.id.localeCompare(a.id));
  const newest = items[0];
  if (!newest) return undefined;
  await ready();
  const asKey = (k: { id: string; bytes: Uint8Array }) => ({
    id: k.id as `items:${number}`,
    purpose: "items" as const,
    bytes: k.bytes,
  });
  const engine: SyncEngine = createSyncEngine({
    store: createDexieStore(db),
    cipher: createEnvelopeCipher({
      sealWith: asKey(newest),
      keyFor: (id) => {
        const k = items.find((key) => key.id === id);
        return k ? asKey(k) : undefined;
      },
      accept,
    }),
    transport: createFetchTransport(),
    // The largest page the server gives: a first sync of years of entries takes fewer rounds.
    pageLimit: 1000,
    onProgress: ({ retrievedSoFar, estimatedTotal }) => {
      // A bar only helps when there is a lot to bring in (a first sync on a new device).
      const progress = estimatedTotal > 200 ? { done: retrievedSoFar, total: estimatedTotal } : undefined;
      setSyncStatus({ phase: "syncing", progress });
    },
  });

  let stopped = false;
  let retryDelay = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live: LiveClient | undefined;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };

  const pendingCount = () => db.outbox.count();

  async function runLocked(): Promise<SyncReport> {
    // One tab at a time: two tabs pushing the same outbox would only make conflicts with themselves.
    if (navigator.locks) return navigator.locks.request("small-steps:sync", () => engine.syncOnce());
    return engine.syncOnce();
  }

  let enrolled: Promise<number> | undefined;

  async function run(): Promise<SyncReport | undefined> {
    if (stopped) return undefined;
    if (timer) clearTimeout(timer);
    setSyncStatus({ phase: "syncing" });
    let report: SyncReport;
    try {
      // Once per runner: after it has succeeded, the outbox middleware marks every new write.
      enrolled ??= enrollExistingRecords(db).catch((error: unknown) => {
        enrolled = undefined;
        throw error;
      });
      await enrolled;
      report = await runLocked();
    } catch (error) {
      console.error("sync: a run failed", error);
      setSyncStatus({ phase: "error", pending: await pendingCount() });
      schedule(retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
      return undefined;
    }
    if (stopped) return report;
    if (report.ok) {
      retryDelay = FIRST_RETRY_MS;
      setSyncStatus({ phase: "idle", lastSyncedAt: new Date().toISOString() });
      schedule(report.complete ? PERIODIC_MS : AFTER_CHANGE_MS);
      return report;
    }
    const failure = report.failure;
    const pending = await pendingCount();
    if (failure?.kind === "signedOut") {
      setSyncStatus({ phase: "signedOut", pending });
      stop();
    } else if (failure?.kind === "offline") {
      setSyncStatus({ phase: "offline", pending });
      schedule(retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
    } else {
      setSyncStatus({ phase: "error", pending });
      const wait = failure?.kind === "rateLimited" ? (failure.retryAfterSeconds ?? 30) * 1000 : retryDelay;
      schedule(wait);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
    }
    return report;
  }

  // Soon after every local change: the outbox count changes whenever a record is written.
  let firstCount = true;
  const outboxWatch = liveQuery(() => db.outbox.count()).subscribe({
    next: (count) => {
      if (firstCount) firstCount = false;
      else if (count > 0) schedule(AFTER_CHANGE_MS);
    },
  });
  const onOnline = () => {
    retryDelay = FIRST_RETRY_MS;
    schedule(0);
  };
  const onVisible = () => {
    if (document.visibilityState === "visible") schedule(0);
  };
  const circle = () => import("../circle/engine.ts");
  window.addEventListener("online", onOnline);
  document.addEventListener("visibilitychange", onVisible);
  const liveUrl = new URL("/api/sync/live", location.href);
  liveUrl.protocol = liveUrl.protocol === "https:" ? "wss:" : "ws:";
  live = connectLive({
    // The DOM WebSocket has the shape the client uses; its event types are only wider.
    open: () => new WebSocket(liveUrl) as unknown as LiveSocketLike,
    onChanged: () => schedule(0),
    // The circle rides the same socket (docs/circle.md CR8); its engine loads only when needed.
    onCircle: () => void circle().then((c) => c.fetchInbox()),
    onConnections: () => void circle().then((c) => c.refreshConnections()),
    onConnected: () => {
      schedule(0);
      // Anything that arrived or waited to be sent while the socket was down.
      void loadCircleSecret().then((key) => (key ? circle().then((c) => c.refreshCircle()) : undefined));
    },
    // The session ended elsewhere (sign out everywhere, a password change): the next sync
    // request gets the 401 and says so.
    onSignedOut: () => schedule(0),
  });

  function stop() {
    stopped = true;
    if (timer) clearTimeout(timer);
    outboxWatch.unsubscribe();
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onVisible);
    live?.close();
    live = undefined;
  }

  schedule(0);
  return { syncNow: run, stop };
}
