import { z } from "zod";
import { checkMeasureResult, measureResultShape } from "../measures/index.ts";
import { baseRecord, dayKey, isoDateTime, LIMITS } from "./base.ts";

/** A completed self-measure (PHQ-9, GAD-7 or PCL-5): answers, total, when. */
export const measureResultRecord = baseRecord
  .extend({ kind: z.literal("measureResult"), ...measureResultShape.shape })
  .superRefine((r, ctx) => {
    // A tombstone keeps its shape until wiped; the check is for what the person answered.
    if (!r.deleted) checkMeasureResult(r, ctx);
  });
export type MeasureResultRecord = z.infer<typeof measureResultRecord>;

/** Something to bring to the next therapy session. */
export const therapyNoteRecord = baseRecord.extend({
  kind: z.literal("therapyNote"),
  at: isoDateTime,
  day: dayKey,
  text: z.string().trim().min(1).max(LIMITS.noteText),
  /** Talked about already: kept, but no longer in "bring to my next session". */
  done: z.boolean(),
});
export type TherapyNoteRecord = z.infer<typeof therapyNoteRecord>;

/** A therapy session in the log, where showing up is the win. */
export const therapySessionRecord = baseRecord.extend({
  kind: z.literal("therapySession"),
  day: dayKey,
  attended: z.boolean(),
  takeaway: z.string().trim().max(LIMITS.noteText).optional(),
  tryBeforeNext: z.string().trim().max(LIMITS.noteText).optional(),
});
export type TherapySessionRecord = z.infer<typeof therapySessionRecord>;
