import type { ConnectionWire } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { mergeConnections } from "./connections.ts";
import type { PendingInvite } from "./model.ts";
import { newPeer } from "./store.ts";

const KEY_A = `${"A".repeat(43)}=`;
const KEY_B = `${"B".repeat(43)}=`;
const now = new Date("2026-11-22T10:00:00.000Z");
const conn = (peerId: string, publicKey = KEY_A, extra: Partial<ConnectionWire> = {}): ConnectionWire => ({
  peerId,
  publicKey,
  inMyCircle: true,
  inTheirCircle: false,
  since: "2026-11-22T09:00:00.000Z",
  mutedUntil: null,
  ...extra,
});
const invite = (id: string, label: string, createdAt: string): PendingInvite => ({
  id,
  code: "ABCDEFGHJKMN",
  label,
  createdAt,
  expiresAt: "2026-11-24T00:00:00.000Z",
});
const P1 = "11111111-1111-4111-8111-111111111111";
const P2 = "22222222-2222-4222-8222-222222222222";

describe("merging the connection list (docs/circle.md CR2, CR5)", () => {
  it("pins a new person's key and names them with the label of the invite they used", () => {
    const invites = [
      invite("i1", "Sam", "2026-11-22T08:00:00.000Z"),
      invite("i2", "Alex", "2026-11-22T08:30:00.000Z"),
    ];
    const merged = mergeConnections(
      [],
      [conn(P1)],
      invites,
      [{ id: "i1", createdAt: "2026-11-22T08:00:00.000Z", expiresAt: "2026-11-24T00:00:00.000Z" }],
      now,
    );
    expect(merged.added).toHaveLength(1);
    expect(merged.peers[0]).toMatchObject({
      peerId: P1,
      publicKey: KEY_A,
      label: "Alex",
      connected: true,
      changedKey: null,
    });
    expect(merged.invites.map((i) => i.id)).toEqual(["i1"]);
  });

  it("CR2: never replaces a pinned key; a different one is held aside", () => {
    const kept = [
      newPeer({
        peerId: P1,
        publicKey: KEY_A,
        inMyCircle: true,
        inTheirCircle: false,
        since: "x",
        mutedUntil: null,
        label: null,
      }),
    ];
    const merged = mergeConnections(kept, [conn(P1, KEY_B)], [], [], now);
    expect(merged.added).toHaveLength(0);
    expect(merged.peers[0]).toMatchObject({ publicKey: KEY_A, changedKey: KEY_B });
    // The same key again clears nothing that wasn't there.
    expect(mergeConnections(kept, [conn(P1, KEY_A)], [], [], now).peers[0]?.changedKey).toBeNull();
  });

  it("CR5: someone no longer listed stays, not connected, with their history", () => {
    const kept = [
      newPeer({
        peerId: P1,
        publicKey: KEY_A,
        inMyCircle: true,
        inTheirCircle: true,
        since: "x",
        mutedUntil: null,
        label: "Sam",
      }),
    ];
    const merged = mergeConnections(
      kept,
      [conn(P2, KEY_B, { inMyCircle: false, inTheirCircle: true })],
      [],
      [],
      now,
    );
    const gone = merged.peers.find((p) => p.peerId === P1);
    expect(gone).toMatchObject({ connected: false, inMyCircle: false, inTheirCircle: false, label: "Sam" });
    // Someone who joined as "I support them" gets no invite label.
    expect(merged.peers.find((p) => p.peerId === P2)?.label).toBeNull();
  });
});
