import { addDays, dayKeyToDate, localDayKey } from "@small-steps/core";

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, options);
    cache.set(key, f);
  }
  return f;
}

const sameYear = (date: Date, now: Date) => date.getFullYear() === now.getFullYear();

/** "Tuesday 4 March" (with the year when it isn't this year). */
export function longDay(day: string, language: string, now = new Date()): string {
  const date = dayKeyToDate(day);
  return formatter(language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}

/** "4 March" (with the year when it isn't this year): short enough for alt text. */
export function shortDay(day: string, language: string, now = new Date()): string {
  const date = dayKeyToDate(day);
  return formatter(language, {
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}

/** "9:30" in the person's locale. */
export function timeOf(at: string, language: string): string {
  return formatter(language, { hour: "numeric", minute: "2-digit" }).format(new Date(at));
}

/** "Tue 4 Mar, 9:30": for lists of moments, like recent check-ins. */
export function moment(at: string, language: string, now = new Date()): string {
  const date = new Date(at);
  return formatter(language, {
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
