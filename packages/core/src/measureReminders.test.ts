import { describe, expect, it } from "vitest";
import { measureReminder } from "./measureReminders.ts";

describe("measureReminder", () => {
  it("says nothing when the reminder is off, however long it has been", () => {
    expect(measureReminder(false, "2025-01-01", "2025-06-01")).toBeNull();
  });

  it("says nothing without a past result", () => {
    expect(measureReminder(true, undefined, "2025-06-01")).toBeNull();
  });

  it("is quiet for the first 13 days and due on day 14", () => {
    expect(measureReminder(true, "2025-03-01", "2025-03-14")).toBeNull();
    expect(measureReminder(true, "2025-03-01", "2025-03-15")).toBe("twoWeeks");
  });

  it("speaks of 'a while' from three weeks on, never of a count", () => {
    expect(measureReminder(true, "2025-03-01", "2025-03-21")).toBe("twoWeeks");
    expect(measureReminder(true, "2025-03-01", "2025-03-22")).toBe("aWhile");
    expect(measureReminder(true, "2024-03-01", "2025-03-22")).toBe("aWhile");
  });

  it("counts calendar days across a daylight-saving change", () => {
    expect(measureReminder(true, "2025-03-20", "2025-04-03")).toBe("twoWeeks");
  });

  it("is quiet for a result dated in the future (another device's clock)", () => {
    expect(measureReminder(true, "2025-04-10", "2025-04-01")).toBeNull();
  });
});
