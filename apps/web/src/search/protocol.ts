import type { JournalRecord } from "@small-steps/core";

/** Messages the page sends to the search worker. */
export type ToWorker =
  | { type: "upsert"; record: JournalRecord }
  | { type: "remove"; id: string }
  | { type: "search"; reqId: number; query: string; limit: number }
  | { type: "tag"; reqId: number; tag: string }
  | { type: "reset"; reqId: number };

export type SearchState = "loading" | "building" | "ready" | "unavailable";

/** Messages the search worker sends back. */
export type FromWorker =
  | { type: "result"; reqId: number; ids: string[]; total: number; partial: boolean; workerMs: number }
  | { type: "done"; reqId: number }
  | { type: "status"; state: SearchState; done?: number; total?: number }
  /** The index changed (a save here, another tab, an import, sync): results may be stale. */
  | { type: "changed" };
