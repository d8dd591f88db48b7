import { describe, expect, it } from "vitest";
import { isRatingNow, isVisitOpen, SOS_RATING_NOW_MS, SOS_VISIT_IDLE_MS } from "./sosVisit.ts";

const t0 = Date.parse("2026-03-04T14:05:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();
const minutes = (n: number) => n * 60_000;

describe("an SOS visit", () => {
  it("stays open inside the hour and is closed once untouched for over an hour", () => {
    const visit = { updatedAt: iso(t0) };
    expect(isVisitOpen(visit, t0)).toBe(true);
    expect(isVisitOpen(visit, t0 + minutes(20))).toBe(true);
    expect(isVisitOpen(visit, t0 + SOS_VISIT_IDLE_MS)).toBe(true);
    expect(isVisitOpen(visit, t0 + SOS_VISIT_IDLE_MS + 1)).toBe(false);
    expect(isVisitOpen(visit, t0 + minutes(61))).toBe(false);
  });

  it("counts from the last touch, not from the start", () => {
    // Started at 14:05, a tool opened at 14:50: still open at 15:30.
    expect(isVisitOpen({ updatedAt: iso(t0 + minutes(45)) }, t0 + minutes(85))).toBe(true);
  });

  it("is closed once finished, whenever that was", () => {
    expect(isVisitOpen({ updatedAt: iso(t0), endedAt: iso(t0) }, t0 + 1000)).toBe(false);
  });

  it("never trusts an unreadable time", () => {
    expect(isVisitOpen({ updatedAt: "not a time" }, t0)).toBe(false);
  });
});

describe("a distress rating", () => {
  it("answers 'right now' for ten minutes; twenty minutes on it is an earlier rating", () => {
    expect(isRatingNow(iso(t0), t0 + minutes(2))).toBe(true);
    expect(isRatingNow(iso(t0), t0 + SOS_RATING_NOW_MS)).toBe(true);
    expect(isRatingNow(iso(t0), t0 + SOS_RATING_NOW_MS + 1)).toBe(false);
    expect(isRatingNow(iso(t0), t0 + minutes(20))).toBe(false);
  });

  it("is not 'now' when there is none, or when the clock went backwards", () => {
    expect(isRatingNow(undefined, t0)).toBe(false);
    expect(isRatingNow(iso(t0 + minutes(5)), t0)).toBe(false);
  });
});
