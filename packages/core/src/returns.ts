import { daysBetween } from "./time.ts";

/**
 * Returning after time away is celebrated, never counted against the person: the app says
 * "Welcome back." and the Mosaic gives that day a soft gold edge. A gap this long (in
 * calendar days between two active days) makes a day a return.
 */
export const RETURN_GAP_DAYS = 3;

/** The latest day with activity strictly before `today`, or undefined when there is none. */
export function previousActiveDay(activeDays: Iterable<string>, today: string): string | undefined {
  let best: string | undefined;
  // Day keys are "YYYY-MM-DD", so string order is calendar order.
  for (const day of activeDays) {
    if (day < today && (best === undefined || day > best)) best = day;
  }
  return best;
}

/**
 * True when `day` has activity and the previous active day is RETURN_GAP_DAYS or more
 * earlier. A first-ever day is not a return: there was nothing to come back from.
 */
export function isReturnDay(previous: string | undefined, day: string): boolean {
  if (previous === undefined) return false;
  return daysBetween(previous, day) >= RETURN_GAP_DAYS;
}
