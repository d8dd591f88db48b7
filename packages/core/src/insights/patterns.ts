import { eachDay, mosaicTile } from "../mosaic.ts";
import type { PlaceId } from "../records/checkin.ts";
import type { SenseId } from "../records/glimmer.ts";
import type { StepCategory } from "../records/step.ts";

/**
 * "What helps": for each step, step category, glimmer sense and glimmers at all, how the
 * person's check-ins read on days with it and on days without it, and on the day after.
 *
 * The result is counts only. There is no score, no ranking by effect and no test of
 * significance: the screen says "steady on 12 of 16 days, and on 9 of 20 days without", and
 * the person draws their own meaning. Nothing here says one thing caused another.
 */

/** The least each record needs to tell; full records fit these shapes as they are. */
export interface PatternCheckin {
  day: string;
  at: string;
  place?: PlaceId | undefined;
  deleted?: boolean;
}
export interface PatternStepLog {
  day: string;
  stepId: string;
  deleted?: boolean;
}
export interface PatternStep {
  id: string;
  category: StepCategory;
  deleted?: boolean;
}
export interface PatternGlimmer {
  day: string;
  sense?: SenseId | undefined;
  deleted?: boolean;
}

export interface PatternInput {
  checkins: Iterable<PatternCheckin>;
  stepLogs: Iterable<PatternStepLog>;
  steps: Iterable<PatternStep>;
  glimmers: Iterable<PatternGlimmer>;
}

/**
 * Which check-ins give a day its reading. "evening" reads only check-ins from `eveningHour`
 * on: they come after most of the day's steps and glimmers, so "a day with it" is more
 * likely to mean "it happened before the check-in". "allDay" reads every check-in.
 */
export type PatternLens = "evening" | "allDay";

export interface PatternOptions {
  /** First and last day keys, inclusive. */
  from: string;
  to: string;
  /** Fewer days than this on either side and the pattern is not shown (enoughData: false). */
  minDaysWith?: number;
  minDaysWithout?: number;
  /** "auto" (the default) reads evenings when there are enough of them; see chooseLens. */
  lens?: PatternLens | "auto";
  /** Local hour from which a check-in counts as an evening one. */
  eveningHour?: number;
}

export const PATTERN_MIN_DAYS = 5;
export const PATTERN_EVENING_HOUR = 17;

export type PatternKind = "step" | "stepCategory" | "glimmerSense" | "anyGlimmer";

/** Counted over days that have a reading (a check-in in the lens that named a place). */
export interface PatternCounts {
  daysWith: number;
  steadyWith: number;
  daysWithout: number;
  steadyWithout: number;
  /** Both sides reach their minimum: only then may the screen show this comparison. */
  enoughData: boolean;
}

export interface Pattern extends PatternCounts {
  kind: PatternKind;
  /** A step id, a step category, a glimmer sense, or "any" for glimmers at all. */
  key: string;
  /** The same comparison one day later: the day after a day with it, against the rest. */
  nextDay: PatternCounts;
}

export interface Patterns {
  lens: PatternLens;
  /** Most data first (days with it), then by kind and key: a neutral order, never by effect. */
  patterns: Pattern[];
}

/** No reading, a reading that was not steady, a steady reading. */
const NONE = -1;
const NOT_STEADY = 0;
const STEADY = 1;

const KIND_ORDER: Record<PatternKind, number> = { step: 0, stepCategory: 1, glimmerSense: 2, anyGlimmer: 3 };

/**
 * One pass over each kind of record and one over the days: O(records + days), so ten years
 * of data stays quick. Tombstones, records outside the range, and logs of steps that are
 * unknown or deleted are ignored. A group appears only when it happened in the range.
 */
export function findPatterns(input: PatternInput, options: PatternOptions): Patterns {
  const { from, to } = options;
  const minWith = options.minDaysWith ?? PATTERN_MIN_DAYS;
  const minWithout = options.minDaysWithout ?? PATTERN_MIN_DAYS;
  const eveningHour = options.eveningHour ?? PATTERN_EVENING_HOUR;

  // Days become indexes, so "the day after" is index + 1: no date arithmetic, and month and
  // year ends need no special case.
  const days = [...eachDay(from, to)];
  const indexOf = new Map(days.map((day, i) => [day, i]));

  const allPlaces: (PlaceId[] | undefined)[] = new Array(days.length);
  const eveningPlaces: (PlaceId[] | undefined)[] = new Array(days.length);
  for (const c of input.checkins) {
    // A check-in that named no place tells nothing about steadiness (the Mosaic agrees).
    if (c.deleted || c.place === undefined) continue;
    const i = indexOf.get(c.day);
    if (i === undefined) continue;
    push(allPlaces, i, c.place);
    if (localHour(c.at) >= eveningHour) push(eveningPlaces, i, c.place);
  }

  const lens =
    options.lens === undefined || options.lens === "auto"
      ? chooseLens(countDays(allPlaces), countDays(eveningPlaces), minWith + minWithout)
      : options.lens;
  const readings = readDays(days, lens === "evening" ? eveningPlaces : allPlaces);

  const groups = collectGroups(input, indexOf);
  const sameDayTotals = totals(readings, 0);
  // The day after: only days whose previous day is in the range can be counted.
  const nextDayTotals = totals(readings, 1);
  const patterns: Pattern[] = [];
  for (const g of groups) {
    patterns.push({
      kind: g.kind,
      key: g.key,
      ...compare(g.days, readings, 0, sameDayTotals, minWith, minWithout),
      nextDay: compare(g.days, readings, 1, nextDayTotals, minWith, minWithout),
    });
  }
  patterns.sort(
    (a, b) =>
      b.daysWith - a.daysWith ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { lens, patterns };
}

/**
 * Evenings are read when they are not a thin slice of the data: at least half of the days
 * with a reading have an evening reading, and there are enough of them for one comparison.
 * Otherwise every check-in of the day counts, so people who check in mornings are not left
 * without patterns. One lens for all groups keeps the sentences comparable.
 */
function chooseLens(allDays: number, eveningDays: number, minDays: number): PatternLens {
  return eveningDays >= minDays && eveningDays * 2 >= allDays ? "evening" : "allDay";
}

function countDays(places: readonly (PlaceId[] | undefined)[]): number {
  let n = 0;
  for (const named of places) if (named) n += 1;
  return n;
}

/**
 * The local hour a check-in was written. An explicit offset ("…T19:05:00+01:00", as imports
 * carry) already shows the wall clock where it was written; a "Z" time is an instant, read
 * in the device's zone as its `day` key was.
 */
export function localHour(at: string): number {
  const wallClock = /T(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?[+-]\d{2}:?\d{2}$/.exec(at);
  return wallClock ? Number(wallClock[1]) : new Date(at).getHours();
}

interface Group {
  kind: PatternKind;
  key: string;
  days: Set<number>;
}

function collectGroups(input: PatternInput, indexOf: ReadonlyMap<string, number>): Group[] {
  // One map per kind, so no key string is built per record.
  const byKind = new Map<PatternKind, Map<string, Group>>();
  const add = (kind: PatternKind, key: string, day: number) => {
    let groups = byKind.get(kind);
    if (!groups) {
      groups = new Map();
      byKind.set(kind, groups);
    }
    let g = groups.get(key);
    if (!g) {
      g = { kind, key, days: new Set() };
      groups.set(key, g);
    }
    g.days.add(day);
  };

  const categoryOf = new Map<string, StepCategory>();
  for (const s of input.steps) if (!s.deleted) categoryOf.set(s.id, s.category);
  for (const log of input.stepLogs) {
    if (log.deleted) continue;
    const i = indexOf.get(log.day);
    const category = categoryOf.get(log.stepId);
    if (i === undefined || category === undefined) continue;
    add("step", log.stepId, i);
    add("stepCategory", category, i);
  }
  for (const g of input.glimmers) {
    if (g.deleted) continue;
    const i = indexOf.get(g.day);
    if (i === undefined) continue;
    add("anyGlimmer", "any", i);
    if (g.sense !== undefined) add("glimmerSense", g.sense, i);
  }
  return [...byKind.values()].flatMap((groups) => [...groups.values()]);
}

function push(lists: (PlaceId[] | undefined)[], i: number, place: PlaceId): void {
  const list = lists[i];
  if (list) list.push(place);
  else lists[i] = [place];
}

/**
 * A day is steady when its Mosaic tile is steady: the same rule the person sees on the
 * Mosaic (mostly steady, with any other place under a third). Mixed days are not steady.
 */
function readDays(days: readonly string[], places: readonly (PlaceId[] | undefined)[]): Int8Array {
  const readings = new Int8Array(days.length).fill(NONE);
  for (let i = 0; i < days.length; i++) {
    const named = places[i];
    if (!named) continue;
    const tile = mosaicTile({
      day: days[i]!,
      checkinPlaces: named,
      steps: 0,
      glimmers: 0,
      entries: 0,
      isReturn: false,
    });
    readings[i] = tile.tone === "steady" ? STEADY : NOT_STEADY;
  }
  return readings;
}

interface Totals {
  days: number;
  steady: number;
}

/** Readings from index `shift` on: with shift 1, the days that have a day before them. */
function totals(readings: Int8Array, shift: number): Totals {
  const t = { days: 0, steady: 0 };
  for (let i = shift; i < readings.length; i++) {
    if (readings[i] === NONE) continue;
    t.days += 1;
    if (readings[i] === STEADY) t.steady += 1;
  }
  return t;
}

/** "With" walks only the group's own days; "without" is the rest of the totals. */
function compare(
  days: ReadonlySet<number>,
  readings: Int8Array,
  shift: number,
  all: Totals,
  minWith: number,
  minWithout: number,
): PatternCounts {
  let daysWith = 0;
  let steadyWith = 0;
  for (const i of days) {
    const r = readings[i + shift];
    if (r === undefined || r === NONE) continue;
    daysWith += 1;
    if (r === STEADY) steadyWith += 1;
  }
  const daysWithout = all.days - daysWith;
  const steadyWithout = all.steady - steadyWith;
  return {
    daysWith,
    steadyWith,
    daysWithout,
    steadyWithout,
    enoughData: daysWith >= minWith && daysWithout >= minWithout,
  };
}
