import { linkWorker } from "../../lock/workerLink.ts";
import { db } from "../../store/db.ts";
import type { FromWorker, InsightsResult, ToWorker } from "./protocol.ts";
import type { RangeId } from "./range.ts";
import { type ComputePatterns, patternService } from "./service.ts";

/**
 * The page's side of "What helps". One worker, started on first use and kept for later
 * visits (it remembers what it worked out). If it cannot start or fails, the same service
 * runs on the page: slower on years of data, but the person still sees their patterns.
 */

type Pending = {
  resolve: (r: InsightsResult) => void;
  reject: (e: Error) => void;
  range: RangeId;
  today: string;
};

let worker: Worker | null = null;
let onPage: ComputePatterns | null = null;
let nextReq = 1;
const pending = new Map<number, Pending>();
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

function pageService(): ComputePatterns {
  onPage ??= patternService(db, changed);
  return onPage;
}

function giveUp(err: unknown) {
  console.warn("insights: the worker stopped; working on the page instead", err);
  worker?.terminate();
  worker = null;
  const compute = pageService();
  for (const p of pending.values()) compute(p.range, p.today).then(p.resolve, p.reject);
  pending.clear();
}

function ensureWorker(): Worker | null {
  if (worker || onPage) return worker;
  if (typeof Worker === "undefined") {
    pageService();
    return null;
  }
  try {
    worker = new Worker(new URL("./patterns.worker.ts", import.meta.url), { type: "module" });
  } catch (err) {
    giveUp(err);
    return null;
  }
  // The app lock's state (and key) goes first; a lock change ends the worker (lock/workerLink.ts).
  const started = worker;
  linkWorker(started, () => {
    if (worker === started) worker = null;
  });
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === "changed") return changed();
    const p = pending.get(message.reqId);
    if (!p) return;
    pending.delete(message.reqId);
    if (message.type === "result") p.resolve(message.result);
    else p.reject(new Error(message.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    giveUp(event.message);
  };
  return worker;
}

/** Patterns for `range` ending on `today`. Measured as "insights-patterns" for the bench. */
export async function requestPatterns(range: RangeId, today: string): Promise<InsightsResult> {
  const started = performance.now();
  const w = ensureWorker();
  const result = w
    ? await new Promise<InsightsResult>((resolve, reject) => {
        const reqId = nextReq++;
        pending.set(reqId, { resolve, reject, range, today });
        w.postMessage({ type: "compute", reqId, range, today } satisfies ToWorker);
      })
    : await pageService()(range, today);
  performance.measure("insights-patterns", {
    start: started,
    end: performance.now(),
    detail: { ms: result.ms, readMs: result.readMs, cached: result.cached === true },
  });
  return result;
}

/** Calls `listener` when records behind the patterns change; returns the unsubscribe. */
export function onPatternsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
