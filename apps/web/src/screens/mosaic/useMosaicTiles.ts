import { buildMosaic, type MosaicRecord, type MosaicTile } from "@small-steps/core";
import type { Table } from "dexie";
import { lastActiveDayBefore } from "../../store/activity.ts";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

type DayTable = Table<MosaicRecord & { id: string }, string>;

const tables = (): DayTable[] => [db.checkins, db.stepLogs, db.glimmers, db.journal] as unknown as DayTable[];

/**
 * Reads only the days in view through each table's `day` index, never whole tables, so a
 * year stays quick with ten years stored. The last active day before the range lets the
 * first days of the range show a return.
 */
async function loadTiles(from: string, to: string): Promise<MosaicTile[]> {
  return db.transaction("r", tables(), async () => {
    const inRange = await Promise.all(
      tables().map((t) => t.where("day").between(from, to, true, true).toArray()),
    );
    const previousActiveDay = await lastActiveDayBefore(from);
    return buildMosaic(inRange.flat(), from, to, { previousActiveDay });
  });
}

export function useMosaicTiles(from: string, to: string): MosaicTile[] | undefined {
  return useLiveQuery(() => loadTiles(from, to), [from, to]);
}
