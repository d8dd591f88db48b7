import { dateFormatter, sameYear } from "../../../ui/dates.ts";

/** "4 March", with the year when it isn't this year: when a story was shared. */
export function sharedOn(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  return dateFormatter(language, {
    day: "numeric",
    month: "long",
    ...(sameYear(date, now) ? {} : { year: "numeric" }),
  }).format(date);
}
