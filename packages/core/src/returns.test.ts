import { describe, expect, it } from "vitest";
import { isReturnDay, previousActiveDay, RETURN_GAP_DAYS } from "./returns.ts";

describe("previousActiveDay", () => {
  it("finds the latest day strictly before today, in any order", () => {
    expect(previousActiveDay(["2024-03-01", "2024-03-10", "2024-03-05"], "2024-03-08")).toBe("2024-03-05");
  });

  it("ignores today and later days", () => {
    expect(previousActiveDay(["2024-03-08", "2024-03-09"], "2024-03-08")).toBeUndefined();
  });

  it("is undefined with no activity at all", () => {
    expect(previousActiveDay([], "2024-03-08")).toBeUndefined();
  });

  it("accepts any iterable, such as a Set", () => {
    expect(previousActiveDay(new Set(["2023-12-31"]), "2024-01-01")).toBe("2023-12-31");
  });
});

describe("isReturnDay", () => {
  it("uses a gap of three days", () => {
    expect(RETURN_GAP_DAYS).toBe(3);
  });

  it("is a return when the previous active day is three or more days earlier", () => {
    expect(isReturnDay("2024-03-05", "2024-03-08")).toBe(true);
    expect(isReturnDay("2024-02-01", "2024-03-08")).toBe(true);
  });

  it("is not a return after a gap of one or two days", () => {
    expect(isReturnDay("2024-03-07", "2024-03-08")).toBe(false);
    expect(isReturnDay("2024-03-06", "2024-03-08")).toBe(false);
  });

  it("is not a return on the very first active day", () => {
    expect(isReturnDay(undefined, "2024-03-08")).toBe(false);
  });

  it("counts calendar days across month and year ends", () => {
    expect(isReturnDay("2023-12-30", "2024-01-02")).toBe(true);
    expect(isReturnDay("2024-02-28", "2024-03-01")).toBe(false); // leap year: 2 days
  });

  it("counts calendar days across a daylight-saving change", () => {
    expect(isReturnDay("2024-03-29", "2024-04-01")).toBe(true);
    expect(isReturnDay("2024-10-26", "2024-10-28")).toBe(false);
  });
});
