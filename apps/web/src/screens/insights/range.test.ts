import { describe, expect, it } from "vitest";
import { isRangeId, rangeStart } from "./range.ts";

describe("rangeStart", () => {
  it("starts the day after the same date three or twelve months back", () => {
    expect(rangeStart("3m", "2026-05-20")).toBe("2026-02-21");
    expect(rangeStart("12m", "2026-05-20")).toBe("2025-05-21");
  });

  it("crosses year ends and rolls over short months", () => {
    expect(rangeStart("3m", "2026-01-15")).toBe("2025-10-16");
    expect(rangeStart("3m", "2026-05-31")).toBe("2026-03-01");
    expect(rangeStart("3m", "2026-03-10")).toBe("2025-12-11");
    expect(rangeStart("12m", "2024-02-29")).toBe("2023-03-01");
    expect(rangeStart("3m", "2024-05-31")).toBe("2024-03-01");
  });
});

describe("isRangeId", () => {
  it("accepts only the known ranges", () => {
    expect(isRangeId("12m")).toBe(true);
    expect(isRangeId("5y")).toBe(false);
    expect(isRangeId(undefined)).toBe(false);
  });
});
