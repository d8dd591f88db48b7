import { MEASURE_IDS, type MeasureId, type MeasureResultRecord } from "@small-steps/core";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

export type ResultsByMeasure = Record<MeasureId, MeasureResultRecord[]>;

/** Live results of every measure, oldest first, tombstones left out. `undefined` while loading. */
export function useResultsByMeasure(): ResultsByMeasure | undefined {
  return useLiveQuery(async () => {
    const all = (await db.measureResults.toArray()).filter((r) => !r.deleted);
    all.sort((a, b) => a.at.localeCompare(b.at));
    const by = Object.fromEntries(MEASURE_IDS.map((id) => [id, [] as MeasureResultRecord[]]));
    for (const r of all) by[r.measure]?.push(r);
    return by as ResultsByMeasure;
  });
}

/** One result, `null` when it is missing or deleted. */
export function useResult(id: string): MeasureResultRecord | null | undefined {
  return useLiveQuery(async () => {
    const r = await db.measureResults.get(id);
    return r && !r.deleted ? r : null;
  }, [id]);
}

/**
 * The person's reminder choices live in the local meta table, not in settings: they belong with
 * the results on this device (and go with "delete everything"), not with display preferences.
 */
const REMINDERS_KEY = "measureReminders";
export type Reminders = Partial<Record<MeasureId, boolean>>;

function asReminders(value: unknown): Reminders {
  if (!value || typeof value !== "object") return {};
  const out: Reminders = {};
  for (const id of MEASURE_IDS) if ((value as Record<string, unknown>)[id] === true) out[id] = true;
  return out;
}

export function useReminders(): Reminders | undefined {
  return useLiveQuery(async () => asReminders((await db.meta.get(REMINDERS_KEY))?.value));
}

export async function setReminder(id: MeasureId, on: boolean): Promise<void> {
  await db.transaction("rw", db.meta, async () => {
    const current = asReminders((await db.meta.get(REMINDERS_KEY))?.value);
    await db.meta.put({ key: REMINDERS_KEY, value: { ...current, [id]: on } });
  });
}
