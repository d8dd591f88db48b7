import { collectionSchema, type Key, open, seal } from "@small-steps/crypto";
import { z } from "zod";
import type { Cipher, Lineage, OpenResult, SyncRecord } from "./ports.ts";

/**
 * The real Cipher: packages/crypto record envelopes under an items key (docs/sync.md E1).
 *
 * Every envelope is sealed with the ONE collection label "records", and the record's table
 * travels inside the plaintext as `{ table, record, lineage }` (lineage: E8). Why: a per-table label in the AD would
 * force the server (or the client, before opening) to know each item's table, and the server
 * would then learn which kind of record each item is — how many journal entries, how often
 * the safety plan changes. With one label the server sees only ids, seqs and sizes. The binding
 * C10 asks for still holds: the AD binds the id and the label, and the table inside the
 * ciphertext is authenticated with everything else, so it cannot be swapped either.
 */
export const SYNC_COLLECTION = "records";

const wrapperSchema = z.object({
  table: collectionSchema,
  record: z.looseObject({ id: z.string().min(1), deleted: z.boolean() }),
  lineage: z.array(z.string().min(1).max(64)).max(32).default([]),
});

export interface EnvelopeCipherOptions {
  /** The items key new envelopes are sealed with (the newest version). */
  sealWith: Key;
  /** Finds the key an envelope names (older versions after a rotation); sealWith is tried first. */
  keyFor?: (keyId: string) => Key | undefined;
  /**
   * Checks an opened record before the engine applies it — the web app passes core's zod schema
   * for the table's record kind (C14). Without it, any object with an id and deleted passes.
   */
  accept?: (table: string, record: SyncRecord) => boolean;
}

export function createEnvelopeCipher(options: EnvelopeCipherOptions): Cipher {
  const { sealWith, keyFor, accept } = options;
  return {
    async seal(table: string, record: SyncRecord, lineage: Lineage): Promise<string> {
      const envelope = await seal({
        id: record.id,
        collection: SYNC_COLLECTION,
        keyId: sealWith.id,
        key: sealWith.bytes,
        plaintext: { table, record, lineage },
      });
      return JSON.stringify(envelope);
    },

    async open(id: string, text: string): Promise<OpenResult> {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return { ok: false, reason: "malformed" };
      }
      const keyId =
        typeof parsed === "object" && parsed !== null && "keyId" in parsed ? String(parsed.keyId) : "";
      // An unknown key id falls through to sealWith, and open() answers "wrongKey" (C13).
      const key = (keyId !== sealWith.id && keyFor?.(keyId)) || sealWith;
      const opened = await open(parsed, { id, collection: SYNC_COLLECTION, keyId: key.id, key: key.bytes });
      if (!opened.ok) return { ok: false, reason: opened.reason };
      const wrapper = wrapperSchema.safeParse(opened.value);
      if (!wrapper.success || wrapper.data.record.id !== id) return { ok: false, reason: "invalid" };
      const { table, lineage } = wrapper.data;
      const record = wrapper.data.record as SyncRecord;
      if (accept && !accept(table, record)) return { ok: false, reason: "invalid" };
      return { ok: true, table, record, lineage };
    },
  };
}
