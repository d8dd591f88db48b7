import { describe, expect, it } from "vitest";
import { anyRecord } from "../records/index.ts";
import { SCHEMA_VERSIONS } from "../records/kinds.ts";
import { DEFAULT_ACTIVITY_CATEGORY, guessCategory } from "./activityCategory.ts";
import { type DaylioOptions, type DaylioRow, importDaylio } from "./daylio.ts";
import { localIso, plainText, readDate, readTime } from "./daylioFields.ts";

/**
 * A realistic export in Daylio's own columns and habits: newest first, 24-hour and 12-hour
 * times, default and custom moods (with stray capitals and spaces), activities joined by
 * " | " (with spaces, a slash, a repeat, no spaces), empty notes, a note over two lines, a
 * note with Daylio's formatting, a blank last line — and two rows that cannot be read.
 */
const SAMPLE = `full_date,date,weekday,time,mood,activities,note_title,note
2024-03-02,March 2,Saturday,21:05,rad,"friends | good meal | movies / tv","Dinner at Sam's","Laughed a lot.
Walked home the long way."
2024-03-02,March 2,Saturday,9:05 am,meh,"bad sleep","",""
2024-03-01,March 1,Friday,11:54 pm,good,"reading | Friends","",""
2024-02-29,February 29,Thursday,12:15 am,awful,"","","Couldn't sleep."
2024-02-28,February 28,Wednesday,18:30,irritable,"work | stressed / frustrated","",""
2024-02-27,February 27,Tuesday,07:45,bad,"walk|  nature  ","Morning","<b>Cold</b> but <br>clear &amp; bright"
2024-02-26,February 26,Monday,12:00 pm,Good,"cleaning | laundry | cleaning","",""
2024-02-25,February 25,Sunday,20:10,good ,"reading","",""
2024-02-24,February 24,Saturday,8:00 PM,rad,"yoga | friends","A good day",""
2024-02-23,February 23,Friday,22:00,average,"","",""
2024-02-30,February 30,Friday,22:00,good,"reading","","a lost day"
2024-02-22,February 22,Thursday,25:00,good,"","",""
2024-02-21,February 21,Wednesday,19:00,bad,"gaming","",""
`;

/** A small RFC 4180 reader standing in for the web's CSV library: quotes, "" and line breaks. */
function parseCsv(text: string): DaylioRow[] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ",") endField();
    else if (c === "\n") endRecord();
    else field += c;
  }
  if (field || record.length) endRecord();
  const [header = [], ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

function options(more: Partial<DaylioOptions> = {}): DaylioOptions {
  let n = 0;
  return {
    offsetMinutes: 60,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    ...more,
  };
}

function imported(csv = SAMPLE, more: Partial<DaylioOptions> = {}) {
  const result = importDaylio(parseCsv(csv), options(more));
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result;
}

describe("importDaylio on a realistic export", () => {
  const result = imported();

  it("makes one check-in per readable row, at its local time with the given offset", () => {
    expect(result.checkins).toHaveLength(11);
    expect(result.checkins.map((c) => c.at)).toEqual([
      "2024-03-02T21:05:00+01:00",
      "2024-03-02T09:05:00+01:00",
      "2024-03-01T23:54:00+01:00",
      "2024-02-29T00:15:00+01:00",
      "2024-02-28T18:30:00+01:00",
      "2024-02-27T07:45:00+01:00",
      "2024-02-26T12:00:00+01:00",
      "2024-02-25T20:10:00+01:00",
      "2024-02-24T20:00:00+01:00",
      "2024-02-23T22:00:00+01:00",
      "2024-02-21T19:00:00+01:00",
    ]);
    expect(result.checkins[3]).toMatchObject({ day: "2024-02-29", needs: {}, feelings: [] });
  });

  it("maps moods to places gently and keeps the mood's own word in the note", () => {
    expect(result.checkins.map((c) => [c.place, c.note])).toEqual([
      ["steady", "Daylio mood: rad"],
      ["steady", "Daylio mood: meh"],
      ["steady", "Daylio mood: good"],
      ["overwhelmed", "Daylio mood: awful"],
      [undefined, "Daylio mood: irritable"],
      ["overwhelmed", "Daylio mood: bad"],
      ["steady", "Daylio mood: Good"],
      ["steady", "Daylio mood: good"],
      ["steady", "Daylio mood: rad"],
      [undefined, "Daylio mood: average"],
      ["overwhelmed", "Daylio mood: bad"],
    ]);
    expect("place" in result.checkins[4]!).toBe(false);
  });

  it("makes one step per distinct activity, with a guessed category", () => {
    expect(result.steps.map((s) => [s.title, s.category])).toEqual([
      ["friends", "connection"],
      ["good meal", "body"],
      ["movies / tv", "rest"],
      ["bad sleep", "rest"],
      ["reading", "rest"],
      ["work", "home"],
      ["stressed / frustrated", "home"],
      ["walk", "outside"],
      ["nature", "outside"],
      ["cleaning", "home"],
      ["laundry", "home"],
      ["yoga", "body"],
      ["gaming", "rest"],
    ]);
    for (const s of result.steps) expect(s).toMatchObject({ needs: [], archived: false });
  });

  it("logs each activity of a row once, on that row's day and time, linked to its step", () => {
    expect(result.stepLogs).toHaveLength(16);
    const titleOf = new Map(result.steps.map((s) => [s.id, s.title]));
    const logs = result.stepLogs.map((l) => `${l.day} ${titleOf.get(l.stepId)}`);
    expect(logs.filter((l) => l.endsWith("friends"))).toEqual([
      "2024-03-02 friends",
      "2024-03-01 friends",
      "2024-02-24 friends",
    ]);
    expect(logs.filter((l) => l.startsWith("2024-02-26"))).toEqual([
      "2024-02-26 cleaning",
      "2024-02-26 laundry",
    ]);
    expect(result.stepLogs[0]!.at).toBe("2024-03-02T21:05:00+01:00");
  });

  it("turns notes into journal entries linked to the row's check-in, formatting made plain", () => {
    expect(result.journal.map((j) => j.text)).toEqual([
      "Dinner at Sam's\n\nLaughed a lot.\nWalked home the long way.",
      "Couldn't sleep.",
      "Morning\n\nCold but\nclear & bright",
      "A good day",
    ]);
    const checkinAt = new Map(result.checkins.map((c) => [c.id, c.at]));
    for (const j of result.journal) {
      expect(checkinAt.get(j.checkinId!)).toBe(j.at);
      expect(j.tags).toEqual(["daylio"]);
    }
  });

  it("skips only the unreadable rows, naming each, and loses nothing else", () => {
    expect(result.skipped).toEqual([
      { row: 12, reason: "unreadableDate" },
      { row: 13, reason: "unreadableTime" },
    ]);
    // The lost day's note and reading are not imported anywhere else.
    expect(result.journal.some((j) => j.text.includes("lost"))).toBe(false);
    expect(result.checkins.some((c) => c.day === "2024-02-22")).toBe(false);
  });

  it("gives records the store accepts once it adds the bookkeeping, with unique ids", () => {
    const kinds = [
      ["checkin", result.checkins],
      ["step", result.steps],
      ["stepLog", result.stepLogs],
      ["journal", result.journal],
    ] as const;
    const ids = new Set<string>();
    for (const [kind, records] of kinds) {
      for (const r of records) {
        ids.add(r.id);
        const stored = {
          ...r,
          kind,
          schemaVersion: SCHEMA_VERSIONS[kind],
          createdAt: "2026-01-01T00:00:00.000Z",
          updatedAt: "2026-01-01T00:00:00.000Z",
          deviceId: "device-a",
          deleted: false,
        };
        expect(anyRecord.safeParse(stored).error).toBeUndefined();
      }
    }
    expect(ids.size).toBe(11 + 13 + 16 + 4);
  });
});

describe("importDaylio options and edges", () => {
  it("logs to the person's own step when an activity has its name", () => {
    const mine = "6a1c3b9e-2f4d-4e8a-9b7c-1d2e3f4a5b6c";
    const result = imported(SAMPLE, { existingSteps: [{ id: mine, title: "Reading " }] });
    expect(result.steps.map((s) => s.title)).not.toContain("reading");
    expect(result.stepLogs.filter((l) => l.stepId === mine)).toHaveLength(2);
  });

  it("asks for the offset of each entry, so summer time is right", () => {
    const summer = (day: string) => (day >= "2024-03-31" ? 120 : 60);
    const csv = `full_date,time,mood,activities
2024-04-02,08:00,good,
2024-03-02,08:00,good,`;
    const result = imported(csv, { offsetMinutes: (day) => summer(day) });
    expect(result.checkins.map((c) => c.at)).toEqual([
      "2024-04-02T08:00:00+02:00",
      "2024-03-02T08:00:00+01:00",
    ]);
  });

  it("reads headers with a byte-order mark, capitals or extra columns, and works without note columns", () => {
    const rows = [
      { "\uFEFFfull_date": "2024-01-05", Time: "10:00", " mood ": "bad", activities: "", scales: "" },
    ];
    const result = importDaylio(rows, options());
    expect(result).toMatchObject({ ok: true, journal: [], skipped: [] });
    expect(result.ok && result.checkins[0]?.place).toBe("overwhelmed");
  });

  it("gives a custom mood no place, whatever it is called", () => {
    const result = imported(`full_date,time,mood,activities
2024-01-05,10:00,constructor,`);
    expect(result.checkins[0]).not.toHaveProperty("place");
  });

  it("keeps activities and notes of a row without a mood, unlinked", () => {
    const result = imported(`full_date,time,mood,activities,note_title,note
2024-01-05,10:00,,walk,,just a walk`);
    expect(result.checkins).toEqual([]);
    expect(result.stepLogs).toHaveLength(1);
    expect(result.journal[0]).not.toHaveProperty("checkinId");
  });

  it("continues a note longer than one entry in the next, rather than cutting it", () => {
    const long = "a".repeat(50_000) + "b".repeat(10);
    const result = importDaylio(
      [{ full_date: "2024-01-05", time: "10:00", mood: "good", activities: "", note: long }],
      options(),
    );
    expect(result.ok && result.journal.map((j) => j.text.length)).toEqual([50_000, 10]);
  });
});

describe("importDaylio refusals", () => {
  it("refuses a file that is not a Daylio export, changing nothing", () => {
    // Daylio's old layout (year, date, …) has no full_date; a random CSV has none of the columns.
    const old = parseCsv(`year,date,weekday,time,mood,activities,note
2018,18 May,Friday,11:54 pm,happy,"clean | cook",""`);
    expect(importDaylio(old, options())).toEqual({ ok: false, reason: "notDaylio" });
    expect(importDaylio([{ name: "x", amount: "3" }], options())).toEqual({ ok: false, reason: "notDaylio" });
  });

  it("calls a file with no entries empty", () => {
    expect(importDaylio([], options())).toEqual({ ok: false, reason: "empty" });
    const blank = parseCsv("full_date,date,weekday,time,mood,activities,note_title,note\n,,,,,,,\n");
    expect(importDaylio(blank, options())).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses more rows than it will take", () => {
    expect(importDaylio(parseCsv(SAMPLE), options({ maxRows: 5 }))).toEqual({
      ok: false,
      reason: "tooManyRows",
    });
  });
});

describe("Daylio cells", () => {
  it("read 24-hour and 12-hour times, and refuse impossible ones", () => {
    expect(readTime("21:05")).toEqual({ hour: 21, minute: 5 });
    expect(readTime("9:05 pm")).toEqual({ hour: 21, minute: 5 });
    expect(readTime("9:05 A.M.")).toEqual({ hour: 9, minute: 5 });
    expect(readTime("12:15 am")).toEqual({ hour: 0, minute: 15 });
    expect(readTime("12:00 PM")).toEqual({ hour: 12, minute: 0 });
    for (const bad of ["24:00", "13:00 pm", "0:30 am", "9:60", "9.05", "", "noon"]) {
      expect(readTime(bad)).toBeUndefined();
    }
  });

  it("read only real calendar days", () => {
    expect(readDate("2024-02-29")).toBe("2024-02-29");
    for (const bad of ["2023-02-29", "2024-13-01", "March 2", "2024-3-2", ""])
      expect(readDate(bad)).toBeUndefined();
  });

  it("write offsets west, east and on the half hour, and refuse nonsense", () => {
    const t = { hour: 7, minute: 5 };
    expect(localIso("2024-01-05", t, -210)).toBe("2024-01-05T07:05:00-03:30");
    expect(localIso("2024-01-05", t, 0)).toBe("2024-01-05T07:05:00+00:00");
    expect(localIso("2024-01-05", t, 345)).toBe("2024-01-05T07:05:00+05:45");
    expect(() => localIso("2024-01-05", t, 60.5)).toThrow(RangeError);
    expect(() => localIso("2024-01-05", t, 15 * 60)).toThrow(RangeError);
  });

  it("make formatted notes plain, and leave plain notes as written", () => {
    expect(plainText("<ul><li>tea</li><li>sun</li></ul>")).toBe("• tea\n• sun");
    expect(plainText("I <3 you & R&amp;D")).toBe("I <3 you & R&amp;D");
  });

  it("guess categories from words, with a gentle default", () => {
    expect(guessCategory("Nature / Walk")).toBe("outside");
    expect(guessCategory("eat healthy")).toBe("body");
    expect(guessCategory("vegetarian day")).toBe(DEFAULT_ACTIVITY_CATEGORY);
  });
});
