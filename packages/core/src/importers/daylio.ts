import { LIMITS } from "../records/base.ts";
import type { PlaceId } from "../records/checkin.ts";
import type { RecordOf } from "../records/index.ts";
import type { RecordKind } from "../records/kinds.ts";
import { guessCategory } from "./activityCategory.ts";
import { localIso, type OffsetOption, plainText, readDate, readTime } from "./daylioFields.ts";

/**
 * Maps a Daylio CSV export (already parsed into rows keyed by header) to Small Steps
 * records. The mapping is documented, numbered, in docs/daylio-import.md; the numbers in
 * the comments below refer to it. Pure: no IO, no clock, ids come from the caller.
 */

type Bookkeeping = "kind" | "schemaVersion" | "createdAt" | "updatedAt" | "deviceId" | "deleted";
/** A record as an importer hands it to the store: its id and content, no bookkeeping. */
export type NewRecord<K extends RecordKind> = Omit<RecordOf<K>, Bookkeeping>;
export type NewCheckin = NewRecord<"checkin">;
export type NewStep = NewRecord<"step">;
export type NewStepLog = NewRecord<"stepLog">;
export type NewJournal = NewRecord<"journal">;

/** One CSV row keyed by its header, as a CSV library gives it. */
export type DaylioRow = Readonly<Record<string, string | undefined>>;

export interface DaylioOptions {
  /**
   * Minutes east of UTC where the entries were written (+60 for CET), or a function giving
   * it per entry, since summer time moves it across a year. The web passes the device's:
   * (day, t) => -new Date(y, m - 1, d, t.hour, t.minute).getTimezoneOffset().
   */
  offsetMinutes: OffsetOption;
  /** Makes the id of each new record (the web passes crypto.randomUUID), so links are final. */
  newId: () => string;
  /** The person's steps, by the title they see: an activity with the same name logs to it. */
  existingSteps?: readonly { id: string; title: string }[];
  maxRows?: number;
}

export const DAYLIO_MAX_ROWS = 50_000;
/** Read by name; Daylio's "date" and "weekday" are display forms of full_date, not needed. */
export const DAYLIO_REQUIRED_COLUMNS = ["full_date", "time", "mood", "activities"] as const;
/** Imported journal entries carry this tag, so the person can find (or remove) them together. */
export const DAYLIO_TAG = "daylio";

export type DaylioSkipReason = "unreadableDate" | "unreadableTime";
export interface DaylioSkip {
  /** As a spreadsheet numbers it: the header is row 1, the first entry row 2. */
  row: number;
  reason: DaylioSkipReason;
}

export type DaylioImport =
  | {
      ok: true;
      checkins: NewCheckin[];
      steps: NewStep[];
      stepLogs: NewStepLog[];
      journal: NewJournal[];
      skipped: DaylioSkip[];
    }
  | { ok: false; reason: "notDaylio" | "empty" | "tooManyRows" };

/** 1. Daylio's default moods. Compared without case or spaces; custom names have no place. */
export const DAYLIO_MOOD_PLACES: ReadonlyMap<string, PlaceId> = new Map([
  ["rad", "steady"],
  ["good", "steady"],
  ["meh", "steady"],
  ["bad", "overwhelmed"],
  ["awful", "overwhelmed"],
]);

export function importDaylio(rows: readonly DaylioRow[], options: DaylioOptions): DaylioImport {
  if (rows.length === 0) return { ok: false, reason: "empty" };
  if (rows.length > (options.maxRows ?? DAYLIO_MAX_ROWS)) return { ok: false, reason: "tooManyRows" };
  const column = columnsOf(rows[0]!);
  if (DAYLIO_REQUIRED_COLUMNS.some((c) => !column.has(c))) return { ok: false, reason: "notDaylio" };

  const checkins: NewCheckin[] = [];
  const steps: NewStep[] = [];
  const stepLogs: NewStepLog[] = [];
  const journal: NewJournal[] = [];
  const skipped: DaylioSkip[] = [];
  const stepIdOf = new Map<string, string>();
  for (const s of options.existingSteps ?? []) stepIdOf.set(activityKey(s.title), s.id);
  let entries = 0;

  for (const [i, row] of rows.entries()) {
    const cell = (name: string) => {
      const key = column.get(name);
      return (key === undefined ? undefined : row[key])?.trim() ?? "";
    };
    // A CSV library may hand over a blank last line: it holds nothing, so it is not "skipped".
    if (Object.values(row).every((v) => !v?.trim())) continue;
    entries += 1;
    const day = readDate(cell("full_date"));
    const time = readTime(cell("time"));
    if (day === undefined || time === undefined) {
      // Only this row is left out, and the person is told which one and why.
      skipped.push({ row: i + 2, reason: day === undefined ? "unreadableDate" : "unreadableTime" });
      continue;
    }
    const at = localIso(day, time, options.offsetMinutes);

    // 1. The mood becomes a check-in; its own word is kept in the note.
    const mood = cell("mood").replace(/\s+/g, " ");
    let checkinId: string | undefined;
    if (mood) {
      checkinId = options.newId();
      // A Map, so a custom mood called "constructor" finds nothing rather than Object's own.
      const place = DAYLIO_MOOD_PLACES.get(mood.toLowerCase());
      checkins.push({
        id: checkinId,
        at,
        day,
        needs: {},
        feelings: [],
        ...(place ? { place } : {}),
        note: `Daylio mood: ${mood}`.slice(0, LIMITS.noteText),
      });
    }

    // 2–3. Each distinct activity becomes one step; each activity on a row, a log that day.
    const seen = new Set<string>();
    for (const activity of splitActivities(cell("activities"))) {
      const key = activityKey(activity);
      if (seen.has(key)) continue;
      seen.add(key);
      let stepId = stepIdOf.get(key);
      if (stepId === undefined) {
        stepId = options.newId();
        stepIdOf.set(key, stepId);
        steps.push({
          id: stepId,
          title: activity,
          category: guessCategory(activity),
          needs: [],
          archived: false,
        });
      }
      stepLogs.push({ id: options.newId(), stepId, at, day });
    }

    // 4. The note's title and text become a journal entry linked to the check-in.
    const text = [plainText(cell("note_title")), plainText(cell("note"))].filter(Boolean).join("\n\n");
    for (const part of splitLong(text, LIMITS.journalText)) {
      journal.push({
        id: options.newId(),
        at,
        day,
        text: part,
        tags: [DAYLIO_TAG],
        ...(checkinId ? { checkinId } : {}),
      });
    }
  }

  if (entries === 0) return { ok: false, reason: "empty" };
  return { ok: true, checkins, steps, stepLogs, journal, skipped };
}

/** Header names as written, by their plain form: a byte-order mark, spaces or capitals don't matter. */
function columnsOf(first: DaylioRow): Map<string, string> {
  const columns = new Map<string, string>();
  for (const key of Object.keys(first)) {
    columns.set(
      key
        .replace(/^\uFEFF/, "")
        .trim()
        .toLowerCase(),
      key,
    );
  }
  return columns;
}

/** "friends | movies / tv |  reading " → ["friends", "movies / tv", "reading"]. */
function splitActivities(cell: string): string[] {
  return cell
    .split("|")
    .map((a) => a.replace(/\s+/g, " ").trim().slice(0, LIMITS.shortText).trim())
    .filter(Boolean);
}

/** "Reading" and "reading " are one activity, as Daylio itself would show them. */
function activityKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLocaleLowerCase();
}

/**
 * A note longer than one entry may hold continues in the next entry rather than being cut:
 * nothing the person wrote is dropped. Never splits a surrogate pair.
 */
function splitLong(text: string, limit: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + limit, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
    const part = text.slice(start, end);
    if (part.trim()) parts.push(part);
    start = end;
  }
  return parts;
}
