import { describe, expect, it } from "vitest";
import { filterRecords } from "../exportFilters.ts";
import { RECORD_KINDS } from "../records/index.ts";
import { CSV_COLUMNS, toCsvRows } from "./csv.ts";
import { sampleStore, WORDS } from "./fixtures.testing.ts";
import { localClock, toReadable } from "./readable.ts";

describe("toCsvRows", () => {
  const store = sampleStore();
  const rows = toCsvRows(toReadable(filterRecords(store, { kinds: [...RECORD_KINDS] }), WORDS, store));

  it("starts with the documented header and has one row per entry, six cells each", () => {
    expect(rows[0]).toEqual(["kind", "date", "time", "text", "details", "tags"]);
    expect(CSV_COLUMNS).toHaveLength(6);
    expect(rows).toHaveLength(15);
    for (const row of rows) expect(row).toHaveLength(6);
  });

  it("writes fixed kind ids, ISO days, 24-hour local times, details and tags apart", () => {
    const journal = rows.find((r) => r[3]?.startsWith("# Not"));
    expect(journal).toEqual([
      "journal",
      "2026-03-04",
      localClock(new Date("2026-03-04T21:00:00").toISOString()),
      "# Not a heading\nSecond line\n\nNew paragraph",
      "Field prompt: What helped today?; Field forTherapy: Yes",
      "Family, sleep",
    ]);
    expect(journal?.[2]).toBe("21:00");
    const session = rows.find((r) => r[0] === "therapySession");
    expect(session).toEqual([
      "therapySession",
      "2026-03-03",
      "",
      "",
      "Field attended: Yes; Field takeaway: Go slow; Field tryBeforeNext: One walk",
      "",
    ]);
  });
});
