import "fake-indexeddb/auto";
import type { JournalRecord } from "@small-steps/core";
import { beforeAll, describe, expect, it } from "vitest";

/** localStorage for Node: the lock's settings live there (L3). */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
  clear = () => this.items.clear();
  key = (i: number) => [...this.items.keys()][i] ?? null;
  get length() {
    return this.items.size;
  }
}

const storage = new MemoryStorage();
Object.assign(globalThis, { localStorage: storage });

// Imported after localStorage exists, as in the browser.
const { db } = await import("../store/db.ts");
const lock = await import("./lockState.ts");
const { LOCK_KEY } = await import("./config.ts");

const PASSPHRASE = "a heron by the harbour";
const MARKER = "private-words-5c1e";

function journal(text: string): JournalRecord {
  const at = "2026-03-04T10:00:00.000Z";
  return {
    id: crypto.randomUUID(),
    kind: "journal",
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    deviceId: "device-a",
    deleted: false,
    at,
    day: "2026-03-04",
    text,
    tags: [],
  } as JournalRecord;
}

async function rawJournal(): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(db.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = idb.transaction("journal").objectStore("journal").getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  idb.close();
  return JSON.stringify(rows);
}

let entry: JournalRecord;
beforeAll(async () => {
  entry = journal(MARKER);
  await db.journal.put(entry);
});

describe("the app lock's life (docs/crypto.md L1–L5, L14, L15)", () => {
  it("L1: starts off, and refuses a passphrase under 6 characters", async () => {
    expect(lock.getLockStatus()).toBe("off");
    await expect(lock.enableLock("short", { idle: "5", lockOnHide: true })).rejects.toThrow(RangeError);
    expect(storage.getItem(LOCK_KEY)).toBeNull();
  }, 30_000);

  it("L3 L14: turning on stores only a wrapped key, seals what is there, and leaves it unlocked", async () => {
    const progress: number[] = [];
    await lock.enableLock(PASSPHRASE, { idle: "5", lockOnHide: true }, (p) => progress.push(p.done));
    expect(lock.getLockStatus()).toBe("unlocked");
    expect(progress.at(-1)).toBe(db.tables.length);
    const stored = JSON.parse(storage.getItem(LOCK_KEY) ?? "{}");
    expect(stored).toMatchObject({ v: 1, phase: "on", idle: "5", lockOnHide: true, opsLimit: 3 });
    expect(JSON.stringify(stored)).not.toContain(PASSPHRASE);
    expect(await rawJournal()).not.toContain(MARKER);
    expect(await db.journal.get(entry.id)).toEqual(entry);
  }, 30_000);

  it("L4 L5: locked, nothing opens; a wrong passphrase is told calmly, the right one opens", async () => {
    lock.lockNow();
    expect(lock.getLockStatus()).toBe("locked");
    expect(await db.journal.get(entry.id)).toBeUndefined();
    expect(await lock.unlock("not it")).toBe("wrong");
    expect(await lock.unlock("also not it")).toBe("wrong");
    expect(await lock.unlock(PASSPHRASE)).toBe("ok");
    expect(await db.journal.get(entry.id)).toEqual(entry);
  }, 30_000);

  it("L15: a new passphrase re-wraps the key; the old one no longer opens", async () => {
    const before = JSON.parse(storage.getItem(LOCK_KEY) ?? "{}");
    expect(await lock.changePassphrase("not it", "a new calm phrase")).toBe("wrong");
    expect(await lock.changePassphrase(PASSPHRASE, "a new calm phrase")).toBe("ok");
    const after = JSON.parse(storage.getItem(LOCK_KEY) ?? "{}");
    expect(after.salt).not.toBe(before.salt);
    expect(after.wrappedKey).not.toBe(before.wrappedKey);
    lock.lockNow();
    expect(await lock.unlock(PASSPHRASE)).toBe("wrong");
    expect(await lock.unlock("a new calm phrase")).toBe("ok");
  }, 30_000);

  it("L4: lowered Argon2id costs in storage are refused, never derived", async () => {
    const good = storage.getItem(LOCK_KEY) ?? "";
    lock.lockNow();
    storage.setItem(LOCK_KEY, JSON.stringify({ ...JSON.parse(good), opsLimit: 1 }));
    expect(await lock.unlock("a new calm phrase")).toBe("damaged");
    storage.setItem(LOCK_KEY, good);
    expect(await lock.unlock("a new calm phrase")).toBe("ok");
  }, 30_000);

  it("L14: turning off asks for the passphrase and opens every row back", async () => {
    expect(await lock.disableLock("not it")).toBe("wrong");
    expect(await lock.disableLock("a new calm phrase")).toBe("ok");
    expect(lock.getLockStatus()).toBe("off");
    expect(storage.getItem(LOCK_KEY)).toBeNull();
    expect(await rawJournal()).toContain(MARKER);
    expect(await db.journal.get(entry.id)).toEqual(entry);
  }, 30_000);
});
