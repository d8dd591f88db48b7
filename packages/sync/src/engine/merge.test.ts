import { describe, expect, it } from "vitest";
import { canonicalJson, merge3, sameContent } from "./merge.ts";
import type { SyncRecord } from "./ports.ts";

const rec = (fields: Record<string, unknown>): SyncRecord => ({ id: "r1", deleted: false, ...fields });

describe("merge3", () => {
  it("E9: a field changed on one side only takes that side's value", () => {
    const base = rec({ a: 1, b: "x", c: true });
    const local = rec({ a: 2, b: "x", c: true });
    const server = rec({ a: 1, b: "y", c: true });
    const { merged, textConflict } = merge3(base, local, server);
    expect(merged).toEqual(rec({ a: 2, b: "y", c: true }));
    expect(textConflict).toBe(false);
  });

  it("E9: a field both sides changed takes the server's value; a typed string lost is a text conflict", () => {
    const { merged, textConflict } = merge3(
      rec({ n: 1, t: "a" }),
      rec({ n: 2, t: "mine" }),
      rec({ n: 3, t: "theirs" }),
    );
    expect(merged).toEqual(rec({ n: 3, t: "theirs" }));
    expect(textConflict).toBe(true);
  });

  it("E9: numbers and booleans both changed are not text conflicts", () => {
    const { merged, textConflict } = merge3(
      rec({ n: 1, b: false }),
      rec({ n: 2, b: true }),
      rec({ n: 3, b: false }),
    );
    expect(merged).toEqual(rec({ n: 3, b: true }));
    expect(textConflict).toBe(false);
  });

  it("E9: bookkeeping fields never count as text conflicts; updatedAt takes the later time", () => {
    const { merged, textConflict } = merge3(
      rec({ updatedAt: "2024-01-01T00:00:00.000Z", deviceId: "a" }),
      rec({ updatedAt: "2024-01-03T00:00:00.000Z", deviceId: "b" }),
      rec({ updatedAt: "2024-01-02T00:00:00.000Z", deviceId: "c" }),
    );
    expect(merged.updatedAt).toBe("2024-01-03T00:00:00.000Z");
    expect(merged.deviceId).toBe("c");
    expect(textConflict).toBe(false);
  });

  it("E9: an optional field removed on one side and untouched on the other is removed", () => {
    const { merged } = merge3(rec({ note: "x" }), rec({}), rec({ note: "x", other: 1 }));
    expect(merged).toEqual(rec({ other: 1 }));
  });

  it("E9: lists of items both sides changed take the union; removals on either side stand", () => {
    const item = (text: string) => ({ text });
    const base = rec({ helpers: [item("a"), item("b"), item("c")] });
    const local = rec({ helpers: [item("a"), item("c"), item("local")] }); // removed b, added local
    const server = rec({ helpers: [item("a"), item("b"), item("server")] }); // removed c, added server
    const { merged, textConflict } = merge3(base, local, server);
    expect(merged.helpers).toEqual([item("a"), item("server"), item("local")]);
    expect(textConflict).toBe(false);
  });

  it("E9: with no base (the same fixed id made on two devices), lists keep every item of both", () => {
    const { merged } = merge3(null, rec({ list: ["x", "y"] }), rec({ list: ["y", "z"] }));
    expect(merged.list).toEqual(["y", "z", "x"]);
  });

  it("E9: items with ids merge field by field, and an edited item survives its removal elsewhere", () => {
    const base = rec({
      items: [
        { id: "i1", t: "one", n: 1 },
        { id: "i2", t: "two" },
      ],
    });
    const local = rec({ items: [{ id: "i1", t: "one", n: 2 }] }); // edited i1.n, removed i2
    const server = rec({
      items: [
        { id: "i1", t: "ONE", n: 1 },
        { id: "i2", t: "TWO" },
      ],
    }); // edited both texts
    const { merged } = merge3(base, local, server);
    expect(merged.items).toEqual([
      { id: "i1", t: "ONE", n: 2 },
      { id: "i2", t: "TWO" },
    ]);
  });

  it("E9: repeated values merge as a multiset", () => {
    const { merged } = merge3(
      rec({ tools: ["breathe"] }),
      rec({ tools: ["breathe", "breathe"] }),
      rec({ tools: ["breathe", "senses"] }),
    );
    expect(merged.tools).toEqual(["breathe", "senses", "breathe"]);
  });

  it("is deterministic: the same inputs give byte-identical output", () => {
    const args = [
      rec({ a: [3, 1], b: { x: 1 } }),
      rec({ a: [1, 2], b: { x: 2, y: 1 } }),
      rec({ a: [3, 4], b: { x: 3 } }),
    ] as const;
    expect(canonicalJson(merge3(...args).merged)).toBe(canonicalJson(merge3(...args).merged));
  });
});

describe("sameContent", () => {
  it("E4: ignores who wrote a version and when, but nothing else", () => {
    const a = rec({ text: "hi", createdAt: "1", updatedAt: "2", deviceId: "a" });
    expect(sameContent(a, rec({ text: "hi", createdAt: "3", updatedAt: "4", deviceId: "b" }))).toBe(true);
    expect(sameContent(a, rec({ text: "hi!", createdAt: "1", updatedAt: "2", deviceId: "a" }))).toBe(false);
    expect(sameContent(rec({ x: 1, y: undefined }), rec({ x: 1 }))).toBe(true);
  });
});
