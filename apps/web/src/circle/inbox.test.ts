import type { CircleContent, CircleEnvelope, InboxItem } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { applyOpened } from "./inbox.ts";
import { newPeer } from "./store.ts";

const PEER = "11111111-1111-4111-8111-111111111111";
const ME = "22222222-2222-4222-8222-222222222222";
const ID = "33333333-3333-4333-8333-333333333333";
const peer = newPeer({
  peerId: PEER,
  publicKey: "k",
  inMyCircle: true,
  inTheirCircle: true,
  since: "x",
  mutedUntil: null,
  label: null,
});
const item: InboxItem = {
  id: ID,
  from: PEER,
  seq: 1,
  sentAt: "2026-11-22T10:00:05.000Z",
  box: { v: 1, nonce: "", ciphertext: "" },
};
const env = (content: CircleContent, at = "2026-11-22T10:00:00.000Z"): CircleEnvelope => ({
  from: PEER,
  to: ME,
  id: ID,
  at,
  content,
});

describe("applying an opened box", () => {
  it("a message becomes an incoming message, unread, at the server's time", () => {
    const r = applyOpened(
      peer,
      item,
      env({ t: "message", text: "Still here if you want to talk.", phrase: "answer" }),
    );
    expect(r.message).toMatchObject({
      direction: "in",
      text: "Still here if you want to talk.",
      phrase: "answer",
      at: item.sentAt,
    });
    expect(r.peer.unread).toBe(1);
    expect(r.peer.lastAt).toBe(item.sentAt);
  });

  it("status, name and phrases: the newest by the sender's clock wins, and none is a message", () => {
    const later = applyOpened(
      peer,
      item,
      env({ t: "status", status: "space" }, "2026-11-22T11:00:00.000Z"),
    ).peer;
    expect(later.status).toBe("space");
    expect(
      applyOpened(later, item, env({ t: "status", status: "open" }, "2026-11-22T10:30:00.000Z")).peer.status,
    ).toBe("space");
    const named = applyOpened(peer, item, env({ t: "hello", name: "Sam" }));
    expect(named.peer.name).toBe("Sam");
    expect(named.message).toBeUndefined();
    const phrases = applyOpened(peer, item, env({ t: "phrases", reach: ["Rough one."], answer: ["Here."] }))
      .peer.phrases;
    expect(phrases).toMatchObject({ reach: ["Rough one."], answer: ["Here."], by: "them" });
  });

  it("CR12: 'seen' is kept; turning receipts off forgets it", () => {
    const on = applyOpened(peer, item, env({ t: "receipts", on: true })).peer;
    const seen = applyOpened(on, item, env({ t: "seen", upTo: ID })).peer;
    expect(seen).toMatchObject({ receiptsTheirs: true, seenUpTo: ID });
    expect(applyOpened(seen, item, env({ t: "receipts", on: false })).peer).toMatchObject({
      receiptsTheirs: false,
      seenUpTo: null,
    });
  });
});
