import "fake-indexeddb/auto";
import { addDays, type CheckinRecord, STEP_LIBRARY, type StepLogRecord } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { SmallStepsDB } from "../../store/db.ts";
import { loadPatterns } from "./loadPatterns.ts";

const today = "2026-05-20";
const walk = STEP_LIBRARY.find((s) => s.key === "shortWalk")!;
const base = (id: string, day: string) => ({
  id,
  schemaVersion: 1,
  createdAt: `${day}T20:00:00.000Z`,
  updatedAt: `${day}T20:00:00.000Z`,
  deviceId: "test",
  deleted: false,
});
const checkin = (day: string, place: "steady" | "overwhelmed"): CheckinRecord => ({
  ...base(`c-${day}`, day),
  kind: "checkin",
  at: `${day}T20:00:00+01:00`,
  day,
  needs: {},
  feelings: [],
  place,
});
const walked = (day: string): StepLogRecord => ({
  ...base(`l-${day}`, day),
  kind: "stepLog",
  stepId: walk.id,
  at: `${day}T12:00:00+01:00`,
  day,
});

async function seeded(name: string, days: number, earlier = false): Promise<SmallStepsDB> {
  const db = new SmallStepsDB(name);
  await db.open();
  const checkins: CheckinRecord[] = [];
  const logs: StepLogRecord[] = [];
  for (let i = 0; i < days; i++) {
    const day = addDays(today, -i);
    checkins.push(checkin(day, i % 3 === 0 ? "overwhelmed" : "steady"));
    if (i % 2 === 0) logs.push(walked(day));
  }
  // Two years back: outside "12m", inside "all".
  if (earlier) for (let i = 0; i < 30; i++) checkins.push(checkin(addDays("2024-04-01", i), "steady"));
  await db.checkins.bulkPut(checkins);
  await db.stepLogs.bulkPut(logs);
  return db;
}

describe("loadPatterns", () => {
  it("reads only the range and names the steps it shows", async () => {
    const db = await seeded("insights-a", 40, true);
    const year = await loadPatterns(db, "12m", today);
    expect(year).toMatchObject({ from: "2025-05-21", to: today, lens: "evening", hasEarlier: true });
    const step = year.patterns.find((p) => p.kind === "step")!;
    expect(step).toMatchObject({ key: walk.id, daysWith: 20, daysWithout: 20 });
    expect(year.steps).toEqual([{ id: walk.id, title: undefined, libraryKey: "shortWalk" }]);
    expect(year.daysToFirst).toBe(0);

    const all = await loadPatterns(db, "all", today);
    expect(all.from).toBe("2024-04-01");
    expect(all.hasEarlier).toBe(false);
    expect(all.patterns.find((p) => p.kind === "step")!.daysWithout).toBe(50);
    db.close();
  });

  it("says about how many more days would help when there is too little", async () => {
    const db = await seeded("insights-b", 6);
    const result = await loadPatterns(db, "3m", today);
    expect(result.patterns).toEqual([]);
    // Three days with a walk and three without: two more on each side.
    expect(result.waiting).toBe(2);
    expect(result.daysToFirst).toBe(4);
    db.close();
  });

  it("invites a first check-in on an empty device", async () => {
    const db = new SmallStepsDB("insights-c");
    const result = await loadPatterns(db, "12m", today);
    expect(result).toMatchObject({ patterns: [], waiting: 0, daysToFirst: 10, hasEarlier: false });
    db.close();
  });
});
