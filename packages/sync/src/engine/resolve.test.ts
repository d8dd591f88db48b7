import { describe, expect, it } from "vitest";
import type { LocalEntry, RemoteVersion, SyncRecord } from "./ports.ts";
import { DEFAULT_CONFLICT_POLICY, decide } from "./resolve.ts";

const rec = (fields: Record<string, unknown> = {}, id = "r1"): SyncRecord => ({
  id,
  deleted: false,
  ...fields,
});
const tomb = (id = "r1"): SyncRecord => ({ id, deleted: true });

function entry(table: string, record: SyncRecord, extra: Partial<LocalEntry> = {}): LocalEntry {
  return {
    id: record.id,
    table,
    record,
    seq: 3,
    base: null,
    baseLineage: [],
    rev: 2,
    pending: true,
    sent: [],
    ...extra,
  };
}
const alive = (table: string, record: SyncRecord, seq = 5): RemoteVersion => ({
  seq,
  deleted: false,
  table,
  record,
  lineage: ["v-server"],
});
const dead = (seq = 5): RemoteVersion => ({ seq, deleted: true });
let n = 0;
const newId = () => `copy-${++n}`;
const run = (e: LocalEntry, v: RemoteVersion, envelope: string | null = "server-env") =>
  decide(e, v, envelope, DEFAULT_CONFLICT_POLICY, newId);

describe("decide", () => {
  it("E3: the server copy is the envelope this device sent at this revision: saved, not a conflict", () => {
    const e = entry("journal", rec({ text: "a" }), {
      sent: [{ rev: 2, envelope: "mine", lineage: ["v-mine"] }],
    });
    const d = run(e, alive("journal", rec({ text: "a" }), 7), "mine");
    expect(d).toEqual({
      outcome: "saved",
      saved: { id: "r1", seq: 7, rev: 2, base: rec({ text: "a" }), baseLineage: ["v-mine"] },
    });
  });

  it("E3: the server copy is an earlier send and the person typed since: the new words go on top", () => {
    const e = entry("journal", rec({ text: "ab" }), {
      sent: [{ rev: 1, envelope: "earlier", lineage: ["v1"] }],
    });
    const d = run(e, alive("journal", rec({ text: "a" }), 7), "earlier");
    expect(d.outcome).toBe("rebased");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep?.record).toEqual(rec({ text: "ab" }));
    expect(d.resolution.copy).toBeUndefined();
  });

  it("E3: a sent tombstone meets a server tombstone: the delete landed", () => {
    const e = entry("journal", tomb(), { sent: [{ rev: 2, envelope: null, lineage: [] }] });
    expect(run(e, dead(9), null).outcome).toBe("saved");
  });

  it("E4: the same content from another device is taken, nothing pending", () => {
    const e = entry("checkins", rec({ mood: 3, deviceId: "a" }));
    const d = run(e, alive("checkins", rec({ mood: 3, deviceId: "b" })));
    expect(d.outcome).toBe("agreed");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep).toBeUndefined();
    expect(d.resolution.copy).toBeUndefined();
  });

  it("E6: a local delete meets a remote edit: the edit survives", () => {
    const d = run(entry("journal", tomb()), alive("journal", rec({ text: "still here" })));
    expect(d.outcome).toBe("editSurvives");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution).toEqual({
      id: "r1",
      expectedRev: 2,
      server: alive("journal", rec({ text: "still here" })),
    });
  });

  it("E7: a local journal edit meets a remote delete: the words survive as a conflict copy", () => {
    const d = run(entry("journal", rec({ text: "my words" })), dead());
    expect(d.outcome).toBe("copied");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep).toBeUndefined();
    expect(d.resolution.copy?.record).toMatchObject({ text: "my words", conflictOf: "r1", deleted: false });
    expect(d.resolution.copy?.record.id).not.toBe("r1");
  });

  it("E7: a local edit of a small record meets a remote delete: it is re-created at the same id", () => {
    const d = run(entry("contacts", rec({ name: "Sam" })), dead(8));
    expect(d.outcome).toBe("recreated");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep?.record).toEqual(rec({ name: "Sam" }));
    expect(d.resolution.server.seq).toBe(8);
  });

  it("E9: small records merge field by field with no copy when no words are lost", () => {
    const e = entry("contacts", rec({ name: "Sam", phone: "1" }), { base: rec({ name: "Sam", phone: "0" }) });
    const d = run(e, alive("contacts", rec({ name: "Sammy", phone: "0" })));
    expect(d.outcome).toBe("merged");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep?.record).toEqual(rec({ name: "Sammy", phone: "1" }));
  });

  it("E10: both sides rewrote the words: server's at the id, the local version as a conflict copy", () => {
    const e = entry("journal", rec({ text: "mine", tags: ["a"] }), { base: rec({ text: "old", tags: [] }) });
    const d = run(e, alive("journal", rec({ text: "theirs", tags: [] })));
    expect(d.outcome).toBe("copied");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep?.record).toEqual(rec({ text: "theirs", tags: ["a"] }));
    expect(d.resolution.copy?.record).toMatchObject({ text: "mine", conflictOf: "r1" });
  });

  it("E10: a singleton (the safety plan) is never copied; its lists take the union", () => {
    const base = rec({ helpers: [{ text: "Ana" }] });
    const e = entry("safetyPlans", rec({ helpers: [{ text: "Ana" }, { text: "Bo" }] }), { base });
    const d = run(e, alive("safetyPlans", rec({ helpers: [{ text: "Ana" }, { text: "Cy" }] })));
    expect(d.outcome).toBe("merged");
    if (d.outcome === "saved") throw new Error("unexpected");
    expect(d.resolution.keep?.record.helpers).toEqual([{ text: "Ana" }, { text: "Cy" }, { text: "Bo" }]);
    expect(d.resolution.copy).toBeUndefined();
  });

  it("E11: the same id in another table keeps both", () => {
    const d = run(entry("glimmers", rec({ text: "x" })), alive("refrains", rec({ text: "y" })));
    expect(d.outcome).toBe("copied");
  });
});
