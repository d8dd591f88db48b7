import { dayKeyToDate } from "@small-steps/core";

/** "Tuesday 4 March", with the year only when it isn't this year, in the app's language. */
export function formatDay(day: string, language: string, now: Date = new Date()): string {
  const date = dayKeyToDate(day);
  const withYear = date.getFullYear() !== now.getFullYear();
  return new Intl.DateTimeFormat(language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
  }).format(date);
}
