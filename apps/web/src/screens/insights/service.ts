import { liveQuery } from "dexie";
import type { SmallStepsDB } from "../../store/db.ts";
import { loadPatterns } from "./loadPatterns.ts";
import type { InsightsResult } from "./protocol.ts";
import type { RangeId } from "./range.ts";

export type ComputePatterns = (range: RangeId, today: string) => Promise<InsightsResult>;

/**
 * Patterns with a memory: a range already worked out is answered at once until a record
 * behind it changes. Dexie tells every tab and worker of a write (a save, an undo, an import,
 * sync, a wipe), so the cache forgets then and `onChanged` lets the screen ask again.
 */
export function patternService(db: SmallStepsDB, onChanged: () => void): ComputePatterns {
  const cache = new Map<string, InsightsResult>();
  let generation = 0;
  let first = true;
  // Counting the tables reads every key range, so any write to them wakes this query.
  liveQuery(() =>
    Promise.all([db.checkins, db.stepLogs, db.glimmers, db.steps].map((t) => t.count())),
  ).subscribe({
    next: () => {
      if (first) {
        first = false;
        return;
      }
      generation += 1;
      cache.clear();
      onChanged();
    },
    error: (err) => console.warn("insights: could not follow changes", err),
  });

  return async (range, today) => {
    const key = `${range}|${today}`;
    const hit = cache.get(key);
    if (hit) return { ...hit, cached: true };
    const started = generation;
    const result = await loadPatterns(db, range, today);
    // A write while reading may be half in this result: answer it, but do not keep it.
    if (started === generation) cache.set(key, result);
    return result;
  };
}
