/**
 * What the stories seed writes, table by table, as rows of plain values in column order: one
 * description both seeders (SQLite, PostgreSQL) read, so both databases hold the same rows.
 */
import {
  commentCountOf,
  commentRow,
  heartCountOf,
  heartUser,
  iso,
  profileRow,
  publishedMs,
  type StoryScale,
  storiesInIdOrder,
  storyId,
  storyRow,
  userId,
  userRow,
} from "./storiesData.ts";

export type Value = string | number | null;

export interface TableLoad {
  table: string;
  columns: readonly string[];
  /** PostgreSQL array types for unnest(), one per column. */
  pgTypes: readonly string[];
  rows(): Iterable<Value[]>;
}

const pick = <T extends object>(row: T, columns: readonly string[]): Value[] =>
  columns.map((c) => (row as Record<string, Value>)[c] as Value);

function* range<T>(count: number, make: (i: number) => T): Iterable<T> {
  for (let i = 0; i < count; i++) yield make(i);
}

export function tableLoads(scale: StoryScale): TableLoad[] {
  const users = [
    "id",
    "username",
    "created_at",
    "kdf_salt",
    "kdf_ops_limit",
    "kdf_mem_limit_bytes",
    "auth_hash",
    "recovery_auth_hash",
    "key_bundle",
  ] as const;
  const profiles = ["user_id", "name", "about", "colour", "created_at"] as const;
  const stories = [
    "id",
    "author_id",
    "status",
    "title",
    "body",
    "themes",
    "content_notes",
    "anonymous",
    "hide_hearts",
    "created_at",
    "updated_at",
    "published_at",
  ] as const;
  const comments = ["id", "story_id", "author_id", "parent_id", "body", "status", "created_at"] as const;
  const text = (n: number) => Array.from({ length: n }, () => "text");
  return [
    {
      table: "users",
      columns: users,
      pgTypes: ["text", "text", "text", "text", "integer", "integer", "text", "text", "text"],
      rows: () => range(scale.heartPool, (u) => pick(userRow(u), users)),
    },
    {
      table: "story_profiles",
      columns: profiles,
      pgTypes: text(5),
      rows: () => range(scale.authors, (u) => pick(profileRow(u), profiles)),
    },
    {
      // Oldest first, as they would have been written over the years.
      table: "stories",
      columns: stories,
      pgTypes: [...text(7), "integer", "integer", "text", "text", "text"],
      rows: () => range(scale.stories, (n) => pick(storyRow(n, scale), stories)),
    },
    {
      // Migration 0009: the feed-by-theme index, as the write routes keep it.
      table: "story_themes",
      columns: ["story_id", "theme", "published_at"],
      pgTypes: text(3),
      rows: () => themeRows(scale),
    },
    {
      table: "story_hearts",
      columns: ["story_id", "user_id", "created_at"],
      pgTypes: text(3),
      rows: () => hearts(scale),
    },
    {
      table: "story_comments",
      columns: comments,
      pgTypes: text(7),
      rows: () => commentRows(scale, comments),
    },
  ];
}

function* themeRows(scale: StoryScale): Iterable<Value[]> {
  for (let n = 0; n < scale.stories; n++) {
    const story = storyRow(n, scale);
    for (const theme of JSON.parse(story.themes) as string[]) yield [story.id, theme, story.published_at];
  }
}

/** In story-id order (and user-id order within a story), so the primary key fills in order. */
function* hearts(scale: StoryScale): Iterable<Value[]> {
  const users = Array.from({ length: scale.heartPool }, (_, u) => userId(u));
  for (const n of storiesInIdOrder(scale.stories)) {
    const count = heartCountOf(n);
    if (count === 0) continue;
    const id = storyId(n);
    const published = publishedMs(n, scale.stories);
    const people = Array.from(
      { length: count },
      (_, k) => [users[heartUser(n, k, scale)] as string, k] as const,
    );
    people.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    for (const [user, k] of people) yield [id, user, iso(published + (k + 1) * 60_000)];
  }
}

function* commentRows(scale: StoryScale, columns: readonly string[]): Iterable<Value[]> {
  for (let n = 0; n < scale.stories; n++) {
    const count = commentCountOf(n);
    for (let k = 0; k < count; k++) yield pick(commentRow(n, k, scale), columns);
  }
}

/** Rows in batches of `size`. */
export function* batched(rows: Iterable<Value[]>, size: number): Iterable<Value[][]> {
  let batch: Value[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
