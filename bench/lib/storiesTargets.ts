/**
 * What the stories bench asks for: a signed-in reader (the web app's own sign-up flow) with a few
 * blocks either way (so the feed's block filter has something to leave out), feed cursors deep in
 * the feed and at its very end, and samples of published stories and of stories with comments.
 */
import { encodeCursor } from "../../apps/server/src/stories/cursor.ts";
import { type BenchAccount, logIn, signUp } from "./account.ts";
import { authorOf, commentCountOf, prng, type StoryScale, statusOf, storyId, userId } from "./storiesData.ts";
import type { BenchDb } from "./storiesDb.ts";

/** Sessions (devices) of the reader; the server's per-session limit is raised (see the server main). */
const SESSIONS = 4;
/** The reader blocks these many authors, and these many authors block the reader. */
const BLOCKS_BY_READER = 20;
const BLOCKS_OF_READER = 5;
export const PAGE = 20;
/** "Page 1,000": 20,000 stories down, or half-way on a smaller feed. */
const DEEP_PAGE = 1000;

export interface Reader {
  account: BenchAccount;
  /** The reader's users.id, for the scratch queries. */
  userId: string;
  cookies: string[];
  /** Authors (user numbers) hidden from the reader by a block, either way. */
  blockedAuthors: Set<number>;
  /** Why the blocks are missing, when they are. */
  blockNote?: string;
}

const placeholders = (db: BenchDb, count: number, from = 1) =>
  Array.from({ length: count }, (_, i) => (db.kind === "sqlite" ? "?" : `$${i + from}`)).join(", ");

export async function signInReader(url: string, db: BenchDb, scale: StoryScale): Promise<Reader> {
  const username = `bench_reader_${Math.random().toString(36).slice(2, 10)}`;
  const account = await signUp(url, username, "a quiet walk by the ocean");
  const cookies = [account.cookie];
  for (let i = 1; i < SESSIONS; i++) cookies.push(await logIn(url, account));
  const [me] = await db.query<{ id: string }>(
    `SELECT id FROM users WHERE username = ${placeholders(db, 1)}`,
    [username],
  );
  if (!me) throw new Error("the reader's account is not in the database");
  const blockedAuthors = new Set<number>();
  const pairs: [string, string][] = [];
  for (let i = 0; i < BLOCKS_BY_READER + BLOCKS_OF_READER; i++) {
    const author = (i * 97 + 13) % scale.authors;
    blockedAuthors.add(author);
    pairs.push(i < BLOCKS_BY_READER ? [me.id, userId(author)] : [userId(author), me.id]);
  }
  try {
    for (const [blocker, blocked] of pairs) {
      await db.query(
        `INSERT INTO story_blocks (id, blocker_id, blocked_id, name, story_title, created_at) VALUES (${placeholders(db, 6)})`,
        [crypto.randomUUID(), blocker, blocked, null, null, new Date().toISOString()],
      );
    }
    return { account, userId: me.id, cookies, blockedAuthors };
  } catch (error) {
    // Code from before blocks (0008_moderation): the feed has no block filter to exercise.
    return {
      account,
      userId: me.id,
      cookies,
      blockedAuthors: new Set(),
      blockNote: String((error as Error).message),
    };
  }
}

export interface FeedTargets {
  published: number;
  deepPage: number;
  deepCursor: string;
  /** Half-way down the feed: scratch timings only (not loaded). */
  middlePage: number;
  middleCursor: string;
  lastPage: number;
  lastCursor: string;
  /** Published stories whose authors the reader has not blocked. */
  storyIds: string[];
  /** The same, among stories with comments. */
  commentedIds: string[];
}

/** (published_at, id) of the story `offset` places down the unfiltered feed. OFFSET here only, never in the app. */
async function cursorAt(db: BenchDb, offset: number): Promise<string> {
  const [row] = await db.query<{ published_at: string; id: string }>(
    `SELECT published_at, id FROM stories WHERE status = 'published'
     ORDER BY published_at DESC, id DESC LIMIT 1 OFFSET ${Math.max(0, Math.floor(offset))}`,
  );
  if (!row) throw new Error(`no published story at offset ${offset}`);
  return encodeCursor({ publishedAt: row.published_at, id: row.id });
}

export async function feedTargets(db: BenchDb, scale: StoryScale, reader: Reader): Promise<FeedTargets> {
  const [count] = await db.query<{ n: number | string }>(
    "SELECT COUNT(*) AS n FROM stories WHERE status = 'published'",
  );
  const published = Number(count?.n ?? 0);
  const pages = Math.ceil(published / PAGE);
  const deepPage = Math.min(DEEP_PAGE, Math.floor(pages / 2));
  const lastPage = pages - 1;
  const middlePage = Math.floor(pages / 2);
  const rand = prng(20261206);
  const visible = (n: number) =>
    statusOf(n) === "published" && !reader.blockedAuthors.has(authorOf(n, scale));
  const storyIds: string[] = [];
  while (storyIds.length < 1000) {
    const n = Math.floor(rand() * scale.stories);
    if (visible(n)) storyIds.push(storyId(n));
  }
  const commentedIds: string[] = [];
  for (let tries = 0; commentedIds.length < 500 && tries < 1_000_000; tries++) {
    const n = Math.floor(rand() * scale.stories);
    if (visible(n) && commentCountOf(n) > 0) commentedIds.push(storyId(n));
  }
  return {
    published,
    deepPage,
    deepCursor: await cursorAt(db, deepPage * PAGE - 1),
    middlePage,
    middleCursor: await cursorAt(db, middlePage * PAGE - 1),
    lastPage,
    lastCursor: await cursorAt(db, lastPage * PAGE - 1),
    storyIds,
    commentedIds,
  };
}
