import { describe, expect, it } from "vitest";
import { shortDate, shortDay } from "./dates.ts";

describe("short dates", () => {
  const now = new Date("2026-06-01T12:00:00Z");

  it("give a day, with the year only when it isn't this one", () => {
    expect(shortDay("2026-03-04", "en-GB", now)).toBe("4 March");
    expect(shortDay("2025-03-04", "en-GB", now)).toBe("4 March 2025");
  });

  it("give the day of a moment the server recorded, the same way", () => {
    expect(shortDate("2026-03-04T12:00:00Z", "en-GB", now)).toBe("4 March");
    expect(shortDate("2025-03-04T12:00:00Z", "en-GB", now)).toBe("4 March 2025");
  });
});
