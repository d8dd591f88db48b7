import { addDays, dayKeyToDate, localDayKey } from "@small-steps/core";
import { dateFormatter, sameYear } from "../../ui/dates.ts";

export { longDay, shortDay, timeOf } from "../../ui/dates.ts";

/** "Tue 4 Mar, 9:30": for lists of moments, like recent check-ins. */
export function moment(at: string, language: string, now = new Date()): string {
  const date = new Date(at);
  return dateFormatter(language, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "numeric",
    minute: "2-digit",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}

/** "today", "yesterday" or null, for day headings. */
export function relativeDay(day: string, now = new Date()): "today" | "yesterday" | null {
  const today = localDayKey(now);
  if (day === today) return "today";
  if (day === addDays(today, -1)) return "yesterday";
  return null;
}

/** A valid "YYYY-MM-DD" from a URL, or undefined. */
export function parseDayParam(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return localDayKey(dayKeyToDate(value)) === value ? value : undefined;
}
