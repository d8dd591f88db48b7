import { describe, expect, it } from "vitest";
import { countStepsThisWeek, stepLogsByWeekDay, stepLogsInWeek, weekDays } from "./weekSummary.ts";

// 2024-03-04 is a Monday; 2024-03-10 the Sunday of the same week.
const log = (day: string, deleted = false) => ({ day, deleted });

describe("weekDays", () => {
  it("lists Monday to Sunday of the week containing the day", () => {
    expect(weekDays("2024-03-07")).toEqual([
      "2024-03-04",
      "2024-03-05",
      "2024-03-06",
      "2024-03-07",
      "2024-03-08",
      "2024-03-09",
      "2024-03-10",
    ]);
  });

  it("treats Sunday as the end of its week, not the start of the next", () => {
    expect(weekDays("2024-03-10")[0]).toBe("2024-03-04");
  });

  it("crosses a month boundary", () => {
    expect(weekDays("2024-03-01")).toEqual([
      "2024-02-26",
      "2024-02-27",
      "2024-02-28",
      "2024-02-29",
      "2024-03-01",
      "2024-03-02",
      "2024-03-03",
    ]);
  });
});

describe("countStepsThisWeek", () => {
  it("counts every log from Monday to Sunday, including several on one day", () => {
    const logs = [log("2024-03-04"), log("2024-03-04"), log("2024-03-08"), log("2024-03-10")];
    expect(countStepsThisWeek(logs, "2024-03-06")).toBe(4);
  });

  it("leaves out the week before and the week after", () => {
    const logs = [log("2024-03-03"), log("2024-03-05"), log("2024-03-11")];
    expect(countStepsThisWeek(logs, "2024-03-06")).toBe(1);
  });

  it("leaves out deleted logs (an undone step)", () => {
    expect(countStepsThisWeek([log("2024-03-05", true), log("2024-03-05")], "2024-03-05")).toBe(1);
  });

  it("is zero with nothing logged", () => {
    expect(countStepsThisWeek([], "2024-03-05")).toBe(0);
  });
});

describe("stepLogsInWeek", () => {
  it("returns the records themselves so a screen can show what was done", () => {
    const a = { day: "2024-03-05", stepId: "a" };
    expect(stepLogsInWeek([a, { day: "2024-02-01", stepId: "b" }], "2024-03-05")).toEqual([a]);
  });
});

describe("stepLogsByWeekDay", () => {
  it("groups the week's logs by day, with quiet days as empty lists", () => {
    const grouped = stepLogsByWeekDay(
      [log("2024-03-05"), log("2024-03-05"), log("2024-03-12")],
      "2024-03-05",
    );
    expect(grouped).toHaveLength(7);
    expect(grouped.map((g) => g.logs.length)).toEqual([0, 2, 0, 0, 0, 0, 0]);
    expect(grouped[1]?.day).toBe("2024-03-05");
  });
});
