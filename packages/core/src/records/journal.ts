import { z } from "zod";
import { baseRecord, dayKey, isoDateTime, LIMITS } from "./base.ts";

export const sketch = z.object({
  /** A compact raster image (WebP, or PNG where WebP encoding is unavailable). */
  dataUrl: z
    .string()
    .max(LIMITS.sketchDataUrl)
    .regex(/^data:image\/(webp|png);base64,[A-Za-z0-9+/=]+$/, "expected an image data URL"),
  width: z.number().int().positive().max(4096),
  height: z.number().int().positive().max(4096),
});
export type Sketch = z.infer<typeof sketch>;

/** A journal entry: one word is complete; a sketch alone is complete too. */
export const journalRecord = baseRecord
  .extend({
    kind: z.literal("journal"),
    at: isoDateTime,
    day: dayKey,
    text: z.string().max(LIMITS.journalText),
    /** The prompt the person chose to answer, if any (stored as shown, in their language). */
    prompt: z.string().max(LIMITS.shortText).optional(),
    tags: z.array(z.string().trim().min(1).max(LIMITS.tag)).max(LIMITS.tags),
    checkinId: z.uuid().optional(),
    sketch: sketch.optional(),
    /** Marked to bring to the next therapy session (the therapy companion gathers these). */
    forTherapy: z.boolean().optional(),
  })
  .refine((e) => e.deleted || e.text.trim().length > 0 || e.sketch !== undefined, {
    message: "an entry needs a word or a sketch",
    path: ["text"],
  });
export type JournalRecord = z.infer<typeof journalRecord>;
