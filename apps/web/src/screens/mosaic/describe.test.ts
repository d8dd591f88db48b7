import { mosaicTile } from "@small-steps/core";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import mosaic from "../../i18n/locales/en/mosaic.json";
import { tileLabel, tileSummary } from "./describe.ts";
import { monthPeriod, periodFromQuery, periodUrl, shiftPeriod, yearPeriod } from "./period.ts";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: "en",
    resources: { en: { mosaic } },
    defaultNS: "mosaic",
    interpolation: { escapeValue: false },
  });
});
const t = (key: string, options?: Record<string, unknown>) => i18n.t(key, options ?? {}) as string;
const tile = (places: ("steady" | "overwhelmed" | "shutDown" | undefined)[], more = {}) =>
  mosaicTile({
    day: "2025-03-04",
    checkinPlaces: places,
    steps: 0,
    glimmers: 0,
    entries: 0,
    isReturn: false,
    ...more,
  });

describe("tileLabel", () => {
  it("calls a day without data quiet", () => {
    expect(tileLabel(t, tile([]), "Thursday 6 March", false)).toBe("Thursday 6 March: a quiet day");
  });

  it("counts with plurals and names where the person mostly was", () => {
    const label = tileLabel(
      t,
      tile(["steady", "steady", "steady", "overwhelmed"], { steps: 3, glimmers: 1 }),
      "Tuesday 4 March",
      false,
    );
    expect(label).toBe("Tuesday 4 March: 4 check-ins, mostly steady; 3 small steps; 1 glimmer");
    expect(tileLabel(t, tile(["shutDown"], { entries: 2 }), "D", false)).toBe(
      "D: 1 check-in, shut down; 2 journal entries",
    );
  });

  it("says a return warmly, first", () => {
    expect(tileLabel(t, tile([], { steps: 1, isReturn: true }), "Friday 7 March", true)).toBe(
      "Friday 7 March (today): a return — welcome back; 1 small step",
    );
  });

  it("names both places on a mixed day, and can leave the return out", () => {
    expect(tileSummary(t, tile(["steady", "overwhelmed"], { isReturn: true }), false)).toBe(
      "2 check-ins, overwhelmed and steady",
    );
  });
});

describe("periods", () => {
  it("defaults to this month and reads month and year queries", () => {
    expect(periodFromQuery({}, "2025-03-04")).toEqual(monthPeriod(2025, 3));
    expect(periodFromQuery({ month: "2024-02" }, "2025-03-04")).toMatchObject({
      from: "2024-02-01",
      to: "2024-02-29",
    });
    expect(periodFromQuery({ month: "2024-13" }, "2025-03-04").key).toBe("2025-03");
    expect(periodFromQuery({ view: "year", year: "2019" }, "2025-03-04")).toEqual(yearPeriod(2019));
  });

  it("moves across year boundaries", () => {
    expect(shiftPeriod(monthPeriod(2025, 1), -1).key).toBe("2024-12");
    expect(shiftPeriod(monthPeriod(2024, 12), 1).key).toBe("2025-01");
    expect(shiftPeriod(yearPeriod(2024), 1).key).toBe("2025");
  });

  it("keeps the day in the URL so focus can come back to it", () => {
    expect(periodUrl(monthPeriod(2025, 3), "2025-03-04")).toBe("/mosaic?month=2025-03&day=2025-03-04");
    expect(periodUrl(yearPeriod(2025))).toBe("/mosaic?view=year&year=2025");
  });
});
