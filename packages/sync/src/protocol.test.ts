import { describe, expect, it } from "vitest";
import { SYNC_LIMITS, syncRequestSchema, syncResponseSchema } from "./protocol.ts";

const change = (id: string, extra: object = {}) => ({
  id,
  baseSeq: null,
  deleted: false,
  envelope: "{}",
  ...extra,
});

describe("sync protocol", () => {
  it("S15: accepts a well-formed request and defaults nothing it does not need", () => {
    const body = {
      cursor: 3,
      changes: [change("a"), change("b", { deleted: true, envelope: null, baseSeq: 2 })],
    };
    expect(syncRequestSchema.parse(body)).toEqual(body);
  });

  it("S8/S15: deleted exactly when the envelope is null", () => {
    expect(
      syncRequestSchema.safeParse({ cursor: 0, changes: [change("a", { deleted: true })] }).success,
    ).toBe(false);
    expect(
      syncRequestSchema.safeParse({ cursor: 0, changes: [change("a", { envelope: null })] }).success,
    ).toBe(false);
  });

  it("S15: refuses too many changes, repeated ids, odd ids, big or non-ASCII envelopes, bad limits", () => {
    const bad = [
      { cursor: 0, changes: Array.from({ length: SYNC_LIMITS.maxChanges + 1 }, (_, i) => change(`c${i}`)) },
      { cursor: 0, changes: [change("a"), change("a")] },
      { cursor: 0, changes: [change("a/b")] },
      { cursor: 0, changes: [change("")] },
      { cursor: 0, changes: [change("a", { envelope: "é" })] },
      { cursor: 0, changes: [change("a", { envelope: "x".repeat(SYNC_LIMITS.maxEnvelopeBytes + 1) })] },
      { cursor: 0, changes: [change("a", { baseSeq: 0 })] },
      { cursor: 0.5, changes: [] },
      { cursor: 0, changes: [], limit: 0 },
      { cursor: 0, changes: [], limit: SYNC_LIMITS.maxLimit + 1 },
    ];
    for (const body of bad) expect(syncRequestSchema.safeParse(body).success).toBe(false);
  });

  it("S10/S11: a response carries its page, the next cursor, more and remaining", () => {
    const response = {
      saved: [{ id: "a", seq: 1 }],
      conflicts: [{ id: "b", server: { id: "b", seq: 2, deleted: true, envelope: null } }],
      retrieved: [{ id: "c", seq: 3, deleted: false, envelope: "{}" }],
      cursor: 3,
      more: false,
      remaining: 0,
    };
    expect(syncResponseSchema.parse(response)).toEqual(response);
    expect(syncResponseSchema.safeParse({ ...response, remaining: undefined }).success).toBe(false);
  });
});
