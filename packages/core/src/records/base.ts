import { z } from "zod";

/**
 * Fields every private record carries so that sync (issue 5) can later move it between
 * devices without reshaping it: a random id, its kind and schema version, timestamps, the
 * device that last wrote it, and a tombstone flag (deletes are kept as tombstones so a
 * delete can travel to other devices).
 */
export const isoDateTime = z.iso.datetime({ offset: true });
/** A local calendar day, "YYYY-MM-DD", in the person's own time zone when it was written. */
export const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const baseRecord = z.object({
  id: z.uuid(),
  schemaVersion: z.number().int().positive(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  deviceId: z.string().min(1).max(64),
  deleted: z.boolean(),
  /**
   * Set on a conflict copy: when two devices changed the same journal-like record while apart,
   * sync keeps both, and the second version points at the record it was a version of.
   */
  conflictOf: z.uuid().optional(),
});

export type BaseRecord = z.infer<typeof baseRecord>;

/** Limits that keep one record small enough for the device, export files and sync. */
export const LIMITS = {
  shortText: 200,
  noteText: 5_000,
  journalText: 50_000,
  tag: 40,
  tags: 20,
  /** A sketch is a WebP/PNG data URL; 600 KB of base64 is far above a typical drawing. */
  sketchDataUrl: 600_000,
} as const;
