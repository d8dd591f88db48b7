/**
 * The synthetic stories world for bench/stories.ts, as pure functions of an index: story n, user u,
 * comment k of story n. Random access (no state carried from one row to the next), so SQLite and
 * PostgreSQL are filled with byte-identical rows, in any order, and the bench can name a story,
 * a page or a commented story without reading the database.
 */
import { createHash } from "node:crypto";
import type { StoriesTable, UsersTable } from "../../apps/server/src/db/schema.ts";

export const SEED_VERSION = 2;

/** Scale-dependent counts. */
export interface StoryScale {
  stories: number;
  /** Users 0..authors-1 write stories (and have a profile). */
  authors: number;
  /** Users 0..heartPool-1 give hearts and write comments (authors among them). */
  heartPool: number;
}

export function storyScale(stories: number): StoryScale {
  const authors = Math.min(10_000, Math.max(100, Math.floor(stories / 5)));
  // More than POPULAR_HEARTS, so the popular stories' hearts are distinct people (see heartUser).
  return { stories, authors, heartPool: Math.max(authors * 2, POPULAR_HEARTS + 1) };
}

/** A UUID-shaped id from md5(label): stable, random-looking, so the B-trees see random keys. */
export function uuidOf(label: string): string {
  const h = createHash("md5").update(label).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((Number.parseInt(h[16] as string, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const storyId = (n: number) => uuidOf(`story:${n}`);
export const userId = (u: number) => uuidOf(`user:${u}`);
export const commentId = (n: number, k: number) => uuidOf(`comment:${n}:${k}`);

/** Integer hash (Knuth's multiplicative, then xorshift), in [0, 2^32). */
export function mix(n: number, salt = 0): number {
  let x = (Math.imul(n ^ salt, 2654435761) ^ (n >>> 16)) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x2c1b3c6d) >>> 0;
  x ^= x >>> 12;
  return x >>> 0;
}

/** A small PRNG (mulberry32) for one row's text. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Five years of publishing, ending on a fixed day, so a cached database and a new run agree. */
const END_MS = Date.UTC(2026, 0, 1);
const SPAN_MS = 5 * 365 * 86_400_000;
const START_MS = END_MS - SPAN_MS;

export type StoryStatus = "published" | "draft" | "hidden";

export function statusOf(n: number): StoryStatus {
  const r = mix(n, 1) % 100;
  if (r < 4) return "draft";
  if (r < 5) return "hidden";
  return "published";
}

/**
 * Story n's publish time, whole seconds, oldest first. Every 40th story shares its predecessor's
 * second (ST7's keyset must not skip or repeat them), and small scales still spread over 5 years.
 */
export function publishedMs(n: number, total: number): number {
  const m = n % 40 === 1 ? n - 1 : n;
  const step = SPAN_MS / total;
  return START_MS + Math.floor((m * step) / 1000) * 1000;
}

export const iso = (ms: number) => new Date(ms).toISOString();

export const authorOf = (n: number, scale: StoryScale) => mix(n, 2) % scale.authors;

/** Themes are skewed like real interest: "work" is rare, which is the feed-by-theme worst case. */
export const THEME_ODDS: Readonly<Record<string, number>> = {
  childhood: 0.3,
  family: 0.25,
  relationships: 0.2,
  body: 0.1,
  healing: 0.3,
  hope: 0.25,
  work: 0.01,
  identity: 0.08,
};
export const COMMON_THEME = "healing";
export const RARE_THEME = "work";

export function themesOf(n: number): string[] {
  const rand = prng(mix(n, 3));
  const picked = Object.entries(THEME_ODDS)
    .filter(([, odds]) => rand() < odds)
    .map(([theme]) => theme);
  return picked.slice(0, 3);
}

const NOTES = ["abuse", "self-harm", "suicide", "violence", "grief", "substance-use", "eating"] as const;

export function contentNotesOf(n: number): string[] {
  const rand = prng(mix(n, 4));
  if (rand() < 0.3) return ["none"];
  const first = NOTES[Math.floor(rand() * NOTES.length)] as string;
  const second = NOTES[Math.floor(rand() * NOTES.length)] as string;
  return rand() < 0.4 && second !== first ? [first, second] : [first];
}

const TITLE_START = [
  "The year I",
  "What I learned when I",
  "How I finally",
  "The morning I",
  "Why I stopped trying to",
  "A letter to the kid who",
  "Small things that helped me",
  "The day I",
  "Learning to",
  "After years, I",
];
const TITLE_END = [
  "said no",
  "asked for help",
  "let myself rest",
  "forgave the younger me",
  "left home",
  "found my voice",
  "stopped apologising",
  "cried in the car",
  "called my sister",
  "planted a garden",
  "slept through the night",
  "felt safe",
];

const SENTENCES = [
  "For a long time I thought the way I grew up was normal, because it was all I knew.",
  "My therapist asked me what I needed, and I realised nobody had ever asked me that before.",
  "Some mornings are still heavy, but they are not every morning now.",
  "I started with one small thing: a glass of water before I looked at my phone.",
  "The kitchen was the loudest room in our house, and I still flinch when a door slams.",
  "I used to apologise for taking up space, even in rooms that were empty.",
  "It took me years to notice that my shoulders were always up by my ears.",
  "My sister and I have started talking about it, slowly, one phone call at a time.",
  "There was no single moment when things changed; there were hundreds of tiny ones.",
  "I keep a list of glimmers now: the smell of bread, the sound of rain on the window, my dog's sigh.",
  "Grief came for the childhood I did not have, and I let it stay for a while.",
  "Saying no the first time felt like stepping off a cliff, and then it felt like breathing.",
  "I learned that being tired is not the same as being lazy, and that rest is allowed.",
  "When the old voice tells me I am too much, I answer it the way I would answer a friend.",
  "Walking by the water helps; I count the waves until my breath slows down.",
  "I am still learning to trust people who are kind without wanting something back.",
  "Some days the progress is only that I noticed what I was feeling and named it.",
  "I wrote a letter to my younger self and did not send it anywhere, and that was enough.",
  "Holidays are hard, so I plan a quiet evening for myself afterwards, every year.",
  "Nobody in my family talked about feelings, so I had to learn the words as an adult.",
  "The body keeps the story too: my jaw, my stomach, the way I hold my breath.",
  "I found a group of people who understood without needing the whole story first.",
  "It is strange to feel safe and not know what to do with it at first.",
  "I stopped measuring healing in straight lines; it moves more like the tide.",
  "Music got me through the worst year, one album on repeat every night.",
  "If you are reading this in a hard season, I hope you find one small kind thing today.",
  "I still have bad weeks, but I know now that they end.",
  "Boundaries felt cruel at first, because I had been taught that love meant having none.",
  "My partner learned my signs before I did, and reminds me gently to eat.",
  "I moved to a new city and, for the first time, chose my own home.",
];

const COMMENT_SENTENCES = [
  "Thank you for sharing this.",
  "This is so close to my story that I had to stop reading for a moment.",
  "The part about the kitchen stayed with me.",
  "I am glad you found people who understand.",
  "Sending you warmth from far away.",
  "I am going to try the glass of water tomorrow.",
  "It helps to know I am not the only one.",
  "Your words about rest gave me permission I did not know I needed.",
  "I read this twice.",
  "Holidays are hard for me too; a quiet evening afterwards sounds right.",
];

/** Sentences from `pool` until at least `minChars`, in paragraphs of 3 to 5. */
function prose(rand: () => number, pool: readonly string[], minChars: number): string {
  const parts: string[] = [];
  let length = 0;
  let inParagraph = 0;
  let paragraph = 3 + Math.floor(rand() * 3);
  while (length < minChars) {
    const sentence = pool[Math.floor(rand() * pool.length)] as string;
    const separator = parts.length === 0 ? "" : inParagraph >= paragraph ? "\n\n" : " ";
    if (separator === "\n\n") {
      inParagraph = 0;
      paragraph = 3 + Math.floor(rand() * 3);
    }
    parts.push(separator, sentence);
    length += separator.length + sentence.length;
    inParagraph++;
  }
  return parts.join("");
}

export function titleOf(n: number): string {
  const rand = prng(mix(n, 5));
  const start = TITLE_START[Math.floor(rand() * TITLE_START.length)] as string;
  const end = TITLE_END[Math.floor(rand() * TITLE_END.length)] as string;
  return `${start} ${end}`;
}

/** 1,000 to 2,000 characters. */
export function bodyOf(n: number): string {
  const rand = prng(mix(n, 6));
  return prose(rand, SENTENCES, 1000 + Math.floor(rand() * 900));
}

/** A stories row exactly as the server's schema types it. */
export type StoryRowData = StoriesTable;

export function storyRow(n: number, scale: StoryScale): StoryRowData {
  const status = statusOf(n);
  const published = publishedMs(n, scale.stories);
  return {
    id: storyId(n),
    author_id: userId(authorOf(n, scale)),
    status,
    title: titleOf(n),
    body: bodyOf(n),
    themes: JSON.stringify(themesOf(n)),
    content_notes: JSON.stringify(contentNotesOf(n)),
    anonymous: mix(n, 7) % 10 === 0 ? 1 : 0,
    hide_hearts: mix(n, 8) % 20 === 0 ? 1 : 0,
    created_at: iso(published - 86_400_000),
    updated_at: iso(published),
    published_at: status === "draft" ? null : iso(published),
  };
}

/** One story in a thousand is popular. */
export const POPULAR_HEARTS = 1000;

/** 0–19 hearts, or POPULAR_HEARTS for one story in a thousand: about 10.5 on average (drafts have none). */
export function heartCountOf(n: number): number {
  if (statusOf(n) === "draft") return 0;
  if (mix(n, 9) % 1000 === 0) return POPULAR_HEARTS;
  return mix(n, 10) % 20;
}

/**
 * The k-th person to heart story n. 104,729 is prime and larger than the pool, so for a fixed n
 * distinct k < pool give distinct people: (story, user) pairs never repeat.
 */
export const heartUser = (n: number, k: number, scale: StoryScale) =>
  (((n % scale.heartPool) * 7919 + k * 104_729) % scale.heartPool) as number;

/** One published story in ten has comments: 1–30, fewer more often. */
export function commentCountOf(n: number): number {
  if (statusOf(n) !== "published" || mix(n, 11) % 10 !== 0) return 0;
  const r = (mix(n, 12) % 1000) / 1000;
  return 1 + Math.floor(r * r * 30);
}

export interface CommentRowData {
  id: string;
  story_id: string;
  author_id: string;
  parent_id: string | null;
  body: string;
  status: "visible" | "held" | "hidden";
  created_at: string;
}

/** Comment k of story n: a reply to an earlier top-level comment one time in five. */
export function commentRow(n: number, k: number, scale: StoryScale): CommentRowData {
  const rand = prng(mix(n * 31 + k, 13));
  const replyTo = k > 0 && rand() < 0.2 ? topLevelBefore(n, k) : null;
  const r = rand();
  return {
    id: commentId(n, k),
    story_id: storyId(n),
    author_id: userId(Math.floor(rand() * scale.heartPool)),
    parent_id: replyTo === null ? null : commentId(n, replyTo),
    body: prose(rand, COMMENT_SENTENCES, 40 + Math.floor(rand() * 300)),
    status: r < 0.97 ? "visible" : r < 0.99 ? "held" : "hidden",
    created_at: iso(publishedMs(n, scale.stories) + (k + 1) * 3_600_000),
  };
}

/** The nearest earlier comment of story n that is not itself a reply (ST8: one level). */
function topLevelBefore(n: number, k: number): number | null {
  for (let j = k - 1; j >= 0; j--) {
    const rand = prng(mix(n * 31 + j, 13));
    const isReply = j > 0 && rand() < 0.2 && topLevelBefore(n, j) !== null;
    if (!isReply) return j;
  }
  return null;
}

/** A users row exactly as the server's schema types it. */
export type UserRowData = UsersTable;

/** A seeded person: they never sign in (their hashes open nothing), they only write and heart. */
export function userRow(u: number): UserRowData {
  return {
    id: userId(u),
    username: `bench_story_person_${u}`,
    created_at: iso(START_MS - 86_400_000),
    kdf_salt: "AAAAAAAAAAAAAAAAAAAAAA",
    kdf_ops_limit: 3,
    kdf_mem_limit_bytes: 67_108_864,
    auth_hash: "$argon2id$v=19$m=65536,t=3,p=1$bench$bench",
    recovery_auth_hash: "$argon2id$v=19$m=65536,t=3,p=1$bench$bench",
    key_bundle: "{}",
  };
}

const COLOURS = ["sage", "sky", "sand", "rose", "lavender", "stone"] as const;
const NAMES = ["River", "Sam", "Alex", "Morgan", "Jo", "Robin", "Kit", "Ash", "Noor", "Lee", "Ari", "Sky"];

export function profileRow(u: number) {
  const rand = prng(mix(u, 14));
  return {
    user_id: userId(u),
    name: `${NAMES[Math.floor(rand() * NAMES.length)]} ${u}`,
    about: rand() < 0.5 ? "" : "Slowly learning to be gentle with myself. Tea, long walks, my cat.",
    colour: COLOURS[Math.floor(rand() * COLOURS.length)] as string,
    created_at: iso(START_MS - 86_400_000),
  };
}

/** Story numbers in the order of their ids, so hearts go into the (story_id, user_id) index in order. */
export function storiesInIdOrder(total: number): number[] {
  const ids = Array.from({ length: total }, (_, n) => storyId(n));
  const order = Array.from({ length: total }, (_, n) => n);
  order.sort((a, b) => ((ids[a] as string) < (ids[b] as string) ? -1 : 1));
  return order;
}
