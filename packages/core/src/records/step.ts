import { z } from "zod";
import { baseRecord, dayKey, isoDateTime, LIMITS } from "./base.ts";
import { needId } from "./checkin.ts";

export const STEP_CATEGORIES = ["body", "home", "outside", "connection", "creativity", "rest"] as const;
export const stepCategory = z.enum(STEP_CATEGORIES);
export type StepCategory = z.infer<typeof stepCategory>;

/**
 * A small step the person may take. Library steps have a `libraryKey` (their words come
 * from the locale files, so they translate) until the person renames them (`title`).
 */
export const stepRecord = baseRecord
  .extend({
    kind: z.literal("step"),
    libraryKey: z.string().max(60).optional(),
    title: z.string().trim().min(1).max(LIMITS.shortText).optional(),
    category: stepCategory,
    /** Needs this step can answer; the check-in suggestion rule reads these. */
    needs: z.array(needId).max(6),
    archived: z.boolean(),
  })
  .refine((s) => s.libraryKey !== undefined || s.title !== undefined, {
    message: "a step needs a title",
    path: ["title"],
  });
export type StepRecord = z.infer<typeof stepRecord>;

/** One tap on "Log this step". Undo is a delete (a tombstone). */
export const stepLogRecord = baseRecord.extend({
  kind: z.literal("stepLog"),
  stepId: z.uuid(),
  at: isoDateTime,
  day: dayKey,
});
export type StepLogRecord = z.infer<typeof stepLogRecord>;
