import { describe, expect, it } from "vitest";
import { daysOnRecord, earliestDay, firstRecordDay, recordStart } from "./firstDay.ts";
import { buildMosaic, eachDay } from "./mosaic.ts";
import { addDays } from "./time.ts";

describe("the first record day", () => {
  it("is the earliest live record's day; tombstones and nothing at all give none", () => {
    expect(firstRecordDay([{ day: "2026-03-04" }, { day: "2026-02-01" }, { day: "2026-02-10" }])).toBe(
      "2026-02-01",
    );
    expect(firstRecordDay([{ day: "2026-01-01", deleted: true }, { day: "2026-02-10" }])).toBe("2026-02-10");
    expect(firstRecordDay([])).toBeUndefined();
    expect(earliestDay([undefined, "2026-05-01", "2026-04-30", undefined])).toBe("2026-04-30");
    expect(earliestDay([undefined])).toBeUndefined();
  });

  it("starts the record today for someone who has given nothing yet", () => {
    expect(recordStart(undefined, "2026-06-01")).toBe("2026-06-01");
    expect(recordStart("2026-05-20", "2026-06-01")).toBe("2026-05-20");
    // A record dated after today (a clock set wrong) never hides today.
    expect(recordStart("2026-06-09", "2026-06-01")).toBe("2026-06-01");
  });

  it("cuts a range to the days on record, or to nothing when it all lies before", () => {
    expect(daysOnRecord({ from: "2026-01-01", to: "2026-12-31" }, "2026-06-15")).toEqual({
      from: "2026-06-15",
      to: "2026-12-31",
    });
    expect(daysOnRecord({ from: "2026-07-01", to: "2026-07-31" }, "2026-06-15")).toEqual({
      from: "2026-07-01",
      to: "2026-07-31",
    });
    expect(daysOnRecord({ from: "2025-01-01", to: "2025-12-31" }, "2026-06-15")).toBeUndefined();
    expect(daysOnRecord({ from: "2026-06-01", to: "2026-06-15" }, "2026-06-15")).toEqual({
      from: "2026-06-15",
      to: "2026-06-15",
    });
  });
});

describe("no tile before the first record day", () => {
  // A small seeded generator, so a failure can be replayed.
  let seed = 13;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };

  it("holds for many ranges and first days, and every day on record has exactly one tile", () => {
    for (let run = 0; run < 300; run++) {
      const from = addDays("2024-01-01", Math.floor(random() * 800));
      const to = addDays(from, Math.floor(random() * 400));
      const first = addDays("2024-01-01", Math.floor(random() * 1300));
      const records = Array.from({ length: Math.floor(random() * 20) }, () => ({
        kind: "checkin",
        day: addDays(first, Math.floor(random() * 200)),
        place: "steady" as const,
      }));
      const tiles = buildMosaic(records, from, to, { firstDay: first });
      for (const tile of tiles) expect(tile.day >= first).toBe(true);
      // Day keys are strings, so the later of two is found by sorting, not Math.max.
      const start = [first, from].sort()[1] ?? from;
      const expected = first > to ? [] : [...eachDay(start, to)];
      expect(tiles.map((t) => t.day)).toEqual(expected);
    }
  });

  it("gives a new person's year one tile, today's, and none of the 340 days before", () => {
    const today = "2026-12-06";
    const tiles = buildMosaic([], "2026-01-01", "2026-12-31", { firstDay: recordStart(undefined, today) });
    expect(tiles[0]?.day).toBe(today);
    expect(tiles.filter((t) => t.day <= today)).toHaveLength(1);
  });
});
