import { dayKeyToDate } from "@small-steps/core";

/**
 * Dates in the person's language, shared by every screen. Intl.DateTimeFormat is costly to
 * build, and a year Mosaic or a long journal list formats hundreds of dates, so each
 * language-and-options pair is built once.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateFormatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, options);
    formatters.set(key, f);
  }
  return f;
}

export const sameYear = (date: Date, now: Date) => date.getFullYear() === now.getFullYear();

/** "Tuesday 4 March", with the year when it isn't this year. */
export function longDay(day: string, language: string, now = new Date()): string {
  const date = dayKeyToDate(day);
  return dateFormatter(language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}

function dayAndMonth(date: Date, language: string, now: Date): string {
  return dateFormatter(language, {
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}

/** "4 March", with the year when it isn't this year: for lists of dates. */
export function shortDay(day: string, language: string, now = new Date()): string {
  return dayAndMonth(dayKeyToDate(day), language, now);
}

/** The same for a moment the server recorded (an ISO time): when a story was shared, a comment written. */
export function shortDate(at: string, language: string, now = new Date()): string {
  return dayAndMonth(new Date(at), language, now);
}

/** "4 March 2026": a printed page may be read long after, so the year is always there. */
export function fullDate(date: Date, language: string): string {
  return dateFormatter(language, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** "9:30" in the person's locale. */
export function timeOf(at: string, language: string): string {
  return dateFormatter(language, { hour: "numeric", minute: "2-digit" }).format(new Date(at));
}
