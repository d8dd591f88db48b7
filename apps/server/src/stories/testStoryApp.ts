import {
  commentPath,
  MODERATION_PATHS,
  moderationItemPath,
  type Role,
  STORY_PATHS,
  type StoryWrite,
  storyPath,
  unblockPath,
} from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { afterEach } from "vitest";
import { json } from "../accounts/testAccounts.ts";
import { runAdminCommand } from "../admin/commands.ts";
import { buildApp } from "../app.ts";
import type { DatabaseKind } from "../db/database.ts";
import { quickPerson, type SyncTestApp, startTestApp } from "../sync/testSyncApp.ts";
import type { StoryLimits } from "./context.ts";

// Test-only: the whole app with the story routes on an isolated database of either kind, a clock
// the test sets, and one signed-in person's view of the stories API.

export interface StoryTestApp extends SyncTestApp {
  clock: { now: Date; advance(ms: number): void };
}

export async function startStoryTestApp(
  kind: DatabaseKind,
  options: { limits?: Partial<StoryLimits> } = {},
): Promise<StoryTestApp> {
  const clock = {
    now: new Date("2026-01-01T00:00:00.000Z"),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const base = await startTestApp(kind, (app) =>
    buildApp({
      ...app,
      logger: false,
      stories: { now: () => clock.now, ...(options.limits ? { limits: options.limits } : {}) },
    }),
  );
  return Object.assign(base, { clock });
}

/** Inside a describe: each test's own app, closed and deleted afterwards. */
export function storyAppPerTest(kind: DatabaseKind) {
  let current: StoryTestApp | undefined;
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return async (options?: Parameters<typeof startStoryTestApp>[1]) => {
    current = await startStoryTestApp(kind, options);
    return current;
  };
}

export const aStory = (overrides: Partial<StoryWrite> = {}): StoryWrite => ({
  title: "A small step",
  body: "Today I said no, kindly.\n\nIt felt new.",
  themes: ["healing"],
  contentNotes: ["none"],
  anonymous: false,
  ...overrides,
});

export function storyClient(app: FastifyInstance, cookie: string) {
  const send = (method: "POST" | "PUT", url: string, payload: unknown = {}) =>
    app.inject({ method, url, headers: { ...json, cookie }, payload: payload as object });
  const get = (url: string) => app.inject({ method: "GET", url, headers: { cookie } });
  return {
    putProfile: (profile: unknown) => send("PUT", STORY_PATHS.profile, profile),
    getProfile: () => get(STORY_PATHS.profile),
    create: (story: unknown = aStory()) => send("POST", STORY_PATHS.stories, story),
    update: (id: string, story: unknown) => send("PUT", storyPath(id), story),
    publish: (id: string) => send("POST", storyPath(id, "publish")),
    unpublish: (id: string) => send("POST", storyPath(id, "unpublish")),
    remove: (id: string) => send("POST", storyPath(id, "delete")),
    heartsVisibility: (id: string, hideHearts: boolean) =>
      send("PUT", storyPath(id, "hearts-visibility"), { hideHearts }),
    heart: (id: string) => send("POST", storyPath(id, "heart")),
    unheart: (id: string) => send("POST", storyPath(id, "unheart")),
    comment: (id: string, body: string, parentId?: string) =>
      send("POST", storyPath(id, "comments"), parentId ? { body, parentId } : { body }),
    commentAnyway: (id: string, body: string) =>
      send("POST", storyPath(id, "comments"), { body, postAnyway: true }),
    deleteComment: (commentId: string) => send("POST", commentPath(commentId, "delete")),
    reportStory: (id: string, reason: string, note?: string) =>
      send("POST", storyPath(id, "report"), { reason, note }),
    reportComment: (commentId: string, reason: string) =>
      send("POST", commentPath(commentId, "report"), { reason }),
    blockStoryAuthor: (id: string) => send("POST", storyPath(id, "block")),
    blockCommentAuthor: (commentId: string) => send("POST", commentPath(commentId, "block")),
    blocks: () => get(STORY_PATHS.blocks),
    unblock: (blockId: string) => send("POST", unblockPath(blockId)),
    role: () => get(MODERATION_PATHS.me),
    queue: () => get(MODERATION_PATHS.queue),
    act: (itemId: string, action: string, reason?: string) =>
      send("POST", moderationItemPath(itemId), { action, reason }),
    log: () => get(MODERATION_PATHS.log),
    settings: () => get(MODERATION_PATHS.settings),
    saveSettings: (settings: unknown) => send("PUT", MODERATION_PATHS.settings, settings),
    comments: (id: string) => get(storyPath(id, "comments")),
    story: (id: string) => get(storyPath(id)),
    mine: () => get(STORY_PATHS.mine),
    feed: (query = "") => get(`${STORY_PATHS.feed}${query}`),
  };
}

export interface StoryPerson {
  userId: string;
  cookie: string;
  api: ReturnType<typeof storyClient>;
}

/** A signed-in person, with an author profile unless told otherwise. */
export async function storyPerson(test: StoryTestApp, name: string | null = "River"): Promise<StoryPerson> {
  const { userId, cookie } = await quickPerson(test);
  const api = storyClient(test.app, cookie);
  if (name !== null) {
    const answer = await api.putProfile({ name, about: "Learning to rest.", avatarColour: "sage" });
    if (answer.statusCode !== 200) throw new Error(`could not make a profile: ${answer.body}`);
  }
  return { userId, cookie, api };
}

/** A published story by `author`; its id. */
export async function publishedStory(author: StoryPerson, story: Partial<StoryWrite> = {}): Promise<string> {
  const made = await author.api.create(aStory(story));
  if (made.statusCode !== 201) throw new Error(`could not write: ${made.body}`);
  const id = (made.json() as { id: string }).id;
  const published = await author.api.publish(id);
  if (published.statusCode !== 200) throw new Error(`could not publish: ${published.body}`);
  return id;
}

/** The person's username, as the admin command takes it. */
export async function usernameOf(test: StoryTestApp, person: StoryPerson): Promise<string> {
  const row = await test.database.handle.db
    .selectFrom("users")
    .select("username")
    .where("id", "=", person.userId)
    .executeTakeFirstOrThrow();
  return row.username;
}

/** A person given a role through the same code as `npm run admin -- grant` (ST17). */
export async function withRole(test: StoryTestApp, role: Role, name = "Kestrel"): Promise<StoryPerson> {
  const person = await storyPerson(test, name);
  await runAdminCommand(
    test.database.handle.db,
    ["grant", await usernameOf(test, person), role],
    test.clock.now,
  );
  return person;
}
