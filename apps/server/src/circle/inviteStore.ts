import { randomUUID } from "node:crypto";
import type { InviteWire } from "@small-steps/sync";
import { type Kysely, PostgresAdapter } from "kysely";
import type { Database } from "../db/schema.ts";
import { hashInviteCode, inviteExpiry, newInviteCode } from "./invites.ts";
import { addToCircle, eitherBlocked } from "./relations.ts";

/** CR3–CR4: pending invites, kept as hashes, used once. */

type InviteRow = { id: string; created_at: string; expires_at: string };
const wireOf = (row: InviteRow): InviteWire => ({
  id: row.id,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

export type CreateInviteResult =
  | { kind: "created"; invite: InviteWire; code: string }
  | { kind: "no_key" }
  | { kind: "too_many" };

export async function createInvite(
  db: Kysely<Database>,
  ownerId: string,
  now: Date,
  maxPending: number,
): Promise<CreateInviteResult> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.transaction().execute(async (trx) => {
    // The owner's key row, locked on PostgreSQL, serializes one person's creations so two at once
    // cannot both pass the cap (SQLite has one writer). No key yet: nobody could accept anyway.
    const keyQuery = trx.selectFrom("circle_keys").select("user_id").where("user_id", "=", ownerId);
    if (!(await (postgres ? keyQuery.forUpdate() : keyQuery).executeTakeFirst())) return { kind: "no_key" };
    const pending = await trx
      .selectFrom("circle_invites")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("owner_id", "=", ownerId)
      .where("used_at", "is", null)
      .where("expires_at", ">", now.toISOString())
      .executeTakeFirstOrThrow();
    if (Number(pending.n) >= maxPending) return { kind: "too_many" };
    const code = newInviteCode();
    const row = {
      id: randomUUID(),
      owner_id: ownerId,
      // 60 random bits: a clash with another live code is not a practical concern, and the unique
      // index would refuse one rather than let two invites share a code.
      code_hash: hashInviteCode(code),
      created_at: now.toISOString(),
      expires_at: inviteExpiry(now).toISOString(),
      used_at: null,
    };
    await trx.insertInto("circle_invites").values(row).execute();
    return { kind: "created", invite: wireOf(row), code };
  });
}

/** My invites nobody has used yet and that are still alive. */
export async function listPendingInvites(
  db: Kysely<Database>,
  ownerId: string,
  now: Date,
): Promise<InviteWire[]> {
  const rows = await db
    .selectFrom("circle_invites")
    .select(["id", "created_at", "expires_at"])
    .where("owner_id", "=", ownerId)
    .where("used_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(wireOf);
}

/** Cancels one of my pending invites; false when there is no such invite of mine (CR13). */
export async function cancelInvite(
  db: Kysely<Database>,
  ownerId: string,
  inviteId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .deleteFrom("circle_invites")
    .where("id", "=", inviteId)
    .where("owner_id", "=", ownerId)
    .where("used_at", "is", null)
    .where("expires_at", ">", now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * CR4: uses the invite and puts the acceptor in its owner's circle, in one transaction. Every way
 * a code can fail — unknown, used, expired, one's own, a block either way, an owner without a key
 * — is the same "gone", so a code reveals nothing about anyone.
 */
export async function acceptInvite(
  db: Kysely<Database>,
  code: string,
  acceptorId: string,
  now: Date,
): Promise<{ kind: "accepted"; ownerId: string } | { kind: "gone" }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom("circle_invites")
      .select(["id", "owner_id", "expires_at", "used_at"])
      .where("code_hash", "=", hashInviteCode(code))
      .executeTakeFirst();
    if (!invite || invite.used_at !== null || invite.expires_at <= at || invite.owner_id === acceptorId) {
      return { kind: "gone" } as const;
    }
    const ownerKey = await trx
      .selectFrom("circle_keys")
      .select("user_id")
      .where("user_id", "=", invite.owner_id)
      .executeTakeFirst();
    if (!ownerKey || (await eitherBlocked(trx, invite.owner_id, acceptorId)))
      return { kind: "gone" } as const;
    // Only if still unused: of two people accepting at once, one wins.
    const used = await trx
      .updateTable("circle_invites")
      .set({ used_at: at })
      .where("id", "=", invite.id)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) return { kind: "gone" } as const;
    await addToCircle(trx, invite.owner_id, acceptorId, now);
    return { kind: "accepted", ownerId: invite.owner_id } as const;
  });
}
