import "fake-indexeddb/auto";
import {
  EXPORT_FORMAT,
  kindsOfGroups,
  parseImport,
  RECORD_KINDS,
  type StoredRecord,
} from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { initI18n } from "../../i18n/index.ts";
import { pdfText } from "../../pdf/pdfText.testing.ts";
import { libraryStepRecords } from "../../store/seed.ts";
import { makeExportFile } from "./makeExport.ts";

const i18n = initI18n("en");
const t = i18n.t.bind(i18n);
const NOW = new Date(2026, 2, 12, 12);
/** As the app shows them for "en"; Node and the browser share the same Intl data. */
const longDate = (y: number, m: number, d: number) =>
  new Intl.DateTimeFormat("en", { dateStyle: "long" }).format(new Date(y, m - 1, d));
const MARCH_4 = new Intl.DateTimeFormat("en", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
}).format(new Date(2026, 2, 4));

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
const at = (day: string, hm = "12:00") => new Date(`${day}T${hm}:00`).toISOString();
const base = (kind: string, day = "2026-03-04") => ({
  id: uuid(),
  kind,
  schemaVersion: 1,
  createdAt: at(day),
  updatedAt: at(day),
  deviceId: "device-a",
  deleted: false,
});

const records = [
  {
    ...base("journal"),
    at: at("2026-03-04", "21:00"),
    day: "2026-03-04",
    text: "Chosen words, Мама",
    tags: ["family"],
  },
  {
    ...base("journal"),
    at: at("2026-03-05"),
    day: "2026-03-05",
    text: "Unchosen work words",
    tags: ["work"],
  },
  { ...base("journal"), at: at("2026-02-01"), day: "2026-02-01", text: "Too early words", tags: ["family"] },
  {
    ...base("journal"),
    deleted: true,
    at: at("2026-03-04"),
    day: "2026-03-04",
    text: "Deleted words",
    tags: ["family"],
  },
  {
    ...base("checkin"),
    at: at("2026-03-04", "08:30"),
    day: "2026-03-04",
    needs: { water: "done" },
    feelings: [{ id: "tender", intensity: 4 }],
    place: "shutDown",
    note: "=SUM(A1) heavy morning",
  },
  { ...base("glimmer"), at: at("2026-03-04"), day: "2026-03-04", text: "Unchosen glimmer" },
] as StoredRecord[];

const filter = {
  from: "2026-03-01",
  to: "2026-03-31",
  kinds: kindsOfGroups(["journal", "checkins"]),
  tags: ["family"],
};
const make = (format: "pdf" | "markdown" | "csv" | "json") =>
  makeExportFile(format, filter, records, t, "en", RECORD_KINDS.length, NOW);

describe("makeExportFile", () => {
  it("makes a PDF holding the chosen entries and none of the others", async () => {
    const file = await make("pdf");
    expect(file.name).toBe("small-steps-2026-03-12.pdf");
    expect(file.count).toBe(2);
    const bytes = file.data as Uint8Array;
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const words of [
      "My notes from Small Steps",
      `Made on ${longDate(2026, 3, 12)}`,
      `From ${longDate(2026, 3, 1)} to ${longDate(2026, 3, 31)}`,
      "Journal entries tagged: family",
      "Check-ins",
      MARCH_4,
      "=SUM(A1) heavy morning",
      "Where I was: Shut down",
      "Feelings: Tender (4 of 10)",
      "Needs: Water: cared for",
      "Chosen words, ????",
      "Tags: family",
      "Page 1 of 1",
    ]) {
      expect(text).toContain(words);
    }
    for (const words of ["Unchosen", "Too early", "Deleted words", "00000000-"])
      expect(text).not.toContain(words);
    expect(text).toContain("Some characters could not be shown");
  });

  it("makes Markdown with the same choice", async () => {
    const file = await make("markdown");
    expect(file.name).toBe("small-steps-2026-03-12.md");
    const md = String(file.data);
    expect(md).toMatch(/^# My notes from Small Steps\n/);
    expect(md).toContain(`## Journal\n\n### ${MARCH_4}\n`);
    expect(md).toContain("\\=SUM(A1) heavy morning");
    expect(md).toContain("Chosen words, Мама");
    expect(md).not.toContain("Unchosen");
  });

  it("makes a CSV with a header, quoting and no live formulas", async () => {
    const file = await make("csv");
    expect(file.name).toBe("small-steps-2026-03-12.csv");
    const csv = String(file.data);
    expect(csv.startsWith("\uFEFFkind,date,time,text,details,tags\r\n")).toBe(true);
    expect(csv).toContain(
      `checkin,2026-03-04,08:30,"'=SUM(A1) heavy morning",Where I was: Shut down; Feelings: Tender (4 of 10); Needs: Water: cared for,\r\n`,
    );
    expect(csv).toContain('journal,2026-03-04,21:00,"Chosen words, Мама",,family');
    expect(csv).not.toContain("Unchosen");
  });

  it("makes a JSON selection that is a valid export, tombstones kept", async () => {
    const file = await make("json");
    expect(file.name).toBe("small-steps-selection-2026-03-12.json");
    const parsed = parseImport(String(file.data));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.file.format).toBe(EXPORT_FORMAT);
    expect(parsed.file.records.map((r) => ("text" in r ? r.text : r.kind))).toEqual([
      "Chosen words, Мама",
      "Deleted words",
      "checkin",
    ]);
    expect(file.count).toBe(2);
  });

  it("names a full JSON export as a backup, and says when nothing matches", async () => {
    const all = await makeExportFile(
      "json",
      { kinds: [...RECORD_KINDS] },
      records,
      t,
      "en",
      RECORD_KINDS.length,
      NOW,
    );
    expect(all.name).toBe("small-steps-2026-03-12.json");
    const none = await makeExportFile(
      "pdf",
      { kinds: ["refrain"] },
      records,
      t,
      "en",
      RECORD_KINDS.length,
      NOW,
    );
    expect(none.count).toBe(0);
  });
});

describe("a new person's export PDF", () => {
  it("has no day before their first record, and names an unrated feeling with no number", async () => {
    // Installed a while ago (the library steps carry that date), first check-in on 10 March.
    const steps = libraryStepRecords(at("2025-06-01"), "seed");
    const checkin = {
      ...base("checkin", "2026-03-10"),
      schemaVersion: 2,
      at: at("2026-03-10", "19:00"),
      day: "2026-03-10",
      needs: {},
      feelings: [{ id: "tired" }, { id: "sad", intensity: 3 }],
    };
    const all = [...steps, checkin] as StoredRecord[];
    const file = await makeExportFile("pdf", { kinds: RECORD_KINDS }, all, t, "en", RECORD_KINDS.length, NOW);
    const text = pdfText(file.data as Uint8Array);
    const weekday = new Intl.DateTimeFormat("en", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    expect(text).toContain(weekday.format(new Date(2026, 2, 10)));
    // Not one day named before 10 March 2026: no quiet days, no install day.
    for (let d = new Date(2025, 5, 1); d < new Date(2026, 2, 10); d.setDate(d.getDate() + 1)) {
      expect(text).not.toContain(weekday.format(d));
    }
    expect(text).not.toMatch(/quiet day/i);
    expect(text).toContain("Feelings: Tired, Sad (3 of 10)");
  });
});
