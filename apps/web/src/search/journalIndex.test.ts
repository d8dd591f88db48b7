import type { JournalRecord } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { JournalIndex } from "./journalIndex.ts";

let n = 0;
function entry(fields: Partial<JournalRecord> & { at: string }): JournalRecord {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    kind: "journal",
    schemaVersion: 1,
    createdAt: fields.at,
    updatedAt: fields.at,
    deviceId: "test",
    deleted: false,
    day: fields.at.slice(0, 10),
    text: "",
    tags: [],
    ...fields,
  };
}

describe("JournalIndex", () => {
  it("finds words in text, prompt and tags by their beginning, newest first", () => {
    const index = new JournalIndex();
    const old = entry({ at: "2024-01-01T10:00:00.000Z", text: "A warm cup of tea" });
    const mid = entry({ at: "2024-06-01T10:00:00.000Z", text: "Walk", tags: ["Warmth"] });
    const recent = entry({ at: "2025-01-01T10:00:00.000Z", text: "rain", prompt: "What felt warm today?" });
    for (const r of [mid, old, recent]) index.apply(r);
    expect(index.search("warm").ids).toEqual([recent.id, mid.id, old.id]);
    expect(index.search("wa").total).toBe(3);
    expect(index.search("tea").ids).toEqual([old.id]);
    expect(index.search("nothing-like-this").ids).toEqual([]);
    expect(index.search("   ").ids).toEqual([]);
  });

  it("matches every word of a query across fields, ignoring case and accents", () => {
    const index = new JournalIndex();
    const a = entry({ at: "2024-01-01T10:00:00.000Z", text: "Café by the river", tags: ["Sister"] });
    const b = entry({ at: "2024-01-02T10:00:00.000Z", text: "café alone" });
    index.apply(a);
    index.apply(b);
    expect(index.search("CAFE sister").ids).toEqual([a.id]);
    expect(index.search("cafe").ids).toEqual([b.id, a.id]);
  });

  it("limits results but reports the total", () => {
    const index = new JournalIndex();
    for (let i = 0; i < 30; i++)
      index.apply(entry({ at: `2024-01-${String(i + 1).padStart(2, "0")}T10:00:00.000Z`, text: "calm" }));
    const hits = index.search("calm", 10);
    expect(hits.ids).toHaveLength(10);
    expect(hits.total).toBe(30);
  });

  it("updates and removes incrementally; older versions never win", () => {
    const index = new JournalIndex();
    const r = entry({ at: "2024-01-01T10:00:00.000Z", text: "lamp" });
    index.apply(r);
    const edited = { ...r, text: "garden", updatedAt: "2024-01-02T10:00:00.000Z" };
    expect(index.apply(edited)).toBe(true);
    expect(index.search("lamp").ids).toEqual([]);
    expect(index.search("garden").ids).toEqual([r.id]);
    expect(index.apply(r)).toBe(false);
    expect(index.search("garden").ids).toEqual([r.id]);

    index.remove(r.id);
    expect(index.search("garden").ids).toEqual([]);
    // The version stays, so a catch-up still reads the tombstone.
    expect(index.versionOf(r.id)).toBe("2024-01-02T10:00:00.000Z");
    index.apply({ ...edited, deleted: true, updatedAt: "2024-01-03T10:00:00.000Z" });
    expect(index.search("garden").ids).toEqual([]);
    index.apply({ ...edited, deleted: false, updatedAt: "2024-01-04T10:00:00.000Z" });
    expect(index.search("garden").ids).toEqual([r.id]);

    index.forget(r.id);
    expect(index.search("garden").ids).toEqual([]);
    expect(index.versionOf(r.id)).toBeUndefined();
  });

  it("lists entries by tag ignoring case", () => {
    const index = new JournalIndex();
    const a = entry({ at: "2024-01-01T10:00:00.000Z", text: "x", tags: ["Walk"] });
    const b = entry({ at: "2024-02-01T10:00:00.000Z", text: "y", tags: ["walk", "tea"] });
    const c = entry({ at: "2024-03-01T10:00:00.000Z", text: "z", tags: ["tea"] });
    for (const r of [a, b, c]) index.apply(r);
    expect(index.withTag("#WALK")).toEqual([b.id, a.id]);
    index.remove(b.id);
    expect(index.withTag("walk")).toEqual([a.id]);
  });

  it("survives a snapshot round trip and keeps indexing after it", () => {
    const index = new JournalIndex();
    const a = entry({ at: "2024-01-01T10:00:00.000Z", text: "neighbour's lamp", tags: ["evening"] });
    const b = entry({ at: "2024-01-02T10:00:00.000Z", text: "deleted", deleted: true });
    index.apply(a);
    index.apply(b);
    const snap = JSON.parse(JSON.stringify(index.snapshot()));
    const restored = JournalIndex.restore(snap);
    expect(restored).not.toBeNull();
    expect(restored?.search("neighb").ids).toEqual([a.id]);
    expect(restored?.withTag("evening")).toEqual([a.id]);
    expect(restored?.versionOf(b.id)).toBe(b.updatedAt);
    const c = entry({ at: "2024-01-03T10:00:00.000Z", text: "lamp again" });
    restored?.apply(c);
    expect(restored?.search("lamp").ids).toEqual([c.id, a.id]);
  });

  it("refuses a snapshot from another format", () => {
    const snap = { ...new JournalIndex().snapshot(), format: -1 };
    expect(JournalIndex.restore(snap)).toBeNull();
  });
});
