import type { StepLogRecord, StepRecord } from "@small-steps/core";
import { weekDays } from "@small-steps/core";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

/** Every live step, archived ones included (the screen sorts them into sections). */
export function useSteps(): StepRecord[] | undefined {
  return useLiveQuery(async () => (await db.steps.toArray()).filter((s) => !s.deleted), []);
}

/** Live step logs of the week containing `day`, read through the day index. */
export function useWeekLogs(day: string): StepLogRecord[] | undefined {
  return useLiveQuery(async () => {
    const days = weekDays(day);
    const logs = await db.stepLogs
      .where("day")
      .between(days[0], days[6], true, true)
      .filter((l) => !l.deleted)
      .toArray();
    return logs.sort((a, b) => a.at.localeCompare(b.at));
  }, [day]);
}
