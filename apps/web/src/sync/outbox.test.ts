import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../store/db.ts";
import { createRecord, deleteRecord, updateRecord } from "../store/records.ts";

beforeEach(async () => {
  await db.open();
  await db.outbox.clear();
});

describe("the outbox (docs/sync.md W1)", () => {
  it("W1: notes every local write in the same transaction, with a new rev each time", async () => {
    const entry = await createRecord("journal", {
      at: new Date().toISOString(),
      day: "2026-03-04",
      text: "first",
      tags: [],
    });
    const first = await db.outbox.get(entry.id);
    expect(first).toMatchObject({ id: entry.id, table: "journal" });

    await updateRecord("journal", entry.id, { text: "second" });
    const second = await db.outbox.get(entry.id);
    expect(second?.rev).toBeGreaterThan(first?.rev ?? Number.POSITIVE_INFINITY);

    await deleteRecord("journal", entry.id);
    expect((await db.outbox.get(entry.id))?.rev).toBeGreaterThan(second?.rev ?? Number.POSITIVE_INFINITY);
  });

  it("W1: a write that fails leaves no outbox entry behind", async () => {
    const before = await db.outbox.count();
    await expect(
      db.transaction("rw", db.glimmers, async () => {
        await db.glimmers.put({
          id: "3b0c6c9e-8f51-4b7a-9d5e-0a4e8a1c2f10",
          kind: "glimmer",
          schemaVersion: 1,
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
          deviceId: "d",
          deleted: false,
          at: new Date().toISOString(),
          day: "2026-03-04",
          text: "kept only if the transaction commits",
        });
        throw new Error("the tab closed");
      }),
    ).rejects.toThrow("the tab closed");
    expect(await db.outbox.count()).toBe(before);
  });

  it("W1: library steps exactly as seeded are not uploaded", async () => {
    const seeded = await db.steps.where("id").above("").first();
    expect(seeded).toBeDefined();
    await db.steps.put({ ...(seeded as NonNullable<typeof seeded>), deviceId: "seed" });
    expect(await db.outbox.get(seeded?.id ?? "")).toBeUndefined();
  });
});
