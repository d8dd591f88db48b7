import type { InboxItem } from "@small-steps/sync";
import { db } from "../store/db.ts";
import { circleApi } from "./api.ts";
import type { Me } from "./identity.ts";
import { CIRCLE_META, type CircleMessage, type CirclePeer } from "./model.ts";
import { openEnvelope } from "./seal.ts";
import { readCursor } from "./store.ts";

/**
 * Receiving (CR8, CR11): pages of the inbox after this device's cursor, in order. Each box is
 * opened with the peer's *pinned* key; what it holds is applied, and the cursor moves in the same
 * IndexedDB transaction, so a box is applied exactly once even if it is fetched twice (two tabs, a
 * lost answer): a message id already kept is skipped.
 */

/** What one box did to the peer and the message list. */
export function applyOpened(
  peer: CirclePeer,
  item: InboxItem,
  envelope: import("@small-steps/sync").CircleEnvelope,
): { peer: CirclePeer; message?: CircleMessage } {
  const c = envelope.content;
  const at = envelope.at;
  switch (c.t) {
    case "message":
      return incoming(peer, item, { text: c.text, phrase: c.phrase, state: "sent" });
    case "status":
      // Newest wins by the sender's clock: boxes from one sender arrive in order anyway.
      return peer.statusAt && peer.statusAt > at
        ? { peer }
        : { peer: { ...peer, status: c.status, statusAt: at } };
    case "hello":
      return { peer: { ...peer, name: c.name } };
    case "phrases":
      return peer.phrases.at > at
        ? { peer }
        : { peer: { ...peer, phrases: { reach: c.reach, answer: c.answer, at, by: "them" } } };
    case "receipts":
      return { peer: { ...peer, receiptsTheirs: c.on, seenUpTo: c.on ? peer.seenUpTo : null } };
    case "seen":
      return { peer: { ...peer, seenUpTo: c.upTo } };
  }
}

const later = (a: string | null, b: string): string => (a && a > b ? a : b);

/** A box that did not open: kept as such, so the person knows something came (CR11). */
const unreadable = (peer: CirclePeer, item: InboxItem) =>
  incoming(peer, item, { text: "", phrase: null, state: "unreadable" });

/** A message that came in: one more unread, and the peer's last contact moves up to it. */
function incoming(
  peer: CirclePeer,
  item: InboxItem,
  content: Pick<CircleMessage, "text" | "phrase" | "state">,
): { peer: CirclePeer; message: CircleMessage } {
  return {
    peer: { ...peer, lastAt: later(peer.lastAt, item.sentAt), unread: peer.unread + 1 },
    message: { id: item.id, peerId: peer.peerId, direction: "in", at: item.sentAt, ...content },
  };
}

export interface FetchDeps {
  /** Learns about people the device hasn't seen yet (a box can arrive before the connection list). */
  refreshConnections: () => Promise<void>;
}

/** Fetches and applies every waiting box; returns how many were new. */
export async function fetchInbox(me: Me, deps: FetchDeps): Promise<number> {
  let applied = 0;
  let refreshed = false;
  for (;;) {
    const after = await readCursor();
    const page = await circleApi.inbox(after);
    if (!page.ok) return applied;
    const items = page.value.items;
    if (items.length === 0) return applied;
    const unknown = items.some((i) => i.from !== me.userId);
    if (unknown && !refreshed) {
      const known = new Set((await db.circlePeers.toCollection().primaryKeys()) as string[]);
      if (items.some((i) => !known.has(i.from))) {
        refreshed = true;
        await deps.refreshConnections();
      }
    }
    // Open outside the transaction (libsodium is synchronous but loading it is not).
    const peers = new Map(
      (await db.circlePeers.bulkGet([...new Set(items.map((i) => i.from))])).flatMap((p) =>
        p ? [[p.peerId, p]] : [],
      ),
    );
    const opened = await Promise.all(
      items.map(async (item) => {
        const peer = peers.get(item.from);
        if (!peer) return { item, envelope: undefined };
        const r = await openEnvelope(
          item.box,
          { id: item.id, from: item.from, to: me.userId },
          me.secret,
          peer.publicKey,
        );
        return { item, envelope: r.ok ? r.envelope : undefined };
      }),
    );
    const last = items[items.length - 1]?.seq ?? after;
    await db.transaction("rw", [db.circlePeers, db.circleMessages, db.meta], async () => {
      // Inside the transaction: whatever another tab applied meanwhile is seen here.
      if ((await readCursor()) >= last) return;
      for (const { item, envelope } of opened) {
        const peer = await db.circlePeers.get(item.from);
        // A box from someone no longer (or never) connected to this device: nothing to show it with.
        if (!peer) continue;
        if (await db.circleMessages.get(item.id)) continue;
        const result = envelope ? applyOpened(peer, item, envelope) : unreadable(peer, item);
        await db.circlePeers.put(result.peer);
        if (result.message) {
          await db.circleMessages.put(result.message);
          applied++;
        }
      }
      await db.meta.put({ key: CIRCLE_META.cursor, value: last });
    });
    if (!page.value.more) return applied;
  }
}
