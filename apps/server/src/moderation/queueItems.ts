import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, ModerationItemsTable } from "../db/schema.ts";

type NewItem = Pick<ModerationItemsTable, "kind" | "story_id"> &
  Partial<Pick<ModerationItemsTable, "comment_id" | "reporter_id" | "reason" | "note">>;

/** Puts something in front of the moderators (ST15–ST17). Never tells anyone else. */
export async function addQueueItem(db: Kysely<Database>, item: NewItem, now: Date): Promise<void> {
  await db
    .insertInto("moderation_items")
    .values({
      id: randomUUID(),
      kind: item.kind,
      story_id: item.story_id,
      comment_id: item.comment_id ?? null,
      reporter_id: item.reporter_id ?? null,
      reason: item.reason ?? null,
      note: item.note ?? null,
      created_at: now.toISOString(),
      resolved_at: null,
      resolution: null,
    })
    .execute();
}
