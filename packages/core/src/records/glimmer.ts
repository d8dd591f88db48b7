import { z } from "zod";
import { baseRecord, dayKey, isoDateTime, LIMITS } from "./base.ts";

export const SENSES = ["see", "hear", "touch", "taste", "smell", "feel"] as const;
export const senseId = z.enum(SENSES);
export type SenseId = z.infer<typeof senseId>;

/** A small moment of warmth or safety. */
export const glimmerRecord = baseRecord.extend({
  kind: z.literal("glimmer"),
  at: isoDateTime,
  day: dayKey,
  text: z.string().trim().min(1).max(LIMITS.noteText),
  sense: senseId.optional(),
});
export type GlimmerRecord = z.infer<typeof glimmerRecord>;
