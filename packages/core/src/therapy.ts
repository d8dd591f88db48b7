import { MEASURES } from "./measures/index.ts";
import { MEASURE_IDS, type MeasureId } from "./measures/types.ts";
import { addDays } from "./time.ts";

/**
 * The therapy companion's rules: what is still to bring, the session log's order, the latest
 * "one thing to try", and measure totals gathered for a session. Pure: the screen reads the
 * records and passes them in.
 */

interface Live {
  deleted: boolean;
}

interface NoteLike extends Live {
  at: string;
  done: boolean;
}

/** Notes not yet talked about, in the order they were written: it reads like an agenda. */
export function openNotes<N extends NoteLike>(notes: readonly N[]): N[] {
  return notes.filter((n) => !n.deleted && !n.done).sort((a, b) => a.at.localeCompare(b.at));
}

/** Notes already talked about, most recent first (kept, out of the way). */
export function talkedAboutNotes<N extends NoteLike>(notes: readonly N[]): N[] {
  return notes.filter((n) => !n.deleted && n.done).sort((a, b) => b.at.localeCompare(a.at));
}

interface EntryLike extends Live {
  at: string;
  forTherapy?: boolean | undefined;
}

/** Journal entries the person marked for their next session, oldest first. */
export function entriesForTherapy<E extends EntryLike>(entries: readonly E[]): E[] {
  return entries.filter((e) => !e.deleted && e.forTherapy === true).sort((a, b) => a.at.localeCompare(b.at));
}

interface SessionLike extends Live {
  day: string;
  createdAt: string;
  tryBeforeNext?: string | undefined;
}

/** The log, newest session first; two on one day keep the order they were written in, newest first. */
export function sessionsNewestFirst<S extends SessionLike>(sessions: readonly S[]): S[] {
  return sessions
    .filter((s) => !s.deleted)
    .sort((a, b) => b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt));
}

/** The session holding the most recent "one thing to try", if any session has one. */
export function latestTryBeforeNext<S extends SessionLike>(sessions: readonly S[]): S | undefined {
  return sessionsNewestFirst(sessions).find((s) => (s.tryBeforeNext ?? "").trim().length > 0);
}

interface ResultLike extends Live {
  measure: MeasureId;
  total: number;
  at: string;
  day: string;
}

export interface MeasurePoint {
  total: number;
  day: string;
}

export interface MeasureTrend {
  measure: MeasureId;
  /** The highest total the measure allows, so a total can be read as "12 of 27". */
  max: number;
  latest: MeasurePoint;
  /** The results before the latest one, newest first, at most `earlierCount` of them. */
  earlier: MeasurePoint[];
}

/** Per measure the person has used, the latest total and a few before it (measures in a fixed order). */
export function measureTrends(results: readonly ResultLike[], earlierCount = 3): MeasureTrend[] {
  const trends: MeasureTrend[] = [];
  for (const measure of MEASURE_IDS) {
    const points = results
      .filter((r) => !r.deleted && r.measure === measure)
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((r) => ({ total: r.total, day: r.day }));
    const [latest, ...rest] = points;
    if (!latest) continue;
    trends.push({
      measure,
      max: MEASURES[measure].totalRange.max,
      latest,
      earlier: rest.slice(0, earlierCount),
    });
  }
  return trends;
}

/**
 * The days a session summary shows from the Mosaic: "the last four weeks" is 28 days, today
 * and the 27 before it, so the words match the length (whole calendar weeks would be 22 to 28
 * days depending on the weekday). The grid starts its first row on the right weekday instead.
 */
export function recentWeeks(today: string, weeks = 4): { from: string; to: string } {
  return { from: addDays(today, -(7 * weeks - 1)), to: today };
}
