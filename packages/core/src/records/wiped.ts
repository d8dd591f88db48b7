import { z } from "zod";
import { baseRecord } from "./base.ts";
import { RECORD_KINDS } from "./kinds.ts";

/**
 * A tombstone after its content is wiped. A delete keeps the full record only while it can
 * still be undone; after that the words, sketch and feelings are gone from the device, and
 * only what is needed to carry the delete to other devices (later, by sync) remains.
 */
export const wipedRecord = baseRecord
  .extend({
    kind: z.enum(RECORD_KINDS),
    deleted: z.literal(true),
  })
  .strict();
export type WipedRecord = z.infer<typeof wipedRecord>;

/** Keeps only identity and bookkeeping: nothing the person wrote survives. */
export function wipeContent(
  record: WipedRecord | (Omit<WipedRecord, "deleted"> & { deleted: boolean }),
): WipedRecord {
  return {
    id: record.id,
    kind: record.kind,
    schemaVersion: record.schemaVersion,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deviceId: record.deviceId,
    deleted: true,
  };
}
