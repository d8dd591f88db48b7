import {
  addDays,
  type CheckinRecord,
  type RefrainRecord,
  type StepLogRecord,
  weekDays,
} from "@small-steps/core";
import { lastActiveDayBefore } from "../../store/activity.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

/** Today's live check-ins, latest first. */
export function useTodayCheckins(today: string): CheckinRecord[] | undefined {
  return useLiveQuery(async () => {
    const list = await db.checkins
      .where("day")
      .equals(today)
      .filter((c) => !c.deleted)
      .toArray();
    return list.sort((a, b) => b.at.localeCompare(a.at));
  }, [today]);
}

/** The latest day before today with anything in it; `null` = none (undefined = still loading). */
export function usePreviousActiveDay(today: string): string | null | undefined {
  return useLiveQuery(async () => (await lastActiveDayBefore(today)) ?? null, [today]);
}

export function useWeekStepLogs(today: string): StepLogRecord[] | undefined {
  return useLiveQuery(() => {
    const days = weekDays(today);
    return db.stepLogs
      .where("day")
      .between(days[0], days[6], true, true)
      .filter((l) => !l.deleted)
      .toArray();
  }, [today]);
}

export function useFavouriteRefrains(): RefrainRecord[] | undefined {
  return useLiveQuery(() => db.refrains.filter((r) => r.favourite && !r.deleted).toArray(), []);
}

/** What the suggestion rule reads, fetched once at the moment of saving. */
export async function suggestionInputs(today: string) {
  const [steps, recentLogs] = await Promise.all([
    db.steps.filter((s) => !s.deleted && !s.archived).toArray(),
    // The "recently logged" window is a few hours, so yesterday and today cover it.
    db.stepLogs.where("day").aboveOrEqual(addDays(today, -1)).toArray(),
  ]);
  return { steps, recentLogs };
}
