import { describe, expect, it } from "vitest";
import { type DistressSession, distressSummary, MIN_RATED_FOR_SUMMARY } from "./distress.ts";

const s = (
  before: number | undefined,
  after: number | undefined,
  tools: DistressSession["tools"] = [],
  deleted = false,
): DistressSession => ({ distressBefore: before, distressAfter: after, tools, deleted });

describe("distressSummary", () => {
  it("is empty with no sessions", () => {
    expect(distressSummary([])).toEqual({ rated: 0, averageChange: 0, byTool: [] });
  });

  it("averages before − after, so easing is positive", () => {
    const summary = distressSummary([s(8, 5), s(6, 4)]);
    expect(summary.rated).toBe(2);
    expect(summary.averageChange).toBe(2.5);
  });

  it("reports a rise as a negative change, and no change as zero", () => {
    expect(distressSummary([s(3, 5), s(4, 5)]).averageChange).toBe(-1.5);
    expect(distressSummary([s(5, 5), s(2, 2)]).averageChange).toBe(0);
    expect(Object.is(distressSummary([s(5, 5)]).averageChange, -0)).toBe(false);
  });

  it("ignores sessions rated only before, only after, or not at all", () => {
    const summary = distressSummary([
      s(9, undefined, ["breathe"]),
      s(undefined, 2, ["senses"]),
      s(undefined, undefined),
      s(7, 4),
    ]);
    expect(summary).toEqual({ rated: 1, averageChange: 3, byTool: [] });
  });

  it("ignores deleted sessions", () => {
    const summary = distressSummary([s(10, 0, ["breathe"], true), s(6, 5, ["breathe"])]);
    expect(summary).toEqual({
      rated: 1,
      averageChange: 1,
      byTool: [{ tool: "breathe", rated: 1, averageChange: 1 }],
    });
  });

  it("keeps a rating of 0 as a real rating", () => {
    expect(distressSummary([s(0, 0), s(4, 0)])).toMatchObject({ rated: 2, averageChange: 2 });
  });

  it("breaks the change down by tool, in the hub's order, counting a tool once per visit", () => {
    const summary = distressSummary([
      s(8, 4, ["senses", "breathe", "breathe"]),
      s(6, 5, ["breathe"]),
      s(7, 7, ["warmth"]),
      s(5, 2, []),
    ]);
    expect(summary.rated).toBe(4);
    expect(summary.averageChange).toBe(2);
    expect(summary.byTool).toEqual([
      { tool: "breathe", rated: 2, averageChange: 2.5 },
      { tool: "senses", rated: 1, averageChange: 4 },
      { tool: "warmth", rated: 1, averageChange: 0 },
    ]);
  });

  it("rounds averages to one decimal", () => {
    expect(distressSummary([s(3, 2), s(3, 2), s(3, 1)]).averageChange).toBe(1.3);
    expect(distressSummary([s(3, 1), s(3, 1), s(3, 2)]).averageChange).toBe(1.7);
  });

  it("accepts any iterable", () => {
    expect(distressSummary(new Set([s(5, 3)])).rated).toBe(1);
  });

  it("needs at least two rated visits before the screen shows anything", () => {
    expect(MIN_RATED_FOR_SUMMARY).toBe(2);
  });
});
