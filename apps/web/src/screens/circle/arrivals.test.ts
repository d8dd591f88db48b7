import { describe, expect, it } from "vitest";
import type { CirclePeer } from "../../circle/model.ts";
import { arrivedPeer, snapshotOf } from "./arrivals.ts";

const peer = (peerId: string, over: Partial<CirclePeer> = {}) =>
  ({ peerId, inMyCircle: true, label: null, ...over }) as CirclePeer;

describe("arrivedPeer", () => {
  it("finds someone new in my circle", () => {
    const before = snapshotOf([peer("a")]);
    expect(arrivedPeer([peer("a"), peer("b")], before, "Sam")?.peerId).toBe("b");
  });

  it("finds someone back after being removed (same row, now in my circle again)", () => {
    const before = snapshotOf([peer("a", { inMyCircle: false })]);
    expect(arrivedPeer([peer("a")], before, "Sam")?.peerId).toBe("a");
  });

  it("prefers the one with the invite's label, and ignores people who only have me in theirs", () => {
    const before = snapshotOf([]);
    const peers = [peer("x", { inMyCircle: false }), peer("b", { label: "Jo" }), peer("c", { label: "Sam" })];
    expect(arrivedPeer(peers, before, "Sam")?.peerId).toBe("c");
    expect(arrivedPeer([peer("x", { inMyCircle: false })], before, "Sam")).toBeNull();
  });

  it("nobody yet", () => {
    expect(arrivedPeer([peer("a")], snapshotOf([peer("a")]), "Sam")).toBeNull();
  });
});
