/// <reference lib="webworker" />
import { db } from "../../store/db.ts";
import type { FromWorker, ToWorker } from "./protocol.ts";
import { patternService } from "./service.ts";

/**
 * Reading years of check-ins out of IndexedDB is the heavy part of "What helps"; here it
 * happens off the page's thread, so the screen stays responsive while it works.
 */
declare const self: DedicatedWorkerGlobalScope;

const post = (message: FromWorker) => self.postMessage(message);
const compute = patternService(db, () => post({ type: "changed" }));

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { reqId, range, today } = event.data;
  try {
    post({ type: "result", reqId, result: await compute(range, today) });
  } catch (err) {
    post({ type: "error", reqId, message: err instanceof Error ? err.message : String(err) });
  }
};
