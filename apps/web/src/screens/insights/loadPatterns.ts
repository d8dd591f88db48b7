import { findPatterns, type PatternCheckin } from "@small-steps/core";
import type { SmallStepsDB } from "../../store/db.ts";
import { daysToFirstPattern } from "./firstPattern.ts";
import type { InsightsResult, StepName } from "./protocol.ts";
import { type RangeId, rangeStart } from "./range.ts";

/**
 * Reads what "What helps" needs and works the patterns out. Runs in the worker (and on the
 * page only if a worker cannot start). Every dated table is read through its `day` index
 * for the range alone, with getAll-style reads (no per-record filter callback), so ten
 * years stay quick; tombstones are left to findPatterns, which skips them.
 */
export async function loadPatterns(db: SmallStepsDB, range: RangeId, today: string): Promise<InsightsResult> {
  const started = performance.now();
  const first = await db.checkins.orderBy("day").first();
  const earliest = first?.day ?? today;
  const from = range === "all" ? earliest : rangeStart(range, today);
  const to = today;

  const [checkins, stepLogs, glimmers, steps] = await db.transaction(
    "r",
    [db.checkins, db.stepLogs, db.glimmers, db.steps],
    () =>
      Promise.all([
        db.checkins.where("day").between(from, to, true, true).toArray(),
        db.stepLogs.where("day").between(from, to, true, true).toArray(),
        db.glimmers.where("day").between(from, to, true, true).toArray(),
        db.steps.toArray(),
      ]),
  );

  const read = performance.now();
  const { lens, patterns: all } = findPatterns({ checkins, stepLogs, glimmers, steps }, { from, to });
  const patterns = all.filter((p) => p.enoughData);
  const stepIds = new Set(patterns.filter((p) => p.kind === "step").map((p) => p.key));
  const names: StepName[] = steps
    .filter((s) => stepIds.has(s.id))
    .map((s) => ({ id: s.id, title: s.title, libraryKey: s.libraryKey }));

  return {
    range,
    from,
    to,
    lens,
    patterns,
    waiting: all.length - patterns.length,
    daysToFirst: patterns.length > 0 ? 0 : daysToFirstPattern(all, daysRead(checkins)),
    hasEarlier: earliest < from,
    steps: names,
    ms: Math.round(performance.now() - started),
    readMs: Math.round(read - started),
  };
}

/** Days with a check-in that named a place: the days a pattern can read. */
function daysRead(checkins: readonly PatternCheckin[]): number {
  const days = new Set<string>();
  for (const c of checkins) if (!c.deleted && c.place) days.add(c.day);
  return days.size;
}
