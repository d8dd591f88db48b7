import type { Pattern, PatternLens } from "@small-steps/core";
import type { RangeId } from "./range.ts";

/** The words a step pattern needs; titles are translated on the page, not in the worker. */
export interface StepName {
  id: string;
  title?: string | undefined;
  libraryKey?: string | undefined;
}

export interface InsightsResult {
  range: RangeId;
  from: string;
  to: string;
  lens: PatternLens;
  /** Only the comparisons with enough data, in the order the core returns them. */
  patterns: Pattern[];
  /** Steps and glimmers in the range that do not have enough to say yet. */
  waiting: number;
  /** When nothing shows yet: about how many more days with a check-in would help. */
  daysToFirst: number;
  /** Check-ins exist before `from`: a longer range may have more to say. */
  hasEarlier: boolean;
  steps: StepName[];
  /** Reading and working out, in milliseconds, and the reading alone. */
  ms: number;
  readMs: number;
  /** Answered from the worker's memory: nothing changed since it was worked out. */
  cached?: boolean;
}

export type ToWorker = { type: "compute"; reqId: number; range: RangeId; today: string };

export type FromWorker =
  | { type: "result"; reqId: number; result: InsightsResult }
  | { type: "error"; reqId: number; message: string }
  /** Records behind the patterns changed: results the page holds may be out of date. */
  | { type: "changed" };
