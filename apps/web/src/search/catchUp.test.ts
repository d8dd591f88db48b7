import "fake-indexeddb/auto";
import type { JournalRecord } from "@small-steps/core";
import { beforeEach, describe, expect, it } from "vitest";
import { SmallStepsDB } from "../store/db.ts";
import { catchUp } from "./catchUp.ts";
import { JournalIndex } from "./journalIndex.ts";

let database: SmallStepsDB;
let n = 0;

function entry(text: string, at: string, extra: Partial<JournalRecord> = {}): JournalRecord {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    kind: "journal",
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    deviceId: "test",
    deleted: false,
    at,
    day: at.slice(0, 10),
    text,
    tags: [],
    ...extra,
  };
}

beforeEach(async () => {
  database = new SmallStepsDB(`catchup-${n++}`);
  await database.open();
});

describe("catchUp", () => {
  it("builds an index from nothing, skipping tombstones", async () => {
    const a = entry("lamp", "2024-01-01T10:00:00.000Z");
    const gone = entry("lamp too", "2024-01-02T10:00:00.000Z", { deleted: true });
    await database.journal.bulkPut([a, gone]);
    const index = new JournalIndex();
    expect(await catchUp(index, database)).toBe(2);
    expect(index.search("lamp").ids).toEqual([a.id]);
    expect(await catchUp(index, database)).toBe(0);
  });

  it("picks up edits, deletes and records removed outright", async () => {
    const a = entry("river", "2024-01-01T10:00:00.000Z");
    const b = entry("river stones", "2024-01-02T10:00:00.000Z");
    const c = entry("river bend", "2024-01-03T10:00:00.000Z");
    await database.journal.bulkPut([a, b, c]);
    const index = new JournalIndex();
    await catchUp(index, database);

    await database.journal.put({ ...a, text: "meadow", updatedAt: "2024-02-01T10:00:00.000Z" });
    await database.journal.put({ ...b, deleted: true, updatedAt: "2024-02-01T10:00:00.000Z" });
    await database.journal.delete(c.id);
    expect(await catchUp(index, database)).toBe(3);
    expect(index.search("river").ids).toEqual([]);
    expect(index.search("meadow").ids).toEqual([a.id]);
    expect(index.versionOf(c.id)).toBeUndefined();
  });

  it("catches records that arrive with an older updatedAt, as an import or sync would write them", async () => {
    const index = new JournalIndex();
    const recent = entry("today", "2025-01-01T10:00:00.000Z");
    await database.journal.put(recent);
    await catchUp(index, database);
    const imported = entry("an old letter", "2019-05-05T10:00:00.000Z");
    await database.journal.put(imported);
    expect(await catchUp(index, database)).toBe(1);
    expect(index.search("letter").ids).toEqual([imported.id]);
  });

  it("continues from a restored snapshot", async () => {
    const a = entry("garden", "2024-01-01T10:00:00.000Z");
    await database.journal.put(a);
    const first = new JournalIndex();
    await catchUp(first, database);
    const restored = JournalIndex.restore(JSON.parse(JSON.stringify(first.snapshot())));
    if (!restored) throw new Error("snapshot did not restore");
    const b = entry("garden gate", "2024-01-05T10:00:00.000Z");
    await database.journal.put(b);
    expect(await catchUp(restored, database)).toBe(1);
    expect(restored.search("garden").ids).toEqual([b.id, a.id]);
  });

  it("reports progress", async () => {
    await database.journal.bulkPut(
      Array.from({ length: 900 }, (_, i) =>
        entry(`word${i}`, new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString()),
      ),
    );
    const seen: number[] = [];
    await catchUp(new JournalIndex(), database, ({ done }) => {
      seen.push(done);
    });
    expect(seen.at(-1)).toBe(900);
    expect(seen.length).toBeGreaterThan(1);
  });
});
