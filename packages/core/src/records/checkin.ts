import { z } from "zod";
import { baseRecord, dayKey, isoDateTime, LIMITS } from "./base.ts";

/** Body needs come first in a check-in: the body is asked before the feelings. */
export const NEEDS = ["water", "food", "bathroom", "movement", "rest", "warmth"] as const;
export const needId = z.enum(NEEDS);
export type NeedId = z.infer<typeof needId>;

/** "done" = already cared for; "notNow" = named, but not for now. Unanswered needs are absent. */
export const needAnswer = z.enum(["done", "notNow"]);
export type NeedAnswer = z.infer<typeof needAnswer>;

/** A small, nuanced set: enough words to be honest, few enough to choose from quickly. */
export const FEELINGS = [
  "calm",
  "hopeful",
  "content",
  "grateful",
  "tender",
  "tired",
  "sad",
  "lonely",
  "anxious",
  "angry",
  "ashamed",
  "numb",
] as const;
export const feelingId = z.enum(FEELINGS);
export type FeelingId = z.infer<typeof feelingId>;

/** Where the person is, in the window-of-tolerance sense. */
export const PLACES = ["overwhelmed", "steady", "shutDown"] as const;
export const placeId = z.enum(PLACES);
export type PlaceId = z.infer<typeof placeId>;

export const checkinRecord = baseRecord.extend({
  kind: z.literal("checkin"),
  /** When the check-in happened (the person may edit it). */
  at: isoDateTime,
  day: dayKey,
  needs: z.partialRecord(needId, needAnswer),
  /**
   * Feelings the person ticked. `intensity` (0–10) is there only when they set it: a feeling
   * ticked without touching its slider is felt, not rated (schema version 2). Version 1 always
   * wrote a number, an untouched 5 included; those cannot be told apart and stay as they are.
   */
  feelings: z
    .array(z.object({ id: feelingId, intensity: z.number().int().min(0).max(10).optional() }))
    .max(FEELINGS.length),
  place: placeId.optional(),
  note: z.string().max(LIMITS.noteText).optional(),
  /** The one suggestion shown at the end, kept so the person can see it again. */
  suggestedStepId: z.uuid().optional(),
});
export type CheckinRecord = z.infer<typeof checkinRecord>;
