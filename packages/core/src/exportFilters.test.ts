import { describe, expect, it } from "vitest";
import {
  checkRange,
  EXPORT_GROUP_IDS,
  EXPORT_GROUPS,
  filterRecords,
  journalTags,
  kindsOfGroups,
  recordDay,
} from "./exportFilters.ts";
import { sampleStore } from "./exportFormats/fixtures.testing.ts";
import { RECORD_KINDS, type StoredRecord } from "./records/index.ts";

const ALL = [...RECORD_KINDS];
const texts = (records: StoredRecord[]) =>
  records.map((r) => ("text" in r ? r.text : "note" in r ? r.note : r.kind));

describe("export groups", () => {
  it("cover every record kind exactly once", () => {
    const kinds = EXPORT_GROUP_IDS.flatMap((g) => EXPORT_GROUPS[g]);
    expect([...kinds].sort()).toEqual([...RECORD_KINDS].sort());
    expect(kindsOfGroups(["steps", "therapy"])).toEqual(["step", "stepLog", "therapyNote", "therapySession"]);
  });
});

describe("filterRecords", () => {
  const store = sampleStore();

  it("keeps everything but tombstones when nothing is narrowed", () => {
    const all = filterRecords(store, { kinds: ALL });
    expect(all).toHaveLength(store.length - 2);
    expect(all.some((r) => r.deleted)).toBe(false);
  });

  it("keeps tombstones for JSON, wiped or not, so an old file cannot bring a delete back", () => {
    const all = filterRecords(store, { kinds: ALL, keepDeleted: true });
    expect(all).toHaveLength(store.length);
    expect(all.filter((r) => r.deleted)).toHaveLength(2);
  });

  it("goes by the record's own day, inclusive at both ends", () => {
    const march4 = filterRecords(store, {
      kinds: ["checkin", "journal", "glimmer"],
      from: "2026-03-04",
      to: "2026-03-04",
    });
    expect(texts(march4)).toEqual([
      "A slow morning.",
      "# Not a heading\nSecond line\n\nNew paragraph",
      "Sun on the wall",
    ]);
    const fromOnly = filterRecords(store, { kinds: ["checkin"], from: "2026-02-01" });
    expect(texts(fromOnly)).toEqual(["A slow morning."]);
    const toOnly = filterRecords(store, { kinds: ["checkin"], to: "2026-01-31" });
    expect(texts(toOnly)).toEqual(["January"]);
  });

  it("dates kinds without a day by when they were made, and tombstones likewise", () => {
    const refrains = (from: string, to: string) => filterRecords(store, { kinds: ["refrain"], from, to });
    expect(refrains("2026-02-01", "2026-02-01")).toHaveLength(1);
    expect(refrains("2026-02-02", "2026-12-31")).toHaveLength(0);
    const wiped = store.find((r) => r.deleted && !("day" in r))!;
    expect(recordDay(wiped)).toBe("2026-03-04");
    expect(
      filterRecords(store, { kinds: ["glimmer"], from: "2026-03-04", to: "2026-03-04", keepDeleted: true }),
    ).toHaveLength(2);
  });

  it("keeps the safety plan and trusted people whatever the dates", () => {
    const picked = filterRecords(store, {
      kinds: ["safetyPlan", "contact"],
      from: "2026-03-01",
      to: "2026-03-02",
    });
    expect(picked.map((r) => r.kind)).toEqual(["safetyPlan", "contact"]);
  });

  it("applies tags to journal entries only, in any case", () => {
    const picked = filterRecords(store, { kinds: ["journal", "glimmer"], tags: ["FAMILY"] });
    expect(picked.map((r) => r.kind)).toEqual(["journal", "glimmer"]);
    expect(texts(picked)[0]).toContain("Not a heading");
    expect(filterRecords(store, { kinds: ["journal"], tags: ["work", "sleep"] })).toHaveLength(2);
    expect(filterRecords(store, { kinds: ["journal"], tags: [] })).toHaveLength(2);
    expect(filterRecords(store, { kinds: ["journal"], tags: ["nothing like it"] })).toHaveLength(0);
  });

  it("leaves out kinds that were not chosen", () => {
    const picked = filterRecords(store, { kinds: ["glimmer"] });
    expect(picked.map((r) => r.kind)).toEqual(["glimmer"]);
  });

  it("brings a step along with its log, even from outside the dates", () => {
    const picked = filterRecords(store, { kinds: ["step", "stepLog"], from: "2026-03-01" });
    expect(picked.map((r) => r.kind)).toEqual(["stepLog", "step"]);
    const step = picked[1]!;
    expect("title" in step && step.title).toBe("A short walk");
  });
});

describe("checkRange", () => {
  it("accepts open ends and equal days, and names a reversed range", () => {
    expect(checkRange()).toBeNull();
    expect(checkRange("2026-03-01")).toBeNull();
    expect(checkRange("2026-03-01", "2026-03-01")).toBeNull();
    expect(checkRange("2026-03-02", "2026-03-01")).toBe("fromAfterTo");
  });
});

describe("journalTags", () => {
  it("lists each tag on a live entry once, sorted, ignoring deleted entries", () => {
    expect(journalTags(sampleStore(), "en")).toEqual(["Family", "sleep", "work"]);
  });
});
