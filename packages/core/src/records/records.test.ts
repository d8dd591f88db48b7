import { describe, expect, it } from "vitest";
import { STEP_LIBRARY } from "../library.ts";
import { anyRecord, RECORD_KINDS, SCHEMA_VERSIONS } from "./index.ts";

const base = {
  id: "6a1c3b9e-2f4d-4e8a-9b7c-1d2e3f4a5b6c",
  schemaVersion: 1,
  createdAt: "2026-03-04T09:00:00.000Z",
  updatedAt: "2026-03-04T09:00:00.000Z",
  deviceId: "device-a",
  deleted: false,
};
const when = { at: "2026-03-04T09:00:00.000+01:00", day: "2026-03-04" };
const valid = (r: unknown) => anyRecord.safeParse(r).success;

describe("record schemas", () => {
  it("accept a check-in with needs, feelings and a place, and one with nothing chosen", () => {
    const full = {
      ...base,
      kind: "checkin",
      ...when,
      needs: { water: "notNow", food: "done" },
      feelings: [{ id: "lonely", intensity: 7 }],
      place: "overwhelmed",
      note: "long day",
    };
    expect(valid(full)).toBe(true);
    expect(valid({ ...base, kind: "checkin", ...when, needs: {}, feelings: [] })).toBe(true);
  });

  it("accept a feeling felt but not rated (version 2): no intensity is stored, and none is null", () => {
    const checkin = { ...base, schemaVersion: 2, kind: "checkin", ...when, needs: {} };
    expect(valid({ ...checkin, feelings: [{ id: "tired" }, { id: "sad", intensity: 3 }] })).toBe(true);
    expect(valid({ ...checkin, feelings: [{ id: "tired", intensity: null }] })).toBe(false);
    expect(SCHEMA_VERSIONS.checkin).toBe(2);
  });

  it("refuse a feeling intensity outside 0–10, an unknown feeling, need or place", () => {
    const checkin = { ...base, kind: "checkin", ...when, needs: {}, feelings: [] };
    expect(valid({ ...checkin, feelings: [{ id: "sad", intensity: 11 }] })).toBe(false);
    expect(valid({ ...checkin, feelings: [{ id: "sad", intensity: 2.5 }] })).toBe(false);
    expect(valid({ ...checkin, feelings: [{ id: "furious", intensity: 2 }] })).toBe(false);
    expect(valid({ ...checkin, needs: { sleep: "done" } })).toBe(false);
    expect(valid({ ...checkin, place: "fine" })).toBe(false);
  });

  it("take one word as a whole journal entry, and a sketch alone too, but not nothing", () => {
    const entry = { ...base, kind: "journal", ...when, tags: [] };
    expect(valid({ ...entry, text: "Lighter" })).toBe(true);
    const sketch = { dataUrl: "data:image/webp;base64,UklGRg==", width: 800, height: 600 };
    expect(valid({ ...entry, text: "", sketch })).toBe(true);
    expect(valid({ ...entry, text: "   " })).toBe(false);
    expect(valid({ ...entry, text: "", sketch: { ...sketch, dataUrl: "javascript:alert(1)" } })).toBe(false);
  });

  it("need a title or a library key for a step", () => {
    const step = { ...base, kind: "step", category: "home", needs: [], archived: false };
    expect(valid({ ...step, title: "Water the plant" })).toBe(true);
    expect(valid({ ...step, libraryKey: "makeBed" })).toBe(true);
    expect(valid(step)).toBe(false);
    expect(valid({ ...step, title: "  " })).toBe(false);
  });

  it("refuse records without sync bookkeeping: a bad id, a missing device, an unknown kind", () => {
    const glimmer = { ...base, kind: "glimmer", ...when, text: "sun" };
    expect(valid(glimmer)).toBe(true);
    expect(valid({ ...glimmer, id: "42" })).toBe(false);
    expect(valid({ ...glimmer, deviceId: "" })).toBe(false);
    expect(valid({ ...glimmer, kind: "mood" })).toBe(false);
    expect(valid({ ...glimmer, day: "4 March" })).toBe(false);
  });

  it("have a schema version for every kind", () => {
    expect([...RECORD_KINDS].sort()).toEqual([
      "checkin",
      "contact",
      "glimmer",
      "journal",
      "measureResult",
      "refrain",
      "safetyPlan",
      "sosSession",
      "step",
      "stepLog",
      "therapyNote",
      "therapySession",
    ]);
    for (const kind of RECORD_KINDS) expect(SCHEMA_VERSIONS[kind]).toBeGreaterThan(0);
  });
});

describe("the step library", () => {
  it("holds at least 30 steps across all six categories, with fixed unique valid ids", () => {
    expect(STEP_LIBRARY.length).toBeGreaterThanOrEqual(30);
    expect(new Set(STEP_LIBRARY.map((s) => s.category))).toEqual(
      new Set(["body", "home", "outside", "connection", "creativity", "rest"]),
    );
    expect(new Set(STEP_LIBRARY.map((s) => s.id)).size).toBe(STEP_LIBRARY.length);
    expect(new Set(STEP_LIBRARY.map((s) => s.key)).size).toBe(STEP_LIBRARY.length);
    for (const s of STEP_LIBRARY) {
      expect(
        valid({
          ...base,
          id: s.id,
          kind: "step",
          libraryKey: s.key,
          category: s.category,
          needs: s.needs,
          archived: false,
        }),
      ).toBe(true);
    }
  });
});
