import { STORY_PATHS } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { refuseBanned } from "./bans.ts";
import type { StoryContext } from "./context.ts";
import { personOf, type signedInStories } from "./guard.ts";
import { storyNotFound } from "./problems.ts";
import { readableStory, storyWire } from "./storyStore.ts";

type Params = { Params: { id: string } };

/** ST6: a heart, given or taken back; both idempotent. Only published stories take hearts. */
export function registerHeartRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;
  const hearts = createLimiter(scope, "stories:heart", context.limits.hearts, personOf);

  const published = async (id: string, userId: string) => {
    const row = await readableStory(db, id, userId);
    if (row?.status !== "published") throw storyNotFound();
    return row;
  };

  scope.post<Params>(`${STORY_PATHS.stories}/:id/heart`, signedIn, async (request) => {
    await enforce(request, hearts);
    const userId = sessionOf(request).userId;
    await refuseBanned(db, userId);
    const story = await published(request.params.id, userId);
    await db
      .insertInto("story_hearts")
      .values({ story_id: story.id, user_id: userId, created_at: context.now().toISOString() })
      .onConflict((oc) => oc.columns(["story_id", "user_id"]).doNothing())
      .execute();
    return storyWire(await published(story.id, userId), userId);
  });

  scope.post<Params>(`${STORY_PATHS.stories}/:id/unheart`, signedIn, async (request) => {
    await enforce(request, hearts);
    const userId = sessionOf(request).userId;
    const story = await published(request.params.id, userId);
    await db
      .deleteFrom("story_hearts")
      .where("story_id", "=", story.id)
      .where("user_id", "=", userId)
      .execute();
    return storyWire(await published(story.id, userId), userId);
  });
}
