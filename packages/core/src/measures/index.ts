import { z } from "zod";
import { dayKey, isoDateTime } from "../records/base.ts";
import { GAD7, GAD7_TEXT } from "./gad7.ts";
import { PCL5, PCL5_TEXT } from "./pcl5.ts";
import { PHQ9, PHQ9_TEXT } from "./phq9.ts";
import { isValidAnswer } from "./score.ts";
import { MEASURE_IDS, type MeasureDefinition, type MeasureId, type MeasureText } from "./types.ts";

export * from "./gad7.ts";
export * from "./pcl5.ts";
export * from "./phq9.ts";
export * from "./score.ts";
export * from "./types.ts";

export const MEASURES: Readonly<Record<MeasureId, MeasureDefinition>> = {
  phq9: PHQ9,
  gad7: GAD7,
  pcl5: PCL5,
};

/**
 * The published English wording of each measure. Instrument text is content, not UI copy, so it
 * is kept verbatim here instead of in the locale files (see `MeasureText`).
 */
export const MEASURE_TEXT: Readonly<Record<MeasureId, MeasureText>> = {
  phq9: PHQ9_TEXT,
  gad7: GAD7_TEXT,
  pcl5: PCL5_TEXT,
};

export const measureId = z.enum(MEASURE_IDS);

export const measureResultShape = z.object({
  measure: measureId,
  /** One answer per item, in order; 0..4 covers every measure, the check below narrows it. */
  answers: z.array(z.number().int().min(0).max(4)),
  /** Kept with the answers so a trend can be drawn without rescoring; must equal their sum. */
  total: z.number().int(),
  at: isoDateTime,
  day: dayKey,
  /** The optional "how difficult" answer, for measures whose form has that question. */
  difficulty: z.number().int().min(0).optional(),
});
type MeasureResultShape = z.infer<typeof measureResultShape>;

/**
 * What a stored result must satisfy beyond its field types: as many answers as the measure has
 * items, each one of its response values, and a total that is their sum. Exported so the record
 * kind (a later change) can apply the same check to its own object.
 */
export function checkMeasureResult(r: MeasureResultShape, ctx: z.RefinementCtx): void {
  const def = MEASURES[r.measure];
  if (r.answers.length !== def.itemCount) {
    ctx.addIssue({
      code: "custom",
      path: ["answers"],
      message: `${r.measure} has ${def.itemCount} items, got ${r.answers.length} answers`,
    });
    return;
  }
  const bad = r.answers.findIndex((a) => !isValidAnswer(def, a));
  if (bad >= 0) {
    ctx.addIssue({ code: "custom", path: ["answers", bad], message: `not a ${r.measure} answer` });
    return;
  }
  const sum = r.answers.reduce((a, b) => a + b, 0);
  if (r.total !== sum) {
    ctx.addIssue({
      code: "custom",
      path: ["total"],
      message: `total must be ${sum}, the sum of the answers`,
    });
  }
  if (r.difficulty !== undefined && r.difficulty >= (def.difficultyOptionCount ?? 0)) {
    ctx.addIssue({ code: "custom", path: ["difficulty"], message: `not a ${r.measure} difficulty answer` });
  }
}

/** A completed measure. Not a record kind yet: storing results comes with the measures screen. */
export const measureResultFields = measureResultShape.superRefine(checkMeasureResult);
export type MeasureResult = z.infer<typeof measureResultFields>;
