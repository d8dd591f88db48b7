import { describe, expect, it } from "vitest";
import { GAD7 } from "./gad7.ts";
import { PCL5 } from "./pcl5.ts";
import { PHQ9 } from "./phq9.ts";
import { bandFor, isValidAnswer, scoreMeasure } from "./score.ts";
import type { MeasureDefinition } from "./types.ts";

const all = (def: MeasureDefinition, value: number) => Array<number>(def.itemCount).fill(value);

describe("scoreMeasure", () => {
  it("sums complete answers and reports nothing missing", () => {
    expect(scoreMeasure(GAD7, [0, 1, 2, 3, 0, 1, 2])).toEqual({
      ok: true,
      complete: true,
      total: 9,
      band: { id: "mild", labelKey: "measures:band.mild" },
      missing: [],
    });
  });

  it("gives no total, band or note for an incomplete form, and lists what is missing", () => {
    const answers = [3, undefined, 3, 3, 3, 3, undefined, 3, 3];
    expect(scoreMeasure(PHQ9, answers)).toEqual({ ok: true, complete: false, missing: [1, 6] });
  });

  it("treats a shorter array or a hole as unanswered, never as zero (no prorating)", () => {
    expect(scoreMeasure(GAD7, [1, 1, 1])).toEqual({ ok: true, complete: false, missing: [3, 4, 5, 6] });
    const holes = new Array<number | undefined>(7);
    holes[0] = 2;
    expect(scoreMeasure(GAD7, holes)).toEqual({ ok: true, complete: false, missing: [1, 2, 3, 4, 5, 6] });
    expect(scoreMeasure(PHQ9, [])).toMatchObject({ complete: false, missing: [0, 1, 2, 3, 4, 5, 6, 7, 8] });
  });

  it("rejects out-of-range answers as a value, not an exception", () => {
    expect(scoreMeasure(PHQ9, [0, 0, 4, 0, 0, 0, 0, 0, 0])).toEqual({
      ok: false,
      error: { kind: "outOfRange", index: 2, value: 4 },
    });
    expect(scoreMeasure(GAD7, [-1])).toMatchObject({ ok: false, error: { kind: "outOfRange", index: 0 } });
    expect(scoreMeasure(PCL5, [5])).toMatchObject({ ok: false, error: { kind: "outOfRange", value: 5 } });
    expect(scoreMeasure(PCL5, [1.5])).toMatchObject({ ok: false, error: { kind: "outOfRange" } });
    expect(scoreMeasure(PCL5, [Number.NaN])).toMatchObject({ ok: false, error: { kind: "outOfRange" } });
  });

  it("rejects an out-of-range answer even when the form is otherwise incomplete", () => {
    expect(scoreMeasure(PHQ9, [undefined, 9])).toMatchObject({ ok: false, error: { index: 1, value: 9 } });
  });

  it("rejects more answers than items", () => {
    expect(scoreMeasure(GAD7, all(GAD7, 0).concat(0))).toEqual({
      ok: false,
      error: { kind: "tooManyAnswers", expected: 7, got: 8 },
    });
  });

  it("accepts PCL-5's 4 but not on the 0–3 measures", () => {
    expect(isValidAnswer(PCL5, 4)).toBe(true);
    expect(isValidAnswer(PHQ9, 4)).toBe(false);
    expect(isValidAnswer(GAD7, 3)).toBe(true);
  });
});

describe("definitions", () => {
  it.each([PHQ9, GAD7, PCL5])("$id: the range is 0 to items × the top value", (def) => {
    expect(def.totalRange).toEqual({ min: 0, max: def.itemCount * Math.max(...def.responseValues) });
    expect(def.responseValues).toEqual(def.responseValues.map((_, i) => i));
  });

  it.each([PHQ9, GAD7])("$id: bands cover the whole range, in order, without gaps or overlaps", (def) => {
    expect(def.bands[0]?.min).toBe(def.totalRange.min);
    expect(def.bands.at(-1)?.max).toBe(def.totalRange.max);
    for (let i = 1; i < def.bands.length; i++)
      expect(def.bands[i]?.min).toBe((def.bands[i - 1]?.max ?? 0) + 1);
    for (let t = def.totalRange.min; t <= def.totalRange.max; t++) expect(bandFor(def, t)).toBeDefined();
  });

  it("has no band outside the range", () => {
    expect(bandFor(PHQ9, 28)).toBeUndefined();
    expect(bandFor(PHQ9, -1)).toBeUndefined();
  });
});
