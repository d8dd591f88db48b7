import type Dexie from "dexie";
import { dropDataKey, keyring, setDataKey, setSealing } from "./keyring.ts";

/**
 * Workers that open the database (search, "what helps") need the lock's state too: whether
 * to seal, and the data key while unlocked (docs/crypto.md L13). The page posts it as the
 * worker's first message; the worker's database waits for it before its first read, so no
 * read ever runs ahead of the key. Any change of the lock's state ends every linked worker —
 * its memory (a search index of journal words) goes with it — and the page starts a fresh one
 * when next needed.
 */

export const LOCK_MESSAGE = "small-steps:app-lock";

interface LockMessage {
  type: typeof LOCK_MESSAGE;
  sealing: boolean;
  key: Uint8Array | null;
}

// ——— The page's side ———

const linked = new Map<Worker, () => void>();

/**
 * Call right after creating a worker that opens the database, before posting anything else.
 * `onEnd` runs when the lock changes and the worker has been ended: forget it there.
 */
export function linkWorker(worker: Worker, onEnd: () => void): void {
  const { sealing, key } = keyring();
  // A copy: the worker's key dies with the worker, the page's with the page's lock.
  const message: LockMessage = { type: LOCK_MESSAGE, sealing, key: key ? key.slice() : null };
  worker.postMessage(message);
  linked.set(worker, onEnd);
}

export function endLinkedWorkers(): void {
  const ended = [...linked];
  linked.clear();
  for (const [worker, onEnd] of ended) {
    worker.terminate();
    try {
      onEnd();
    } catch (error) {
      console.error("app lock: a worker's owner failed to let go", error);
    }
  }
}

// ——— The worker's side ———

/** Without a message (a worker nobody linked) the worker goes on as if locked: fail closed. */
const NO_MESSAGE_MS = 5000;
let listening = false;
let markKnown: () => void = () => {};
const known = new Promise<void>((resolve) => {
  markKnown = resolve;
});

/** Resolves once this worker knows the lock's state (and holds the key, if unlocked). */
export function lockKnown(): Promise<void> {
  return known;
}

export function inWorker(): boolean {
  return typeof WorkerGlobalScope !== "undefined" && globalThis instanceof WorkerGlobalScope;
}

/** In a worker: hold the database's opening until the page has said how things stand. */
export function waitForLockInWorker(db: Dexie): void {
  db.on("ready", () => known);
  if (listening) return;
  listening = true;
  const fallback = setTimeout(() => {
    setSealing(true);
    markKnown();
  }, NO_MESSAGE_MS);
  globalThis.addEventListener("message", (event: Event) => {
    const data = (event as MessageEvent<Partial<LockMessage> | undefined>).data;
    if (data?.type !== LOCK_MESSAGE) return;
    // Ours alone: the worker's own message handler never sees it.
    event.stopImmediatePropagation();
    clearTimeout(fallback);
    void receive(data as LockMessage);
  });
}

async function receive(message: LockMessage): Promise<void> {
  setSealing(message.sealing);
  if (message.key) {
    try {
      const { ready } = await import("@small-steps/crypto");
      setDataKey(await ready(), message.key);
    } catch (error) {
      console.error("app lock: the worker could not load its crypto", error);
      dropDataKey();
    }
  } else {
    dropDataKey();
  }
  markKnown();
}
