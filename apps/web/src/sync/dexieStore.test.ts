import "fake-indexeddb/auto";
import type { SyncRecord } from "@small-steps/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../store/db.ts";
import { createRecord, updateRecord } from "../store/records.ts";
import { createDexieStore } from "./dexieStore.ts";

const store = createDexieStore(db);

beforeEach(async () => {
  await db.open();
  await Promise.all([db.outbox.clear(), db.syncMeta.clear(), db.journal.clear(), db.glimmers.clear()]);
  await db.meta.delete("sync:cursor");
});

const journal = (text: string) =>
  createRecord("journal", { at: new Date().toISOString(), day: "2026-03-04", text, tags: [] });

describe("the Dexie LocalStore (docs/sync.md W2–W3)", () => {
  it("lists local writes as pending, oldest first, and clears them once saved at the same rev", async () => {
    const a = await journal("first");
    const b = await journal("second");
    const pending = await store.pending(10);
    expect(pending.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(pending[0]).toMatchObject({ table: "journal", seq: null, pending: true });

    const [first] = pending;
    await store.markSaved([
      { id: a.id, seq: 7, rev: first?.rev ?? 0, base: first?.record ?? null, baseLineage: ["v1"] },
    ]);
    const [read] = await store.read([a.id]);
    expect(read).toMatchObject({ seq: 7, pending: false });
    expect(read?.base).toMatchObject({ text: "first" });
  });

  it("keeps a change made while the request was out pending after the save", async () => {
    const a = await journal("before");
    const [sent] = await store.pending(1);
    await updateRecord("journal", a.id, { text: "typed meanwhile" });
    await store.markSaved([
      { id: a.id, seq: 3, rev: sent?.rev ?? 0, base: sent?.record ?? null, baseLineage: ["v1"] },
    ]);
    const [read] = await store.read([a.id]);
    expect(read).toMatchObject({ seq: 3, pending: true });
    expect(read?.record).toMatchObject({ text: "typed meanwhile" });
  });

  it("W3: applies remote versions without leaving them pending, refuses ids with a local change, wipes tombstones", async () => {
    const local = await journal("mine, not yet sent");
    const remote = {
      ...local,
      id: crypto.randomUUID(),
      text: "from my other device",
    } as unknown as SyncRecord;
    const refused = await store.applyRemote([
      {
        id: remote.id,
        version: { seq: 5, deleted: false, table: "journal", record: remote, lineage: ["r1"] },
      },
      {
        id: local.id,
        version: {
          seq: 6,
          deleted: false,
          table: "journal",
          record: { ...local } as SyncRecord,
          lineage: ["r2"],
        },
      },
    ]);
    expect(refused).toEqual([local.id]);
    expect((await db.journal.get(remote.id))?.text).toBe("from my other device");
    expect(await db.outbox.get(remote.id)).toBeUndefined();

    await store.applyRemote([{ id: remote.id, version: { seq: 9, deleted: true } }]);
    const gone = await db.journal.get(remote.id);
    expect(gone?.deleted).toBe(true);
    expect(JSON.stringify(gone)).not.toContain("other device");
    expect(await db.outbox.get(remote.id)).toBeUndefined();
  });

  it("resolves a conflict in one step: server copy at the id, local words kept as a pending copy", async () => {
    const a = await journal("written offline on this device");
    const [entry] = await store.pending(1);
    const server = { ...a, text: "written on the other device" } as unknown as SyncRecord;
    const copy = { ...a, id: crypto.randomUUID(), conflictOf: a.id } as unknown as SyncRecord;
    const done = await store.resolve({
      id: a.id,
      expectedRev: entry?.rev ?? 0,
      server: { seq: 11, deleted: false, table: "journal", record: server, lineage: ["s1"] },
      copy: { table: "journal", record: copy },
    });
    expect(done).toBe(true);
    expect((await db.journal.get(a.id))?.text).toBe("written on the other device");
    expect(await db.outbox.get(a.id)).toBeUndefined();
    expect((await db.journal.get(copy.id))?.conflictOf).toBe(a.id);
    expect(await db.outbox.get(copy.id)).toBeDefined();
  });

  it("refuses to resolve when the person typed again since (the rev moved on)", async () => {
    const a = await journal("one");
    const [entry] = await store.pending(1);
    await updateRecord("journal", a.id, { text: "two" });
    const done = await store.resolve({
      id: a.id,
      expectedRev: entry?.rev ?? 0,
      server: { seq: 2, deleted: true },
    });
    expect(done).toBe(false);
    expect((await db.journal.get(a.id))?.text).toBe("two");
  });

  it("W2: keeps one copy of a synced record, and copies the base at the first local edit after", async () => {
    const a = await journal("as synced");
    const [sent] = await store.pending(1);
    await store.markSaved([
      { id: a.id, seq: 4, rev: sent?.rev ?? 0, base: sent?.record ?? null, baseLineage: ["v1"] },
    ]);
    expect((await db.syncMeta.get(a.id))?.base).toBeNull();
    expect((await store.read([a.id]))[0]?.base).toMatchObject({ text: "as synced" });

    await updateRecord("journal", a.id, { text: "edited later" });
    const [read] = await store.read([a.id]);
    expect(read).toMatchObject({ seq: 4, pending: true, baseLineage: ["v1"] });
    expect(read?.base).toMatchObject({ text: "as synced" });
    expect(read?.record).toMatchObject({ text: "edited later" });
  });

  it("keeps the cursor", async () => {
    expect(await store.getCursor()).toBe(0);
    await store.setCursor(42);
    expect(await store.getCursor()).toBe(42);
  });
});
