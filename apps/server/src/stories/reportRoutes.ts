import { commentPath, reportSchema, STORY_PATHS } from "@small-steps/sync";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { parseOr400 } from "../http/parse.ts";
import { addQueueItem } from "../moderation/queueItems.ts";
import { refuseBanned } from "./bans.ts";
import type { StoryContext } from "./context.ts";
import { personOf, type signedInStories } from "./guard.ts";
import { commentNotFound } from "./problems.ts";
import { visibleComment, visibleStory } from "./targets.ts";

/**
 * ST15: a reader reports a story or a comment they can see, with a reason. Reporting the same
 * thing again while it waits changes nothing (no pile of duplicates); the reporter is never shown.
 */
export function registerReportRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;
  const reports = createLimiter(scope, "stories:report", context.limits.reports, personOf);

  const report = async (request: FastifyRequest, target: { storyId: string; commentId: string | null }) => {
    const userId = sessionOf(request).userId;
    const { reason, note } = parseOr400(reportSchema, request.body);
    let waiting = db
      .selectFrom("moderation_items")
      .select("id")
      .where("reporter_id", "=", userId)
      .where("story_id", "=", target.storyId)
      .where("resolved_at", "is", null);
    waiting =
      target.commentId === null
        ? waiting.where("comment_id", "is", null)
        : waiting.where("comment_id", "=", target.commentId);
    if (!(await waiting.executeTakeFirst())) {
      await addQueueItem(
        db,
        {
          kind: "report",
          story_id: target.storyId,
          comment_id: target.commentId,
          reporter_id: userId,
          reason,
          note: note?.trim() ? note.trim() : null,
        },
        context.now(),
      );
    }
    return { reported: true };
  };

  scope.post<{ Params: { id: string } }>(`${STORY_PATHS.stories}/:id/report`, signedIn, async (request) => {
    await enforce(request, reports);
    const userId = sessionOf(request).userId;
    await refuseBanned(db, userId);
    const story = await visibleStory(db, request.params.id, userId);
    return report(request, { storyId: story.id, commentId: null });
  });

  scope.post<{ Params: { commentId: string } }>(
    commentPath(":commentId", "report"),
    signedIn,
    async (request) => {
      await enforce(request, reports);
      const userId = sessionOf(request).userId;
      await refuseBanned(db, userId);
      const comment = await visibleComment(db, request.params.commentId, userId);
      if (comment.status !== "visible") throw commentNotFound();
      return report(request, { storyId: comment.storyId, commentId: comment.id });
    },
  );
}
