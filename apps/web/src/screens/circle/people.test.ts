import { describe, expect, it } from "vitest";
import type { CirclePeer } from "../../circle/model.ts";
import { byRecent, canSendTo, peerName, relationOf, seenMessageId } from "./people.ts";

const peer = (over: Partial<CirclePeer>): CirclePeer => ({
  peerId: "p",
  publicKey: "k",
  changedKey: null,
  name: null,
  label: null,
  inMyCircle: true,
  inTheirCircle: false,
  connected: true,
  since: "2026-03-01T10:00:00.000Z",
  verified: false,
  status: null,
  statusAt: null,
  phrases: { reach: [], answer: [], at: "2026-03-01T10:00:00.000Z", by: "default" },
  receiptsMine: false,
  receiptsTheirs: false,
  seenUpTo: null,
  mutedUntil: null,
  lastAt: null,
  unread: 0,
  ...over,
});

describe("peerName", () => {
  it("prefers their own name, then my label, then someone new", () => {
    expect(peerName(peer({ name: "Sam", label: "my sister" }), "Someone new")).toBe("Sam");
    expect(peerName(peer({ label: "my sister" }), "Someone new")).toBe("my sister");
    expect(peerName(peer({ name: "  ", label: "" }), "Someone new")).toBe("Someone new");
  });
});

describe("relationOf", () => {
  it("says who is there for whom", () => {
    expect(relationOf(peer({ inMyCircle: true, inTheirCircle: true }))).toBe("both");
    expect(relationOf(peer({ inMyCircle: true, inTheirCircle: false }))).toBe("mine");
    expect(relationOf(peer({ inMyCircle: false, inTheirCircle: true }))).toBe("theirs");
    expect(relationOf(peer({ connected: false }))).toBe("ended");
  });
});

describe("canSendTo", () => {
  it("waits for a changed key to be compared (CR2), and for a live connection", () => {
    expect(canSendTo(peer({}))).toBe(true);
    expect(canSendTo(peer({ changedKey: "k2" }))).toBe(false);
    expect(canSendTo(peer({ connected: false }))).toBe(false);
  });
});

describe("seenMessageId", () => {
  it("shows seen only while both share it (CR12)", () => {
    expect(seenMessageId(peer({ receiptsMine: true, receiptsTheirs: true, seenUpTo: "m1" }))).toBe("m1");
    expect(seenMessageId(peer({ receiptsMine: true, receiptsTheirs: false, seenUpTo: "m1" }))).toBeNull();
    expect(seenMessageId(peer({ receiptsMine: false, receiptsTheirs: true, seenUpTo: "m1" }))).toBeNull();
    expect(seenMessageId(peer({ receiptsMine: true, receiptsTheirs: true }))).toBeNull();
  });
});

describe("byRecent", () => {
  it("puts the newest conversation first, people without messages by when they joined", () => {
    const a = peer({ peerId: "a", lastAt: "2026-03-02T10:00:00.000Z" });
    const b = peer({ peerId: "b", since: "2026-03-03T10:00:00.000Z" });
    const c = peer({ peerId: "c", lastAt: "2026-03-01T12:00:00.000Z" });
    expect([a, b, c].sort(byRecent).map((p) => p.peerId)).toEqual(["b", "a", "c"]);
  });
});
