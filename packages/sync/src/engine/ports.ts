import type { SyncRequest, SyncResponse } from "../protocol.ts";

/**
 * The engine's ports (docs/sync.md, "Client engine"). The engine is pure: it talks to the device's
 * store, the cipher and the network only through these, so the web app wires Dexie, the items key
 * and fetch, and tests wire memory.
 */

/** A private record as the engine sees it: any JSON object with an id and a tombstone flag. */
export interface SyncRecord {
  id: string;
  deleted: boolean;
  [field: string]: unknown;
}

/**
 * A version's lineage (E8): its own random version id first, then its ancestors' (newest first,
 * at most LINEAGE_MAX). It travels inside the ciphertext, so only devices read it: it lets a
 * device find the newest version it shares with the server's copy, even when the answer that
 * would have confirmed its own write was lost and another device has written on top since.
 */
export type Lineage = string[];

/** An envelope this device sent for a record, kept until the server confirms a seq for it (E3). */
export interface SentEnvelope {
  /** The local revision that was sealed. */
  rev: number;
  /** The envelope string; null for a tombstone. */
  envelope: string | null;
  /** The lineage sealed inside it ([] for a tombstone). */
  lineage: Lineage;
}

/** One local record with its sync bookkeeping. */
export interface LocalEntry {
  id: string;
  /** The local table ("journal", "checkins", …): the collection inside the envelope. */
  table: string;
  /** The current local content; a tombstone when record.deleted. */
  record: SyncRecord;
  /** The server seq of the version this device last synced; null when never synced. */
  seq: number | null;
  /**
   * That version's plaintext (the merge base, E9); null when never synced or a tombstone. For an
   * entry that is not pending it always equals `record` (or is null for a tombstone), so a store
   * may keep a separate copy only while a change is pending: copy the record into base at the
   * first local write after a sync. That keeps the device from holding every record twice.
   */
  base: SyncRecord | null;
  /** That version's lineage; [] when there is no base. */
  baseLineage: Lineage;
  /** Local revision, bumped by every write that leaves a pending change. */
  rev: number;
  /** Has an outbox entry: a local change not yet on the server. */
  pending: boolean;
  /** Envelopes sent since `seq` was last confirmed, oldest first (at most a few). */
  sent: SentEnvelope[];
}

/** The server's version of a record, opened. */
export type RemoteVersion =
  | { seq: number; deleted: true }
  | { seq: number; deleted: false; table: string; record: SyncRecord; lineage: Lineage };

/**
 * The outcome of a conflict (E3–E11), written by the store in ONE transaction, and only when the
 * entry's rev is still `expectedRev` (otherwise nothing is written and resolve returns false: the
 * person typed meanwhile, and the next round resolves again with their newest words).
 */
export interface Resolution {
  id: string;
  expectedRev: number;
  /** Becomes the entry's seq, base and baseLineage. */
  server: RemoteVersion;
  /**
   * Content to keep at the id as a pending change (pushed next with baseSeq = server.seq).
   * Absent: the server version itself is stored at the id (a tombstone is wiped) and nothing is
   * pending.
   */
  keep?: { table: string; record: SyncRecord };
  /** A conflict copy: a new record (its own new id, `conflictOf` set), stored as pending, never synced. */
  copy?: { table: string; record: SyncRecord };
}

/**
 * The device's store (Dexie in the web app; memory in tests). Every method is one transaction;
 * the batch methods exist so a page of 500 items costs one transaction, not 500.
 */
export interface LocalStore {
  /** Entries with a pending change, oldest change first, at most `limit`. */
  pending(limit: number): Promise<LocalEntry[]>;
  /** The entries for these ids, in the same order; undefined where the device has none. */
  read(ids: readonly string[]): Promise<(LocalEntry | undefined)[]>;
  /**
   * Remembers the envelopes about to be sent (E3), so a retry whose first answer was lost is
   * recognised. Keep the last few per id; markSaved and resolve forget them.
   */
  noteSent(sent: readonly ({ id: string } & SentEnvelope)[]): Promise<void>;
  /**
   * The server saved `rev` of each record at `seq`: set seq, base and baseLineage, forget `sent`, and clear
   * the pending flag only where the rev is unchanged (a newer local edit stays pending).
   */
  markSaved(saved: readonly SavedMark[]): Promise<void>;
  /**
   * Stores retrieved versions with their seq, base and baseLineage (a tombstone wipes the local record; a
   * tombstone for an unknown id is ignored) — only for entries with no pending change. Returns
   * the ids it refused because a pending change was there; it writes nothing for those.
   */
  applyRemote(items: readonly { id: string; version: RemoteVersion }[]): Promise<string[]>;
  /** Writes one conflict's outcome atomically; false (nothing written) when the rev moved on. */
  resolve(resolution: Resolution): Promise<boolean>;
  getCursor(): Promise<number>;
  setCursor(cursor: number): Promise<void>;
}

export interface SavedMark {
  id: string;
  seq: number;
  /** The revision that was sent. */
  rev: number;
  /** What was sent (null for a tombstone): the new merge base. */
  base: SyncRecord | null;
  baseLineage: Lineage;
}

export type OpenFailureReason = "malformed" | "unsupportedVersion" | "wrongKey" | "tampered" | "invalid";

export type OpenResult =
  | { ok: true; table: string; record: SyncRecord; lineage: Lineage }
  | { ok: false; reason: OpenFailureReason };

/** Seals and opens envelopes with the items key (E1); the table and lineage ride inside. */
export interface Cipher {
  seal(table: string, record: SyncRecord, lineage: Lineage): Promise<string>;
  open(id: string, envelope: string): Promise<OpenResult>;
}

export type TransportFailure =
  /** No network, or the server could not be reached. Try later. */
  | { kind: "offline" }
  /** 401: the session ended; the person signs in again. */
  | { kind: "signedOut" }
  | { kind: "rateLimited"; retryAfterSeconds?: number }
  /** 413 {error:"quota"}: the account is full. */
  | { kind: "quota" }
  /** 400: the client sent something the server refuses (a bug, or a record too large). */
  | { kind: "badRequest"; message?: string }
  | { kind: "server"; status?: number };

export type TransportResult = { ok: true; response: SyncResponse } | { ok: false; failure: TransportFailure };

export interface Transport {
  sync(request: SyncRequest): Promise<TransportResult>;
}
