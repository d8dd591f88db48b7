import "fake-indexeddb/auto";
import { type AnyRecord, EXPORT_FORMAT, RECORD_KINDS, STEP_LIBRARY } from "@small-steps/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db, TABLE_OF } from "./db.ts";
import { exportAll, importText } from "./exportImport.ts";
import { createRecord, deleteRecord, nowFields } from "./records.ts";
import { libraryStepRecords } from "./seed.ts";

const SKETCH =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

async function snapshot(): Promise<Record<string, AnyRecord[]>> {
  const out: Record<string, AnyRecord[]> = {};
  for (const kind of RECORD_KINDS) out[kind] = (await db.table(TABLE_OF[kind]).toArray()) as AnyRecord[];
  return out;
}

async function clearAll(): Promise<void> {
  await Promise.all(RECORD_KINDS.map((kind) => db.table(TABLE_OF[kind]).clear()));
}

/** One record of each of the six kinds, a sketch and a tombstone among them. */
async function seed(): Promise<void> {
  const step = await createRecord("step", {
    title: "Feed the cat",
    category: "home",
    needs: [],
    archived: false,
  });
  await createRecord("stepLog", { stepId: step.id, ...nowFields() });
  await createRecord("checkin", {
    ...nowFields(),
    needs: { water: "done", rest: "notNow" },
    feelings: [{ id: "tender", intensity: 4 }],
    place: "steady",
    note: "A slow morning.",
  });
  await createRecord("journal", {
    ...nowFields(),
    text: "",
    tags: ["drawing"],
    sketch: { dataUrl: SKETCH, width: 1, height: 1 },
  });
  const gone = await createRecord("journal", { ...nowFields(), text: "Let this go", tags: [] });
  await deleteRecord("journal", gone.id);
  await createRecord("glimmer", { ...nowFields(), text: "A neighbour's lamp", sense: "see" });
  await createRecord("refrain", {
    oldScript: "Don't let them see you struggle",
    protected: "It kept me out of trouble",
    newRefrain: "I can let someone in",
    favourite: true,
  });
}

beforeEach(async () => {
  // Opening the db runs the populate hook once (the 36 library steps); start each test from it.
  await db.open();
  await clearAll();
  await db.steps.bulkPut(libraryStepRecords("2024-01-01T00:00:00.000Z", "seed"));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("export and import", () => {
  it("round-trips every table exactly, tombstones and sketches included", async () => {
    await seed();
    const before = await snapshot();
    expect(before.step).toHaveLength(STEP_LIBRARY.length + 1);
    expect(before.journal?.some((j) => j.deleted)).toBe(true);

    const text = await exportAll();
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1, app: "Small Steps" });

    await clearAll();
    const result = await importText(text);
    expect(result).toEqual({ ok: true, added: STEP_LIBRARY.length + 7, updated: 0, unchanged: 0 });
    expect(await snapshot()).toEqual(before);

    // Importing the same file again finds everything already here.
    expect(await importText(text)).toEqual({
      ok: true,
      added: 0,
      updated: 0,
      unchanged: STEP_LIBRARY.length + 7,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("merges: newer copies win, local copies win ties and newer local edits", async () => {
    await seed();
    const text = await exportAll();
    const file = JSON.parse(text) as { records: AnyRecord[] };
    const glimmer = file.records.find((r) => r.kind === "glimmer")!;
    const refrain = file.records.find((r) => r.kind === "refrain")!;
    // Here, the glimmer was edited after the export; the refrain is older than the file's copy.
    await db.glimmers.update(glimmer.id, { text: "Edited since", updatedAt: "2999-01-01T00:00:00.000Z" });
    await db.refrains.update(refrain.id, {
      newRefrain: "Older words",
      updatedAt: "2000-01-01T00:00:00.000Z",
    });

    const result = await importText(text);
    expect(result).toEqual({ ok: true, added: 0, updated: 1, unchanged: STEP_LIBRARY.length + 6 });
    expect((await db.glimmers.get(glimmer.id))?.text).toBe("Edited since");
    expect(await db.refrains.get(refrain.id)).toEqual(refrain);
  });

  it("leaves the store untouched for bad or foreign files", async () => {
    await seed();
    const before = await snapshot();
    const good = JSON.parse(await exportAll()) as { records: unknown[] };
    const cases: [string, string][] = [
      ["not json", "notJson"],
      [JSON.stringify({ hello: "world" }), "notSmallSteps"],
      [JSON.stringify({ ...good, version: 2 }), "newerVersion"],
      [
        JSON.stringify({ ...good, records: [...good.records, { kind: "step", id: "nope" }] }),
        "invalidRecords",
      ],
    ];
    for (const [text, reason] of cases) {
      expect(await importText(text)).toMatchObject({ ok: false, reason });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("changes nothing when writing fails part-way", async () => {
    await seed();
    const text = await exportAll();
    await clearAll();
    const before = await snapshot();
    // Steps are written first; failing on the last table must roll the steps back too.
    vi.spyOn(db.table("refrains"), "bulkPut").mockImplementation(() => {
      throw new Error("QuotaExceededError");
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await importText(text)).toEqual({ ok: false, reason: "writeFailed" });
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});
