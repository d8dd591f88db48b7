import { describe, expect, it } from "vitest";
import type { PlaceId } from "../records/checkin.ts";
import type { SenseId } from "../records/glimmer.ts";
import type { StepCategory } from "../records/step.ts";
import { addDays, dayKeyToDate } from "../time.ts";
import {
  findPatterns,
  localHour,
  type PatternCheckin,
  type PatternGlimmer,
  type PatternInput,
  type PatternStep,
  type PatternStepLog,
} from "./patterns.ts";

// Times carry an explicit offset so their wall-clock hour does not depend on the test machine's zone.
const checkin = (day: string, place?: PlaceId, hour = 20, deleted = false): PatternCheckin => ({
  day,
  at: `${day}T${String(hour).padStart(2, "0")}:15:00.000+01:00`,
  place,
  deleted,
});
const log = (day: string, stepId: string, deleted = false): PatternStepLog => ({ day, stepId, deleted });
const step = (id: string, category: StepCategory, deleted = false): PatternStep => ({
  id,
  category,
  deleted,
});
const glimmer = (day: string, sense?: SenseId, deleted = false): PatternGlimmer => ({ day, sense, deleted });
const jan = (d: number) => `2026-01-${String(d).padStart(2, "0")}`;

/**
 * Ten days. Readings: 1 S, 2 S, 3 N (overwhelmed), 4 S, 5 N (mixed), 6 none, 7 S,
 * 8 N (shut down), 9 none (no place named), 10 S → 8 days, 5 steady.
 */
const fixture: PatternInput = {
  checkins: [
    checkin(jan(1), "steady"),
    checkin(jan(2), "steady"),
    checkin(jan(3), "overwhelmed"),
    checkin(jan(4), "steady"),
    checkin(jan(5), "steady"),
    checkin(jan(5), "overwhelmed"),
    checkin(jan(6), "overwhelmed", 20, true), // deleted: day 6 stays without a reading
    checkin(jan(7), "steady"),
    checkin(jan(8), "shutDown"),
    checkin(jan(9)),
    checkin(jan(10), "steady"),
  ],
  steps: [step("walk", "outside"), step("tea", "body"), step("gone", "rest", true)],
  stepLogs: [
    log(jan(1), "walk"),
    log(jan(2), "walk"),
    log(jan(2), "walk"), // twice in a day is still one day with it
    log(jan(3), "walk"),
    log(jan(5), "walk"),
    log(jan(4), "walk", true), // deleted
    log(jan(2), "tea"),
    log(jan(7), "gone"), // its step was deleted
    log(jan(7), "unknown"),
    log("2025-12-31", "walk"), // outside the range
  ],
  glimmers: [glimmer(jan(1), "see"), glimmer(jan(7)), glimmer(jan(4), "hear", true)],
};
const range = { from: jan(1), to: jan(10) };

describe("findPatterns", () => {
  const result = findPatterns(fixture, { ...range, minDaysWith: 3, minDaysWithout: 3 });
  const find = (kind: string, key: string) => result.patterns.find((p) => p.kind === kind && p.key === key);

  it("counts steady days with and without a step, and on the day after", () => {
    expect(find("step", "walk")).toEqual({
      kind: "step",
      key: "walk",
      daysWith: 4,
      steadyWith: 2,
      daysWithout: 4,
      steadyWithout: 3,
      enoughData: true,
      // Days after a walk: 2 S, 3 N, 4 S, 6 none. All days with a day before: 2–10, 7 read, 4 steady.
      nextDay: { daysWith: 3, steadyWith: 2, daysWithout: 4, steadyWithout: 2, enoughData: true },
    });
  });

  it("groups steps by category, and glimmers by sense and at all", () => {
    expect(find("stepCategory", "outside")).toMatchObject({ daysWith: 4, steadyWith: 2 });
    expect(find("stepCategory", "body")).toMatchObject({
      daysWith: 1,
      steadyWith: 1,
      daysWithout: 7,
      steadyWithout: 4,
      enoughData: false,
      nextDay: { daysWith: 1, steadyWith: 0, daysWithout: 6, steadyWithout: 4, enoughData: false },
    });
    expect(find("glimmerSense", "see")).toMatchObject({ daysWith: 1, steadyWith: 1 });
    expect(find("anyGlimmer", "any")).toMatchObject({
      daysWith: 2,
      steadyWith: 2,
      daysWithout: 6,
      steadyWithout: 3,
    });
  });

  it("ignores deleted records and logs of deleted or unknown steps", () => {
    expect(find("glimmerSense", "hear")).toBeUndefined();
    expect(find("step", "gone")).toBeUndefined();
    expect(find("step", "unknown")).toBeUndefined();
    expect(find("stepCategory", "rest")).toBeUndefined();
  });

  it("orders by days with it, then kind and key, and carries counts only", () => {
    expect(result.patterns.map((p) => `${p.kind}:${p.key}`)).toEqual([
      "step:walk",
      "stepCategory:outside",
      "anyGlimmer:any",
      "step:tea",
      "stepCategory:body",
      "glimmerSense:see",
    ]);
    for (const p of result.patterns) {
      expect(Object.keys(p).sort()).toEqual(
        [
          "daysWith",
          "daysWithout",
          "enoughData",
          "key",
          "kind",
          "nextDay",
          "steadyWith",
          "steadyWithout",
        ].sort(),
      );
    }
  });

  it("shows a comparison only when both sides reach their minimum", () => {
    const walk = (min: { minDaysWith: number; minDaysWithout: number }) =>
      findPatterns(fixture, { ...range, lens: "allDay", ...min }).patterns.find((p) => p.key === "walk")!;
    expect(walk({ minDaysWith: 4, minDaysWithout: 4 }).enoughData).toBe(true);
    expect(walk({ minDaysWith: 5, minDaysWithout: 4 }).enoughData).toBe(false);
    expect(walk({ minDaysWith: 4, minDaysWithout: 5 }).enoughData).toBe(false);
    // The defaults (5 and 5) are not met by ten days.
    expect(findPatterns(fixture, range).patterns.some((p) => p.enoughData)).toBe(false);
  });

  it("returns nothing for an empty or reversed range", () => {
    expect(findPatterns(fixture, { from: jan(10), to: jan(1) }).patterns).toEqual([]);
    const empty = { checkins: [], steps: [], stepLogs: [], glimmers: [] };
    expect(findPatterns(empty, range)).toEqual({ lens: "allDay", patterns: [] });
  });
});

describe("the day after", () => {
  const across = (from: string, to: string, stepDays: string[], steadyDays: string[]) =>
    findPatterns(
      {
        checkins: steadyDays.map((d) => checkin(d, "steady")),
        steps: [step("s", "home")],
        stepLogs: stepDays.map((d) => log(d, "s")),
        glimmers: [],
      },
      { from, to, lens: "allDay" },
    ).patterns[0]!.nextDay;

  it("crosses month ends, February in a leap year, and the new year", () => {
    expect(
      across("2026-01-30", "2026-03-02", ["2026-01-31", "2026-02-28"], ["2026-02-01", "2026-03-01"]),
    ).toMatchObject({ daysWith: 2, steadyWith: 2, daysWithout: 0 });
    expect(across("2024-02-27", "2024-03-02", ["2024-02-28"], ["2024-02-29", "2024-03-01"])).toMatchObject({
      daysWith: 1,
      daysWithout: 1,
    });
    expect(across("2025-12-30", "2026-01-02", ["2025-12-31"], ["2026-01-01"])).toMatchObject({
      daysWith: 1,
      steadyWith: 1,
    });
  });

  it("does not count the day after the range's last day", () => {
    expect(across("2026-01-01", "2026-01-31", ["2026-01-31"], ["2026-02-01"])).toMatchObject({
      daysWith: 0,
      daysWithout: 0,
    });
  });
});

describe("the lens", () => {
  it("reads evening check-ins when most days have one, leaving morning ones aside", () => {
    const days = Array.from({ length: 6 }, (_, i) => jan(i + 1));
    const input: PatternInput = {
      // Mornings overwhelmed, evenings steady.
      checkins: days.flatMap((d) => [checkin(d, "overwhelmed", 8), checkin(d, "steady", 19)]),
      steps: [step("s", "rest")],
      stepLogs: [log(jan(1), "s")],
      glimmers: [],
    };
    const evening = findPatterns(input, { from: jan(1), to: jan(6), minDaysWith: 1, minDaysWithout: 1 });
    expect(evening.lens).toBe("evening");
    expect(evening.patterns[0]).toMatchObject({
      daysWith: 1,
      steadyWith: 1,
      daysWithout: 5,
      steadyWithout: 5,
    });
    // Read all day, the same days are mixed, so none is steady.
    const allDay = findPatterns(input, { from: jan(1), to: jan(6), lens: "allDay" });
    expect(allDay.patterns[0]).toMatchObject({ steadyWith: 0, steadyWithout: 0 });
  });

  it("reads the whole day when evening check-ins are few", () => {
    const days = Array.from({ length: 12 }, (_, i) => jan(i + 1));
    const checkins = days.map((d, i) => checkin(d, "steady", i < 5 ? 20 : 9));
    const input = { checkins, steps: [], stepLogs: [], glimmers: [] };
    expect(findPatterns(input, { from: jan(1), to: jan(12) }).lens).toBe("allDay");
  });

  it("takes the wall-clock hour from an offset, and a UTC instant in the device's zone", () => {
    expect(localHour("2026-01-05T19:05:00+01:00")).toBe(19);
    expect(localHour("2026-01-05T07:05:00.000-05:00")).toBe(7);
    const evening = dayKeyToDate("2026-01-05");
    evening.setHours(18, 30);
    expect(localHour(evening.toISOString())).toBe(18);
  });
});

describe("ten years of data", () => {
  it("handles ~60,000 records and keeps every count consistent", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const from = "2016-01-01";
    const to = "2025-12-31";
    const categories: StepCategory[] = ["body", "home", "outside", "connection", "creativity", "rest"];
    const steps = Array.from({ length: 30 }, (_, i) => step(`step-${i}`, categories[i % 6]!));
    const places: PlaceId[] = ["steady", "steady", "overwhelmed", "shutDown"];
    const senses: SenseId[] = ["see", "hear", "touch", "taste", "smell", "feel"];
    const input = {
      checkins: [] as PatternCheckin[],
      stepLogs: [] as PatternStepLog[],
      steps,
      glimmers: [] as PatternGlimmer[],
    };
    for (let day = from; day <= to; day = addDays(day, 1)) {
      for (let i = 0; i < 3; i++)
        input.checkins.push(checkin(day, places[Math.floor(random() * 4)], 8 + i * 6));
      for (let i = 0; i < 10; i++) input.stepLogs.push(log(day, `step-${Math.floor(random() * 30)}`));
      for (let i = 0; i < 3; i++) input.glimmers.push(glimmer(day, senses[Math.floor(random() * 6)]));
    }
    const total = input.checkins.length + input.stepLogs.length + input.glimmers.length + steps.length;
    expect(total).toBeGreaterThanOrEqual(58_000);

    const { lens, patterns } = findPatterns(input, { from, to });
    expect(lens).toBe("evening");
    // 30 steps, 6 categories, 6 senses, and glimmers at all.
    expect(patterns).toHaveLength(43);
    const readDays = patterns[0]!.daysWith + patterns[0]!.daysWithout;
    expect(readDays).toBe(3653);
    for (const p of patterns) {
      expect(p.daysWith + p.daysWithout).toBe(readDays);
      expect(p.steadyWith).toBeLessThanOrEqual(p.daysWith);
      expect(p.steadyWithout).toBeLessThanOrEqual(p.daysWithout);
      expect(p.nextDay.daysWith + p.nextDay.daysWithout).toBe(readDays - 1);
    }
    for (let i = 1; i < patterns.length; i++) {
      expect(patterns[i - 1]!.daysWith).toBeGreaterThanOrEqual(patterns[i]!.daysWith);
    }
  });
});
