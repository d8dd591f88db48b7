import {
  type ContentNotes,
  FEED_EXCERPT_CHARACTERS,
  type StorySummaryWire,
  type StoryTheme,
  type StoryWire,
} from "@small-steps/sync";
import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.ts";
import { notBlocked } from "./blockFilter.ts";

/** ST5: what an anonymous author shows; never a name, a colour or an id. */
export const ANONYMOUS_AUTHOR = {
  name: "Anonymous",
  about: "",
  avatarColour: null,
  anonymous: true,
} as const;

/**
 * Stories with their author's profile and counts, as seen by `viewerId`. With `excerpt`, `body`
 * holds only the opening of each story (the feed, ST7), so the database never hands over more.
 */
export function storiesSeenBy(db: Kysely<Database>, viewerId: string, options: { excerpt?: boolean } = {}) {
  return db
    .selectFrom("stories")
    .leftJoin("story_profiles", "story_profiles.user_id", "stories.author_id")
    .select((eb) => [
      "stories.id",
      "stories.author_id",
      "stories.status",
      "stories.title",
      options.excerpt
        ? sql<string>`substr(stories.body, 1, ${sql.lit(FEED_EXCERPT_CHARACTERS)})`.as("body")
        : "stories.body",
      "stories.themes",
      "stories.content_notes",
      "stories.anonymous",
      "stories.hide_hearts",
      "stories.published_at",
      "stories.updated_at",
      "story_profiles.name",
      "story_profiles.about",
      "story_profiles.colour",
      eb
        .selectFrom("story_hearts")
        .select(eb.fn.countAll<string | number>().as("n"))
        .whereRef("story_hearts.story_id", "=", "stories.id")
        .as("heart_count"),
      eb
        .selectFrom("story_hearts")
        .select(eb.fn.countAll<string | number>().as("n"))
        .whereRef("story_hearts.story_id", "=", "stories.id")
        .where("story_hearts.user_id", "=", viewerId)
        .as("hearted"),
      eb
        .selectFrom("story_comments")
        .select(eb.fn.countAll<string | number>().as("n"))
        .whereRef("story_comments.story_id", "=", "stories.id")
        .where("story_comments.status", "=", "visible")
        .as("comment_count"),
    ]);
}

/** One row as the wire shows it to `viewerId` (ST5, ST6). */
export function storyWire(row: StoryRow, viewerId: string): StoryWire {
  const mine = row.author_id === viewerId;
  const anonymous = row.anonymous === 1;
  const hideHearts = row.hide_hearts === 1;
  const author = anonymous
    ? { ...ANONYMOUS_AUTHOR }
    : { name: row.name ?? "", about: row.about ?? "", avatarColour: colourOf(row.colour), anonymous: false };
  return {
    id: row.id,
    status: row.status,
    mine,
    author,
    title: row.title,
    body: row.body,
    themes: JSON.parse(row.themes) as StoryTheme[],
    contentNotes: JSON.parse(row.content_notes) as ContentNotes,
    anonymous,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    heartCount: hideHearts && !mine ? null : Number(row.heart_count ?? 0),
    hideHearts,
    heartedByMe: Number(row.hearted ?? 0) > 0,
    commentCount: Number(row.comment_count ?? 0),
  };
}

/** A feed row (its body already cut to the excerpt) as the wire shows it. */
export function storySummaryWire(row: StoryRow, viewerId: string): StorySummaryWire {
  const { body, ...rest } = storyWire(row, viewerId);
  return { ...rest, excerpt: body };
}

export type StoryRow = NonNullable<Awaited<ReturnType<ReturnType<typeof storiesSeenBy>["executeTakeFirst"]>>>;

const colourOf = (colour: string | null) =>
  colour as "sage" | "sky" | "sand" | "rose" | "lavender" | "stone" | null;

/** The author's own story, or undefined (another person's answers as if it did not exist, ST4). */
export async function ownStory(db: Kysely<Database>, id: string, authorId: string) {
  return db
    .selectFrom("stories")
    .select(["id", "status", "published_at"])
    .where("id", "=", id)
    .where("author_id", "=", authorId)
    .executeTakeFirst();
}

/**
 * A story this person may read: published, or their own draft (ST4); never one whose author and
 * reader have blocked each other, either way (ST14).
 */
export async function readableStory(db: Kysely<Database>, id: string, viewerId: string) {
  return storiesSeenBy(db, viewerId)
    .where("stories.id", "=", id)
    .where(notBlocked(viewerId, "stories.author_id"))
    .where((eb) =>
      eb.or([
        eb("stories.status", "=", "published"),
        eb.and([eb("stories.author_id", "=", viewerId), eb("stories.status", "=", "draft")]),
      ]),
    )
    .executeTakeFirst();
}
