import "fake-indexeddb/auto";
import { ready } from "@small-steps/crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dropDataKey, setDataKey, setSealing } from "../lock/keyring.ts";
import { db } from "../store/db.ts";
import { SYNCED_TABLES } from "../sync/outbox.ts";
import { dropDraft, flushDrafts, forgetPendingDrafts, keepDraft, readDraft } from "./draftStore.ts";

const MARKER = "kingfisher-draft-51c2";

/** The drafts table as it is on the disk, read with plain IndexedDB under every layer. */
async function rawDrafts(): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(db.name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = idb.transaction("drafts", "readonly").objectStore("drafts").getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  idb.close();
  return rows;
}

beforeEach(async () => {
  await db.open();
  forgetPendingDrafts();
  await db.drafts.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  dropDataKey();
  setSealing(false);
});

describe("kept drafts", () => {
  it("keeps every change, reads it back before and after it lands, and lets it go", async () => {
    keepDraft("journal:new", { text: "a first line" });
    expect(await readDraft("journal:new")).toEqual({ text: "a first line" });
    await flushDrafts();
    expect(await db.drafts.get("journal:new")).toEqual({
      key: "journal:new",
      value: { text: "a first line" },
    });
    expect(await readDraft("journal:new")).toEqual({ text: "a first line" });

    await dropDraft("journal:new");
    expect(await readDraft("journal:new")).toBeUndefined();
    expect(await db.drafts.count()).toBe(0);
  });

  it("writes at once but never piles up: the last keystroke always lands, in few writes", async () => {
    const bulkPut = vi.spyOn(db.drafts, "bulkPut");
    let text = "";
    // Keystrokes faster than the disk: while one write lands, only the newest value waits.
    for (const letter of "the words I did not want to lose") {
      text += letter;
      keepDraft("refrain:new", { newRefrain: text });
      if (text.length % 8 === 0) await Promise.resolve();
    }
    await flushDrafts();
    expect((await db.drafts.get("refrain:new"))?.value).toEqual({ newRefrain: text });
    expect(bulkPut.mock.calls.length).toBeGreaterThan(0);
    expect(bulkPut.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("a draft let go while its write is landing stays gone", async () => {
    keepDraft("glimmer:new", { text: "lamp" });
    const dropped = dropDraft("glimmer:new");
    keepDraft("glimmer:new", { text: "lamp light" });
    await dropDraft("glimmer:new");
    await dropped;
    expect(await db.drafts.count()).toBe(0);
    expect(await readDraft("glimmer:new")).toBeUndefined();
  });

  it("under App lock only the key is readable on the disk; locked, reads are absent and writes quiet", async () => {
    const sodium = await ready();
    setDataKey(sodium, sodium.randombytes_buf(32));
    setSealing(true);
    keepDraft("journal:new", { text: `private ${MARKER}` });
    await flushDrafts();
    const raw = await rawDrafts();
    expect(raw).toHaveLength(1);
    expect(JSON.stringify(raw)).not.toContain(MARKER);
    expect(Object.keys(raw[0] as object).sort()).toEqual(["_sealed", "key"]);
    expect(await readDraft("journal:new")).toEqual({ text: `private ${MARKER}` });

    // Locked: the sealed draft reads as absent; a new write is refused without a throw.
    dropDataKey();
    expect(await readDraft("journal:new")).toBeUndefined();
    const warn = vi.spyOn(console, "warn");
    keepDraft("journal:new", { text: "typed while locked" });
    await expect(flushDrafts()).resolves.toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    expect(JSON.stringify(await rawDrafts())).not.toContain("typed while locked");
  });

  it("is not a synced table: the outbox never hears of a draft", async () => {
    await db.outbox.clear();
    keepDraft("contact:new", { name: "Sam" });
    await flushDrafts();
    expect(SYNCED_TABLES.has("drafts")).toBe(false);
    expect(await db.outbox.count()).toBe(0);
  });
});
