/**
 * The record begins on the first day the person gave anything: a day before it is not a quiet
 * day, it is a day before they began, so it is never a tile, a line of a PDF or a count.
 *
 * The library steps written at install (dated 2000 or install time) are not the person's
 * doing and never count; only records the person made, each with its own `day`, do.
 */
export interface DayRecord {
  day: string;
  deleted?: boolean;
}

/** The earliest `day` among live records, or undefined when there is none yet. */
export function firstRecordDay(records: Iterable<DayRecord>): string | undefined {
  let first: string | undefined;
  // Day keys are "YYYY-MM-DD": text order is calendar order.
  for (const r of records) if (!r.deleted && (first === undefined || r.day < first)) first = r.day;
  return first;
}

/**
 * The first day the record speaks for: the first record day, or today for someone who has
 * given nothing yet (today is theirs to fill, so it is shown; no day before it is).
 */
export function recordStart(first: string | undefined, today: string): string {
  return first !== undefined && first < today ? first : today;
}

/** The earliest of several first days (one per table); undefined when all are. */
export function earliestDay(days: Iterable<string | undefined>): string | undefined {
  let first: string | undefined;
  for (const d of days) if (d !== undefined && (first === undefined || d < first)) first = d;
  return first;
}

/**
 * A range cut to the days on record: it starts no earlier than `start`. Undefined when the
 * whole range lies before it, so nothing is drawn or counted for it at all.
 */
export function daysOnRecord(
  range: { from: string; to: string },
  start: string,
): { from: string; to: string } | undefined {
  if (range.to < start) return undefined;
  return { from: range.from < start ? start : range.from, to: range.to };
}
