import type { JournalRecord } from "@small-steps/core";
import { linkWorker } from "../lock/workerLink.ts";
import type { FromWorker, SearchState, ToWorker } from "./protocol.ts";

/**
 * The page's side of journal search. Screens call these functions; the index itself lives in a
 * module worker (search.worker.ts), started on first use, so typing never waits on indexing.
 */

export interface SearchResult {
  /** Matching entry ids, newest first. */
  ids: string[];
  /** Round trip from the page, in milliseconds: what a person waits for. */
  ms: number;
  /** How many entries matched in all (ids holds at most the limit). */
  total: number;
  /** True while the index is still being built: more entries may match soon. */
  partial: boolean;
  /** Time spent inside the worker on the query itself, in milliseconds. */
  workerMs: number;
}

export interface SearchStatus {
  state: SearchState | "idle";
  done?: number;
  total?: number;
}

type Pending = (message: Extract<FromWorker, { type: "result" | "done" }> | null) => void;

let worker: Worker | null = null;
let status: SearchStatus = { state: "idle" };
let nextReq = 1;
const pending = new Map<number, Pending>();
const listeners = new Set<() => void>();
const emit = () => {
  for (const l of listeners) l();
};

function fail() {
  status = { state: "unavailable" };
  for (const resolve of pending.values()) resolve(null);
  pending.clear();
  worker?.terminate();
  emit();
}

function ensureWorker(): Worker | null {
  if (worker || status.state === "unavailable") return worker;
  if (typeof Worker === "undefined") {
    status = { state: "unavailable" };
    return null;
  }
  try {
    worker = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" });
  } catch (err) {
    console.error("search: the worker did not start", err);
    fail();
    return null;
  }
  // The app lock's state goes first; when the lock changes the worker (and the journal words
  // its index holds in memory) is ended, and the next search starts a fresh one.
  const started = worker;
  linkWorker(started, () => {
    if (worker !== started) return;
    worker = null;
    status = { state: "idle" };
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
    emit();
  });
  status = { state: "loading" };
  worker.addEventListener("message", (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === "status") {
      status = { state: message.state, done: message.done, total: message.total };
      emit();
    } else if (message.type === "changed") {
      emit();
    } else {
      pending.get(message.reqId)?.(message);
      pending.delete(message.reqId);
    }
  });
  worker.addEventListener("error", (event) => {
    console.error("search: worker error", event.message);
    fail();
  });
  return worker;
}

function send(message: ToWorker): boolean {
  const w = ensureWorker();
  if (!w) return false;
  w.postMessage(message);
  return true;
}

function request(
  make: (reqId: number) => ToWorker,
): Promise<Extract<FromWorker, { type: "result" | "done" }> | null> {
  const reqId = nextReq++;
  return new Promise((resolve) => {
    pending.set(reqId, resolve);
    if (!send(make(reqId))) {
      pending.delete(reqId);
      resolve(null);
    }
  });
}

/** Starts the worker early (e.g. when the Journal opens), so the first search is quick. */
export function warmUpSearch(): void {
  ensureWorker();
}

/** Call after a journal entry is saved or restored. */
export function indexEntry(record: JournalRecord): void {
  // Without a running worker there is nothing to tell: its next start catches up by itself.
  if (worker) send({ type: "upsert", record });
}

/** Call after a journal entry is deleted. */
export function unindexEntry(id: string): void {
  if (worker) send({ type: "remove", id });
}

/** Full-text search over text, prompt and tags. Resolves with no ids if search is unavailable. */
export async function searchJournal(query: string, limit = 50): Promise<SearchResult> {
  const t0 = performance.now();
  const reply = await request((reqId) => ({ type: "search", reqId, query, limit }));
  const ms = performance.now() - t0;
  // A standard User Timing entry (local to this page, never sent anywhere) lets bench/ read
  // real query latency through the same path a person's typing takes.
  performance.measure("journal-search", { start: t0, duration: ms });
  if (reply?.type !== "result") return { ids: [], ms, total: 0, partial: false, workerMs: 0 };
  return { ids: reply.ids, ms, total: reply.total, partial: reply.partial, workerMs: reply.workerMs };
}

/** Ids of live entries carrying `tag` (any case), newest first. */
export async function entriesWithTag(tag: string): Promise<string[]> {
  const reply = await request((reqId) => ({ type: "tag", reqId, tag }));
  return reply?.type === "result" ? reply.ids : [];
}

/**
 * Throws the saved index away and rebuilds it from the journal: for "delete everything", so no
 * words linger in the index after the entries are gone.
 */
export async function resetSearchIndex(): Promise<void> {
  await request((reqId) => ({ type: "reset", reqId }));
}

export function searchStatus(): SearchStatus {
  return status;
}

/** Called when the index changes or its status does; returns an unsubscribe function. */
export function onSearchChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
