import { merge3, sameContent } from "./merge.ts";
import type { LocalEntry, RemoteVersion, Resolution, SavedMark, SyncRecord } from "./ports.ts";

/**
 * What to do when the server holds a version this device did not build on (docs/sync.md E3–E11):
 * a conflict answer to a push, or a retrieved item for a record with a pending local change.
 * Pure: the engine reads, this decides, the store writes the decision in one transaction.
 */

export interface ConflictPolicy {
  /** Tables whose records are long writing: a concurrent delete leaves the words as a copy (E7). */
  keepBoth: ReadonlySet<string>;
  /** Tables that hold one record per person at a fixed id: never copied, only merged (E10). */
  singletons: ReadonlySet<string>;
}

/** The web app's tables (apps/web/src/store/tables.ts). */
export const DEFAULT_CONFLICT_POLICY: ConflictPolicy = {
  keepBoth: new Set(["journal", "therapyNotes"]),
  singletons: new Set(["safetyPlans"]),
};

export type Outcome =
  /** The server copy is what this device sent at this revision: a retry that already landed. */
  | "saved"
  /** Both sides say the same thing (or both deleted): the server's version is taken. */
  | "agreed"
  /** The server copy is an earlier write of this device's: the newer local version goes on top. */
  | "rebased"
  /** A local delete met a remote edit: the edit survives. */
  | "editSurvives"
  /** A local edit met a remote delete, in a table that is not keepBoth: the record is re-created. */
  | "recreated"
  /** Merged field by field; nothing needed a copy. */
  | "merged"
  /** Kept both: the server's version (or merge) at the id, the local version as a conflict copy. */
  | "copied";

export type Decision =
  | { outcome: "saved"; saved: SavedMark }
  | { outcome: Exclude<Outcome, "saved">; resolution: Resolution };

/** The local version as a new record that points at the one it was a version of. */
function conflictCopy(entry: LocalEntry, newId: () => string): { table: string; record: SyncRecord } {
  return {
    table: entry.table,
    record: { ...entry.record, id: newId(), deleted: false, conflictOf: entry.id },
  };
}

export function decide(
  entry: LocalEntry,
  server: RemoteVersion,
  serverEnvelope: string | null,
  policy: ConflictPolicy,
  newId: () => string,
  /** The newest version both sides share (E8); the entry's base unless the engine found a newer one. */
  base: SyncRecord | null = entry.base,
): Decision {
  const outline = { id: entry.id, expectedRev: entry.rev, server };
  const local = entry.record;

  // E3: an envelope this device sent (a retried request whose first answer was lost). Tombstones
  // carry no envelope, so any sent tombstone matches a server tombstone: both say "deleted".
  const own = entry.sent.find((s) => s.envelope === serverEnvelope);
  if (own) {
    if (own.rev === entry.rev) {
      const record = server.deleted ? null : server.record;
      return {
        outcome: "saved",
        saved: { id: entry.id, seq: server.seq, rev: entry.rev, base: record, baseLineage: own.lineage },
      };
    }
    if (server.deleted ? local.deleted : !local.deleted && sameContent(local, server.record)) {
      return { outcome: "agreed", resolution: outline };
    }
    return { outcome: "rebased", resolution: { ...outline, keep: { table: entry.table, record: local } } };
  }

  if (server.deleted) {
    if (local.deleted) return { outcome: "agreed", resolution: outline };
    // E7: a local edit met a remote delete. Nothing typed is lost either way.
    if (policy.keepBoth.has(entry.table)) {
      return { outcome: "copied", resolution: { ...outline, copy: conflictCopy(entry, newId) } };
    }
    return { outcome: "recreated", resolution: { ...outline, keep: { table: entry.table, record: local } } };
  }

  // E6: a local delete met a remote edit: the edit survives.
  if (local.deleted) return { outcome: "editSurvives", resolution: outline };

  // E11: the same id in another table cannot be merged; keep both.
  if (server.table !== entry.table) {
    return { outcome: "copied", resolution: { ...outline, copy: conflictCopy(entry, newId) } };
  }

  if (sameContent(local, server.record)) return { outcome: "agreed", resolution: outline };

  // E9/E10: merge field by field; words that lost their field survive in a copy.
  const { merged, textConflict } = merge3(base, local, server.record);
  const keep = sameContent(merged, server.record) ? undefined : { table: entry.table, record: merged };
  const copy = textConflict && !policy.singletons.has(entry.table) ? conflictCopy(entry, newId) : undefined;
  return {
    outcome: copy ? "copied" : "merged",
    resolution: { ...outline, ...(keep ? { keep } : {}), ...(copy ? { copy } : {}) },
  };
}
