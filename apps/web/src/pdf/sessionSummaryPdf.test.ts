import type { JournalRecord, MeasureTrend, MosaicTile, TherapyNoteRecord } from "@small-steps/core";
import { buildMosaic, eachDay, recentWeeks, recordStart } from "@small-steps/core";
import { describe, expect, it } from "vitest";
import { buildSummary, type PrepareData, type SummaryWords } from "../screens/therapy/summary.ts";
import { pdfText } from "./pdfText.testing.ts";
import { type SessionSummaryPdfLabels, sessionSummaryPdf } from "./sessionSummaryPdf.ts";

const labels: SessionSummaryPdfLabels = {
  title: "For my next session",
  made: "Made on 12 March 2026",
  headings: {
    tryNext: "One thing I chose to try",
    notes: "Notes to bring",
    entries: "Journal entries I chose",
    mosaic: "The last four weeks, day by day",
    measures: "Self-measures",
  },
  measuresNote: "A way to notice change over time, not a diagnosis.",
  nothing: "Nothing was chosen for this summary.",
  pageOf: (p, n) => `Page ${p} of ${n}`,
  lossy: "Some characters could not be shown in this PDF.",
  language: "en",
};

const base = { schemaVersion: 1, createdAt: "", updatedAt: "", deviceId: "test", deleted: false };
const entry = (id: string, text: string, day = "2026-03-10"): JournalRecord => ({
  ...base,
  id,
  kind: "journal",
  at: `${day}T09:30:00.000Z`,
  day,
  text,
  tags: [],
  forTherapy: true,
});
const note = (id: string, text: string): TherapyNoteRecord => ({
  ...base,
  id,
  kind: "therapyNote",
  at: "2026-03-09T10:00:00.000Z",
  day: "2026-03-09",
  text,
  done: false,
});

const words: SummaryWords = {
  tryFrom: (s) => `From my session on ${s.day}`,
  entryWhen: (e) => `Entry of ${e.day}`,
  entryText: (e) => e.text,
  tile: (t: MosaicTile) => `${t.day}: ${t.checkins} check-ins`,
  measure: (m: MeasureTrend) => `${m.measure} ${m.latest.total} of ${m.max}`,
};

function prepared(): PrepareData {
  return {
    tryNext: {
      ...base,
      id: "s1",
      kind: "therapySession",
      day: "2026-03-05",
      attended: true,
      tryBeforeNext: "Notice when my shoulders rise",
    },
    notes: [note("n1", "Ask about the dream that keeps coming back")],
    entries: [
      entry("a", "The walk by the canal felt lighter today"),
      entry("b", "What happened at my aunt's house stays private"),
      entry("c", "First line\nSecond line after a break"),
    ],
    tiles: buildMosaic([{ kind: "checkin", day: "2026-03-02", place: "steady" }], "2026-03-02", "2026-03-04"),
    trends: [{ measure: "phq9", max: 27, latest: { total: 7, day: "2026-03-01" }, earlier: [] }],
  };
}

describe("sessionSummaryPdf", () => {
  it("holds the chosen entries and none of the unchosen", async () => {
    const summary = buildSummary(
      prepared(),
      { leftOut: new Set(["b"]), mosaic: true, measures: true },
      words,
    );
    const bytes = await sessionSummaryPdf(summary, labels);
    expect(Buffer.from(bytes.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(bytes);
    for (const expected of [
      "For my next session",
      "Made on 12 March 2026",
      "Notice when my shoulders rise",
      "From my session on 2026-03-05",
      "Ask about the dream that keeps coming back",
      "The walk by the canal felt lighter today",
      "First line\nSecond line after a break",
      "2026-03-02: 1 check-ins",
      "2026-03-04: 0 check-ins",
      "phq9 7 of 27",
      labels.measuresNote,
      "Page 1 of 1",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("aunt's house");
    expect(text).not.toContain(labels.nothing);
  });

  it("has no line for a day before a new person's first record", async () => {
    // A person who began three days ago: the last four weeks hold their three days and today.
    const today = "2026-03-12";
    const range = recentWeeks(today);
    const records = [{ kind: "checkin", day: "2026-03-09", place: "steady" as const }];
    const tiles = buildMosaic(records, range.from, range.to, { firstDay: recordStart("2026-03-09", today) });
    const summary = buildSummary(
      { notes: [], entries: [], tiles, trends: [] },
      { leftOut: new Set(), mosaic: true, measures: true },
      words,
    );
    const text = pdfText(await sessionSummaryPdf(summary, labels));
    for (const day of eachDay(range.from, "2026-03-08")) expect(text).not.toContain(`${day}:`);
    for (const day of eachDay("2026-03-09", today)) expect(text).toContain(`${day}:`);
    expect(text.match(/\d{4}-\d{2}-\d{2}: \d+ check-ins/g)).toHaveLength(4);

    // Someone with nothing yet: today alone.
    const fresh = buildMosaic([], range.from, range.to, { firstDay: recordStart(undefined, today) });
    const freshText = pdfText(
      await sessionSummaryPdf(
        buildSummary(
          { notes: [], entries: [], tiles: fresh, trends: [] },
          { leftOut: new Set(), mosaic: true, measures: true },
          words,
        ),
        labels,
      ),
    );
    expect(freshText.match(/\d{4}-\d{2}-\d{2}: \d+ check-ins/g)).toEqual([`${today}: 0 check-ins`]);
  });

  it("leaves out the mosaic and the measures when the person unticks them", async () => {
    const summary = buildSummary(prepared(), { leftOut: new Set(), mosaic: false, measures: false }, words);
    const text = pdfText(await sessionSummaryPdf(summary, labels));
    expect(text).toContain("aunt's house");
    expect(text).not.toContain(labels.headings.mosaic);
    expect(text).not.toContain("check-ins");
    expect(text).not.toContain(labels.headings.measures);
    expect(text).not.toContain("phq9");
  });

  it("says so calmly when nothing was chosen", async () => {
    const empty = buildSummary(
      { notes: [], entries: [entry("a", "kept back")], tiles: [], trends: [] },
      { leftOut: new Set(["a"]), mosaic: true, measures: true },
      words,
    );
    const text = pdfText(await sessionSummaryPdf(empty, labels));
    expect(text).toContain(labels.nothing);
    expect(text).not.toContain("kept back");
  });

  it("runs long entries onto more pages and keeps odd characters drawable", async () => {
    const long = Array.from({ length: 40 }, (_, i) =>
      entry(`e${i}`, `Entry ${i + 1}: ${"a quiet evening ".repeat(30)}`),
    );
    long.push(entry("x", "Мама → home"));
    const summary = buildSummary(
      { notes: [], entries: long, tiles: [], trends: [] },
      { leftOut: new Set(), mosaic: true, measures: true },
      words,
    );
    const text = pdfText(await sessionSummaryPdf(summary, labels));
    expect(text).toMatch(/Page 3 of \d/);
    expect(text).toContain("Entry 40:");
    expect(text).toContain("???? -> home");
    expect(text).toContain(labels.lossy);
  });
});
