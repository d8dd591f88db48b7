import type { Lineage, SentEnvelope } from "@small-steps/sync";

/**
 * What this device knows about a record's life on the server: the sequence number of the
 * version it last saw (the `baseSeq` of its next change), that version's lineage, and — only
 * while a local change is pending — that version's plaintext, the base of a three-way merge.
 *
 * When nothing is pending the base IS the stored record (docs/sync.md E9), so `baseIsRecord`
 * says so instead of keeping every record twice; the outbox middleware copies the record into
 * `base` at the first local write after a sync, in the same transaction as that write.
 */
export interface SyncMetaRow {
  id: string;
  table: string;
  /** Null until the server has confirmed a version of this record. */
  seq: number | null;
  base: Record<string, unknown> | null;
  baseIsRecord?: boolean;
  baseLineage: Lineage;
  /** Envelopes sent and not yet confirmed, so a retried request is recognised (E3). */
  sent: SentEnvelope[];
}
