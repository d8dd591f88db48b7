import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from "dexie";
import { SEED_DEVICE } from "../store/seed.ts";
import { TABLE_OF } from "../store/tables.ts";
import type { SyncMetaRow } from "./syncMeta.ts";

/**
 * The outbox: every local write to a record table also notes `{id, table, rev}` in the
 * `outbox` table, in the SAME IndexedDB transaction (docs/sync.md, the outbox rule). A write
 * and its "needs sync" mark therefore commit together or not at all, so an edit made offline,
 * or just before the tab closed, is never forgotten. `rev` changes on every write; the engine
 * clears an entry only if the rev it pushed is still the latest.
 *
 * Done as a Dexie DBCore middleware rather than in each screen's write helper because writes
 * come from many places (records.ts, the safety plan, imports, wipes); the middleware sees
 * them all. It widens read-write transactions on record tables to include `outbox`, the way
 * dexie-observable records its change log.
 */

export const OUTBOX_TABLE = "outbox";
export const SYNC_META_TABLE = "syncMeta";
export const SYNCED_TABLES: ReadonlySet<string> = new Set(Object.values(TABLE_OF));

export interface OutboxEntry {
  id: string;
  table: string;
  rev: number;
}

let counter = 0;
/** Increases on every write in this tab; unique enough across tabs thanks to the time part. */
export function nextRev(): number {
  counter = (counter + 1) % 1000;
  return Date.now() * 1000 + counter;
}

function entriesFor(table: string, req: DBCoreMutateRequest): OutboxEntry[] {
  if (req.type !== "put" && req.type !== "add") return [];
  const entries: OutboxEntry[] = [];
  req.values.forEach((value: { id?: unknown; deviceId?: unknown }, i) => {
    const id = req.keys?.[i] ?? value?.id;
    if (typeof id !== "string" || value?.deviceId === SEED_DEVICE) return;
    entries.push({ id, table, rev: nextRev() });
  });
  return entries;
}

/**
 * A record synced and untouched since keeps no separate merge base (syncMeta.ts). Its first local
 * change copies the version about to be overwritten into `base`, before the write, in the same
 * transaction — so a conflict later still has the common ancestor to merge against.
 */
async function keepBases(down: DBCore, table: DBCoreTable, req: DBCoreMutateRequest, ids: string[]) {
  const metaTable = down.table(SYNC_META_TABLE);
  const metas: (SyncMetaRow | undefined)[] = await metaTable.getMany({ trans: req.trans, keys: ids });
  const needed = metas.filter((m): m is SyncMetaRow => m?.baseIsRecord === true);
  if (needed.length === 0) return;
  const current = await table.getMany({ trans: req.trans, keys: needed.map((m) => m.id) });
  const updated = needed.map((meta, i) => ({ ...meta, base: current[i] ?? null, baseIsRecord: false }));
  await metaTable.mutate({ type: "put", trans: req.trans, values: updated });
}

/**
 * Transactions that write what came from the server (dexieStore's applyRemote): those writes are
 * not local changes, so they get no outbox mark and need no merge base. Keyed by the IndexedDB
 * transaction, which is what DBCore requests carry as `trans`.
 */
const fromServer = new WeakSet<object>();
export function markFromServer(idbTransaction: object): void {
  fromServer.add(idbTransaction);
}

function withOutbox(down: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      if (fromServer.has(req.trans)) return table.mutate(req);
      const entries = entriesFor(table.name, req);
      if (entries.length > 0) {
        await keepBases(
          down,
          table,
          req,
          entries.map((e) => e.id),
        );
      }
      const result = await table.mutate(req);
      if (entries.length > 0) {
        await down.table(OUTBOX_TABLE).mutate({ type: "put", trans: req.trans, values: entries });
      }
      return result;
    },
  };
}

export const outboxMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "outbox",
  // Above the at-rest encryption of App lock, so ids and device ids are read in clear.
  level: 20,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === "readwrite" && stores.some((s) => SYNCED_TABLES.has(s));
        const extra = widen ? [OUTBOX_TABLE, SYNC_META_TABLE].filter((t) => !stores.includes(t)) : [];
        const scope = extra.length > 0 ? [...stores, ...extra] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return SYNCED_TABLES.has(name) ? withOutbox(down, table) : table;
      },
    };
  },
};
