import type { ConnectionWire, InviteWire } from "@small-steps/sync";
import { db } from "../store/db.ts";
import { circleApi } from "./api.ts";
import type { CirclePeer, PendingInvite } from "./model.ts";
import { newPeer, readInvites, writeInvites } from "./store.ts";

/**
 * The connection list from the server, merged into what this device keeps (CR2, CR5): a new
 * person's key is pinned; a known person's key is never replaced silently — a different one is
 * held aside as `changedKey` until the person compares codes again; people who are gone stay,
 * marked not connected, so the history remains readable.
 */

export interface Merged {
  peers: CirclePeer[];
  /** People seen for the first time: they get my name and status. */
  added: CirclePeer[];
  invites: PendingInvite[];
}

/**
 * Pure: merges the server's list into the kept peers. `stillPending` is the server's list of my
 * unused invites: an invite that left it was used (or expired), and its label names a new person
 * in my circle.
 */
export function mergeConnections(
  kept: readonly CirclePeer[],
  connections: readonly ConnectionWire[],
  invites: readonly PendingInvite[],
  stillPending: readonly InviteWire[],
  now: Date,
): Merged {
  const byId = new Map(kept.map((p) => [p.peerId, p]));
  const pendingIds = new Set(stillPending.map((i) => i.id));
  // Newest first: the person who just joined most likely used the newest invite.
  const gone = invites
    .filter((i) => !pendingIds.has(i.id))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const labels = gone.filter((i) => i.expiresAt > now.toISOString()).map((i) => i.label);
  const seen = new Set<string>();
  const peers: CirclePeer[] = [];
  const added: CirclePeer[] = [];
  for (const c of connections) {
    seen.add(c.peerId);
    const existing = byId.get(c.peerId);
    if (!existing) {
      const peer = newPeer({
        peerId: c.peerId,
        publicKey: c.publicKey,
        inMyCircle: c.inMyCircle,
        inTheirCircle: c.inTheirCircle,
        since: c.since,
        mutedUntil: c.mutedUntil,
        label: c.inMyCircle ? (labels.shift() ?? null) : null,
      });
      peers.push(peer);
      added.push(peer);
      continue;
    }
    const keyChanged = c.publicKey !== existing.publicKey;
    peers.push({
      ...existing,
      inMyCircle: c.inMyCircle,
      inTheirCircle: c.inTheirCircle,
      connected: true,
      mutedUntil: c.mutedUntil,
      changedKey: keyChanged ? c.publicKey : null,
    });
  }
  for (const p of kept)
    if (!seen.has(p.peerId)) peers.push({ ...p, connected: false, inMyCircle: false, inTheirCircle: false });
  return { peers, added, invites: invites.filter((i) => pendingIds.has(i.id)) };
}

/** Fetches and merges; returns the people seen for the first time, or null when offline. */
export async function refreshConnections(): Promise<CirclePeer[] | null> {
  const [connections, pending] = await Promise.all([circleApi.connections(), circleApi.invites()]);
  if (!connections.ok || !pending.ok) return null;
  let added: CirclePeer[] = [];
  await db.transaction("rw", [db.circlePeers, db.meta], async () => {
    const merged = mergeConnections(
      await db.circlePeers.toArray(),
      connections.value.connections,
      await readInvites(),
      pending.value.invites,
      new Date(),
    );
    await db.circlePeers.bulkPut(merged.peers);
    await writeInvites(merged.invites);
    added = merged.added;
  });
  return added;
}
