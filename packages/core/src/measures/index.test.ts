import { describe, expect, it } from "vitest";
import { MEASURE_IDS, MEASURE_TEXT, MEASURES, measureResultFields } from "./index.ts";

const base = { at: "2025-03-04T09:30:00+01:00", day: "2025-03-04" };

describe("MEASURES and MEASURE_TEXT", () => {
  it.each(MEASURE_IDS)("%s: the text matches the definition", (id) => {
    const def = MEASURES[id];
    const text = MEASURE_TEXT[id];
    expect(def.id).toBe(id);
    expect(text.items).toHaveLength(def.itemCount);
    expect(text.options.map((o) => o.value)).toEqual([...def.responseValues]);
    expect(text.difficulty?.options.length).toBe(def.difficultyOptionCount);
    for (const s of [text.title, text.stem, text.credit, ...text.items]) expect(s.trim()).toBe(s);
    expect(new Set(text.items).size).toBe(text.items.length);
  });

  it("has 9, 7 and 20 items", () => {
    expect(MEASURE_IDS.map((id) => MEASURES[id].itemCount)).toEqual([9, 7, 20]);
  });
});

describe("measureResultFields", () => {
  it("accepts a complete result whose total is the sum", () => {
    const r = { ...base, measure: "phq9", answers: [1, 1, 1, 1, 1, 1, 1, 1, 1], total: 9 };
    expect(measureResultFields.parse(r)).toEqual(r);
    const pcl = { ...base, measure: "pcl5", answers: Array(20).fill(4), total: 80 };
    expect(measureResultFields.safeParse(pcl).success).toBe(true);
  });

  it("accepts the difficulty answer only where the form has that question", () => {
    const gad = { ...base, measure: "gad7", answers: Array(7).fill(0), total: 0 };
    expect(measureResultFields.safeParse({ ...gad, difficulty: 3 }).success).toBe(true);
    expect(measureResultFields.safeParse({ ...gad, difficulty: 4 }).success).toBe(false);
    const pcl = { ...base, measure: "pcl5", answers: Array(20).fill(0), total: 0, difficulty: 0 };
    expect(measureResultFields.safeParse(pcl).success).toBe(false);
  });

  it("rejects the wrong number of answers", () => {
    const r = { ...base, measure: "gad7", answers: Array(9).fill(0), total: 0 };
    const parsed = measureResultFields.safeParse(r);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["answers"]);
  });

  it("rejects an answer outside the measure's range, even if another measure allows it", () => {
    const r = { ...base, measure: "phq9", answers: [4, 0, 0, 0, 0, 0, 0, 0, 0], total: 4 };
    const parsed = measureResultFields.safeParse(r);
    expect(parsed.error?.issues[0]?.path).toEqual(["answers", 0]);
    const r5 = { ...base, measure: "pcl5", answers: [5, ...Array(19).fill(0)], total: 5 };
    expect(measureResultFields.safeParse(r5).success).toBe(false);
  });

  it("rejects a total that is not the sum of the answers", () => {
    const r = { ...base, measure: "gad7", answers: Array(7).fill(1), total: 8 };
    expect(measureResultFields.safeParse(r).error?.issues[0]?.path).toEqual(["total"]);
  });

  it("rejects an unknown measure, a bad day key or a bad timestamp", () => {
    const ok = { ...base, measure: "gad7", answers: Array(7).fill(0), total: 0 };
    expect(measureResultFields.safeParse({ ...ok, measure: "bdi" }).success).toBe(false);
    expect(measureResultFields.safeParse({ ...ok, day: "4 March" }).success).toBe(false);
    expect(measureResultFields.safeParse({ ...ok, at: "yesterday" }).success).toBe(false);
  });
});
