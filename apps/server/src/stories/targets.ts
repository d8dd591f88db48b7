import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { commentsOf } from "./commentRoutes.ts";
import { commentNotFound, storyNotFound } from "./problems.ts";
import { readableStory } from "./storyStore.ts";

/** A published story this person can see (not blocked either way), or 404 (ST4, ST14). */
export async function visibleStory(db: Kysely<Database>, id: string, viewerId: string) {
  const story = await readableStory(db, id, viewerId);
  if (story?.status !== "published") throw storyNotFound();
  return story;
}

/** A comment this person can see, on a story they can see, or 404. */
export async function visibleComment(db: Kysely<Database>, commentId: string, viewerId: string) {
  const owner = await db
    .selectFrom("story_comments")
    .select(["story_id"])
    .where("id", "=", commentId)
    .executeTakeFirst();
  if (!owner) throw commentNotFound();
  const story = await readableStory(db, owner.story_id, viewerId);
  if (story?.status !== "published") throw commentNotFound();
  const row = await commentsOf(db, owner.story_id, viewerId)
    .where("story_comments.id", "=", commentId)
    .executeTakeFirst();
  if (!row) throw commentNotFound();
  return { id: row.id, storyId: owner.story_id, storyTitle: story.title, story, row, status: row.status };
}
