import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** CR1: each person's circle public key, published once. */

export async function findCircleKey(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("circle_keys")
    .select("public_key")
    .where("user_id", "=", userId)
    .executeTakeFirst();
  return row?.public_key ?? null;
}

/**
 * Stores the key unless one is already there, and returns the key now stored: the same one for a
 * device publishing again, another one when a different key was set first (the caller refuses it,
 * so a key never changes silently).
 */
export async function publishCircleKey(
  db: Kysely<Database>,
  userId: string,
  publicKey: string,
  now: Date,
): Promise<string> {
  await db
    .insertInto("circle_keys")
    .values({ user_id: userId, public_key: publicKey, created_at: now.toISOString() })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
  const stored = await findCircleKey(db, userId);
  if (stored === null) throw new Error("the circle key was not stored");
  return stored;
}
