import { type AnyRecord, wipeContent } from "@small-steps/core";
import type {
  LocalEntry,
  LocalStore,
  RemoteVersion,
  Resolution,
  SavedMark,
  SyncRecord,
} from "@small-steps/sync";
import type { Table } from "dexie";
import type { SmallStepsDB } from "../store/db.ts";
import { markFromServer, type OutboxEntry, SYNCED_TABLES } from "./outbox.ts";
import type { SyncMetaRow } from "./syncMeta.ts";

/**
 * The sync engine's LocalStore port over Dexie. Records stay in their own tables, exactly as the
 * screens read them; the bookkeeping lives beside them: `outbox` (what still has to go, written
 * by the outbox middleware in the same transaction as each local write) and `syncMeta` (seq,
 * merge base and unconfirmed envelopes per record). Every method is one IndexedDB transaction.
 */

const CURSOR_KEY = "sync:cursor";
/** How many unconfirmed envelopes to remember per record; a retry rarely needs more than one. */
const KEEP_SENT = 3;

type RecordTable = Table<SyncRecord, string>;

function wiped(record: SyncRecord): SyncRecord {
  return wipeContent(record as unknown as AnyRecord & { deleted: boolean }) as unknown as SyncRecord;
}

/** A record now equal to the server's version `seq`: nothing pending, no separate base. */
function settledAt(seq: number, baseLineage: string[]) {
  return { seq, base: null, baseIsRecord: true, baseLineage, sent: [] };
}

export function createDexieStore(db: SmallStepsDB): LocalStore {
  const table = (name: string): RecordTable => {
    if (!SYNCED_TABLES.has(name)) throw new Error(`not a synced table: ${name}`);
    return db.table(name) as RecordTable;
  };
  const recordTables = () => [...SYNCED_TABLES].map((name) => db.table(name));
  const everything = () => [...recordTables(), db.outbox, db.syncMeta];

  /**
   * The outbox entries among `ids`. The outbox is usually a handful of rows while a page holds up
   * to 1,000 ids, so reading its keys once beats 1,000 lookups; a big outbox (a first upload)
   * is looked up per id as usual.
   */
  async function outboxEntries(ids: readonly string[]): Promise<(OutboxEntry | undefined)[]> {
    if ((await db.outbox.count()) > ids.length) return db.outbox.bulkGet([...ids]);
    const present = new Map((await db.outbox.toArray()).map((o) => [o.id, o]));
    return ids.map((id) => present.get(id));
  }

  /** The same for syncMeta: a device that has never synced has none, and needs no lookups. */
  async function metaEntries(ids: readonly string[]): Promise<(SyncMetaRow | undefined)[]> {
    if ((await db.syncMeta.count()) === 0) return ids.map(() => undefined);
    return db.syncMeta.bulkGet([...ids]);
  }

  async function entry(
    id: string,
    out: OutboxEntry | undefined,
    meta: SyncMetaRow | undefined,
  ): Promise<LocalEntry | undefined> {
    const name = out?.table ?? meta?.table;
    if (!name) return undefined;
    const record = await table(name).get(id);
    if (!record) return undefined;
    return {
      id,
      table: name,
      record,
      seq: meta?.seq ?? null,
      base: meta?.baseIsRecord
        ? record.deleted
          ? null
          : record
        : ((meta?.base as SyncRecord | null) ?? null),
      baseLineage: meta?.baseLineage ?? [],
      rev: out?.rev ?? 0,
      pending: out !== undefined,
      sent: meta?.sent ?? [],
    };
  }

  /** Writes a record that came from the server; the outbox mark the middleware adds is taken back. */
  async function putFromServer(name: string, record: SyncRecord): Promise<void> {
    await table(name).put(record);
    await db.outbox.delete(record.id);
  }

  return {
    async pending(limit) {
      return db.transaction("r", everything(), async () => {
        const outs = await db.outbox.orderBy("rev").limit(limit).toArray();
        const metas = await db.syncMeta.bulkGet(outs.map((o) => o.id));
        const entries: LocalEntry[] = [];
        for (const [i, out] of outs.entries()) {
          const e = await entry(out.id, out, metas[i]);
          if (e) entries.push(e);
        }
        return entries;
      });
    },

    async read(ids) {
      return db.transaction("r", everything(), async () => {
        const [outs, metas] = await Promise.all([outboxEntries(ids), metaEntries(ids)]);
        return Promise.all(ids.map((id, i) => entry(id, outs[i], metas[i])));
      });
    },

    async noteSent(sent) {
      await db.transaction("rw", db.outbox, db.syncMeta, async () => {
        const ids = sent.map((s) => s.id);
        const [outs, metas] = await Promise.all([outboxEntries(ids), metaEntries(ids)]);
        const rows: SyncMetaRow[] = [];
        sent.forEach((s, i) => {
          const meta = metas[i];
          const name = meta?.table ?? outs[i]?.table;
          if (!name) return;
          const previous: SyncMetaRow = meta ?? {
            id: s.id,
            table: name,
            seq: null,
            base: null,
            baseLineage: [],
            sent: [],
          };
          const entry = { rev: s.rev, envelope: s.envelope, lineage: s.lineage };
          rows.push({ ...previous, sent: [...previous.sent, entry].slice(-KEEP_SENT) });
        });
        if (rows.length > 0) await db.syncMeta.bulkPut(rows);
      });
    },

    async markSaved(saved: readonly SavedMark[]) {
      await db.transaction("rw", db.outbox, db.syncMeta, async () => {
        const ids = saved.map((m) => m.id);
        const [outs, metas] = await Promise.all([outboxEntries(ids), metaEntries(ids)]);
        const rows: SyncMetaRow[] = [];
        const done: string[] = [];
        saved.forEach((mark, i) => {
          const out = outs[i];
          const name = metas[i]?.table ?? out?.table;
          if (!name) return;
          // A newer local edit made while the request was out stays pending, with the sent
          // version as its merge base; otherwise the record itself is the base.
          const settled = !out || out.rev === mark.rev;
          rows.push({
            id: mark.id,
            table: name,
            seq: mark.seq,
            base: settled ? null : mark.base,
            baseIsRecord: settled,
            baseLineage: mark.baseLineage,
            sent: [],
          });
          if (out && settled) done.push(mark.id);
        });
        if (rows.length > 0) await db.syncMeta.bulkPut(rows);
        if (done.length > 0) await db.outbox.bulkDelete(done);
      });
    },

    async applyRemote(items: readonly { id: string; version: RemoteVersion }[]) {
      // One page is one transaction with a handful of bulk calls, not several calls per item:
      // a first sync brings tens of thousands of records, and IndexedDB round trips dominate.
      return db.transaction("rw", everything(), async (tx) => {
        markFromServer(tx.idbtrans);
        const ids = items.map((item) => item.id);
        const [outs, metas] = await Promise.all([outboxEntries(ids), metaEntries(ids)]);
        const refused: string[] = [];
        const puts = new Map<string, SyncRecord[]>();
        const wipes = new Map<string, string[]>();
        const moved = new Map<string, string[]>();
        const nextMetas: SyncMetaRow[] = [];
        const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
          const list = map.get(key);
          if (list) list.push(value);
          else map.set(key, [value]);
        };
        items.forEach(({ id, version }, i) => {
          if (outs[i]) {
            refused.push(id);
            return;
          }
          const meta = metas[i];
          if (version.deleted) {
            // A tombstone for a record this device never had needs nothing.
            if (!meta) return;
            add(wipes, meta.table, id);
            nextMetas.push({ ...meta, ...settledAt(version.seq, []) });
            return;
          }
          // A record that changed kind between devices would leave a stale copy in the old table.
          if (meta && meta.table !== version.table) add(moved, meta.table, id);
          add(puts, version.table, version.record);
          nextMetas.push({ id, table: version.table, ...settledAt(version.seq, version.lineage) });
        });
        for (const [name, wipeIds] of wipes) {
          const locals = await table(name).bulkGet(wipeIds);
          const rows = locals
            .filter((r): r is SyncRecord => r !== undefined)
            .map((r) => wiped({ ...r, deleted: true }));
          if (rows.length > 0) await table(name).bulkPut(rows);
        }
        for (const [name, movedIds] of moved) await table(name).bulkDelete(movedIds);
        for (const [name, records] of puts) {
          await table(name).bulkPut(records);
        }
        if (nextMetas.length > 0) await db.syncMeta.bulkPut(nextMetas);
        return refused;
      });
    },

    async resolve(resolution: Resolution) {
      const { id, expectedRev, server, keep, copy } = resolution;
      return db.transaction("rw", everything(), async () => {
        const [out, meta] = await Promise.all([db.outbox.get(id), db.syncMeta.get(id)]);
        const name = out?.table ?? meta?.table;
        if (!out || out.rev !== expectedRev || !name) return false;
        const serverTable = server.deleted ? name : server.table;
        const lineage = server.deleted ? [] : server.lineage;
        // With `keep` the record differs from the server's version, so the base is kept apart;
        // the syncMeta row is written after the record so the middleware's copy can't clobber it.
        const next: SyncMetaRow = keep
          ? {
              id,
              table: keep.table,
              seq: server.seq,
              base: server.deleted ? null : server.record,
              baseLineage: lineage,
              sent: [],
            }
          : { id, table: serverTable, ...settledAt(server.seq, lineage) };
        if (keep) {
          // Written as a local change: the middleware gives it a new rev, so it is pushed next.
          await table(keep.table).put(keep.record);
        } else if (server.deleted) {
          const local = await table(name).get(id);
          if (local) await putFromServer(name, wiped({ ...local, deleted: true }));
          else await db.outbox.delete(id);
        } else {
          if (serverTable !== name) await table(name).delete(id);
          await putFromServer(serverTable, server.record);
        }
        await db.syncMeta.put(next);
        if (copy) await table(copy.table).put(copy.record);
        return true;
      });
    },

    async getCursor() {
      const row = await db.meta.get(CURSOR_KEY);
      return typeof row?.value === "number" ? row.value : 0;
    },

    async setCursor(cursor) {
      await db.meta.put({ key: CURSOR_KEY, value: cursor });
    },
  };
}
