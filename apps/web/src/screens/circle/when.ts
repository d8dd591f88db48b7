import { dateFormatter, sameYear, timeOf } from "../../ui/dates.ts";

const sameDay = (a: Date, b: Date) => a.toDateString() === b.toDateString();

/** "4 March, 9:30", with the year only when it is not this one. */
const dayAndHour = (date: Date, now: Date): Intl.DateTimeFormatOptions => ({
  day: "numeric",
  month: "long",
  ...(sameYear(date, now) ? {} : { year: "numeric" }),
  hour: "numeric",
  minute: "2-digit",
});

/** A message's time: "9:30" today, "4 March, 9:30" this year, with the year before that. */
export function messageTime(at: string, language: string, now: Date = new Date()): string {
  const date = new Date(at);
  if (sameDay(date, now)) return timeOf(at, language);
  return dateFormatter(language, dayAndHour(date, now)).format(date);
}

/** When something ends (an invite, a mute): "Thursday 6 March, 14:30" — a day and an hour to plan by. */
export function endsAt(at: string | Date, language: string, now: Date = new Date()): string {
  const date = typeof at === "string" ? new Date(at) : at;
  return dateFormatter(language, { weekday: "long", ...dayAndHour(date, now) }).format(date);
}
