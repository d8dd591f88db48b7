import { PATTERN_MIN_DAYS, type PatternCounts } from "@small-steps/core";

/**
 * About how many more days with a check-in would let a first pattern show: the fewest days
 * any one step or glimmer still needs on its "with" and "without" sides. It looks only
 * forward; days that passed without a check-in are never counted or named.
 *
 * With no step or glimmer in the range yet, a first one needs its own days with it, and the
 * days already read count towards "without".
 */
export function daysToFirstPattern(
  patterns: readonly PatternCounts[],
  readDays: number,
  min = PATTERN_MIN_DAYS,
): number {
  if (patterns.length === 0) return min + Math.max(0, min - readDays);
  let fewest = Number.POSITIVE_INFINITY;
  for (const p of patterns) {
    const need = Math.max(0, min - p.daysWith) + Math.max(0, min - p.daysWithout);
    if (need < fewest) fewest = need;
  }
  return fewest;
}
