import { describe, expect, it } from "vitest";
import { buildMosaic, countReturns, describeTile, eachDay, type MosaicRecord, mosaicTile } from "./mosaic.ts";
import type { PlaceId } from "./records/checkin.ts";
import { addDays } from "./time.ts";

const day = "2025-03-04";
const input = (
  checkinPlaces: (PlaceId | undefined)[],
  more: Partial<Parameters<typeof mosaicTile>[0]> = {},
) => mosaicTile({ day, checkinPlaces, steps: 0, glimmers: 0, entries: 0, isReturn: false, ...more });

describe("mosaicTile", () => {
  it("is empty when the day holds nothing", () => {
    const tile = input([]);
    expect(tile.tone).toBe("empty");
    expect(tile.mostly).toBeUndefined();
    expect(tile.isReturn).toBe(false);
  });

  it("never marks an empty day as a return", () => {
    expect(input([], { isReturn: true }).isReturn).toBe(false);
  });

  it("is noPlace when there is activity but no place was named", () => {
    expect(input([], { steps: 2 }).tone).toBe("noPlace");
    expect(input([undefined]).tone).toBe("noPlace");
    expect(input([], { entries: 1 }).tone).toBe("noPlace");
    expect(input([], { glimmers: 1 }).tone).toBe("noPlace");
  });

  it("takes the one place named", () => {
    const tile = input(["shutDown"]);
    expect(tile).toMatchObject({ tone: "shutDown", mostly: "shutDown", checkins: 1 });
    expect(tile.places).toEqual({ overwhelmed: 0, steady: 0, shutDown: 1 });
  });

  it("ignores unnamed check-ins when choosing the place", () => {
    expect(input(["steady", undefined, undefined]).tone).toBe("steady");
  });

  it("is mixed when two places are each at least a third of the named check-ins", () => {
    expect(input(["steady", "overwhelmed"]).tone).toBe("mixed");
    const tile = input(["steady", "steady", "overwhelmed"]);
    expect(tile).toMatchObject({ tone: "mixed", mostly: "steady", also: "overwhelmed" });
  });

  it("is mostly one place when the other is less than a third", () => {
    const tile = input(["steady", "steady", "steady", "overwhelmed"]);
    expect(tile).toMatchObject({ tone: "steady", mostly: "steady" });
    expect(tile.also).toBeUndefined();
  });

  it("breaks ties in a fixed order so a day always draws the same way", () => {
    const a = input(["steady", "overwhelmed"]);
    const b = input(["overwhelmed", "steady"]);
    expect(a).toEqual(b);
    expect(a.mostly).toBe("overwhelmed");
    expect(a.also).toBe("steady");
  });

  it("carries the counts", () => {
    const tile = input(["steady"], { steps: 3, glimmers: 1, entries: 2, isReturn: true });
    expect(tile).toMatchObject({ checkins: 1, steps: 3, glimmers: 1, entries: 2, isReturn: true });
  });
});

describe("eachDay", () => {
  it("walks across months, leap days and daylight-saving changes", () => {
    const days = [...eachDay("2024-02-27", "2024-03-02")];
    expect(days).toEqual(["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01", "2024-03-02"]);
    expect([...eachDay("2025-03-29", "2025-04-01")]).toHaveLength(4);
    expect([...eachDay("2025-10-25", "2025-10-28")]).toHaveLength(4);
  });

  it("yields nothing for an inverted range", () => {
    expect([...eachDay("2025-03-02", "2025-03-01")]).toEqual([]);
  });
});

describe("buildMosaic", () => {
  it("makes one tile per day, including quiet days", () => {
    const tiles = buildMosaic([], "2025-03-01", "2025-03-31");
    expect(tiles).toHaveLength(31);
    expect(tiles.every((t) => t.tone === "empty")).toBe(true);
    expect(tiles[0]?.day).toBe("2025-03-01");
    expect(tiles[30]?.day).toBe("2025-03-31");
  });

  it("groups records by day and ignores tombstones and days outside the range", () => {
    const records: MosaicRecord[] = [
      { kind: "checkin", day: "2025-03-02", place: "steady" },
      { kind: "checkin", day: "2025-03-02", place: "steady", deleted: true },
      { kind: "stepLog", day: "2025-03-02" },
      { kind: "stepLog", day: "2025-03-02" },
      { kind: "glimmer", day: "2025-03-03" },
      { kind: "journal", day: "2025-03-03" },
      { kind: "checkin", day: "2025-02-28", place: "overwhelmed" },
      { kind: "step", day: "2025-03-03" },
    ];
    const [first, second, third] = buildMosaic(records, "2025-03-01", "2025-03-03");
    expect(first?.tone).toBe("empty");
    expect(second).toMatchObject({ tone: "steady", checkins: 1, steps: 2 });
    expect(third).toMatchObject({ tone: "noPlace", glimmers: 1, entries: 1 });
  });

  it("marks a day as a return after a gap of three days or more, the first ever day is not", () => {
    const records: MosaicRecord[] = [
      { kind: "glimmer", day: "2025-03-01" },
      { kind: "glimmer", day: "2025-03-03" },
      { kind: "stepLog", day: "2025-03-06" },
      { kind: "stepLog", day: "2025-03-07" },
    ];
    const tiles = buildMosaic(records, "2025-03-01", "2025-03-07");
    const returns = tiles.filter((t) => t.isReturn).map((t) => t.day);
    expect(returns).toEqual(["2025-03-06"]);
    expect(countReturns(tiles)).toBe(1);
  });

  it("uses the last active day before the range", () => {
    const records: MosaicRecord[] = [{ kind: "journal", day: "2025-03-01" }];
    const after = buildMosaic(records, "2025-03-01", "2025-03-01", { previousActiveDay: "2025-02-20" });
    expect(after[0]?.isReturn).toBe(true);
    const close = buildMosaic(records, "2025-03-01", "2025-03-01", { previousActiveDay: "2025-02-27" });
    expect(close[0]?.isReturn).toBe(false);
  });

  it("builds ten years with tens of thousands of records quickly and in one pass", () => {
    const from = "2015-01-01";
    const to = "2024-12-31";
    const records: MosaicRecord[] = [];
    const places: PlaceId[] = ["steady", "overwhelmed", "shutDown"];
    for (let i = 0; i < 80_000; i++) {
      const d = addDays(from, i % 3653);
      records.push(
        i % 4 === 0 ? { kind: "checkin", day: d, place: places[i % 3] } : { kind: "stepLog", day: d },
      );
    }
    const start = Date.now();
    const tiles = buildMosaic(records, from, to);
    const ms = Date.now() - start;
    expect(tiles).toHaveLength(3653);
    expect(tiles.reduce((n, t) => n + t.checkins + t.steps, 0)).toBe(80_000);
    // Generous bound: this guards against accidental quadratic work, not a benchmark.
    expect(ms).toBeLessThan(1000);
  });
});

describe("describeTile", () => {
  it("calls a day without data quiet, with nothing else to say", () => {
    expect(describeTile(input([]))).toEqual({ day, quiet: true, parts: [] });
  });

  it("says the return first, then check-ins, steps, glimmers and entries", () => {
    const d = describeTile(
      input(["steady", "steady"], { steps: 3, glimmers: 1, entries: 1, isReturn: true }),
    );
    expect(d.quiet).toBe(false);
    expect(d.parts).toEqual([
      { kind: "return" },
      { kind: "checkins", count: 2, share: "all", place: "steady" },
      { kind: "steps", count: 3 },
      { kind: "glimmers", count: 1 },
      { kind: "entries", count: 1 },
    ]);
  });

  it("says 'mostly' when not every check-in named the same place", () => {
    expect(describeTile(input(["steady", "steady", "steady", "shutDown"])).parts[0]).toEqual({
      kind: "checkins",
      count: 4,
      share: "most",
      place: "steady",
    });
    expect(describeTile(input(["steady", undefined])).parts[0]).toMatchObject({ share: "most" });
  });

  it("names both places on a mixed day", () => {
    expect(describeTile(input(["shutDown", "steady"])).parts[0]).toEqual({
      kind: "checkins",
      count: 2,
      share: "mixed",
      place: "steady",
      also: "shutDown",
    });
  });

  it("leaves the place out when none was named, and leaves out zero counts", () => {
    expect(describeTile(input([undefined], { steps: 1 })).parts).toEqual([
      { kind: "checkins", count: 1 },
      { kind: "steps", count: 1 },
    ]);
  });
});
