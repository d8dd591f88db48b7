import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { SmallStepsDB } from "../../store/db.ts";
import { patternService } from "./service.ts";

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("patternService", () => {
  it("answers a range again from memory until a record changes", async () => {
    const db = new SmallStepsDB("insights-service");
    await db.open();
    let changes = 0;
    const compute = patternService(db, () => {
      changes += 1;
    });
    const first = await compute("12m", "2026-05-20");
    expect(first.cached).toBeUndefined();
    expect((await compute("12m", "2026-05-20")).cached).toBe(true);
    // A different day or range is its own question.
    expect((await compute("3m", "2026-05-20")).cached).toBeUndefined();

    await new Promise((r) => setTimeout(r, 50));
    await db.glimmers.put({
      id: "g1",
      kind: "glimmer",
      schemaVersion: 1,
      createdAt: "2026-05-19T10:00:00.000Z",
      updatedAt: "2026-05-19T10:00:00.000Z",
      deviceId: "test",
      deleted: false,
      at: "2026-05-19T10:00:00.000Z",
      day: "2026-05-19",
      text: "sun on the wall",
    });
    await until(() => changes === 1);
    expect((await compute("12m", "2026-05-20")).cached).toBeUndefined();
    db.close();
  });
});
