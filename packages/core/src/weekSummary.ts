import { addDays, startOfWeek } from "./time.ts";

/** The seven day keys, Monday first, of the week that contains `day`. */
export function weekDays(day: string): string[] {
  const start = startOfWeek(day);
  return Array.from({ length: 7 }, (_, i) => addDays(start, i));
}

interface DayStamped {
  day: string;
  deleted?: boolean;
}

/**
 * Step logs in the Monday-based week containing `day`. Only what was done is counted:
 * there is deliberately no notion of a missed or empty day here, so nothing can grade the
 * person for the days they rested.
 */
export function stepLogsInWeek<T extends DayStamped>(logs: Iterable<T>, day: string): T[] {
  const days = weekDays(day);
  const first = days[0]!;
  const last = days[6]!;
  const out: T[] = [];
  // Day keys sort as strings in calendar order, so a range check is enough.
  for (const log of logs) {
    if (!log.deleted && log.day >= first && log.day <= last) out.push(log);
  }
  return out;
}

/** "4 small steps this week": how many steps were logged in the week containing `day`. */
export function countStepsThisWeek(logs: Iterable<DayStamped>, day: string): number {
  return stepLogsInWeek(logs, day).length;
}

/** The week's logs grouped by day, Monday first; a quiet day simply has an empty list. */
export function stepLogsByWeekDay<T extends DayStamped>(
  logs: Iterable<T>,
  day: string,
): { day: string; logs: T[] }[] {
  const byDay = new Map<string, T[]>(weekDays(day).map((d) => [d, []]));
  for (const log of stepLogsInWeek(logs, day)) byDay.get(log.day)?.push(log);
  return [...byDay].map(([d, l]) => ({ day: d, logs: l }));
}
