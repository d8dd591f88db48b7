import { feedQuery, feedResponse, STORY_LIMITS, STORY_PATHS, storyListResponse } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { sessionOf } from "../accounts/guard.ts";
import { parseOr400 } from "../http/parse.ts";
import { notBlocked } from "./blockFilter.ts";
import type { StoryContext } from "./context.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import type { signedInStories } from "./guard.ts";
import { storyNotFound } from "./problems.ts";
import { readableStory, storiesSeenBy, storySummaryWire, storyWire } from "./storyStore.ts";

/** ST4–ST7: my stories, the feed, one story. */
export function registerReadRoutes(
  scope: FastifyInstance,
  context: StoryContext,
  signedIn: ReturnType<typeof signedInStories>,
): void {
  const { db } = context;

  scope.get(STORY_PATHS.mine, signedIn, async (request) => {
    const userId = sessionOf(request).userId;
    const rows = await storiesSeenBy(db, userId)
      .where("stories.author_id", "=", userId)
      .orderBy("stories.updated_at", "desc")
      .orderBy("stories.id", "desc")
      .execute();
    return storyListResponse.parse({ stories: rows.map((row) => storyWire(row, userId)), next: null });
  });

  scope.get(STORY_PATHS.feed, signedIn, async (request) => {
    const userId = sessionOf(request).userId;
    const { theme, before } = parseOr400(feedQuery, request.query);
    let query = storiesSeenBy(db, userId, { excerpt: true })
      .where("stories.status", "=", "published")
      .where(notBlocked(userId, "stories.author_id"));
    if (theme) {
      // Themes are a JSON array of fixed words, so the quoted word matches exactly one theme.
      query = query.where("stories.themes", "like", `%"${theme}"%`);
    }
    if (before) {
      const cursor = decodeCursor(before);
      // A row-value comparison, not the equivalent OR: both planners turn it into a range on the
      // stories_feed index, so page 20,000 costs what page 2 does (bench/stories.ts: the OR form
      // walked the index from the newest story, 40 ms at the middle of 1M on SQLite, 410 ms on PG).
      query = query.where((eb) =>
        eb(eb.refTuple("stories.published_at", "stories.id"), "<", eb.tuple(cursor.publishedAt, cursor.id)),
      );
    }
    const rows = await query
      .orderBy("stories.published_at", "desc")
      .orderBy("stories.id", "desc")
      .limit(STORY_LIMITS.pageSize + 1)
      .execute();
    const page = rows.slice(0, STORY_LIMITS.pageSize);
    const last = page.at(-1);
    const next =
      rows.length > STORY_LIMITS.pageSize && last?.published_at
        ? encodeCursor({ publishedAt: last.published_at, id: last.id })
        : null;
    return feedResponse.parse({ stories: page.map((row) => storySummaryWire(row, userId)), next });
  });

  scope.get<{ Params: { id: string } }>(`${STORY_PATHS.stories}/:id`, signedIn, async (request) => {
    const userId = sessionOf(request).userId;
    const row = await readableStory(db, request.params.id, userId);
    if (!row) throw storyNotFound();
    return storyWire(row, userId);
  });
}
