import { describe, expect, it } from "vitest";
import { needsSafetyFollowUp, PHQ9, PHQ9_TEXT } from "./phq9.ts";
import { scoreMeasure } from "./score.ts";

/** A complete PHQ-9 with the given total, filled from the first item. */
function withTotal(total: number): number[] {
  let left = total;
  return Array.from({ length: 9 }, () => {
    const v = Math.min(3, left);
    left -= v;
    return v;
  });
}

const bandOf = (answers: number[]) => {
  const s = scoreMeasure(PHQ9, answers);
  return s.ok ? s.band?.id : s.error;
};

describe("PHQ-9", () => {
  it("has 9 items, four options valued 0–3, and the difficulty question", () => {
    expect(PHQ9.itemCount).toBe(9);
    expect(PHQ9_TEXT.items).toHaveLength(9);
    expect(PHQ9_TEXT.options.map((o) => [o.value, o.text])).toEqual([
      [0, "Not at all"],
      [1, "Several days"],
      [2, "More than half the days"],
      [3, "Nearly every day"],
    ]);
    expect(PHQ9_TEXT.difficulty?.options).toHaveLength(PHQ9.difficultyOptionCount ?? 0);
  });

  it("keeps the published wording", () => {
    expect(PHQ9_TEXT.stem).toBe(
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
    );
    expect(PHQ9_TEXT.items[0]).toBe("Little interest or pleasure in doing things");
    expect(PHQ9_TEXT.items[8]).toBe(
      "Thoughts that you would be better off dead or of hurting yourself in some way",
    );
    expect(PHQ9_TEXT.credit).toContain("Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke");
    expect(PHQ9_TEXT.credit).toContain(
      "No permission required to reproduce, translate, display or distribute.",
    );
  });

  it("scores all 'Several days' as 9 (mild) and all 'Nearly every day' as 27 (severe)", () => {
    expect(scoreMeasure(PHQ9, Array(9).fill(1))).toMatchObject({ total: 9, band: { id: "mild" } });
    expect(scoreMeasure(PHQ9, Array(9).fill(3))).toMatchObject({ total: 27, band: { id: "severe" } });
    expect(scoreMeasure(PHQ9, Array(9).fill(0))).toMatchObject({ total: 0, band: { id: "minimal" } });
  });

  it.each([
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "moderatelySevere"],
    [19, "moderatelySevere"],
    [20, "severe"],
  ])("puts a total of %i in the %s band", (total, band) => {
    const answers = withTotal(total);
    expect(scoreMeasure(PHQ9, answers)).toMatchObject({ total });
    expect(bandOf(answers)).toBe(band);
  });

  it("carries no cut-point note", () => {
    expect(scoreMeasure(PHQ9, Array(9).fill(3))).not.toHaveProperty("note");
  });
});

describe("needsSafetyFollowUp", () => {
  it("is true for any item 9 answer above 'Not at all'", () => {
    for (const v of [1, 2, 3]) expect(needsSafetyFollowUp([0, 0, 0, 0, 0, 0, 0, 0, v])).toBe(true);
  });

  it("is false when item 9 is 'Not at all', however high the rest", () => {
    expect(needsSafetyFollowUp([3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
  });

  it("is true at once, before the rest of the form is answered", () => {
    const answers = new Array<number | undefined>(9);
    answers[8] = 1;
    expect(needsSafetyFollowUp(answers)).toBe(true);
  });

  it("is false while item 9 is unanswered", () => {
    expect(needsSafetyFollowUp([3, 3, 3])).toBe(false);
    expect(needsSafetyFollowUp([])).toBe(false);
  });

  it("errs towards care for a value the scorer would reject", () => {
    expect(needsSafetyFollowUp([0, 0, 0, 0, 0, 0, 0, 0, 7])).toBe(true);
    expect(needsSafetyFollowUp([0, 0, 0, 0, 0, 0, 0, 0, Number.NaN])).toBe(false);
  });
});
