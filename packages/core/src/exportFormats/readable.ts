import {
  EXPORT_GROUP_IDS,
  EXPORT_GROUPS,
  type ExportGroup,
  recordDay,
  TIMELESS_KINDS,
} from "../exportFilters.ts";
import { MEASURE_TEXT, MEASURES } from "../measures/index.ts";
import { bandFor } from "../measures/score.ts";
import type { BandId, MeasureId } from "../measures/types.ts";
import type { FeelingId, NeedAnswer, NeedId, PlaceId } from "../records/checkin.ts";
import type { SenseId } from "../records/glimmer.ts";
import type { AnyRecord, StoredRecord } from "../records/index.ts";
import type { RecordKind } from "../records/kinds.ts";
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSection, type SosTool } from "../records/sos.ts";
import type { StepRecord } from "../records/step.ts";
import { localDayKey } from "../time.ts";

/**
 * The readable exports (PDF, Markdown, CSV) share one model: sections per kind, entries with a
 * day, an optional time, the person's own words, and labelled details. Building it once keeps
 * the three formats saying the same things; each format only decides how it looks.
 *
 * Core knows no language, so every word comes in `ExportWords`, already translated. No
 * internal ids ever reach the model: a therapist reads names and dates, not UUIDs.
 */

export const DETAIL_FIELDS = [
  "place",
  "feelings",
  "needs",
  "prompt",
  "sketch",
  "forTherapy",
  "tags",
  "sense",
  "oldScript",
  "protected",
  "favourite",
  "distressBefore",
  "distressAfter",
  "tools",
  "phone",
  "message",
  "score",
  "answers",
  "difficulty",
  "talkedAbout",
  "attended",
  "takeaway",
  "tryBeforeNext",
] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export interface ExportWords {
  /** Section headings, e.g. { checkins: "Check-ins", … }. */
  group: Record<ExportGroup, string>;
  /** Detail labels, e.g. { place: "Where I was", … }. */
  field: Record<DetailField, string>;
  feeling: Record<FeelingId, string>;
  place: Record<PlaceId, string>;
  need: Record<NeedId, string>;
  needAnswer: Record<NeedAnswer, string>;
  sense: Record<SenseId, string>;
  tool: Record<SosTool, string>;
  planSection: Record<SafetyPlanSection, string>;
  measure: Record<MeasureId, string>;
  band: Record<BandId, string>;
  yes: string;
  no: string;
  /** Said instead of a sketch, which a text format cannot hold. */
  sketch: string;
  /** e.g. (7, 27) => "7 of 27". */
  outOf: (value: number, max: number) => string;
  /** The title a step shows (library steps are named in the person's language). */
  stepTitle: (step: Pick<StepRecord, "title" | "libraryKey"> | undefined) => string;
}

export interface ReadableDetail {
  field: DetailField | SafetyPlanSection;
  label: string;
  value: string;
}

export interface ReadableEntry {
  kind: RecordKind;
  /** "YYYY-MM-DD": the day as the person lived it. */
  day: string;
  /** The moment, when the kind has one (ISO 8601), for showing a time. */
  at?: string;
  /** The person's own words (may be empty, e.g. a check-in without a note). */
  text: string;
  details: ReadableDetail[];
}

export interface ReadableSection {
  group: ExportGroup;
  heading: string;
  /** False for how-things-are-now kinds (the safety plan, trusted people): no day headings. */
  dated: boolean;
  entries: ReadableEntry[];
}

/**
 * Turns chosen records into sections, in the order of the groups and oldest first within each
 * (a therapist reads a month the way it was lived). Tombstones are left out. `lookup` holds
 * every record on the device, so a step log can name its step even when the step itself
 * was not chosen.
 */
export function toReadable(
  records: readonly StoredRecord[],
  words: ExportWords,
  lookup: readonly StoredRecord[] = records,
): ReadableSection[] {
  const steps = new Map<string, StepRecord>();
  for (const r of lookup) if (r.kind === "step" && !r.deleted && "category" in r) steps.set(r.id, r);
  for (const r of records) if (r.kind === "step" && !r.deleted && "category" in r) steps.set(r.id, r);

  const byGroup = new Map<ExportGroup, ReadableEntry[]>();
  const groupOf = new Map<RecordKind, ExportGroup>();
  for (const g of EXPORT_GROUP_IDS) for (const k of EXPORT_GROUPS[g]) groupOf.set(k, g);

  for (const r of records) {
    // Wiped tombstones are always deleted, so what is left carries its full content.
    if (r.deleted) continue;
    const entry = entryOf(r as AnyRecord, words, steps);
    if (!entry) continue;
    const group = groupOf.get(r.kind);
    if (!group) continue;
    const list = byGroup.get(group) ?? [];
    list.push(entry);
    byGroup.set(group, list);
  }

  return EXPORT_GROUP_IDS.flatMap((group) => {
    const entries = byGroup.get(group);
    if (!entries?.length) return [];
    entries.sort(chronological);
    const dated = !EXPORT_GROUPS[group].some((k) => TIMELESS_KINDS.has(k));
    return [{ group, heading: words.group[group], dated, entries }];
  });
}

/** How many entries the sections hold, for "Saved 124 entries". */
export function countEntries(sections: readonly ReadableSection[]): number {
  return sections.reduce((n, s) => n + s.entries.length, 0);
}

function chronological(a: ReadableEntry, b: ReadableEntry): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  const ta = a.at ? Date.parse(a.at) : 0;
  const tb = b.at ? Date.parse(b.at) : 0;
  return ta - tb;
}

function entryOf(r: AnyRecord, w: ExportWords, steps: ReadonlyMap<string, StepRecord>): ReadableEntry | null {
  const details: ReadableDetail[] = [];
  const add = (field: DetailField, value: string | undefined) => {
    if (value !== undefined && value.trim() !== "") details.push({ field, label: w.field[field], value });
  };
  const base = { kind: r.kind, day: recordDay(r) };
  switch (r.kind) {
    case "checkin":
      add("place", r.place && w.place[r.place]);
      // A feeling ticked but not rated is named as felt, with no number beside it.
      add(
        "feelings",
        r.feelings
          .map((f) =>
            f.intensity === undefined ? w.feeling[f.id] : `${w.feeling[f.id]} (${w.outOf(f.intensity, 10)})`,
          )
          .join(", "),
      );
      add(
        "needs",
        Object.entries(r.needs)
          .map(([need, answer]) => `${w.need[need as NeedId]}: ${w.needAnswer[answer as NeedAnswer]}`)
          .join(", "),
      );
      return { ...base, at: r.at, text: r.note ?? "", details };
    case "step":
      // The steps themselves are a list, not events: the readable story is in their logs.
      return null;
    case "stepLog":
      return { ...base, at: r.at, text: w.stepTitle(steps.get(r.stepId)), details };
    case "journal":
      add("prompt", r.prompt);
      if (r.sketch) add("sketch", w.sketch);
      add("tags", r.tags.join(", "));
      if (r.forTherapy) add("forTherapy", w.yes);
      return { ...base, at: r.at, text: r.text, details };
    case "glimmer":
      add("sense", r.sense && w.sense[r.sense]);
      return { ...base, at: r.at, text: r.text, details };
    case "refrain":
      add("oldScript", r.oldScript);
      add("protected", r.protected);
      if (r.favourite) add("favourite", w.yes);
      return { ...base, text: r.newRefrain, details };
    case "sosSession":
      add("distressBefore", r.distressBefore === undefined ? undefined : w.outOf(r.distressBefore, 10));
      add("distressAfter", r.distressAfter === undefined ? undefined : w.outOf(r.distressAfter, 10));
      add("tools", [...new Set(r.tools)].map((t) => w.tool[t]).join(", "));
      return { ...base, at: r.at, text: "", details };
    case "safetyPlan":
      for (const s of SAFETY_PLAN_SECTIONS) {
        const items = r[s].map((i) => (i.phone ? `${i.text} (${i.phone})` : i.text)).join("; ");
        if (items) details.push({ field: s, label: w.planSection[s], value: items });
      }
      // Dated by its last change: the plan as it stands, "as of" that day.
      return { ...base, day: localDayKey(new Date(r.updatedAt)), text: "", details };
    case "contact":
      add("phone", r.phone);
      add("message", r.message);
      return { ...base, text: r.name, details };
    case "measureResult": {
      const def = MEASURES[r.measure];
      const band = bandFor(def, r.total);
      const score = w.outOf(r.total, def.totalRange.max);
      add("score", band ? `${score} (${w.band[band.id]})` : score);
      add("answers", r.answers.join(", "));
      // The published wording of the answer, not a bare number a reader would have to look up.
      const difficulty = MEASURE_TEXT[r.measure].difficulty?.options.find((o) => o.value === r.difficulty);
      add("difficulty", difficulty?.text);
      return { ...base, at: r.at, text: w.measure[r.measure], details };
    }
    case "therapyNote":
      if (r.done) add("talkedAbout", w.yes);
      return { ...base, at: r.at, text: r.text, details };
    case "therapySession":
      add("attended", r.attended ? w.yes : w.no);
      add("takeaway", r.takeaway);
      add("tryBeforeNext", r.tryBeforeNext);
      return { ...base, text: "", details };
  }
}

/** "09:05": the local wall-clock time of a moment, for columns a spreadsheet can sort. */
export function localClock(at: string): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
}
