import { dayKeyToDate } from "@small-steps/core";
import { dateFormatter } from "../mosaic/describe.ts";

const sameYear = (date: Date, now: Date) => date.getFullYear() === now.getFullYear();

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

/** "4 March", with the year when it isn't this year: for lists of dates. */
export function shortDay(day: string, language: string, now = new Date()): string {
  const date = dayKeyToDate(day);
  return dateFormatter(language, {
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}

/** "4 March 2026": a printed page may be read long after, so the year is always there. */
export function fullDate(date: Date, language: string): string {
  return dateFormatter(language, { day: "numeric", month: "long", year: "numeric" }).format(date);
}

/** "9:30" in the person's locale. */
export function timeOf(at: string, language: string): string {
  return dateFormatter(language, { hour: "numeric", minute: "2-digit" }).format(new Date(at));
}
