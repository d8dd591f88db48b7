import { feedQuery, feedResponse, STORY_LIMITS, STORY_PATHS, storyListResponse } from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { type SqlBool, sql } from "kysely";
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
    const cursor = before ? decodeCursor(before) : undefined;
    const base = storiesSeenBy(db, userId, { excerpt: true })
      .where("stories.status", "=", "published")
      .where(notBlocked(userId, "stories.author_id"))
      .limit(STORY_LIMITS.pageSize + 1);
    // Keyset on (published_at, id) as a row value, never the equivalent OR: both planners turn it
    // into an index range, so page 20,000 costs what page 2 does (bench/stories.ts: the OR form
    // walked the index from the newest story, 40 ms at the middle of 1M on SQLite, 410 ms on PG).
    // By theme, the same walk runs on story_themes' index (theme, published_at, story_id).
    const [at, key] = theme
      ? (["story_themes.published_at", "story_themes.story_id"] as const)
      : (["stories.published_at", "stories.id"] as const);
    const rows = await base
      .$if(theme !== undefined, (q) =>
        q
          .innerJoin("story_themes", "story_themes.story_id", "stories.id")
          .where("story_themes.theme", "=", theme ?? "")
          .where("story_themes.published_at", "is not", null),
      )
      .$if(cursor !== undefined, (q) =>
        q.where(sql<SqlBool>`(${sql.ref(at)}, ${sql.ref(key)}) < (${cursor?.publishedAt}, ${cursor?.id})`),
      )
      .orderBy(sql.ref(at), "desc")
      .orderBy(sql.ref(key), "desc")
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
