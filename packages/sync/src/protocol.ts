import { z } from "zod";

/**
 * The sync wire protocol (docs/sync.md S1–S21), shared by the server, which validates every
 * request with these schemas, and the client engine, which validates every response. The server
 * sees ids, sequence numbers, tombstone flags and opaque envelope strings — never a record kind,
 * a table name or a timestamp the device wrote.
 */

export const SYNC_LIMITS = {
  /** Changes in one request (S15). */
  maxChanges: 200,
  /** Items returned in one page, and the default when the client names none (S10). */
  maxLimit: 1000,
  defaultLimit: 500,
  /** One envelope string, in bytes; envelopes are ASCII (JSON with base64 inside) (S15). */
  maxEnvelopeBytes: 1024 * 1024,
  /** The whole request body: 200 changes could not all be 1 MB, so the cap is on the sum. */
  maxBodyBytes: 8 * 1024 * 1024,
  /** Record ids are uuids; the cap keeps odd clients from storing long strings as ids. */
  maxIdLength: 64,
} as const;

/** Ids are uuids in practice; letters, digits, "-" and "_" keep them safe in logs and URLs. */
export const syncIdSchema = z
  .string()
  .min(1)
  .max(SYNC_LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, "ids are letters, digits, - and _");

/**
 * An envelope as the server stores it: the JSON of a crypto Envelope (docs/crypto.md C12).
 * Printable ASCII only, so its length is its size in bytes and it can never smuggle control
 * characters into storage or logs.
 */
export const envelopeStringSchema = z
  .string()
  .min(1)
  .max(SYNC_LIMITS.maxEnvelopeBytes, "an envelope is at most 1 MB")
  .regex(/^[\x20-\x7e]+$/, "an envelope is printable ASCII");

const seqSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const changeSchema = z
  .object({
    id: syncIdSchema,
    /** The server seq this change was made on top of; null for a record new to the server (S5). */
    baseSeq: seqSchema.nullable(),
    deleted: z.boolean(),
    /** Null exactly when deleted: a tombstone carries no ciphertext (S8). */
    envelope: envelopeStringSchema.nullable(),
  })
  .refine((c) => c.deleted === (c.envelope === null), {
    message: "a deleted change has no envelope, and every other change has one",
    path: ["envelope"],
  });
export type Change = z.infer<typeof changeSchema>;

export const syncRequestSchema = z
  .object({
    /** The highest seq this device has retrieved; 0 = from the start (S10). */
    cursor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    changes: z.array(changeSchema).max(SYNC_LIMITS.maxChanges, "at most 200 changes in one request"),
    limit: z.number().int().min(1).max(SYNC_LIMITS.maxLimit).optional(),
  })
  .refine((r) => new Set(r.changes.map((c) => c.id)).size === r.changes.length, {
    message: "each id may appear once in a request",
    path: ["changes"],
  });
export type SyncRequest = z.infer<typeof syncRequestSchema>;

export const itemSchema = z
  .object({
    id: syncIdSchema,
    seq: seqSchema,
    deleted: z.boolean(),
    envelope: envelopeStringSchema.nullable(),
  })
  .refine((i) => i.deleted === (i.envelope === null), {
    message: "a tombstone has no envelope, and every other item has one",
    path: ["envelope"],
  });
export type Item = z.infer<typeof itemSchema>;

export const syncResponseSchema = z.object({
  saved: z.array(z.object({ id: syncIdSchema, seq: seqSchema })),
  conflicts: z.array(z.object({ id: syncIdSchema, server: itemSchema })),
  retrieved: z.array(itemSchema),
  /** The seq to send as the next cursor (S10). */
  cursor: z.number().int().min(0),
  /** More items wait after this page (S11). */
  more: z.boolean(),
  /** How many items wait after this page, for a progress bar (S11). */
  remaining: z.number().int().min(0),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;

/**
 * What the live socket sends (S19): "your items changed up to seq n; come and sync", "a circle box
 * waits up to seq n; come and fetch it" (docs/circle.md CR8), or "your circle's connections
 * changed" (someone accepted, left or was removed). Never any content.
 */
export const liveMessageSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("changed"), seq: seqSchema }),
  z.object({ type: z.literal("circle"), seq: seqSchema }),
  z.object({ type: z.literal("connections") }),
]);
export type LiveMessage = z.infer<typeof liveMessageSchema>;

export const SYNC_PATH = "/api/sync";
export const SYNC_LIVE_PATH = "/api/sync/live";
