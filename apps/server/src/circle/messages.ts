import type { CircleBox } from "@small-steps/crypto/schemas";
import type { InboxItem } from "@small-steps/sync";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import { mayExchange } from "./relations.ts";

/**
 * Boxes between connected people (CR6–CR8). Each recipient has a sequence (circle_counters); a box
 * takes the next number inside the transaction that stores it. The counter row is bumped with
 * UPDATE … RETURNING, which on PostgreSQL holds the row's lock until commit, so one recipient's
 * boxes commit in seq order and a device reading "after n" never skips one still being written.
 */

export interface SendInput {
  senderId: string;
  id: string;
  to: string;
  box: CircleBox;
  quiet: boolean;
}

export type SendResult =
  /** Stored now: the recipient's live sockets and push learn of it after the commit. */
  | { kind: "stored"; sentAt: string; seq: number }
  /** CR7: this sender already sent this id; the first answer again, nothing stored. */
  | { kind: "repeat"; sentAt: string }
  | { kind: "not_connected" };

/** Thrown inside the transaction to roll it back when a concurrent send of the same id won. */
class AlreadySent extends Error {}

async function findSent(db: Kysely<Database>, senderId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("circle_messages")
    .select("created_at")
    .where("sender_id", "=", senderId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row?.created_at;
}

async function nextSeq(trx: Transaction<Database>, recipientId: string): Promise<number> {
  await trx
    .insertInto("circle_counters")
    .values({ user_id: recipientId, seq: 0 })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
  const row = await trx
    .updateTable("circle_counters")
    .set((eb) => ({ seq: eb("seq", "+", 1) }))
    .where("user_id", "=", recipientId)
    .returning("seq")
    .executeTakeFirstOrThrow();
  return Number(row.seq);
}

export async function sendBox(db: Kysely<Database>, input: SendInput, now: Date): Promise<SendResult> {
  // A retry (a lost answer) is the common repeat: answer it without a transaction.
  const earlier = await findSent(db, input.senderId, input.id);
  if (earlier !== undefined) return { kind: "repeat", sentAt: earlier };
  const sentAt = now.toISOString();
  try {
    return await db.transaction().execute(async (trx): Promise<SendResult> => {
      if (!(await mayExchange(trx, input.senderId, input.to))) return { kind: "not_connected" };
      const seq = await nextSeq(trx, input.to);
      const inserted = await trx
        .insertInto("circle_messages")
        .values({
          recipient_id: input.to,
          seq,
          id: input.id,
          sender_id: input.senderId,
          box: JSON.stringify(input.box),
          quiet: input.quiet ? 1 : 0,
          created_at: sentAt,
        })
        .onConflict((oc) => oc.columns(["sender_id", "id"]).doNothing())
        .executeTakeFirst();
      // The same id sent twice at once: the other request stored it; give back this seq.
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new AlreadySent();
      return { kind: "stored", sentAt, seq };
    });
  } catch (error) {
    if (!(error instanceof AlreadySent)) throw error;
    const first = await findSent(db, input.senderId, input.id);
    if (first === undefined) throw new Error("a concurrent send vanished");
    return { kind: "repeat", sentAt: first };
  }
}

/** CR8: my boxes after the cursor, in seq order, one page at a time. Only ever the caller's own. */
export async function inboxPage(
  db: Kysely<Database>,
  recipientId: string,
  after: number,
  limit: number,
): Promise<{ items: InboxItem[]; more: boolean }> {
  const rows = await db
    .selectFrom("circle_messages")
    .select(["id", "sender_id", "seq", "created_at", "box"])
    .where("recipient_id", "=", recipientId)
    .where("seq", ">", after)
    .orderBy("seq")
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map(
    (row): InboxItem => ({
      id: row.id,
      from: row.sender_id,
      seq: Number(row.seq),
      sentAt: row.created_at,
      box: JSON.parse(row.box) as CircleBox,
    }),
  );
  return { items, more: rows.length > limit };
}
