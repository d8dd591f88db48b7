import { describe, expect, it } from "vitest";
import {
  entriesForTherapy,
  latestTryBeforeNext,
  measureTrends,
  openNotes,
  recentWeeks,
  sessionsNewestFirst,
  talkedAboutNotes,
} from "./therapy.ts";
import { addDays, daysBetween } from "./time.ts";

const note = (at: string, done = false, deleted = false) => ({ at, done, deleted });

describe("therapy notes", () => {
  it("keeps open notes in the order they were written, without talked-about or deleted ones", () => {
    const notes = [
      note("2026-03-03T10:00:00Z"),
      note("2026-03-01T10:00:00Z"),
      note("2026-03-02T10:00:00Z", true),
    ];
    notes.push(note("2026-02-01T10:00:00Z", false, true));
    expect(openNotes(notes).map((n) => n.at)).toEqual(["2026-03-01T10:00:00Z", "2026-03-03T10:00:00Z"]);
    expect(talkedAboutNotes(notes).map((n) => n.at)).toEqual(["2026-03-02T10:00:00Z"]);
  });
});

describe("entriesForTherapy", () => {
  it("gathers marked, live entries oldest first", () => {
    const entries = [
      { id: "b", at: "2026-03-02T08:00:00Z", deleted: false, forTherapy: true },
      { id: "a", at: "2026-03-01T08:00:00Z", deleted: false, forTherapy: true },
      { id: "c", at: "2026-03-01T09:00:00Z", deleted: false },
      { id: "d", at: "2026-03-01T09:00:00Z", deleted: false, forTherapy: false },
      { id: "e", at: "2026-03-01T09:00:00Z", deleted: true, forTherapy: true },
    ];
    expect(entriesForTherapy(entries).map((e) => e.id)).toEqual(["a", "b"]);
  });
});

const session = (day: string, createdAt: string, tryBeforeNext?: string, deleted = false) => ({
  day,
  createdAt,
  deleted,
  ...(tryBeforeNext === undefined ? {} : { tryBeforeNext }),
});

describe("session log", () => {
  it("lists the newest session first, ties by when they were written", () => {
    const log = [
      session("2026-03-01", "2026-03-01T10:00:00Z"),
      session("2026-03-08", "2026-03-08T10:00:00Z"),
      session("2026-03-08", "2026-03-08T12:00:00Z"),
      session("2026-03-15", "2026-03-15T10:00:00Z", undefined, true),
    ];
    expect(sessionsNewestFirst(log).map((s) => s.createdAt)).toEqual([
      "2026-03-08T12:00:00Z",
      "2026-03-08T10:00:00Z",
      "2026-03-01T10:00:00Z",
    ]);
  });

  it("finds the most recent thing to try, skipping sessions without one", () => {
    const log = [
      session("2026-03-01", "2026-03-01T10:00:00Z", "Notice my breath"),
      session("2026-03-08", "2026-03-08T10:00:00Z", "Call my sister"),
      session("2026-03-15", "2026-03-15T10:00:00Z", "   "),
      session("2026-03-22", "2026-03-22T10:00:00Z", "Deleted idea", true),
    ];
    expect(latestTryBeforeNext(log)?.tryBeforeNext).toBe("Call my sister");
    expect(latestTryBeforeNext([session("2026-03-01", "2026-03-01T10:00:00Z")])).toBeUndefined();
  });
});

describe("measureTrends", () => {
  const result = (measure: "phq9" | "gad7" | "pcl5", total: number, day: string, deleted = false) => ({
    measure,
    total,
    day,
    at: `${day}T09:00:00Z`,
    deleted,
  });

  it("gives the latest total and a few earlier ones per measure used, in a fixed order", () => {
    const trends = measureTrends(
      [
        result("gad7", 8, "2026-03-01"),
        result("phq9", 12, "2026-01-01"),
        result("phq9", 10, "2026-02-01"),
        result("phq9", 7, "2026-03-01"),
        result("phq9", 6, "2026-03-05", true),
        result("phq9", 14, "2025-12-01"),
        result("phq9", 15, "2025-11-01"),
      ],
      3,
    );
    expect(trends).toEqual([
      {
        measure: "phq9",
        max: 27,
        latest: { total: 7, day: "2026-03-01" },
        earlier: [
          { total: 10, day: "2026-02-01" },
          { total: 12, day: "2026-01-01" },
          { total: 14, day: "2025-12-01" },
        ],
      },
      { measure: "gad7", max: 21, latest: { total: 8, day: "2026-03-01" }, earlier: [] },
    ]);
  });

  it("is empty when no measure was used", () => {
    expect(measureTrends([])).toEqual([]);
  });
});

describe("recentWeeks", () => {
  it("is four weeks long, 28 days up to today, whatever the weekday", () => {
    expect(recentWeeks("2026-03-12")).toEqual({ from: "2026-02-13", to: "2026-03-12" });
    expect(recentWeeks("2026-03-09", 1)).toEqual({ from: "2026-03-03", to: "2026-03-09" });
    for (let i = 0; i < 7; i++) {
      const today = addDays("2026-03-09", i);
      const { from, to } = recentWeeks(today);
      expect(daysBetween(from, to) + 1).toBe(28);
    }
    // Across the spring clock change too.
    const { from } = recentWeeks("2026-04-05");
    expect(daysBetween(from, "2026-04-05") + 1).toBe(28);
  });
});
