import {
  addDays,
  type CheckinRecord,
  previousActiveDay,
  type RefrainRecord,
  type StepLogRecord,
  weekDays,
} from "@small-steps/core";
import type { Table } from "dexie";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

type Dated = { day: string; deleted: boolean };

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

/**
 * The latest day before today with anything in it, from every kind of dated record. Each
 * table answers through its day index, newest first, so ten years of data cost one step each.
 * `null` means "looked, nothing there" (undefined is still loading).
 */
export function usePreviousActiveDay(today: string): string | null | undefined {
  return useLiveQuery(async () => {
    const tables = [db.checkins, db.stepLogs, db.journal, db.glimmers] as unknown as Table<Dated, string>[];
    const latest = await Promise.all(
      tables.map((table) =>
        table
          .where("day")
          .below(today)
          .reverse()
          .filter((r) => !r.deleted)
          .first(),
      ),
    );
    return (
      previousActiveDay(
        latest.flatMap((r) => (r ? [r.day] : [])),
        today,
      ) ?? null
    );
  }, [today]);
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
