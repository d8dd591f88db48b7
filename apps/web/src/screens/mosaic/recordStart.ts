import { type DayRecord, earliestDay } from "@small-steps/core";
import type { Table } from "dexie";
import { db } from "../../store/db.ts";

/**
 * Every table of things the person did on a day. The step library is not here: its steps are
 * written at install, not by the person, and carry no day.
 */
export const recordTables = (): Table<DayRecord, string>[] =>
  [
    db.checkins,
    db.stepLogs,
    db.journal,
    db.glimmers,
    db.sosSessions,
    db.measureResults,
    db.therapyNotes,
    db.therapySessions,
  ] as unknown as Table<DayRecord, string>[];

/**
 * The first day of the person's own records, or undefined when there are none. Each table
 * answers through its day index, oldest first, so this is one short step per table.
 */
export async function loadFirstRecordDay(): Promise<string | undefined> {
  const firsts = await Promise.all(
    recordTables().map((table) =>
      table
        .orderBy("day")
        .filter((r) => !r.deleted)
        .first(),
    ),
  );
  return earliestDay(firsts.map((r) => r?.day));
}
