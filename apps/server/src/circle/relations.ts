import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * Who is connected to whom (CR5). A row in circle_members means member_id is in owner_id's
 * circle; two people are connected while either row exists. Blocks refuse connections both ways.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** True while either person is in the other's circle. */
export async function areConnected(db: Db, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom("circle_members")
    .select("owner_id")
    .where((eb) =>
      eb.or([
        eb.and([eb("owner_id", "=", a), eb("member_id", "=", b)]),
        eb.and([eb("owner_id", "=", b), eb("member_id", "=", a)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** True when either person has blocked the other. */
export async function eitherBlocked(db: Db, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom("circle_blocks")
    .select("blocker_id")
    .where((eb) =>
      eb.or([
        eb.and([eb("blocker_id", "=", a), eb("blocked_id", "=", b)]),
        eb.and([eb("blocker_id", "=", b), eb("blocked_id", "=", a)]),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** Boxes may travel between the two: connected, and neither has blocked the other (CR5, CR13). */
export async function mayExchange(db: Db, a: string, b: string): Promise<boolean> {
  return a !== b && (await areConnected(db, a, b)) && !(await eitherBlocked(db, a, b));
}

/** Puts member in owner's circle (accepting an invite, CR4); nothing changes if already there. */
export async function addToCircle(db: Db, ownerId: string, memberId: string, now: Date): Promise<void> {
  await db
    .insertInto("circle_members")
    .values({ owner_id: ownerId, member_id: memberId, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(["owner_id", "member_id"]).doNothing())
    .execute();
}

/** Takes member out of owner's circle: `remove` (I am the owner) and `leave` (I am the member). */
export async function takeOutOfCircle(db: Db, ownerId: string, memberId: string): Promise<void> {
  await db
    .deleteFrom("circle_members")
    .where("owner_id", "=", ownerId)
    .where("member_id", "=", memberId)
    .execute();
}

/**
 * CR5: ends both directions, drops the boxes waiting from them to me (and the mutes between us,
 * which no longer mean anything), and records the block so no invite joins us again.
 */
export async function block(
  db: Kysely<Database>,
  blockerId: string,
  blockedId: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("circle_blocks")
      .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(["blocker_id", "blocked_id"]).doNothing())
      .execute();
    await takeOutOfCircle(trx, blockerId, blockedId);
    await takeOutOfCircle(trx, blockedId, blockerId);
    await trx
      .deleteFrom("circle_messages")
      .where("recipient_id", "=", blockerId)
      .where("sender_id", "=", blockedId)
      .execute();
    await trx
      .deleteFrom("circle_mutes")
      .where((eb) =>
        eb.or([
          eb.and([eb("user_id", "=", blockerId), eb("peer_id", "=", blockedId)]),
          eb.and([eb("user_id", "=", blockedId), eb("peer_id", "=", blockerId)]),
        ]),
      )
      .execute();
  });
}
