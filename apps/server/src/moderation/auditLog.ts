import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, ModerationLogTable } from "../db/schema.ts";

/** ST18: every moderation action, role change and setting change is written here, never edited. */
export async function logAction(
  db: Kysely<Database>,
  entry: Omit<ModerationLogTable, "id" | "created_at">,
  now: Date,
): Promise<void> {
  await db
    .insertInto("moderation_log")
    .values({ id: randomUUID(), ...entry, created_at: now.toISOString() })
    .execute();
}
