import type { BandId, MeasureDefinition, SeverityBand } from "./types.ts";

/** Neutral notes a score may carry; their words are in the locale files under measures:note.<id>. */
export type MeasureNoteId = "atOrAboveCutPoint";

/** A band as the UI needs it: the stable id and where its words are in the locale files. */
export interface ScoredBand {
  id: BandId;
  labelKey: `measures:band.${BandId}`;
}

export interface MeasureScore {
  ok: true;
  /** Every item has an answer. */
  complete: boolean;
  /** Only for complete answers: a total from part of a form would not mean the same thing. */
  total?: number;
  band?: ScoredBand;
  note?: MeasureNoteId;
  /** Indices (0-based, like `answers`) of the items still unanswered, in order. */
  missing: number[];
}

export type ScoreError =
  | { kind: "tooManyAnswers"; expected: number; got: number }
  | { kind: "outOfRange"; index: number; value: number };

/** Errors are values: a bad answer list is a result to show or log, not an exception. */
export type MeasureScoreResult = MeasureScore | { ok: false; error: ScoreError };

/** An answer the form could have produced: one of the measure's response values. */
export function isValidAnswer(def: MeasureDefinition, value: number): boolean {
  return Number.isInteger(value) && def.responseValues.includes(value);
}

/** The published band holding a total, if the measure has bands and the total is in range. */
export function bandFor(def: MeasureDefinition, total: number): SeverityBand | undefined {
  return def.bands.find((b) => total >= b.min && total <= b.max);
}

/**
 * Scores a measure as published: the plain sum of the item values. There is deliberately no
 * prorating of missing items. The published scoring for these three measures is the sum of all
 * items, and a total guessed from part of a form could put someone in a band they did not
 * answer into. An incomplete form reports what is missing and no total.
 *
 * `answers[i]` is item i + 1; `undefined` (or a hole, or a shorter array) means not answered yet.
 */
export function scoreMeasure(
  def: MeasureDefinition,
  answers: readonly (number | undefined)[],
): MeasureScoreResult {
  if (answers.length > def.itemCount) {
    return { ok: false, error: { kind: "tooManyAnswers", expected: def.itemCount, got: answers.length } };
  }
  const missing: number[] = [];
  let total = 0;
  for (let i = 0; i < def.itemCount; i++) {
    const value = answers[i];
    if (value === undefined) {
      missing.push(i);
      continue;
    }
    if (!isValidAnswer(def, value)) return { ok: false, error: { kind: "outOfRange", index: i, value } };
    total += value;
  }
  if (missing.length > 0) return { ok: true, complete: false, missing };

  const score: MeasureScore = { ok: true, complete: true, total, missing };
  const band = bandFor(def, total);
  if (band) score.band = { id: band.id, labelKey: `measures:band.${band.id}` };
  if (def.cutPoint !== undefined && total >= def.cutPoint) score.note = "atOrAboveCutPoint";
  return score;
}
