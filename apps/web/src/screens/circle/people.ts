import type { CirclePeer } from "../../circle/model.ts";

/** The name they chose, else my label for them, else the words for someone not yet known. */
export function peerName(peer: Pick<CirclePeer, "name" | "label">, someoneNew: string): string {
  return peer.name?.trim() || peer.label?.trim() || someoneNew;
}

export type Relation = "both" | "mine" | "theirs" | "ended";

/** How two people stand, in one word: each may be in the other's circle, or both (CR5). */
export function relationOf(peer: Pick<CirclePeer, "connected" | "inMyCircle" | "inTheirCircle">): Relation {
  if (!peer.connected || (!peer.inMyCircle && !peer.inTheirCircle)) return "ended";
  if (peer.inMyCircle && peer.inTheirCircle) return "both";
  return peer.inMyCircle ? "mine" : "theirs";
}

/** Whether something can be sent to them now: connected, and no changed key waiting (CR2). */
export function canSendTo(peer: Pick<CirclePeer, "connected" | "changedKey">): boolean {
  return peer.connected && !peer.changedKey;
}

/** The newest conversations first; people with no messages yet by when they joined. */
export function byRecent(a: CirclePeer, b: CirclePeer): number {
  const at = (p: CirclePeer) => p.lastAt ?? p.since;
  return at(b).localeCompare(at(a));
}

/** "Seen" shows only while both share it (CR12), and only under the newest message they saw. */
export function seenMessageId(
  peer: Pick<CirclePeer, "receiptsMine" | "receiptsTheirs" | "seenUpTo">,
): string | null {
  return peer.receiptsMine && peer.receiptsTheirs && peer.seenUpTo ? peer.seenUpTo : null;
}
