import { describe, expect, it } from "vitest";
import { clearsAfter, STATUS_CLEARS_AFTER_MS } from "./statusTiming.ts";

describe("clearsAfter", () => {
  it("lets good news go after a short while (6–8 s)", () => {
    expect(clearsAfter({})).toBe(STATUS_CLEARS_AFTER_MS);
    expect(STATUS_CLEARS_AFTER_MS).toBeGreaterThanOrEqual(6_000);
    expect(STATUS_CLEARS_AFTER_MS).toBeLessThanOrEqual(8_000);
  });

  it("keeps a problem until the person acts", () => {
    expect(clearsAfter({ error: true })).toBeNull();
  });

  it("keeps a line about something still going on", () => {
    expect(clearsAfter({ stays: true })).toBeNull();
  });

  it("has nothing to clear when nothing is said", () => {
    expect(clearsAfter(null)).toBeNull();
  });
});
