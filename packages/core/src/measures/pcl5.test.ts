import { describe, expect, it } from "vitest";
import { PCL5, PCL5_CLUSTERS, PCL5_TEXT, pcl5ClusterTotals } from "./pcl5.ts";
import { scoreMeasure } from "./score.ts";

const all = (v: number) => Array<number>(20).fill(v);

describe("PCL-5", () => {
  it("has 20 items and five options valued 0–4", () => {
    expect(PCL5.itemCount).toBe(20);
    expect(PCL5_TEXT.items).toHaveLength(20);
    expect(PCL5_TEXT.options.map((o) => [o.value, o.text])).toEqual([
      [0, "Not at all"],
      [1, "A little bit"],
      [2, "Moderately"],
      [3, "Quite a bit"],
      [4, "Extremely"],
    ]);
    expect(PCL5_TEXT.difficulty).toBeUndefined();
  });

  it("keeps the published wording", () => {
    expect(PCL5_TEXT.stem).toBe("In the past month, how much were you bothered by:");
    expect(PCL5_TEXT.items[0]).toBe(
      "Repeated, disturbing, and unwanted memories of the stressful experience?",
    );
    expect(PCL5_TEXT.items[19]).toBe("Trouble falling or staying asleep?");
    expect(PCL5_TEXT.credit).toContain("Weathers");
    expect(PCL5_TEXT.credit).toContain("public-domain");
  });

  it("scores all 'Moderately' as 40, the range as 0–80, with no severity band", () => {
    expect(scoreMeasure(PCL5, all(2))).toMatchObject({ total: 40, complete: true });
    expect(scoreMeasure(PCL5, all(0))).toMatchObject({ total: 0 });
    expect(scoreMeasure(PCL5, all(4))).toMatchObject({ total: 80 });
    expect(scoreMeasure(PCL5, all(2))).not.toHaveProperty("band");
  });

  it("adds the neutral cut-point note from 33, not below", () => {
    const at32 = [...all(1).slice(0, 8), ...all(2).slice(0, 12)]; // 8 + 24 = 32
    const at33 = [2, ...at32.slice(1)]; // one "A little bit" becomes "Moderately"
    expect(scoreMeasure(PCL5, at32)).toMatchObject({ total: 32 });
    expect(scoreMeasure(PCL5, at32)).not.toHaveProperty("note");
    expect(scoreMeasure(PCL5, at33)).toMatchObject({ total: 33, note: "atOrAboveCutPoint" });
    expect(scoreMeasure(PCL5, all(4))).toMatchObject({ note: "atOrAboveCutPoint" });
  });

  it("gives no total and no note for an incomplete form, whatever is answered so far", () => {
    const partial: (number | undefined)[] = all(4);
    partial[19] = undefined;
    expect(scoreMeasure(PCL5, partial)).toEqual({ ok: true, complete: false, missing: [19] });
  });
});

describe("pcl5ClusterTotals", () => {
  it("covers items 1–20 once each, in order", () => {
    const items = Object.values(PCL5_CLUSTERS).flatMap(({ first, last }) =>
      Array.from({ length: last - first + 1 }, (_, i) => first + i),
    );
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("sums B 1–5, C 6–7, D 8–14, E 15–20", () => {
    expect(pcl5ClusterTotals(all(2))).toEqual({ B: 10, C: 4, D: 14, E: 12 });
    // Each item answered with its own cluster's value, so a wrong boundary shows.
    const answers = [...all(1).slice(0, 5), 2, 2, ...all(3).slice(0, 7), ...all(4).slice(0, 6)];
    expect(pcl5ClusterTotals(answers)).toEqual({ B: 5, C: 4, D: 21, E: 24 });
    expect(scoreMeasure(PCL5, answers)).toMatchObject({ total: 54 });
  });

  it("is undefined for an incomplete or invalid form", () => {
    expect(pcl5ClusterTotals(all(2).slice(0, 19))).toBeUndefined();
    expect(pcl5ClusterTotals([5, ...all(0).slice(1)])).toBeUndefined();
  });
});
