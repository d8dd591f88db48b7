import "fake-indexeddb/auto";
import { RECORD_KINDS, STEP_LIBRARY } from "@small-steps/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { flushDrafts, keepDraft, readDraft } from "../drafts/draftStore.ts";
import { READER_PREFS_KEY } from "../stories/readerPrefs.ts";
import { db, TABLE_OF } from "./db.ts";
import { deleteEverything, LIBRARY_RESEED_TIME } from "./deleteEverything.ts";
import { createRecord, deleteRecord, nowFields } from "./records.ts";

/** A Storage stand-in: the unit tests run in Node, where there is none. */
class MemoryStorage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  keys() {
    return [...this.map.keys()].sort();
  }
}

async function countAll(): Promise<number> {
  let n = 0;
  for (const kind of RECORD_KINDS) n += await db.table(TABLE_OF[kind]).count();
  return n;
}

beforeEach(async () => {
  await db.open();
  for (const kind of RECORD_KINDS) await db.table(TABLE_OF[kind]).clear();
  await db.meta.clear();
});

describe("deleteEverything", () => {
  it("clears every record table, tombstones too, and leaves the device as new", async () => {
    const step = await createRecord("step", {
      title: "Feed the cat",
      category: "home",
      needs: [],
      archived: false,
    });
    await createRecord("stepLog", { stepId: step.id, ...nowFields() });
    await createRecord("checkin", { ...nowFields(), needs: {}, feelings: [], note: "heavy" });
    const entry = await createRecord("journal", { ...nowFields(), text: "private words", tags: ["x"] });
    await deleteRecord("journal", entry.id); // leaves a tombstone and a pending wipe in meta
    await createRecord("glimmer", { ...nowFields(), text: "lamp" });
    await createRecord("refrain", { oldScript: "", newRefrain: "I can ask", favourite: false });
    await createRecord("therapyNote", { ...nowFields(), text: "sleep", done: false });
    await createRecord("therapySession", { day: "2026-03-03", attended: true });
    await createRecord("contact", { name: "Alex" });
    await db.meta.put({ key: "measureReminders", value: { phq9: 14 } });
    await db.meta.put({ key: "deviceId", value: "kept" });
    expect(await db.meta.get("pendingWipes")).toBeDefined();
    // A kept draft, and one still on its way to the disk: neither survives.
    keepDraft("journal:new", { text: "half a sentence" });
    await flushDrafts();
    keepDraft("refrain:new", { newRefrain: "still landing" });

    const local = new MemoryStorage();
    local.setItem("small-steps:device-id", "device-a");
    local.setItem(
      "small-steps:settings",
      JSON.stringify({ theme: "dark", textSize: "larger", measures: true, crisisCountry: "GB" }),
    );
    local.setItem("small-steps:something-else", "x");
    // What a reader chose not to read (stories/readerPrefs.ts) says something about them.
    local.setItem(READER_PREFS_KEY, JSON.stringify({ suicide: "hide" }));
    local.setItem("another-app", "theirs");
    const session = new MemoryStorage();
    session.setItem("small-steps:sos-session", "{}");
    session.setItem("small-steps:safety-plan-draft", "{}");
    session.setItem("another-app", "theirs");
    const resetSearch = vi.fn(async () => {});

    await deleteEverything({ local, session, resetSearch });

    // Only the starting library is back, dated long ago so an older export's copies win.
    expect(await countAll()).toBe(STEP_LIBRARY.length);
    const steps = await db.steps.toArray();
    expect(steps.every((s) => s.libraryKey && s.updatedAt === LIBRARY_RESEED_TIME)).toBe(true);
    expect(await db.journal.count()).toBe(0);
    await flushDrafts();
    expect(await db.drafts.count()).toBe(0);
    expect(await readDraft("refrain:new")).toBeUndefined();
    expect(await db.meta.toCollection().primaryKeys()).toEqual(["deviceId"]);

    expect(session.keys()).toEqual(["another-app"]);
    expect(local.keys()).toEqual(["another-app", "small-steps:device-id", "small-steps:settings"]);
    expect(local.getItem("small-steps:device-id")).toBe("device-a");
    expect(JSON.parse(local.getItem("small-steps:settings") ?? "")).toEqual({
      theme: "dark",
      textSize: "larger",
    });
    expect(resetSearch).toHaveBeenCalledOnce();
  });

  it("changes nothing when the records cannot be cleared", async () => {
    await createRecord("glimmer", { ...nowFields(), text: "lamp" });
    const before = await countAll();
    vi.spyOn(db.table("journal"), "clear").mockImplementation(() => {
      throw new Error("closing");
    });
    const resetSearch = vi.fn(async () => {});
    await expect(
      deleteEverything({ local: new MemoryStorage(), session: new MemoryStorage(), resetSearch }),
    ).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await countAll()).toBe(before);
    expect(resetSearch).not.toHaveBeenCalled();
  });
});
