/**
 * Self-measures are "a way to notice change", never a diagnosis. A definition holds only what
 * the code needs to score (counts, values, ranges, band ids); the published English wording
 * lives beside it in a `MeasureText`, and every word the app itself says about a score (band
 * names, notes) lives in the locale files, found by the ids exported here.
 */

export const MEASURE_IDS = ["phq9", "gad7", "pcl5"] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** Stable ids for the published severity bands; their words are in the locale files. */
export const BAND_IDS = ["minimal", "mild", "moderate", "moderatelySevere", "severe"] as const;
export type BandId = (typeof BAND_IDS)[number];

/** A published band of total scores, both ends inclusive. */
export interface SeverityBand {
  id: BandId;
  min: number;
  max: number;
}

export interface MeasureDefinition {
  id: MeasureId;
  itemCount: number;
  /** The value of each response option, lowest first: 0..3 or 0..4, one step apart. */
  responseValues: readonly number[];
  /** The published total range: 0 to itemCount × the highest response value. */
  totalRange: { min: number; max: number };
  /** Published severity bands, in order, covering the whole range; empty when there are none. */
  bands: readonly SeverityBand[];
  /**
   * A commonly used screening cut-point, when the measure has one and no bands. Reaching it is
   * shown as a neutral note that further conversation may help, never as a result about the person.
   */
  cutPoint?: number;
  /** How many answers the optional, unscored "how difficult" question offers, if the form has it. */
  difficultyOptionCount?: number;
}

export interface ResponseOptionText {
  value: number;
  text: string;
}

/**
 * The published English text of an instrument. This is content, not UI copy: the wording is
 * what makes the measure valid, so it is kept verbatim here rather than in the locale files,
 * where a translator might reword it. A translation would need the instrument's own
 * published translation.
 */
export interface MeasureText {
  title: string;
  /** Instructions printed above the items, when the form has them. */
  instructions?: string;
  /** The question the items complete ("…how often have you been bothered by…"). */
  stem: string;
  items: readonly string[];
  options: readonly ResponseOptionText[];
  /** The optional functional-difficulty question after the items; it is not part of the total. */
  difficulty?: { question: string; options: readonly ResponseOptionText[] };
  /** The credit and licence line the authors ask to be shown with the measure. */
  credit: string;
}
