/**
 * What this device knows about a record's life on the server: the sequence number of the
 * version it last saw (the `baseSeq` of its next change) and that version's plaintext, the
 * base of a three-way merge when two devices change a small record while apart.
 */
export interface SyncMetaRow {
  id: string;
  table: string;
  seq: number;
  base?: Record<string, unknown>;
}
