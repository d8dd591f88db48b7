import { buildMosaic, type MosaicRecord, type MosaicTile, recordStart } from "@small-steps/core";
import type { Table } from "dexie";
import { lastActiveDayBefore } from "../../store/activity.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";
import { loadFirstRecordDay, recordTables } from "./recordStart.ts";

type DayTable = Table<MosaicRecord & { id: string }, string>;

const tables = (): DayTable[] => [db.checkins, db.stepLogs, db.glimmers, db.journal] as unknown as DayTable[];

/** The tiles of a range: `from` and `to` as asked, tiles only for the days on record. */
export interface MosaicTiles {
  from: string;
  to: string;
  /** The first day on record (today for someone with no records yet). */
  start: string;
  /** From `start` (or `from`, when later) to `to`; empty when the range is all before it. */
  tiles: MosaicTile[];
}

/**
 * Reads only the days in view through each table's `day` index, never whole tables, so a
 * year stays quick with ten years stored. The last active day before the range lets the
 * first days of the range show a return. Days before the person's first record are not
 * tiles at all: they are before the person began, not quiet days.
 */
async function loadTiles(from: string, to: string, today: string): Promise<MosaicTiles> {
  return db.transaction("r", [...new Set([...tables(), ...recordTables()])], async () => {
    const inRange = await Promise.all(
      tables().map((t) => t.where("day").between(from, to, true, true).toArray()),
    );
    const previousActiveDay = await lastActiveDayBefore(from);
    const start = recordStart(await loadFirstRecordDay(), today);
    const tiles = buildMosaic(inRange.flat(), from, to, { previousActiveDay, firstDay: start });
    return { from, to, start, tiles };
  });
}

export function useMosaicTiles(from: string, to: string, today: string): MosaicTiles | undefined {
  return useLiveQuery(() => loadTiles(from, to, today), [from, to, today]);
}
