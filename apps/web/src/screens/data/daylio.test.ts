import "fake-indexeddb/auto";
import { importDaylio, RECORD_KINDS } from "@small-steps/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, TABLE_OF } from "../../store/db.ts";
import { importDaylioRecords } from "../../store/exportImport.ts";
import { detectFileKind, parseCsv } from "./importFile.ts";

/** In Daylio's own columns and habits: newest first, 12- and 24-hour times, a BOM, a blank last line. */
const DAYLIO = `\uFEFFfull_date,date,weekday,time,mood,activities,note_title,note
2024-03-02,March 2,Saturday,21:05,rad,"friends | good meal | movies / tv","Dinner at Sam's","Laughed a lot.
Walked home the long way."
2024-03-02,March 2,Saturday,9:05 am,meh,"bad sleep","",""
2024-03-01,March 1,Friday,11:54 pm,good,"reading | Friends","",""
2024-02-30,February 30,Friday,22:00,good,"reading","","a lost day"

`;

const offset = () => 60;
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;

async function counts() {
  const out: Record<string, number> = {};
  for (const kind of RECORD_KINDS) out[kind] = await db.table(TABLE_OF[kind]).count();
  return out;
}

beforeEach(async () => {
  await db.open();
  for (const kind of RECORD_KINDS) await db.table(TABLE_OF[kind]).clear();
});

describe("telling files apart", () => {
  it("knows a Small Steps export, a Daylio CSV and anything else by content", () => {
    expect(detectFileKind(' \n{"format":"small-steps-export"}')).toBe("smallSteps");
    expect(detectFileKind(DAYLIO)).toBe("daylio");
    expect(detectFileKind('"full_date","time","mood","activities"\n')).toBe("daylio");
    expect(detectFileKind("year,date,weekday,time,mood\n2019,…")).toBe("unknown");
    expect(detectFileKind("name,phone\nSam,0770")).toBe("unknown");
  });
});

describe("a Daylio file, read and written", () => {
  it("parses with the CSV library, maps, and writes everything in one go", async () => {
    const parsed = await parseCsv(DAYLIO);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const mapped = importDaylio(parsed.rows, { offsetMinutes: offset, newId });
    expect(mapped.ok).toBe(true);
    if (!mapped.ok) return;
    expect(mapped.skipped).toEqual([{ row: 5, reason: "unreadableDate" }]);

    const result = await importDaylioRecords(mapped);
    expect(result).toEqual({ ok: true, checkins: 3, steps: 5, stepLogs: 6, journal: 1 });
    expect(await counts()).toMatchObject({ checkin: 3, step: 5, stepLog: 6, journal: 1 });
    const entry = (await db.journal.toArray())[0];
    expect(entry?.text).toBe("Dinner at Sam's\n\nLaughed a lot.\nWalked home the long way.");
    expect(entry?.tags).toEqual(["daylio"]);
    expect(entry?.at).toBe("2024-03-02T21:05:00+01:00");
    const checkin = await db.checkins.get(entry?.checkinId ?? "");
    expect(checkin?.place).toBe("steady");
  });

  it("refuses a table with a broken quote", async () => {
    expect(await parseCsv('full_date,time,mood,activities\n2024-03-02,21:05,rad,"friends\n')).toEqual({
      ok: false,
      reason: "damaged",
    });
  });

  it("changes nothing when writing fails part-way", async () => {
    const parsed = await parseCsv(DAYLIO);
    if (!parsed.ok) throw new Error("unreadable sample");
    const mapped = importDaylio(parsed.rows, { offsetMinutes: offset, newId });
    if (!mapped.ok) throw new Error("unmapped sample");
    const before = await counts();
    vi.spyOn(db.table("journal"), "bulkAdd").mockImplementation(() => {
      throw new Error("QuotaExceededError");
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await importDaylioRecords(mapped)).toEqual({ ok: false, reason: "writeFailed" });
    vi.restoreAllMocks();
    expect(await counts()).toEqual(before);
  });
});
