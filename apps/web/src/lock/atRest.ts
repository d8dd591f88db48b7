import Dexie, {
  cmp,
  type DBCore,
  type DBCoreCursor,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTableSchema,
  type Middleware,
} from "dexie";
import { keyring } from "./keyring.ts";
import { openPart, sealPart, TamperedError } from "./seal.ts";

/**
 * The app lock's at-rest layer (docs/crypto.md L6–L12): a Dexie DBCore middleware that sits
 * closest to IndexedDB, below Dexie's own cache and live-query layers, so everything above it
 * — screens, live queries, export — sees records exactly as before.
 *
 * While sealing, each row of every table is stored as its primary key and indexed fields in
 * clear (so queries by day, kind or version still work) plus `_sealed`: the rest of the row,
 * sealed (seal.ts). Which fields stay clear is read from each table's own schema, so a table
 * added by a later migration is covered without a list to keep up to date.
 *
 * Reading opens sealed rows with the data key. Without it (locked) a sealed row reads as
 * absent — never as an error — so the calming tools, which run while locked, simply see no
 * private data. Writing without the key while the lock is on is refused (LockedError): nothing
 * is ever written in clear behind the person's back, and nothing sealed is overwritten blind.
 */

export const SEALED = "_sealed";
/** Where an outbound (not-in-the-row) primary key is kept, so the AD can be checked on read. */
const OUTBOUND_KEY = "_k";
/** Seals a value that is not a plain object (possible in an outbound-key table) whole. */
const WHOLE = "\u0000whole";

export class LockedError extends Error {
  override name = "LockedError";
}

const HIDDEN = Symbol("hidden while locked");

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isSealed(value: unknown): value is Row {
  return isPlainObject(value) && typeof value[SEALED] === "string";
}

/** The key paths that stay in clear: the primary key (when in the row) and every index. */
function clearPaths(schema: DBCoreTableSchema): string[] {
  const paths = new Set<string>();
  const add = (keyPath: string | string[] | null) => {
    if (keyPath === null) return;
    for (const p of Array.isArray(keyPath) ? keyPath : [keyPath]) paths.add(p);
  };
  add(schema.primaryKey.keyPath);
  for (const index of schema.indexes) add(index.keyPath);
  return [...paths];
}

function sealedTable(down: DBCoreTable): DBCoreTable {
  const { schema } = down;
  const table = schema.name;
  const { primaryKey } = schema;
  const inbound = !primaryKey.outbound;
  const paths = clearPaths(schema);
  const nested = paths.some((p) => p.includes("."));

  function sealRow(value: unknown, pk: unknown): Row {
    const { sodium, key } = keyring();
    if (!sodium || !key) throw new LockedError("app lock: locked");
    if (!isPlainObject(value)) {
      const row: Row = { [SEALED]: sealPart(sodium, key, table, pk, { [WHOLE]: value }) };
      if (!inbound) row[OUTBOUND_KEY] = pk;
      return row;
    }
    const clear: Row = {};
    const rest: Row = nested ? Dexie.deepClone(value) : { ...value };
    for (const path of paths) {
      const v = Dexie.getByKeyPath(value, path);
      if (v === undefined) continue;
      Dexie.setByKeyPath(clear, path, v);
      Dexie.delByKeyPath(rest, path);
    }
    clear[SEALED] = sealPart(sodium, key, table, pk, rest);
    if (!inbound) clear[OUTBOUND_KEY] = pk;
    return clear;
  }

  /** The record as it was written; HIDDEN when sealed and locked; throws when tampered with. */
  function openRow(value: unknown, knownKey?: unknown): unknown {
    if (!isSealed(value)) return value;
    const { sodium, key } = keyring();
    if (!sodium || !key) return HIDDEN;
    const pk = inbound ? primaryKey.extractKey?.(value) : value[OUTBOUND_KEY];
    if (!inbound && knownKey !== undefined && cmp(knownKey, pk) !== 0) {
      throw new TamperedError(`app lock: a row in ${table} was moved`);
    }
    const part = openPart(sodium, key, table, pk, value[SEALED]);
    if (isPlainObject(part) && WHOLE in part) return part[WHOLE];
    if (!isPlainObject(part)) throw new TamperedError(`app lock: a row in ${table} is not a record`);
    for (const path of paths) {
      const v = Dexie.getByKeyPath(value, path);
      if (v !== undefined) Dexie.setByKeyPath(part, path, v);
    }
    return part;
  }

  const shown = (value: unknown, knownKey?: unknown) => {
    const opened = openRow(value, knownKey);
    return opened === HIDDEN ? undefined : opened;
  };

  function wrapCursor(cursor: DBCoreCursor): DBCoreCursor {
    // The same position is often read twice (a filter, then the caller): open it once.
    let lastRaw: unknown = HIDDEN;
    let lastOpened: unknown;
    const opened = () => {
      const raw = cursor.value;
      if (raw !== lastRaw) {
        lastOpened = openRow(raw, cursor.primaryKey);
        lastRaw = raw;
      }
      return lastOpened;
    };
    // IDBCursor's own getters need the real cursor as `this`, hence the explicit ones.
    return Object.create(cursor, {
      key: { get: () => cursor.key },
      primaryKey: { get: () => cursor.primaryKey },
      value: { get: () => (opened() === HIDDEN ? undefined : opened()) },
      start: {
        value: (onNext: () => void) =>
          cursor.start(() => {
            // Rows that cannot be opened while locked are stepped over, as if absent.
            if (opened() === HIDDEN) cursor.continue();
            else onNext();
          }),
      },
    }) as DBCoreCursor;
  }

  function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    if (req.type !== "add" && req.type !== "put") return down.mutate(req);
    const { sealing, key } = keyring();
    if (!sealing) return down.mutate(req);
    if (!key) return Dexie.Promise.reject(new LockedError("app lock: unlock before saving"));
    try {
      const keys = req.values.map((v, i) => (inbound ? primaryKey.extractKey?.(v) : req.keys?.[i]));
      if (keys.every((k) => k !== undefined)) {
        return down.mutate({ ...req, values: req.values.map((v, i) => sealRow(v, keys[i])) });
      }
      return mutateWithNewKeys(req, keys);
    } catch (error) {
      return Dexie.Promise.reject(error);
    }
  }

  /**
   * Rows whose key IndexedDB has yet to make (auto-increment) cannot be bound to it before it
   * exists: each is first added as its clear fields alone, then overwritten, in the same
   * transaction, sealed under the key it was given. Rows with known keys go straight through.
   */
  function mutateWithNewKeys(
    req: Extract<DBCoreMutateRequest, { type: "add" | "put" }>,
    keys: unknown[],
  ): Promise<DBCoreMutateResponse> {
    const known = keys.flatMap((k, i) => (k === undefined ? [] : [i]));
    const fresh = keys.flatMap((k, i) => (k === undefined ? [i] : []));
    const placeholders = fresh.map((i) => {
      const value = req.values[i];
      if (!isPlainObject(value)) return {};
      const clear: Row = {};
      for (const path of paths) {
        const v = Dexie.getByKeyPath(value, path);
        if (v !== undefined) Dexie.setByKeyPath(clear, path, v);
      }
      return clear;
    });
    const results: unknown[] = new Array(keys.length);
    const failures: Record<number, Error> = {};
    const knownDone =
      known.length === 0
        ? Dexie.Promise.resolve()
        : down
            .mutate({
              ...req,
              values: known.map((i) => sealRow(req.values[i], keys[i])),
              keys: inbound ? undefined : known.map((i) => keys[i]),
            })
            .then((res) => {
              known.forEach((i, j) => {
                results[i] = res.results?.[j];
                const failure = res.failures[j];
                if (failure) failures[i] = failure;
              });
            });
    const freshDone = down.mutate({ trans: req.trans, type: "add", values: placeholders }).then((added) => {
      const made: number[] = [];
      fresh.forEach((i, j) => {
        const failure = added.failures[j];
        if (failure) failures[i] = failure;
        else made.push(i);
      });
      const keyOf = (i: number) => added.results?.[fresh.indexOf(i)];
      if (made.length === 0) return;
      const values = made.map((i) => {
        const value = req.values[i];
        let withKey = value;
        if (inbound && isPlainObject(value) && primaryKey.keyPath !== null) {
          withKey = { ...value };
          Dexie.setByKeyPath(withKey, primaryKey.keyPath, keyOf(i));
        }
        return sealRow(withKey, keyOf(i));
      });
      return down
        .mutate({
          trans: req.trans,
          type: "put",
          values,
          keys: inbound ? undefined : made.map(keyOf),
        })
        .then((res) => {
          made.forEach((i, j) => {
            results[i] = res.results?.[j];
            const failure = res.failures[j];
            if (failure) failures[i] = failure;
          });
        });
    });
    return Dexie.Promise.all([knownDone, freshDone]).then(() => ({
      numFailures: Object.keys(failures).length,
      failures,
      results,
      lastResult: results[results.length - 1],
    }));
  }

  return {
    ...down,
    mutate,
    get: (req) => down.get(req).then((v) => shown(v, req.key)),
    getMany: (req) => down.getMany(req).then((values) => values.map((v, i) => shown(v, req.keys[i]))),
    query: (req) =>
      req.values
        ? down.query(req).then((res) => ({
            ...res,
            result: res.result.map((v) => openRow(v)).filter((v) => v !== HIDDEN),
          }))
        : down.query(req),
    openCursor: (req) =>
      req.values ? down.openCursor(req).then((cursor) => cursor && wrapCursor(cursor)) : down.openCursor(req),
  };
}

/**
 * Level -2: below Dexie's cache (-1) and live-query (0) layers, which must only ever see
 * records as the app wrote them.
 */
export const atRestMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "AppLockAtRest",
  level: -2,
  create: (down) => ({
    ...down,
    table: (name) => sealedTable(down.table(name)),
  }),
};
