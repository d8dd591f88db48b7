import type { ConnectionWire } from "@small-steps/sync";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * GET connections (CR5): everyone I am connected with, seen from my side. Only people connected
 * with me appear, so a public key is never shown to anyone else (CR13). A circle is a handful of
 * people, so this reads the rows and groups them here.
 */
export async function listConnections(
  db: Kysely<Database>,
  userId: string,
  now: Date,
  onlyPeer?: string,
): Promise<ConnectionWire[]> {
  let query = db
    .selectFrom("circle_members")
    .select(["owner_id", "member_id", "created_at"])
    .where((eb) => eb.or([eb("owner_id", "=", userId), eb("member_id", "=", userId)]));
  if (onlyPeer !== undefined) {
    query = query.where((eb) => eb.or([eb("owner_id", "=", onlyPeer), eb("member_id", "=", onlyPeer)]));
  }
  const rows = await query.execute();

  const peers = new Map<string, { inMyCircle: boolean; inTheirCircle: boolean; since: string }>();
  for (const row of rows) {
    const mine = row.owner_id === userId;
    const peerId = mine ? row.member_id : row.owner_id;
    if (peerId === userId) continue;
    const entry = peers.get(peerId) ?? { inMyCircle: false, inTheirCircle: false, since: row.created_at };
    if (mine) entry.inMyCircle = true;
    else entry.inTheirCircle = true;
    if (row.created_at < entry.since) entry.since = row.created_at;
    peers.set(peerId, entry);
  }
  if (peers.size === 0) return [];

  const ids = [...peers.keys()];
  const keys = await db
    .selectFrom("circle_keys")
    .select(["user_id", "public_key"])
    .where("user_id", "in", ids)
    .execute();
  const mutes = await db
    .selectFrom("circle_mutes")
    .select(["peer_id", "until"])
    .where("user_id", "=", userId)
    .where("peer_id", "in", ids)
    .where("until", ">", now.toISOString())
    .execute();
  const keyOf = new Map(keys.map((k) => [k.user_id, k.public_key]));
  const muteOf = new Map(mutes.map((m) => [m.peer_id, m.until]));

  const connections: ConnectionWire[] = [];
  for (const [peerId, entry] of peers) {
    const publicKey = keyOf.get(peerId);
    // Accepting needs both keys (CR4) and keys never go away, so this only skips the impossible.
    if (publicKey === undefined) continue;
    connections.push({ peerId, publicKey, ...entry, mutedUntil: muteOf.get(peerId) ?? null });
  }
  return connections.sort((a, b) => a.since.localeCompare(b.since) || a.peerId.localeCompare(b.peerId));
}
