import { describe, expect, it } from "vitest";
import { firstPromptIndex, nextPromptIndex } from "./prompts.ts";

describe("journal prompt rotation", () => {
  it("offers the same first prompt all day, within range", () => {
    const a = firstPromptIndex("2025-03-04", 20);
    expect(a).toBe(firstPromptIndex("2025-03-04", 20));
    expect(a).toBeGreaterThanOrEqual(0);
    expect(a).toBeLessThan(20);
  });

  it("starts somewhere different on different days", () => {
    const starts = new Set(
      ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04", "2025-03-05"].map((d) =>
        firstPromptIndex(d, 20),
      ),
    );
    expect(starts.size).toBeGreaterThan(1);
  });

  it("walks through every prompt before repeating", () => {
    const count = 7;
    let i = firstPromptIndex("2025-03-04", count);
    const seen = new Set<number>([i]);
    for (let n = 1; n < count; n++) {
      i = nextPromptIndex(i, count);
      seen.add(i);
    }
    expect(seen.size).toBe(count);
    expect(nextPromptIndex(i, count)).toBe(firstPromptIndex("2025-03-04", count));
  });

  it("wraps around at the end", () => {
    expect(nextPromptIndex(4, 5)).toBe(0);
  });

  it("copes with no prompts and odd input", () => {
    expect(firstPromptIndex("2025-03-04", 0)).toBe(-1);
    expect(nextPromptIndex(0, 0)).toBe(-1);
    expect(nextPromptIndex(-1, 5)).toBe(0);
    expect(nextPromptIndex(Number.NaN, 5)).toBe(0);
  });
});
