import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** CR8: boxes wait this long for a device that is offline, then go. */
export const BOX_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
export const SWEEP_EVERY_MS = 60 * 60 * 1000;

/** Deletes boxes older than 30 days and invites past their expiry (used or not). */
export async function sweepCircle(
  db: Kysely<Database>,
  now: Date,
): Promise<{ boxes: number; invites: number }> {
  const boxes = await db
    .deleteFrom("circle_messages")
    .where("created_at", "<", new Date(now.getTime() - BOX_LIFETIME_MS).toISOString())
    .executeTakeFirst();
  const invites = await db
    .deleteFrom("circle_invites")
    .where("expires_at", "<=", now.toISOString())
    .executeTakeFirst();
  return { boxes: Number(boxes.numDeletedRows), invites: Number(invites.numDeletedRows) };
}
