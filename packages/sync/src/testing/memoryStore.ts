import type {
  Lineage,
  LocalEntry,
  LocalStore,
  RemoteVersion,
  Resolution,
  SavedMark,
  SentEnvelope,
  SyncRecord,
} from "../engine/ports.ts";

/**
 * An in-memory LocalStore: one device in engine tests and in the server's convergence property
 * test. It keeps the port's contract the way the Dexie adapter must (docs/sync.md E1–E16), and
 * clones on the way in and out, as a real store would, so no caller can mutate its state.
 */

interface Stored {
  table: string;
  record: SyncRecord;
  seq: number | null;
  base: SyncRecord | null;
  baseLineage: Lineage;
  rev: number;
  pending: boolean;
  /** When the pending change was made, for "oldest first". */
  order: number;
  sent: SentEnvelope[];
}

const KEEP_ON_WIPE = ["id", "kind", "schemaVersion", "createdAt", "updatedAt", "deviceId"];
/** How many sent envelopes to remember per record (E3): retries, not history. */
const SENT_KEPT = 4;

/** A tombstone: only bookkeeping survives (core's wipeContent does this for real records). */
export function wipe(record: SyncRecord): SyncRecord {
  const out: SyncRecord = { id: record.id, deleted: true };
  for (const key of KEEP_ON_WIPE) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

const clone = <T>(value: T): T => structuredClone(value);

export class MemoryStore implements LocalStore {
  private readonly entries = new Map<string, Stored>();
  private cursor = 0;
  private order = 0;

  // ---- The device side: what the app does ----

  /** A local write (create or edit): a new revision, pending. */
  put(table: string, record: SyncRecord): void {
    const existing = this.entries.get(record.id);
    this.entries.set(record.id, {
      table,
      record: clone(record),
      seq: existing?.seq ?? null,
      base: existing?.base ?? null,
      baseLineage: existing?.baseLineage ?? [],
      rev: (existing?.rev ?? 0) + 1,
      pending: true,
      order: existing?.pending ? existing.order : ++this.order,
      sent: existing?.sent ?? [],
    });
  }

  /** A local delete: the record becomes a wiped tombstone, pending. */
  remove(id: string): void {
    const existing = this.entries.get(id);
    if (!existing || existing.record.deleted) return;
    this.put(existing.table, wipe(existing.record));
  }

  get(id: string): { table: string; record: SyncRecord } | undefined {
    const e = this.entries.get(id);
    return e ? clone({ table: e.table, record: e.record }) : undefined;
  }

  /** Every record the device holds, tombstones included. */
  all(): { table: string; record: SyncRecord; pending: boolean }[] {
    return [...this.entries.values()].map((e) =>
      clone({ table: e.table, record: e.record, pending: e.pending }),
    );
  }

  // ---- The port ----

  async pending(limit: number): Promise<LocalEntry[]> {
    return [...this.entries.entries()]
      .filter(([, e]) => e.pending)
      .sort(([, a], [, b]) => a.order - b.order)
      .slice(0, limit)
      .map(([id, e]) => this.entryOf(id, e));
  }

  async read(ids: readonly string[]): Promise<(LocalEntry | undefined)[]> {
    return ids.map((id) => {
      const e = this.entries.get(id);
      return e ? this.entryOf(id, e) : undefined;
    });
  }

  async noteSent(sent: readonly ({ id: string } & SentEnvelope)[]): Promise<void> {
    for (const { id, rev, envelope, lineage } of sent) {
      const e = this.entries.get(id);
      if (!e) continue;
      e.sent = [...e.sent, clone({ rev, envelope, lineage })].slice(-SENT_KEPT);
    }
  }

  async markSaved(saved: readonly SavedMark[]): Promise<void> {
    for (const { id, seq, rev, base, baseLineage } of saved) {
      const e = this.entries.get(id);
      if (!e) continue;
      e.seq = seq;
      e.base = clone(base);
      e.baseLineage = [...baseLineage];
      e.sent = [];
      if (e.rev === rev) e.pending = false;
    }
  }

  async applyRemote(items: readonly { id: string; version: RemoteVersion }[]): Promise<string[]> {
    const refused: string[] = [];
    for (const { id, version } of items) {
      const e = this.entries.get(id);
      if (e?.pending) {
        refused.push(id);
        continue;
      }
      if (version.deleted) {
        if (!e) continue;
        Object.assign(e, { record: wipe(e.record), seq: version.seq, base: null, baseLineage: [], sent: [] });
        continue;
      }
      this.entries.set(id, {
        table: version.table,
        record: clone(version.record),
        seq: version.seq,
        base: clone(version.record),
        baseLineage: [...version.lineage],
        rev: e?.rev ?? 0,
        pending: false,
        order: 0,
        sent: [],
      });
    }
    return refused;
  }

  async resolve(resolution: Resolution): Promise<boolean> {
    const { id, expectedRev, server, keep, copy } = resolution;
    const e = this.entries.get(id);
    if (!e || e.rev !== expectedRev) return false;
    e.seq = server.seq;
    e.base = server.deleted ? null : clone(server.record);
    e.baseLineage = server.deleted ? [] : [...server.lineage];
    e.sent = [];
    if (keep) {
      Object.assign(e, { table: keep.table, record: clone(keep.record), rev: e.rev + 1, pending: true });
    } else if (server.deleted) {
      Object.assign(e, { record: wipe(e.record), pending: false });
    } else {
      Object.assign(e, { table: server.table, record: clone(server.record), pending: false });
    }
    if (copy) {
      this.entries.set(copy.record.id, {
        table: copy.table,
        record: clone(copy.record),
        seq: null,
        base: null,
        baseLineage: [],
        rev: 1,
        pending: true,
        order: ++this.order,
        sent: [],
      });
    }
    return true;
  }

  async getCursor(): Promise<number> {
    return this.cursor;
  }

  async setCursor(cursor: number): Promise<void> {
    this.cursor = cursor;
  }

  private entryOf(id: string, e: Stored): LocalEntry {
    return clone({
      id,
      table: e.table,
      record: e.record,
      seq: e.seq,
      base: e.base,
      baseLineage: e.baseLineage,
      rev: e.rev,
      pending: e.pending,
      sent: e.sent,
    });
  }
}
