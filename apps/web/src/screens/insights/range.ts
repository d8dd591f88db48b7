import { addDays, dayKeyToDate, localDayKey } from "@small-steps/core";

/** The time spans the person can look across. "all" starts at their first check-in. */
export const RANGES = ["3m", "12m", "all"] as const;
export type RangeId = (typeof RANGES)[number];
export const DEFAULT_RANGE: RangeId = "12m";

export function isRangeId(value: unknown): value is RangeId {
  return typeof value === "string" && (RANGES as readonly string[]).includes(value);
}

/**
 * The first day of a range ending today, inclusive: the day after the same date three or
 * twelve months back, so "3m" from 2026-05-20 starts 2026-02-21. A date the earlier month
 * lacks falls on its last day (from 31 May, 28 February), so the range never comes up short.
 */
export function rangeStart(range: Exclude<RangeId, "all">, today: string): string {
  const months = range === "3m" ? 3 : 12;
  const d = dayKeyToDate(today);
  const lastOfMonth = new Date(d.getFullYear(), d.getMonth() - months + 1, 0).getDate();
  const sameDate = new Date(d.getFullYear(), d.getMonth() - months, Math.min(d.getDate(), lastOfMonth));
  return addDays(localDayKey(sameDate), 1);
}
