import { describe, expect, it } from "vitest";
import { GAD7, GAD7_TEXT } from "./gad7.ts";
import { scoreMeasure } from "./score.ts";

/** A complete GAD-7 with the given total, filled from the first item. */
function withTotal(total: number): number[] {
  let left = total;
  return Array.from({ length: 7 }, () => {
    const v = Math.min(3, left);
    left -= v;
    return v;
  });
}

describe("GAD-7", () => {
  it("has 7 items and four options valued 0–3", () => {
    expect(GAD7.itemCount).toBe(7);
    expect(GAD7_TEXT.items).toHaveLength(7);
    expect(GAD7_TEXT.options.map((o) => o.value)).toEqual([...GAD7.responseValues]);
    expect(GAD7_TEXT.options.map((o) => o.text)).toEqual([
      "Not at all",
      "Several days",
      "More than half the days",
      "Nearly every day",
    ]);
  });

  it("keeps the published wording", () => {
    expect(GAD7_TEXT.stem).toBe(
      "Over the last 2 weeks, how often have you been bothered by the following problems?",
    );
    expect(GAD7_TEXT.items[0]).toBe("Feeling nervous, anxious, or on edge");
    expect(GAD7_TEXT.items[6]).toBe("Feeling afraid as if something awful might happen");
    expect(GAD7_TEXT.credit).toContain("educational grant from Pfizer Inc.");
  });

  it("scores all 'Several days' as 7 (mild) and all 'Nearly every day' as 21 (severe)", () => {
    expect(scoreMeasure(GAD7, Array(7).fill(1))).toMatchObject({ total: 7, band: { id: "mild" } });
    expect(scoreMeasure(GAD7, Array(7).fill(3))).toMatchObject({ total: 21, band: { id: "severe" } });
  });

  it.each([
    [0, "minimal"],
    [4, "minimal"],
    [5, "mild"],
    [9, "mild"],
    [10, "moderate"],
    [14, "moderate"],
    [15, "severe"],
  ])("puts a total of %i in the %s band", (total, band) => {
    expect(scoreMeasure(GAD7, withTotal(total))).toMatchObject({ total, band: { id: band } });
  });

  it("never uses PHQ-9's 'moderately severe'", () => {
    expect(GAD7.bands.map((b) => b.id)).not.toContain("moderatelySevere");
  });
});
