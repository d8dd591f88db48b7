import "fake-indexeddb/auto";
import type { JournalRecord } from "@small-steps/core";
import { ready } from "@small-steps/crypto";
import Dexie from "dexie";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SmallStepsDB } from "../store/db.ts";
import { atRestMiddleware, LockedError, SEALED } from "./atRest.ts";
import { dropDataKey, keyring, type Sodium, setDataKey, setSealing } from "./keyring.ts";
import { rewriteAllTables } from "./rewrite.ts";
import { TamperedError } from "./seal.ts";

let s: Sodium;
let n = 0;
let db: SmallStepsDB;

const MARKER = "heron-marker-7f3a";

function journal(day: string, text: string, id = crypto.randomUUID()): JournalRecord {
  const at = `${day}T10:00:00.000Z`;
  return {
    id,
    kind: "journal",
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    deviceId: "device-a",
    deleted: false,
    at,
    day,
    text,
    tags: ["quiet"],
  } as JournalRecord;
}

/** Every row of every store, read with plain IndexedDB: what is really on the disk. */
async function rawRows(name: string): Promise<Record<string, Record<string, unknown>[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const out: Record<string, Record<string, unknown>[]> = {};
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, "readonly");
  await Promise.all(
    names.map(
      (store) =>
        new Promise<void>((resolve, reject) => {
          const req = tx.objectStore(store).getAll();
          req.onsuccess = () => {
            out[store] = req.result;
            resolve();
          };
          req.onerror = () => reject(req.error);
        }),
    ),
  );
  idb.close();
  return out;
}

async function rawPut(name: string, store: string, value: unknown, key?: IDBValidKey): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = idb.transaction(store, "readwrite");
  tx.objectStore(store).put(value, key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

function unlockWithNewKey() {
  setDataKey(s, s.randombytes_buf(32));
  setSealing(true);
}

beforeAll(async () => {
  s = await ready();
});

beforeEach(async () => {
  db = new SmallStepsDB(`lock-test-${++n}`);
  await db.open();
});

afterEach(async () => {
  dropDataKey();
  setSealing(false);
  db.close();
  await Dexie.delete(db.name);
});

describe("the at-rest layer (docs/crypto.md L6–L12)", () => {
  it("L7: rows on disk hold only the key and indexed fields in clear; the words are sealed", async () => {
    unlockWithNewKey();
    const entry = journal("2026-03-04", `a private line ${MARKER}`);
    await db.journal.put(entry);
    await db.meta.put({ key: "reminders", value: { note: MARKER } });

    const raw = await rawRows(db.name);
    expect(JSON.stringify(raw)).not.toContain(MARKER);
    const row = raw.journal?.find((r) => r.id === entry.id);
    expect(Object.keys(row ?? {}).sort()).toEqual(["_sealed", "at", "day", "id", "updatedAt"]);
    expect(row).toMatchObject({ id: entry.id, day: "2026-03-04", updatedAt: entry.updatedAt });
    expect(raw.meta?.find((r) => r.key === "reminders")).toEqual({
      key: "reminders",
      _sealed: expect.any(String),
    });
  });

  it("L8: reads give back exactly what was written: get, bulkGet, toArray, cursors", async () => {
    unlockWithNewKey();
    const a = journal("2026-03-03", "first");
    const b = journal("2026-03-04", "second");
    await db.journal.bulkPut([a, b]);
    expect(await db.journal.get(a.id)).toEqual(a);
    expect(await db.journal.bulkGet([b.id, a.id, "missing"])).toEqual([b, a, undefined]);
    expect(await db.journal.orderBy("day").toArray()).toEqual([a, b]);
    // A JavaScript filter makes Dexie walk a cursor.
    expect(await db.journal.filter((r) => r.text === "second").toArray()).toEqual([b]);
    expect(await db.journal.toCollection().modify({ tags: ["changed"] })).toBe(2);
    expect((await db.journal.get(a.id))?.tags).toEqual(["changed"]);
  });

  it("L7: queries by index still work, and never need the key", async () => {
    unlockWithNewKey();
    await db.journal.bulkPut([
      journal("2026-03-01", "one"),
      journal("2026-03-02", "two"),
      journal("2026-03-09", "three"),
    ]);
    const week = await db.journal.where("day").between("2026-03-01", "2026-03-07", true, true).toArray();
    expect(week.map((r) => r.text).sort()).toEqual(["one", "two"]);
    dropDataKey();
    expect(await db.journal.where("day").between("2026-03-01", "2026-03-07", true, true).count()).toBe(2);
    expect(await db.journal.orderBy("updatedAt").keys()).toHaveLength(3);
  });

  it("L9: a changed sealed part, or one moved to another row, is refused", async () => {
    unlockWithNewKey();
    const a = journal("2026-03-03", "mine");
    const b = journal("2026-03-04", "other");
    await db.journal.bulkPut([a, b]);
    const raw = await rawRows(db.name);
    const rowA = raw.journal?.find((r) => r.id === a.id) as Record<string, string>;
    const bytes = s.from_base64(rowA._sealed as string, s.base64_variants.ORIGINAL);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await rawPut(db.name, "journal", { ...rowA, _sealed: s.to_base64(bytes, s.base64_variants.ORIGINAL) });
    await expect(db.journal.get(a.id)).rejects.toBeInstanceOf(TamperedError);

    // B's sealed words put under A's id: the associated data binds the row, so it fails.
    const rowB = raw.journal?.find((r) => r.id === b.id) as Record<string, string>;
    await rawPut(db.name, "journal", { ...rowB, id: a.id });
    await expect(db.journal.get(a.id)).rejects.toBeInstanceOf(TamperedError);
    await expect(db.journal.toArray()).rejects.toBeInstanceOf(TamperedError);
  });

  it("L10: while locked, sealed rows read as absent and writes are refused", async () => {
    unlockWithNewKey();
    const a = journal("2026-03-03", "mine");
    await db.journal.put(a);
    dropDataKey();
    expect(await db.journal.get(a.id)).toBeUndefined();
    expect(await db.journal.bulkGet([a.id])).toEqual([undefined]);
    expect(await db.journal.toArray()).toEqual([]);
    expect(await db.journal.filter(() => true).toArray()).toEqual([]);
    expect(await db.journal.count()).toBe(1);
    await expect(db.journal.put(journal("2026-03-05", "new"))).rejects.toBeInstanceOf(LockedError);
    // Deleting needs no key: "start again" clears tables it cannot read.
    await db.journal.clear();
    expect(await db.journal.count()).toBe(0);
  });

  it("L14: turning on seals every existing row; turning off restores clear rows", async () => {
    const entries = [journal("2026-03-03", `one ${MARKER}`), journal("2026-03-04", "two")];
    await db.journal.bulkPut(entries);
    expect(JSON.stringify(await rawRows(db.name))).toContain(MARKER);

    unlockWithNewKey();
    const seen: string[] = [];
    await rewriteAllTables(db, (p) => seen.push(`${p.done}/${p.total}`));
    expect(seen.at(-1)).toBe(`${db.tables.length}/${db.tables.length}`);
    const sealed = await rawRows(db.name);
    expect(JSON.stringify(sealed)).not.toContain(MARKER);
    // Every row of every table, the seeded library and sync's bookkeeping included.
    for (const rows of Object.values(sealed)) for (const row of rows) expect(row).toHaveProperty(SEALED);
    expect(await db.journal.orderBy("day").toArray()).toEqual(entries);

    setSealing(false);
    await rewriteAllTables(db);
    const open = await rawRows(db.name);
    for (const rows of Object.values(open)) for (const row of rows) expect(row).not.toHaveProperty(SEALED);
    expect(open.journal?.sort((x, y) => String(x.day).localeCompare(String(y.day)))).toEqual(entries);
  });

  it("L6: with the lock off nothing changes and libsodium is not needed", async () => {
    expect(keyring()).toMatchObject({ sealing: false, key: null });
    const a = journal("2026-03-03", MARKER);
    await db.journal.put(a);
    expect((await rawRows(db.name)).journal?.[0]).toEqual(a);
    expect(await db.journal.get(a.id)).toEqual(a);
  });

  it("L7: bytes and dates inside a row come back as bytes and dates", async () => {
    unlockWithNewKey();
    const value = { bytes: new Uint8Array([1, 2, 3]), when: new Date("2026-03-04T05:06:07.000Z"), n: 1 };
    await db.meta.put({ key: "mixed", value });
    expect(await db.meta.get("mixed")).toEqual({ key: "mixed", value });
  });
});

describe("tables the app does not know yet (L11)", () => {
  class OtherDB extends Dexie {
    constructor(name: string) {
      super(name);
      this.use(atRestMiddleware);
      this.version(1).stores({ queue: "++seq, kind", loose: "" });
    }
  }

  it("seal auto-incremented rows under the key IndexedDB gives them", async () => {
    unlockWithNewKey();
    const other = new OtherDB(`lock-other-${++n}`);
    const seq = await other.table("queue").add({ kind: "push", body: MARKER });
    const [first, second] = await other.table("queue").bulkAdd([{ kind: "a" }, { kind: "b", x: 1 }], {
      allKeys: true,
    });
    const raw = await rawRows(other.name);
    expect(JSON.stringify(raw)).not.toContain(MARKER);
    expect(raw.queue?.every((r) => typeof r._sealed === "string")).toBe(true);
    expect(await other.table("queue").get(seq)).toEqual({ seq, kind: "push", body: MARKER });
    expect(await other.table("queue").where("kind").equals("b").toArray()).toEqual([
      { seq: second, kind: "b", x: 1 },
    ]);
    expect(Number(first)).toBeLessThan(Number(second));
    other.close();
    await Dexie.delete(other.name);
  });

  it("seal rows with out-of-row keys, values that are not objects, and refuse a moved row", async () => {
    unlockWithNewKey();
    const other = new OtherDB(`lock-other-${++n}`);
    await other.table("loose").put({ words: MARKER }, "k1");
    await other.table("loose").put("just a string", "k2");
    expect(JSON.stringify(await rawRows(other.name))).not.toContain(MARKER);
    expect(await other.table("loose").get("k1")).toEqual({ words: MARKER });
    expect(await other.table("loose").get("k2")).toBe("just a string");
    const raw = await rawRows(other.name);
    await rawPut(other.name, "loose", raw.loose?.[0], "k3");
    await expect(other.table("loose").get("k3")).rejects.toBeInstanceOf(TamperedError);
    other.close();
    await Dexie.delete(other.name);
  });
});
