import { randomUUID } from "node:crypto";
import {
  heartsVisibilitySchema,
  STORY_PATHS,
  storyPublishResponse,
  storyWriteSchema,
} from "@small-steps/sync";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { createLimiter, enforce } from "../http/limiter.ts";
import { parseOr400 } from "../http/parse.ts";
import { addQueueItem } from "../moderation/queueItems.ts";
import { refuseBanned } from "./bans.ts";
import type { StoryContext } from "./context.ts";
import { personOf, type signedInStories } from "./guard.ts";
import { needsProfile, storyNotFound } from "./problems.ts";
import { ownStory, readableStory, storyWire } from "./storyStore.ts";
import { setStoryThemes, setThemesPublishedAt } from "./storyThemes.ts";
import { checkText } from "./textChecks.ts";

type Params = { Params: { id: string } };

/** ST3, ST4: write, edit, publish, unpublish and delete; only ever one's own story. */
export function registerWriteRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;
  const publishes = createLimiter(scope, "stories:publish", context.limits.publishes, personOf);

  /** The session's own story, or 404 whatever the reason (ST4). */
  const mineOr404 = async (request: FastifyRequest<Params>) => {
    const userId = sessionOf(request).userId;
    const story = await ownStory(db, request.params.id, userId);
    if (!story) throw storyNotFound();
    return { userId, story };
  };

  const answer = async (id: string, userId: string) => {
    const row = await readableStory(db, id, userId);
    if (!row) throw storyNotFound();
    return storyWire(row, userId);
  };

  const columns = (write: ReturnType<typeof storyWriteSchema.parse>) => ({
    title: write.title,
    body: write.body,
    themes: JSON.stringify(write.themes),
    content_notes: JSON.stringify(write.contentNotes),
    anonymous: write.anonymous ? 1 : 0,
  });

  scope.post(STORY_PATHS.stories, signedIn, async (request, reply) => {
    const write = parseOr400(storyWriteSchema, request.body);
    const userId = sessionOf(request).userId;
    await refuseBanned(db, userId);
    const now = context.now().toISOString();
    const id = randomUUID();
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto("stories")
        .values({
          id,
          author_id: userId,
          status: "draft",
          ...columns(write),
          hide_hearts: 0,
          created_at: now,
          updated_at: now,
          published_at: null,
        })
        .execute();
      await setStoryThemes(trx, id, write.themes, null);
    });
    return reply.code(201).send(await answer(id, userId));
  });

  scope.put<Params>(`${STORY_PATHS.stories}/:id`, signedIn, async (request) => {
    const { userId, story } = await mineOr404(request);
    await refuseBanned(db, userId);
    const write = parseOr400(storyWriteSchema, request.body);
    const now = context.now();
    // ST13: new crisis words in a story readers can already see are flagged the same way.
    const crisis = story.status === "published" && checkText(`${write.title}\n\n${write.body}`).crisis;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("stories")
        .set({ ...columns(write), updated_at: now.toISOString() })
        .where("id", "=", story.id)
        .execute();
      await setStoryThemes(trx, story.id, write.themes, story.published_at);
      if (crisis) await addQueueItem(trx, { kind: "crisis", story_id: story.id }, now);
    });
    return answer(story.id, userId);
  });

  scope.post<Params>(`${STORY_PATHS.stories}/:id/publish`, signedIn, async (request) => {
    const { userId, story } = await mineOr404(request);
    // Hidden by a moderator: only a moderator brings it back.
    if (story.status === "hidden") throw storyNotFound();
    await enforce(request, publishes);
    await refuseBanned(db, userId);
    const profile = await db
      .selectFrom("story_profiles")
      .select("user_id")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    if (!profile) throw needsProfile();
    let crisis = false;
    if (story.status !== "published") {
      const now = context.now();
      const words = await db
        .selectFrom("stories")
        .select(["title", "body"])
        .where("id", "=", story.id)
        .executeTakeFirstOrThrow();
      crisis = checkText(`${words.title}\n\n${words.body}`).crisis;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("stories")
          .set({ status: "published", published_at: now.toISOString(), updated_at: now.toISOString() })
          .where("id", "=", story.id)
          .execute();
        await setThemesPublishedAt(trx, story.id, now.toISOString());
        // ST13: a quiet flag for moderators; the story goes out as written.
        if (crisis) await addQueueItem(trx, { kind: "crisis", story_id: story.id }, now);
      });
    }
    return storyPublishResponse.parse({ story: await answer(story.id, userId), support: crisis });
  });

  scope.post<Params>(`${STORY_PATHS.stories}/:id/unpublish`, signedIn, async (request) => {
    const { userId, story } = await mineOr404(request);
    if (story.status === "hidden") throw storyNotFound();
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable("stories")
        .set({ status: "draft", published_at: null, updated_at: context.now().toISOString() })
        .where("id", "=", story.id)
        .execute();
      await setThemesPublishedAt(trx, story.id, null);
    });
    return answer(story.id, userId);
  });

  scope.post<Params>(`${STORY_PATHS.stories}/:id/delete`, signedIn, async (request) => {
    const { story } = await mineOr404(request);
    // Hearts and comments go with it (explicitly here, and by the foreign keys).
    await db.transaction().execute(async (trx) => {
      await trx.deleteFrom("story_hearts").where("story_id", "=", story.id).execute();
      await trx.deleteFrom("story_comments").where("story_id", "=", story.id).execute();
      await trx.deleteFrom("story_themes").where("story_id", "=", story.id).execute();
      await trx.deleteFrom("stories").where("id", "=", story.id).execute();
    });
    return { deleted: true };
  });

  scope.put<Params>(`${STORY_PATHS.stories}/:id/hearts-visibility`, signedIn, async (request) => {
    const { userId, story } = await mineOr404(request);
    const { hideHearts } = parseOr400(heartsVisibilitySchema, request.body);
    await db
      .updateTable("stories")
      .set({ hide_hearts: hideHearts ? 1 : 0 })
      .where("id", "=", story.id)
      .execute();
    if (story.status === "hidden") return { hideHearts };
    return answer(story.id, userId);
  });
}
