import { daysOnRecord } from "./firstDay.ts";
import { PLACES, type PlaceId } from "./records/checkin.ts";
import { isReturnDay } from "./returns.ts";

/**
 * The Mosaic: every day is a tile, hard days included. A tile's tone says where the person
 * mostly was that day; it never grades the day, and a day without data is simply quiet.
 */
export type TileTone = PlaceId | "mixed" | "noPlace" | "empty";
export type PlaceCounts = Record<PlaceId, number>;

/** What one day holds, already counted. */
export interface DayInput {
  day: string;
  /** One item per check-in: the place it named, or undefined when none was named. */
  checkinPlaces: readonly (PlaceId | undefined)[];
  steps: number;
  glimmers: number;
  entries: number;
  isReturn: boolean;
}

export interface MosaicTile {
  day: string;
  tone: TileTone;
  /** The place named most often (ties follow PLACES order); absent when none was named. */
  mostly?: PlaceId;
  /** On a mixed day, the second place: the tile is split between `mostly` and `also`. */
  also?: PlaceId;
  places: PlaceCounts;
  checkins: number;
  steps: number;
  glimmers: number;
  entries: number;
  isReturn: boolean;
}

/**
 * A place is "substantial" on a day when at least this share of the check-ins that named a
 * place named it. Two substantial places make a mixed day: 1 steady + 1 overwhelmed is
 * mixed, 2 + 1 is mixed, 3 + 1 is mostly the first.
 */
export const MIXED_SHARE = 1 / 3;

const emptyCounts = (): PlaceCounts => ({ overwhelmed: 0, steady: 0, shutDown: 0 });

export function mosaicTile(input: DayInput): MosaicTile {
  const places = emptyCounts();
  let named = 0;
  for (const place of input.checkinPlaces) {
    if (place === undefined) continue;
    places[place] += 1;
    named += 1;
  }
  const checkins = input.checkinPlaces.length;
  const { steps, glimmers, entries } = input;
  const active = checkins + steps + glimmers + entries > 0;
  const base = {
    day: input.day,
    places,
    checkins,
    steps,
    glimmers,
    entries,
    isReturn: active && input.isReturn,
  };

  if (named === 0) return { ...base, tone: active ? "noPlace" : "empty" };

  // Stable sort keeps PLACES order on ties, so the same day always draws the same way.
  const ranked = [...PLACES].sort((a, b) => places[b] - places[a]);
  const mostly = ranked[0]!;
  const second = ranked[1]!;
  if (places[second] > 0 && places[second] / named >= MIXED_SHARE) {
    return { ...base, tone: "mixed", mostly, also: second };
  }
  return { ...base, tone: mostly, mostly };
}

/** The least a record needs to tell for the Mosaic; full records fit this shape as they are. */
export interface MosaicRecord {
  kind: "checkin" | "stepLog" | "glimmer" | "journal" | (string & {});
  day: string;
  place?: PlaceId | undefined;
  deleted?: boolean;
}

export interface BuildOptions {
  /** The last day with activity before `from`, so the first days of the range can be returns. */
  previousActiveDay?: string | undefined;
  /**
   * The first day on record (`recordStart` in firstDay.ts). No tile is made for a day before
   * it: those are days before the person began, not quiet days. Without it, every day of the
   * range gets a tile.
   */
  firstDay?: string | undefined;
}

interface Acc {
  places: (PlaceId | undefined)[];
  steps: number;
  glimmers: number;
  entries: number;
}

/**
 * Tiles for every day on record from `from` to `to` inclusive (from `options.firstDay` when
 * that is later), in one pass over the records and one over the days (O(records + days)), so
 * ten years of data stays quick. Records outside the range and tombstones are ignored.
 */
export function buildMosaic(
  records: Iterable<MosaicRecord>,
  rangeFrom: string,
  to: string,
  options: BuildOptions = {},
): MosaicTile[] {
  const onRecord = options.firstDay
    ? daysOnRecord({ from: rangeFrom, to }, options.firstDay)
    : { from: rangeFrom, to };
  if (!onRecord) return [];
  const from = onRecord.from;
  const byDay = new Map<string, Acc>();
  for (const r of records) {
    if (r.deleted || r.day < from || r.day > to) continue;
    let acc = byDay.get(r.day);
    if (!acc) {
      acc = { places: [], steps: 0, glimmers: 0, entries: 0 };
      byDay.set(r.day, acc);
    }
    if (r.kind === "checkin") acc.places.push(r.place);
    else if (r.kind === "stepLog") acc.steps += 1;
    else if (r.kind === "glimmer") acc.glimmers += 1;
    else if (r.kind === "journal") acc.entries += 1;
  }

  const tiles: MosaicTile[] = [];
  let previous = options.previousActiveDay;
  for (const day of eachDay(from, to)) {
    const acc = byDay.get(day);
    const active = acc !== undefined && acc.places.length + acc.steps + acc.glimmers + acc.entries > 0;
    tiles.push(
      mosaicTile({
        day,
        checkinPlaces: acc?.places ?? [],
        steps: acc?.steps ?? 0,
        glimmers: acc?.glimmers ?? 0,
        entries: acc?.entries ?? 0,
        isReturn: active && isReturnDay(previous, day),
      }),
    );
    if (active) previous = day;
  }
  return tiles;
}

/** Day keys from `from` to `to` inclusive. UTC arithmetic: no daylight-saving surprises. */
export function* eachDay(from: string, to: string): Generator<string> {
  const [y, m, d] = from.split("-").map(Number);
  const cursor = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  for (let key = from; key <= to; ) {
    yield key;
    cursor.setUTCDate(cursor.getUTCDate() + 1);
    key = cursor.toISOString().slice(0, 10);
  }
}

/** How often the person came back after time away, in these tiles. Shown as something good. */
export function countReturns(tiles: readonly MosaicTile[]): number {
  let n = 0;
  for (const t of tiles) if (t.isReturn) n += 1;
  return n;
}

/** How the check-ins' places read aloud: "steady", "mostly steady", "steady and overwhelmed". */
export type PlaceShare = "all" | "most" | "mixed";

export type TilePart =
  | { kind: "return" }
  | { kind: "checkins"; count: number; share?: PlaceShare; place?: PlaceId; also?: PlaceId }
  | { kind: "steps"; count: number }
  | { kind: "glimmers"; count: number }
  | { kind: "entries"; count: number };

export interface TileDescription {
  day: string;
  /** Nothing recorded: said as "a quiet day", never as something missing. */
  quiet: boolean;
  /** In reading order; the screen turns each into words and joins them. */
  parts: TilePart[];
}

/** The data for a tile's spoken description; words come from the app's locale files. */
export function describeTile(tile: MosaicTile): TileDescription {
  const parts: TilePart[] = [];
  if (tile.isReturn) parts.push({ kind: "return" });
  if (tile.checkins > 0) {
    if (tile.mostly === undefined) parts.push({ kind: "checkins", count: tile.checkins });
    else if (tile.tone === "mixed" && tile.also !== undefined) {
      parts.push({
        kind: "checkins",
        count: tile.checkins,
        share: "mixed",
        place: tile.mostly,
        also: tile.also,
      });
    } else {
      const share = tile.places[tile.mostly] === tile.checkins ? "all" : "most";
      parts.push({ kind: "checkins", count: tile.checkins, share, place: tile.mostly });
    }
  }
  if (tile.steps > 0) parts.push({ kind: "steps", count: tile.steps });
  if (tile.glimmers > 0) parts.push({ kind: "glimmers", count: tile.glimmers });
  if (tile.entries > 0) parts.push({ kind: "entries", count: tile.entries });
  return { day: tile.day, quiet: parts.length === 0, parts };
}
