import { MEASURE_IDS, MEASURES } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { initI18n } from "../../i18n/index.ts";
import { resources } from "../../i18n/resources.ts";
import { bandOf, listNumbers, tickFormatter } from "./format.ts";

const t = initI18n("en").getFixedT("en", "measures");

describe("listNumbers", () => {
  it("names open questions counted from 1, joined in plain words", () => {
    expect(listNumbers(t, [])).toBe("");
    expect(listNumbers(t, [2])).toBe("3");
    expect(listNumbers(t, [2, 6])).toBe("3 and 7");
    expect(listNumbers(t, [0, 4, 8])).toBe("1, 5 and 9");
  });
});

describe("bandOf", () => {
  it("gives the published band in words with its ends", () => {
    expect(bandOf(t, "phq9", 16)).toEqual({ words: "moderately severe", min: 15, max: 19 });
    expect(bandOf(t, "gad7", 0)).toEqual({ words: "minimal", min: 0, max: 4 });
  });

  it("has no band for the PCL-5, which publishes none", () => {
    expect(bandOf(t, "pcl5", 50)).toBeUndefined();
  });

  it("has words for every band of every measure", () => {
    for (const id of MEASURE_IDS)
      for (const b of MEASURES[id].bands) expect(resources.en.measures.band).toHaveProperty(b.id);
  });
});

describe("tickFormatter", () => {
  it("drops the year within one year and keeps it across years", () => {
    const a = new Date(2025, 2, 4).getTime();
    expect(tickFormatter(a, new Date(2025, 10, 1).getTime(), "en")(a)).toBe("Mar 4");
    expect(tickFormatter(a, new Date(2026, 1, 1).getTime(), "en")(a)).toBe("Mar 2025");
  });
});

describe("the measures words", () => {
  it("never alarm: no exclamation marks", () => {
    expect(JSON.stringify(resources.en.measures)).not.toContain("!");
  });
});
