import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { db } from "./db.ts";
import { createRecord, deleteRecord, restoreRecord } from "./records.ts";
import { WIPE_AFTER_MS, wipeDue } from "./wipe.ts";

const later = () => Date.now() + WIPE_AFTER_MS + 1;

describe("wiping deleted content", () => {
  it("leaves a deleted entry whole while undo is offered, then keeps only a bare tombstone", async () => {
    const entry = await createRecord("journal", {
      at: new Date().toISOString(),
      day: "2026-03-04",
      text: "words nobody else should read",
      tags: ["private"],
    });
    await deleteRecord("journal", entry.id);
    expect(await wipeDue()).toBe(0);
    expect((await db.journal.get(entry.id))?.text).toBe("words nobody else should read");

    expect(await wipeDue(later())).toBe(1);
    const stored = await db.journal.get(entry.id);
    expect(stored?.deleted).toBe(true);
    expect(JSON.stringify(stored)).not.toContain("nobody");
    expect(Object.keys(stored ?? {}).sort()).toEqual(
      ["createdAt", "deleted", "deviceId", "id", "kind", "schemaVersion", "updatedAt"].sort(),
    );
    // Done once: the pending list is empty now.
    expect(await wipeDue(later())).toBe(0);
  });

  it("never wipes something that was restored with undo", async () => {
    const glimmer = await createRecord("glimmer", {
      at: new Date().toISOString(),
      day: "2026-03-04",
      text: "sun on the wall",
    });
    await deleteRecord("glimmer", glimmer.id);
    await restoreRecord("glimmer", glimmer.id);
    expect(await wipeDue(later())).toBe(0);
    expect((await db.glimmers.get(glimmer.id))?.text).toBe("sun on the wall");
  });
});
