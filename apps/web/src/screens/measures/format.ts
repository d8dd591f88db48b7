import { bandFor, dayKeyToDate, MEASURES, type MeasureId } from "@small-steps/core";
import type { TFunction } from "i18next";

/** "4 March 2026", in the person's language. */
export function longDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric" }).format(
    dayKeyToDate(day),
  );
}

export function longMoment(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { day: "numeric", month: "long", year: "numeric" }).format(ms);
}

/** Axis ticks: day and month within one year, month and year across years. */
export function tickFormatter(first: number, last: number, language: string): (ms: number) => string {
  const sameYear = new Date(first).getFullYear() === new Date(last).getFullYear();
  const fmt = new Intl.DateTimeFormat(
    language,
    sameYear ? { day: "numeric", month: "short" } : { month: "short", year: "numeric" },
  );
  return (ms) => fmt.format(ms);
}

/** The published band of a total in words, with its ends, or undefined for a measure without bands. */
export function bandOf(
  t: TFunction<"measures">,
  measure: MeasureId,
  total: number,
): { words: string; min: number; max: number } | undefined {
  const band = bandFor(MEASURES[measure], total);
  return band && { words: t(`band.${band.id}`), min: band.min, max: band.max };
}

/** "3", "3 and 7", "3, 5 and 7": question numbers, counted from 1. */
export function listNumbers(t: TFunction<"measures">, indices: readonly number[]): string {
  const n = indices.map((i) => String(i + 1));
  if (n.length <= 1) return n[0] ?? "";
  return t("form.and", { rest: n.slice(0, -1).join(", "), last: n[n.length - 1] });
}
