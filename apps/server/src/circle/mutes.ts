import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** CR9: a mute (or a snooze: a mute until a time) kept on the server only so pushes respect it. */

/** Sets or lifts (until null) my mute for a peer. Times are stored as UTC ISO text, which compares as text. */
export async function setMute(
  db: Kysely<Database>,
  userId: string,
  peerId: string,
  until: Date | null,
): Promise<void> {
  if (until === null) {
    await db.deleteFrom("circle_mutes").where("user_id", "=", userId).where("peer_id", "=", peerId).execute();
    return;
  }
  const value = until.toISOString();
  await db
    .insertInto("circle_mutes")
    .values({ user_id: userId, peer_id: peerId, until: value })
    .onConflict((oc) => oc.columns(["user_id", "peer_id"]).doUpdateSet({ until: value }))
    .execute();
}

/** True while the recipient has muted the sender. */
export async function isMuted(
  db: Kysely<Database>,
  recipientId: string,
  senderId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .selectFrom("circle_mutes")
    .select("until")
    .where("user_id", "=", recipientId)
    .where("peer_id", "=", senderId)
    .where("until", ">", now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}
