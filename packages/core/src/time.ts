/** Calendar helpers over local "YYYY-MM-DD" day keys. Pure: the caller passes the Date. */

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar day of a moment, as a sortable key. */
export function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Parses a day key to local midnight of that day. */
export function dayKeyToDate(key: string): Date {
  const [y, m, d] = key.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Whole calendar days from `a` to `b` (positive when b is later), immune to DST shifts. */
export function daysBetween(a: string, b: string): number {
  const ua = Date.UTC(...ymd(a));
  const ub = Date.UTC(...ymd(b));
  return Math.round((ub - ua) / 86_400_000);
}

/** The day key `n` days after `key` (negative n goes back). */
export function addDays(key: string, n: number): string {
  const [y, m, d] = ymd(key);
  return localDayKey(new Date(y, m, d + n));
}

/** Monday-based start of the week containing `key`. */
export function startOfWeek(key: string): string {
  const dow = (dayKeyToDate(key).getDay() + 6) % 7; // 0 = Monday
  return addDays(key, -dow);
}

function ymd(key: string): [number, number, number] {
  const [y, m, d] = key.split("-").map(Number);
  return [y ?? 1970, (m ?? 1) - 1, d ?? 1];
}
