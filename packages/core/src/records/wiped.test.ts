import { describe, expect, it } from "vitest";
import { anyRecord, storedRecord } from "./index.ts";
import { wipeContent, wipedRecord } from "./wiped.ts";

const entry = {
  id: "0b6f6f0e-7d1c-4c55-8f55-2a4f7c3e9d01",
  kind: "journal" as const,
  schemaVersion: 1,
  createdAt: "2026-03-04T09:00:00.000Z",
  updatedAt: "2026-03-04T10:00:00.000Z",
  deviceId: "device-a",
  deleted: true,
  at: "2026-03-04T09:00:00.000Z",
  day: "2026-03-04",
  text: "something private",
  tags: ["family"],
};

describe("wiped tombstones", () => {
  it("keep no content, only identity and bookkeeping", () => {
    const wiped = wipeContent(entry);
    expect(wiped).toEqual({
      id: entry.id,
      kind: "journal",
      schemaVersion: 1,
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
      deviceId: "device-a",
      deleted: true,
    });
    expect(JSON.stringify(wiped)).not.toContain("private");
  });

  it("are valid stored records but not full records", () => {
    const wiped = wipeContent(entry);
    expect(storedRecord.safeParse(wiped).success).toBe(true);
    expect(anyRecord.safeParse(wiped).success).toBe(false);
  });

  it("refuse content and live records", () => {
    expect(wipedRecord.safeParse({ ...wipeContent(entry), text: "x" }).success).toBe(false);
    expect(wipedRecord.safeParse({ ...wipeContent(entry), deleted: false }).success).toBe(false);
    expect(wipedRecord.safeParse({ ...wipeContent(entry), kind: "diary" }).success).toBe(false);
  });
});
