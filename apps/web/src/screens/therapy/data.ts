import {
  entriesForTherapy,
  type JournalRecord,
  type MeasureTrend,
  measureTrends,
  type TherapyNoteRecord,
  type TherapySessionRecord,
} from "@small-steps/core";
import { db } from "../../store/db.ts";
import { useLiveQuery } from "../../store/live.ts";

/** Every note, tombstones left out; the screen splits open from talked-about. */
export function useTherapyNotes(): TherapyNoteRecord[] | undefined {
  return useLiveQuery(async () => (await db.therapyNotes.toArray()).filter((n) => !n.deleted), []);
}

export function useTherapySessions(): TherapySessionRecord[] | undefined {
  return useLiveQuery(async () => (await db.therapySessions.toArray()).filter((s) => !s.deleted), []);
}

/**
 * Entries marked for therapy. IndexedDB cannot index a boolean, so this reads the table once
 * with getAll (much quicker than a cursor filter) and keeps the few that are marked.
 */
export function useMarkedEntries(): JournalRecord[] | undefined {
  return useLiveQuery(async () => entriesForTherapy(await db.journal.toArray()), []);
}

export function useMeasureTrends(): MeasureTrend[] | undefined {
  return useLiveQuery(async () => measureTrends(await db.measureResults.toArray()), []);
}
