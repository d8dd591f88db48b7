import type { CirclePeer } from "../../circle/model.ts";

/** Who was already in my circle when an invite was made: peerId → inMyCircle. */
export type CircleSnapshot = ReadonlyMap<string, boolean>;

export const snapshotOf = (peers: readonly CirclePeer[]): CircleSnapshot =>
  new Map(peers.map((p) => [p.peerId, p.inMyCircle]));

/**
 * The person who used my invite: someone now in my circle who wasn't when it was made (new, or back
 * after being removed — their row stays, with the same id). If several, the one with the invite's label.
 */
export function arrivedPeer(
  peers: readonly CirclePeer[],
  before: CircleSnapshot,
  label: string,
): CirclePeer | null {
  const arrived = peers.filter((p) => p.inMyCircle && before.get(p.peerId) !== true);
  return arrived.find((p) => p.label === label) ?? arrived[0] ?? null;
}
