import { describe, expect, it } from "vitest";
import { daysToFirstPattern } from "./firstPattern.ts";

const counts = (daysWith: number, daysWithout: number) => ({
  daysWith,
  steadyWith: 0,
  daysWithout,
  steadyWithout: 0,
  enoughData: false,
});

describe("daysToFirstPattern", () => {
  it("asks for days on both sides when nothing has been logged yet", () => {
    expect(daysToFirstPattern([], 0)).toBe(10);
    expect(daysToFirstPattern([], 3)).toBe(7);
    expect(daysToFirstPattern([], 40)).toBe(5);
  });

  it("follows the step or glimmer closest to showing", () => {
    expect(daysToFirstPattern([counts(1, 2), counts(4, 8)], 10)).toBe(1);
    expect(daysToFirstPattern([counts(2, 1)], 3)).toBe(7);
  });

  it("uses the given minimum", () => {
    expect(daysToFirstPattern([counts(1, 1)], 2, 3)).toBe(4);
  });
});
