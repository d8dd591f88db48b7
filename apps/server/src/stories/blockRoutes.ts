import { randomUUID } from "node:crypto";
import { blockListResponse, blockResponse, commentPath, STORY_PATHS, unblockPath } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { sessionOf } from "../accounts/guard.ts";
import type { Database } from "../db/schema.ts";
import type { StoryContext } from "./context.ts";
import type { signedInStories } from "./guard.ts";
import { blockNotFound, cannotBlockSelf } from "./problems.ts";
import { visibleComment, visibleStory } from "./targets.ts";

const wire = (row: { id: string; name: string | null; story_title: string | null; created_at: string }) =>
  blockResponse.parse({ id: row.id, name: row.name, storyTitle: row.story_title, createdAt: row.created_at });

/**
 * ST14: block the author of a story or a comment one can see. It works both ways at once: neither
 * sees the other's stories or comments, nor can answer them. The block keeps only what the blocker
 * saw (a name, or none for an anonymous author, and the story's title), so the list can never
 * unmask anyone. Blocking again changes nothing.
 */
export function registerBlockRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;

  const block = async (blockerId: string, blockedId: string, name: string | null, storyTitle: string) => {
    if (blockerId === blockedId) throw cannotBlockSelf();
    await db
      .insertInto("story_blocks")
      .values({
        id: randomUUID(),
        blocker_id: blockerId,
        blocked_id: blockedId,
        name,
        story_title: storyTitle,
        created_at: context.now().toISOString(),
      })
      .onConflict((oc) => oc.columns(["blocker_id", "blocked_id"]).doNothing())
      .execute();
    return wire(await pairOf(db, blockerId, blockedId));
  };

  scope.post<{ Params: { id: string } }>(`${STORY_PATHS.stories}/:id/block`, signedIn, async (request) => {
    const userId = sessionOf(request).userId;
    const story = await visibleStory(db, request.params.id, userId);
    const name = story.anonymous === 1 ? null : (story.name ?? null);
    return block(userId, story.author_id, name, story.title);
  });

  scope.post<{ Params: { commentId: string } }>(
    commentPath(":commentId", "block"),
    signedIn,
    async (request) => {
      const userId = sessionOf(request).userId;
      const comment = await visibleComment(db, request.params.commentId, userId);
      const { row } = comment;
      // The author of an anonymous story answering on it stays anonymous here too (ST5).
      const anonymous =
        row.name === null || (row.story_anonymous === 1 && row.author_id === row.story_author_id);
      return block(userId, row.author_id, anonymous ? null : row.name, comment.storyTitle);
    },
  );

  scope.get(STORY_PATHS.blocks, signedIn, async (request) => {
    const rows = await db
      .selectFrom("story_blocks")
      .select(["id", "name", "story_title", "created_at"])
      .where("blocker_id", "=", sessionOf(request).userId)
      .orderBy("created_at", "desc")
      .execute();
    return blockListResponse.parse({ blocks: rows.map(wire) });
  });

  scope.post<{ Params: { blockId: string } }>(unblockPath(":blockId"), signedIn, async (request) => {
    const result = await db
      .deleteFrom("story_blocks")
      .where("id", "=", request.params.blockId)
      .where("blocker_id", "=", sessionOf(request).userId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw blockNotFound();
    return { unblocked: true };
  });
}

async function pairOf(db: Kysely<Database>, blockerId: string, blockedId: string) {
  return db
    .selectFrom("story_blocks")
    .select(["id", "name", "story_title", "created_at"])
    .where("blocker_id", "=", blockerId)
    .where("blocked_id", "=", blockedId)
    .executeTakeFirstOrThrow();
}
