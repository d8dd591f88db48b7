import { describe, expect, it } from "vitest";
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  MAX_IMPORT_SIZE,
  parseImport,
  serializeExport,
} from "./exportFormat.ts";
import type { AnyRecord } from "./records/index.ts";

const base = {
  schemaVersion: 1,
  createdAt: "2024-03-01T08:00:00.000Z",
  updatedAt: "2024-03-01T08:00:00.000Z",
  deviceId: "device-a",
  deleted: false,
};

const records: AnyRecord[] = [
  {
    ...base,
    id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e01",
    kind: "checkin",
    at: "2024-03-01T08:00:00.000Z",
    day: "2024-03-01",
    needs: { water: "done", rest: "notNow" },
    feelings: [{ id: "tired", intensity: 6 }],
    place: "steady",
  },
  {
    ...base,
    id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e02",
    kind: "step",
    title: "Feed the cat",
    category: "home",
    needs: [],
    archived: false,
  },
  {
    ...base,
    id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e03",
    kind: "stepLog",
    stepId: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e02",
    at: "2024-03-01T09:00:00.000Z",
    day: "2024-03-01",
  },
  {
    ...base,
    id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e04",
    kind: "journal",
    at: "2024-03-01T10:00:00.000Z",
    day: "2024-03-01",
    text: "",
    tags: ["quiet"],
    sketch: { dataUrl: "data:image/png;base64,iVBORw0KGgo=", width: 10, height: 10 },
  },
  {
    ...base,
    id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e05",
    kind: "glimmer",
    at: "2024-03-01T11:00:00.000Z",
    day: "2024-03-01",
    text: "Sun on the walk",
    sense: "see",
  },
  {
    ...base,
    id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e06",
    kind: "refrain",
    oldScript: "Don't burden",
    newRefrain: "My needs matter too",
    favourite: true,
    deleted: true,
  },
];

const exportedAt = new Date("2024-03-02T12:00:00.000Z");
const fileText = (recs: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    app: "Small Steps",
    records: recs,
    ...extra,
  });

describe("serializeExport + parseImport", () => {
  it("round-trips every kind, tombstones and sketches included", () => {
    const text = serializeExport(records, exportedAt);
    const result = parseImport(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.records).toEqual(records);
    expect(result.file.exportedAt).toBe("2024-03-02T12:00:00.000Z");
    expect(result.file.version).toBe(1);
    expect(result.file.app).toBe("Small Steps");
  });

  it("writes one record per line, and an empty store as a valid file", () => {
    const text = serializeExport(records, exportedAt);
    expect(text.split("\n").filter((l) => l.startsWith('{"'))).toHaveLength(records.length + 1);
    const empty = parseImport(serializeExport([], exportedAt));
    expect(empty).toEqual({
      ok: true,
      file: {
        format: EXPORT_FORMAT,
        version: 1,
        exportedAt: exportedAt.toISOString(),
        app: "Small Steps",
        records: [],
      },
    });
  });

  it("names the file by day", () => {
    expect(exportFileName("2024-03-02")).toBe("small-steps-2024-03-02.json");
  });
});

describe("parseImport failures", () => {
  it("notJson: text that is not JSON", () => {
    expect(parseImport("hello")).toEqual({ ok: false, reason: "notJson" });
    expect(parseImport("")).toEqual({ ok: false, reason: "notJson" });
    expect(parseImport(serializeExport(records, exportedAt).slice(0, -20))).toMatchObject({
      reason: "notJson",
    });
  });

  it("notSmallSteps: valid JSON from somewhere else", () => {
    for (const text of [
      "[]",
      "null",
      "42",
      '"text"',
      '{"name":"budget"}',
      '{"format":"other-app","version":1}',
    ]) {
      expect(parseImport(text)).toMatchObject({ ok: false, reason: "notSmallSteps" });
    }
  });

  it("notSmallSteps: our marker but a broken header", () => {
    expect(parseImport(fileText([], { version: "1" }))).toMatchObject({ reason: "notSmallSteps" });
    expect(parseImport(fileText([], { version: 0 }))).toMatchObject({ reason: "notSmallSteps" });
    expect(parseImport(fileText([], { exportedAt: "yesterday" }))).toMatchObject({ reason: "notSmallSteps" });
    expect(parseImport(fileText([], { records: {} }))).toMatchObject({ reason: "notSmallSteps" });
  });

  it("newerVersion: a file version this app does not know", () => {
    expect(parseImport(fileText(records, { version: EXPORT_VERSION + 1 }))).toEqual({
      ok: false,
      reason: "newerVersion",
    });
  });

  it("newerVersion: a record kind or schema version from a newer app", () => {
    const newerSchema = { ...records[4], schemaVersion: 2 };
    const newKind = { ...base, id: "0b1c9f7e-7a51-4b53-9b1e-3f0a2c1d4e07", kind: "measure", score: 3 };
    expect(parseImport(fileText([...records, newerSchema, newKind]))).toEqual({
      ok: false,
      reason: "newerVersion",
      details: { count: 2, indices: [6, 7] },
    });
  });

  it("invalidRecords: counts them and names the first positions, importing nothing", () => {
    const broken = [
      records[0],
      { ...records[1], category: "unknown" },
      records[2],
      { ...records[4], text: "   " },
      "not a record",
      { ...records[3], text: "", sketch: undefined },
    ];
    const result = parseImport(fileText(broken));
    expect(result).toMatchObject({
      ok: false,
      reason: "invalidRecords",
      details: { count: 4, indices: [1, 3, 4, 5] },
    });
    expect(result.ok || result.details?.issue).toBeTruthy();
  });

  it("invalidRecords: reports at most five positions", () => {
    const broken = Array.from({ length: 9 }, (_, i) => ({ ...records[2], id: `bad-${i}` }));
    expect(parseImport(fileText(broken))).toMatchObject({
      reason: "invalidRecords",
      details: { count: 9, indices: [0, 1, 2, 3, 4] },
    });
  });

  it("invalidRecords: the same id twice", () => {
    const result = parseImport(fileText([records[0], records[1], { ...records[4], id: records[0]!.id }]));
    expect(result).toMatchObject({ reason: "invalidRecords", details: { count: 1, indices: [2] } });
    expect(result.ok ? "" : result.details?.issue).toContain("duplicate id");
  });

  it("tooLarge: refuses text over the limit before parsing it", () => {
    const huge = " ".repeat(MAX_IMPORT_SIZE + 1);
    expect(parseImport(huge)).toEqual({ ok: false, reason: "tooLarge" });
  });
});
