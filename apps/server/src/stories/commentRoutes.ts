import { randomUUID } from "node:crypto";
import { commentCreateSchema, commentListResponse, commentResponse, STORY_PATHS } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { sessionOf } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../circle/limits.ts";
import { parseOr400 } from "../circle/parse.ts";
import type { Database } from "../db/schema.ts";
import type { StoryContext } from "./context.ts";
import { personOf, type signedInStories } from "./guard.ts";
import { commentNotFound, replyTooDeep, storyNotFound } from "./problems.ts";
import { ANONYMOUS_AUTHOR } from "./storyStore.ts";

type Params = { Params: { id: string } };

/** Visible comments of a story, oldest first, each with its author's profile. */
function commentsOf(db: Kysely<Database>, storyId: string) {
  return db
    .selectFrom("story_comments")
    .innerJoin("stories", "stories.id", "story_comments.story_id")
    .leftJoin("story_profiles", "story_profiles.user_id", "story_comments.author_id")
    .select([
      "stories.author_id as story_author_id",
      "stories.anonymous as story_anonymous",
      "story_comments.id",
      "story_comments.parent_id",
      "story_comments.author_id",
      "story_comments.body",
      "story_comments.created_at",
      "story_profiles.name",
      "story_profiles.about",
      "story_profiles.colour",
    ])
    .where("story_comments.story_id", "=", storyId)
    .where("story_comments.status", "=", "visible")
    .orderBy("story_comments.created_at", "asc")
    .orderBy("story_comments.id", "asc");
}

type CommentRow = Awaited<ReturnType<ReturnType<typeof commentsOf>["execute"]>>[number];

/**
 * An id is never shown (ST5). Anonymous: a commenter without a profile, and the author of an
 * anonymous story answering on it — their name there would unmask the story.
 */
const commentWire = (row: CommentRow, viewerId: string) =>
  commentResponse.parse({
    id: row.id,
    parentId: row.parent_id,
    author:
      row.name === null || (row.story_anonymous === 1 && row.author_id === row.story_author_id)
        ? { ...ANONYMOUS_AUTHOR }
        : { name: row.name, about: row.about ?? "", avatarColour: row.colour, anonymous: false },
    mine: row.author_id === viewerId,
    body: row.body,
    createdAt: row.created_at,
  });

/** ST8: comments on published stories, with one level of replies. */
export function registerCommentRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;
  const comments = createLimiter(scope, "stories-comment", context.limits.comments, personOf);

  const publishedId = async (id: string) => {
    const story = await db
      .selectFrom("stories")
      .select("id")
      .where("id", "=", id)
      .where("status", "=", "published")
      .executeTakeFirst();
    if (!story) throw storyNotFound();
    return story.id;
  };

  scope.post<Params>(`${STORY_PATHS.stories}/:id/comments`, signedIn, async (request, reply) => {
    await enforce(request, comments);
    const userId = sessionOf(request).userId;
    const storyId = await publishedId(request.params.id);
    const { body, parentId } = parseOr400(commentCreateSchema, request.body);
    if (parentId !== undefined) {
      const parent = await db
        .selectFrom("story_comments")
        .select(["parent_id"])
        .where("id", "=", parentId)
        .where("story_id", "=", storyId)
        .where("status", "=", "visible")
        .executeTakeFirst();
      if (!parent) throw commentNotFound();
      if (parent.parent_id !== null) throw replyTooDeep();
    }
    const id = randomUUID();
    await db
      .insertInto("story_comments")
      .values({
        id,
        story_id: storyId,
        author_id: userId,
        parent_id: parentId ?? null,
        body,
        status: "visible",
        created_at: context.now().toISOString(),
      })
      .execute();
    const row = await commentsOf(db, storyId).where("story_comments.id", "=", id).executeTakeFirstOrThrow();
    return reply.code(201).send(commentWire(row, userId));
  });

  scope.get<Params>(`${STORY_PATHS.stories}/:id/comments`, signedIn, async (request) => {
    const userId = sessionOf(request).userId;
    const storyId = await publishedId(request.params.id);
    const rows = await commentsOf(db, storyId).execute();
    return commentListResponse.parse({ comments: rows.map((row) => commentWire(row, userId)) });
  });
}
