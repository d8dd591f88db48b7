import { z } from "zod";
import { baseRecord, LIMITS } from "./base.ts";

/** An old script rewritten in the person's own words. */
export const refrainRecord = baseRecord.extend({
  kind: z.literal("refrain"),
  oldScript: z.string().trim().max(LIMITS.noteText),
  protected: z.string().trim().max(LIMITS.noteText).optional(),
  newRefrain: z.string().trim().min(1).max(LIMITS.noteText),
  favourite: z.boolean(),
});
export type RefrainRecord = z.infer<typeof refrainRecord>;
