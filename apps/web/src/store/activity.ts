import type { Table } from "dexie";
import { db } from "./db.ts";

type Dated = { day: string; deleted: boolean };

/** The tables whose records mark a day as one with activity in it. */
export const datedTables = (): Table<Dated, string>[] =>
  [db.checkins, db.stepLogs, db.glimmers, db.journal] as unknown as Table<Dated, string>[];

/**
 * The latest day before `day` with anything in it. Each table answers through its day index,
 * newest first, so ten years of data cost one step per table — never a whole-table read.
 */
export async function lastActiveDayBefore(day: string): Promise<string | undefined> {
  const latest = await Promise.all(
    datedTables().map((table) =>
      table
        .where("day")
        .below(day)
        .reverse()
        .filter((r) => !r.deleted)
        .first(),
    ),
  );
  let found: string | undefined;
  for (const r of latest) if (r && (!found || r.day > found)) found = r.day;
  return found;
}
