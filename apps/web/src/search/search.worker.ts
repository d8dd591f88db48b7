/// <reference lib="webworker" />
import { liveQuery } from "dexie";
import { keyring } from "../lock/keyring.ts";
import { lockKnown } from "../lock/workerLink.ts";
import { db } from "../store/db.ts";
import { catchUp } from "./catchUp.ts";
import { JournalIndex } from "./journalIndex.ts";
import { clearSnapshot, loadSnapshot, saveSnapshot } from "./persist.ts";
import type { FromWorker, SearchState, ToWorker } from "./protocol.ts";

/**
 * The journal's search index, kept off the main thread. It starts from the snapshot it saved
 * last time, catches up with what changed since, then follows every change: messages from this
 * page for immediacy, and a live query for writes from other tabs, imports and sync.
 */
declare const self: DedicatedWorkerGlobalScope;

const PERSIST_DELAY_MS = 2000;
/** A first build this large reports progress and answers searches from what is ready so far. */
const SHOW_PROGRESS_FROM = 800;
const PROGRESS_EVERY_MS = 300;

let index = new JournalIndex();
let state: SearchState = "loading";
let catchingUp: Promise<void> | null = null;
let catchUpAgain = false;
let persistTimer: ReturnType<typeof setTimeout> | undefined;
let dirty = false;

const post = (message: FromWorker) => self.postMessage(message);

function setState(next: SearchState, progress?: { done: number; total: number }) {
  state = next;
  post({ type: "status", state, ...progress });
}

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function changed() {
  dirty = true;
  post({ type: "changed" });
  schedulePersist();
}

function schedulePersist() {
  clearTimeout(persistTimer);
  persistTimer = setTimeout(() => void persist(), PERSIST_DELAY_MS);
}

async function persist() {
  // Export during a catch-up would save a half-built index only to redo it moments later.
  if (!dirty) return;
  if (catchingUp) return schedulePersist();
  dirty = false;
  // With the app lock on, the index (journal words) lives in memory only (docs/crypto.md L18).
  if (keyring().sealing) return;
  try {
    await saveSnapshot(index.snapshot());
  } catch (err) {
    // Not fatal: the next start rebuilds what is missing.
    console.warn("search: could not save the index", err);
  }
}

async function runCatchUp(): Promise<void> {
  if (catchingUp) {
    catchUpAgain = true;
    return catchingUp;
  }
  catchingUp = (async () => {
    do {
      catchUpAgain = false;
      const started = performance.now();
      let lastReport = 0;
      const count = await catchUp(index, db, async ({ done, total }) => {
        if (total < SHOW_PROGRESS_FROM) return;
        // Progress a few times a second: each report makes the page refresh its results.
        if (performance.now() - lastReport > PROGRESS_EVERY_MS || done === total) {
          lastReport = performance.now();
          setState("building", { done, total });
        }
        await yieldToMessages();
      });
      if (count > 0) {
        console.info(`search: indexed ${count} changes in ${Math.round(performance.now() - started)} ms`);
        changed();
      }
    } while (catchUpAgain);
  })();
  try {
    await catchingUp;
  } finally {
    catchingUp = null;
  }
  setState("ready");
}

/**
 * Searches wait only for the saved snapshot, not for the catch-up: during a long first build
 * they answer from the entries indexed so far (newest first) and say the result is partial.
 */
let markLoaded: () => void = () => {};
const loaded = new Promise<void>((resolve) => {
  markLoaded = resolve;
});

async function start(): Promise<void> {
  await lockKnown();
  try {
    // Under the app lock an index saved before it was turned on must not linger: drop it.
    if (keyring().sealing) await clearSnapshot();
    const snapshot = keyring().sealing ? undefined : await loadSnapshot();
    const restored = snapshot ? JournalIndex.restore(snapshot) : null;
    if (restored) index = restored;
  } catch (err) {
    console.warn("search: starting with a fresh index", err);
  }
  markLoaded();
  await runCatchUp();
  // Count and newest version change whenever any tab, import or sync writes the journal.
  // The first value is the state just caught up with; only later values mean new writes.
  let first = true;
  liveQuery(() => Promise.all([db.journal.count(), db.journal.orderBy("updatedAt").lastKey()])).subscribe({
    next: () => {
      if (first) first = false;
      else void runCatchUp();
    },
    error: (err) => console.warn("search: live updates stopped", err),
  });
}

const started = start().catch((err) => {
  console.error("search: could not start", err);
  markLoaded();
  setState("unavailable");
});

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case "upsert":
      await loaded;
      if (index.apply(message.record)) changed();
      return;
    case "remove":
      await loaded;
      if (index.remove(message.id)) changed();
      return;
    case "search": {
      await loaded;
      const t0 = performance.now();
      const hits = index.search(message.query, message.limit);
      post({
        type: "result",
        reqId: message.reqId,
        ...hits,
        partial: state !== "ready",
        workerMs: performance.now() - t0,
      });
      return;
    }
    case "tag": {
      await loaded;
      const ids = index.withTag(message.tag);
      post({
        type: "result",
        reqId: message.reqId,
        ids,
        total: ids.length,
        partial: state !== "ready",
        workerMs: 0,
      });
      return;
    }
    case "reset":
      await started;
      await clearSnapshot();
      index = new JournalIndex();
      await runCatchUp();
      await persist();
      post({ type: "done", reqId: message.reqId });
      return;
  }
}

self.addEventListener("message", (event: MessageEvent<ToWorker>) => {
  void handle(event.data).catch((err) => console.error("search:", err));
});
