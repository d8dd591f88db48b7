import { daysBetween } from "./time.ts";

/** A repeat is suggested two weeks on: the PHQ-9 and GAD-7 both ask about "the last 2 weeks". */
export const MEASURE_REMINDER_DAYS = 14;

/**
 * How long it has been, in words the screen can choose from, or `null` when there is nothing to
 * say. Past three weeks the wording changes to "a while", so a long gap is never counted out.
 */
export type MeasureReminder = "twoWeeks" | "aWhile" | null;

/**
 * Whether the person's own opt-in reminder for a measure is due. It is only ever shown on the
 * measures screen, never as a notification: without a past result, or with the reminder off,
 * there is nothing to remind of.
 */
export function measureReminder(
  enabled: boolean,
  lastDay: string | undefined,
  today: string,
): MeasureReminder {
  if (!enabled || lastDay === undefined) return null;
  const days = daysBetween(lastDay, today);
  if (days < MEASURE_REMINDER_DAYS) return null;
  return days < MEASURE_REMINDER_DAYS + 7 ? "twoWeeks" : "aWhile";
}
