import { randomUUID } from "node:crypto";
import {
  commentCreateSchema,
  commentListResponse,
  commentPath,
  commentPostResponse,
  commentResponse,
  STORY_PATHS,
} from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { sessionOf } from "../accounts/guard.ts";
import type { Database } from "../db/schema.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { parseOr400 } from "../http/parse.ts";
import { holdsFirstComment } from "../moderation/firstComment.ts";
import { addQueueItem } from "../moderation/queueItems.ts";
import { refuseBanned } from "./bans.ts";
import { notBlocked } from "./blockFilter.ts";
import type { StoryContext } from "./context.ts";
import { personOf, type signedInStories } from "./guard.ts";
import { commentNotFound, harshComment, replyTooDeep, storyNotFound } from "./problems.ts";
import { ANONYMOUS_AUTHOR, readableStory } from "./storyStore.ts";
import { checkText } from "./textChecks.ts";

type Params = { Params: { id: string } };

/**
 * The comments of a story this viewer may see, oldest first, each with its author's profile:
 * visible ones, and their own held ones (ST12, ST16); none from anyone they blocked or who
 * blocked them (ST14).
 */
export function commentsOf(db: Kysely<Database>, storyId: string, viewerId: string) {
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
      "story_comments.status",
      "story_profiles.name",
      "story_profiles.about",
      "story_profiles.colour",
    ])
    .where("story_comments.story_id", "=", storyId)
    .where((eb) =>
      eb.or([
        eb("story_comments.status", "=", "visible"),
        eb.and([eb("story_comments.status", "=", "held"), eb("story_comments.author_id", "=", viewerId)]),
      ]),
    )
    .where(notBlocked(viewerId, "story_comments.author_id"))
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
    status: row.status === "held" ? "held" : "visible",
  });

/** ST8: comments on published stories, with one level of replies. */
export function registerCommentRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;
  const comments = createLimiter(scope, "stories:comment", context.limits.comments, personOf);

  /** A published story this person may read (not blocked either way), or 404. */
  const publishedId = async (id: string, userId: string) => {
    const story = await readableStory(db, id, userId);
    if (story?.status !== "published") throw storyNotFound();
    return story.id;
  };

  scope.post<Params>(`${STORY_PATHS.stories}/:id/comments`, signedIn, async (request, reply) => {
    await enforce(request, comments);
    const userId = sessionOf(request).userId;
    await refuseBanned(db, userId);
    const storyId = await publishedId(request.params.id, userId);
    const { body, parentId, postAnyway } = parseOr400(commentCreateSchema, request.body);
    if (parentId !== undefined) {
      const parent = await commentsOf(db, storyId, userId)
        .where("story_comments.id", "=", parentId)
        .where("story_comments.status", "=", "visible")
        .executeTakeFirst();
      if (!parent) throw commentNotFound();
      if (parent.parent_id !== null) throw replyTooDeep();
    }
    const check = checkText(body);
    // ST12: the nudge comes before anything is kept; the words go back to the writer untouched.
    if (check.harsh && postAnyway !== true) throw harshComment(check.reasons);
    const firstHeld = !check.harsh && (await holdsFirstComment(db, userId));
    const held = check.harsh || firstHeld;
    const id = randomUUID();
    const now = context.now();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("story_comments")
        .values({
          id,
          story_id: storyId,
          author_id: userId,
          parent_id: parentId ?? null,
          body,
          status: held ? "held" : "visible",
          created_at: now.toISOString(),
        })
        .execute();
      if (held)
        await addQueueItem(
          trx,
          { kind: firstHeld ? "first" : "held", story_id: storyId, comment_id: id },
          now,
        );
      // ST13: a quiet flag for the moderators; the comment itself is shown as written.
      if (check.crisis) await addQueueItem(trx, { kind: "crisis", story_id: storyId, comment_id: id }, now);
    });
    const row = await commentsOf(db, storyId, userId)
      .where("story_comments.id", "=", id)
      .executeTakeFirstOrThrow();
    return reply
      .code(201)
      .send(commentPostResponse.parse({ comment: commentWire(row, userId), support: check.crisis }));
  });

  scope.post<{ Params: { commentId: string } }>(
    commentPath(":commentId", "delete"),
    signedIn,
    async (request) => {
      const userId = sessionOf(request).userId;
      // Only one's own; anyone else's answers as if it were not there. Replies go with it (ST8).
      const result = await db
        .deleteFrom("story_comments")
        .where("id", "=", request.params.commentId)
        .where("author_id", "=", userId)
        .executeTakeFirst();
      if (Number(result.numDeletedRows) === 0) throw commentNotFound();
      return { deleted: true };
    },
  );

  scope.get<Params>(`${STORY_PATHS.stories}/:id/comments`, signedIn, async (request) => {
    const userId = sessionOf(request).userId;
    const storyId = await publishedId(request.params.id, userId);
    const rows = await commentsOf(db, storyId, userId).execute();
    return commentListResponse.parse({ comments: rows.map((row) => commentWire(row, userId)) });
  });
}
