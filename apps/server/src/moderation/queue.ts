import { type QueueItem, queueItemResponse } from "@small-steps/sync";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Crisis flags first (someone may need care), then the oldest waiting; at most this many a page. */
const QUEUE_PAGE = 100;

/**
 * ST17: open items with the content as it stands and who wrote it. Moderators see the author of an
 * anonymous story (their username), which readers never do (ST5).
 */
export async function openQueue(db: Kysely<Database>): Promise<QueueItem[]> {
  const rows = await db
    .selectFrom("moderation_items as m")
    .innerJoin("stories as s", "s.id", "m.story_id")
    .leftJoin("story_comments as c", "c.id", "m.comment_id")
    .innerJoin("users as u", (join) =>
      join.on((eb) => eb("u.id", "=", eb.fn.coalesce("c.author_id", "s.author_id"))),
    )
    .leftJoin("story_profiles as p", "p.user_id", "u.id")
    .leftJoin("user_bans as b", "b.user_id", "u.id")
    .select([
      "m.id",
      "m.kind",
      "m.comment_id",
      "m.reason",
      "m.note",
      "m.created_at",
      "s.id as story_id",
      "s.title",
      "s.body as story_body",
      "s.content_notes",
      "s.status as story_status",
      "s.anonymous",
      "s.author_id as story_author_id",
      "c.body as comment_body",
      "c.status as comment_status",
      "u.id as author_id",
      "u.username",
      "p.name as profile_name",
      "b.user_id as banned",
    ])
    .where("m.resolved_at", "is", null)
    .orderBy((eb) => eb.case().when("m.kind", "=", "crisis").then(0).else(1).end())
    .orderBy("m.created_at", "asc")
    .orderBy("m.id", "asc")
    .limit(QUEUE_PAGE)
    .execute();
  return rows.map((row) => {
    const onComment = row.comment_id !== null;
    return queueItemResponse.parse({
      id: row.id,
      kind: row.kind,
      target: onComment ? "comment" : "story",
      reason: row.reason,
      note: row.note,
      createdAt: row.created_at,
      content: {
        storyId: row.story_id,
        commentId: row.comment_id,
        title: row.title,
        body: onComment ? (row.comment_body ?? "") : row.story_body,
        contentNotes: onComment ? null : JSON.parse(row.content_notes),
        status: onComment ? (row.comment_status ?? "hidden") : row.story_status,
      },
      author: {
        username: row.username,
        profileName: row.profile_name,
        // Anonymous to readers: the story's author on an anonymous story, or a comment on it by them.
        anonymous: row.anonymous === 1 && row.author_id === row.story_author_id,
        banned: row.banned !== null,
      },
    });
  });
}
