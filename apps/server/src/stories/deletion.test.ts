import { describe, expect, it } from "vitest";
import { json, signUp } from "../accounts/testAccounts.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import {
  publishedStory,
  type StoryPerson,
  storyAppPerTest,
  storyClient,
  storyPerson,
} from "./testStoryApp.ts";

describe.each(testDatabaseKinds())("account deletion and stories on %s", (kind) => {
  const start = storyAppPerTest(kind);

  it("ST11: deleting an account removes the person's profile, stories, hearts, comments, blocks, role and ban", async () => {
    const test = await start();
    const db = test.database.handle.db;
    const signedUp = await signUp(test.app);
    const { id: gone } = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", signedUp.credentials.username)
      .executeTakeFirstOrThrow();
    const b: StoryPerson = {
      userId: gone,
      cookie: signedUp.cookie,
      api: storyClient(test.app, signedUp.cookie),
    };
    await b.api.putProfile({ name: "Leaving", about: "", avatarColour: "stone" });
    const a = await storyPerson(test);
    const aStoryId = await publishedStory(a);
    const bStoryId = await publishedStory(b);
    await b.api.heart(aStoryId);
    const bComment = (await b.api.comment(aStoryId, "From b")).json().comment.id as string;
    await a.api.comment(aStoryId, "A reply to b", bComment);
    await a.api.comment(aStoryId, "a's own");
    await a.api.heart(bStoryId);
    await a.api.comment(bStoryId, "On b's story");
    // Moderation rows that name b: a report b made, a block each way, a role and a ban.
    const c = await storyPerson(test, "Cedar");
    const cStoryId = await publishedStory(c);
    await b.api.reportStory(cStoryId, "spam");
    await c.api.blockCommentAuthor(bComment);
    await b.api.blockStoryAuthor(aStoryId);
    const now = new Date().toISOString();
    await db.insertInto("user_roles").values({ user_id: gone, role: "moderator", granted_at: now }).execute();
    await db.insertInto("user_bans").values({ user_id: gone, reason: null, banned_at: now }).execute();

    const deleted = await test.app.inject({
      method: "POST",
      url: "/api/account/delete",
      headers: { ...json, cookie: b.cookie },
      payload: { authKey: signedUp.credentials.authKey },
    });
    expect(deleted.statusCode).toBe(204);

    expect(await db.selectFrom("story_profiles").selectAll().where("user_id", "=", gone).execute()).toEqual(
      [],
    );
    expect(await db.selectFrom("stories").selectAll().where("author_id", "=", gone).execute()).toEqual([]);
    expect(await db.selectFrom("story_hearts").selectAll().where("user_id", "=", gone).execute()).toEqual([]);
    expect(await db.selectFrom("story_comments").selectAll().where("author_id", "=", gone).execute()).toEqual(
      [],
    );
    for (const table of ["user_roles", "user_bans"] as const) {
      expect(await db.selectFrom(table).selectAll().where("user_id", "=", gone).execute()).toEqual([]);
    }
    expect(
      await db
        .selectFrom("story_blocks")
        .selectAll()
        .where((eb) => eb.or([eb("blocker_id", "=", gone), eb("blocked_id", "=", gone)]))
        .execute(),
    ).toEqual([]);
    // ST15: the report outlives its reporter, who is no longer named anywhere.
    const reports = await db.selectFrom("moderation_items").select(["story_id", "reporter_id"]).execute();
    expect(reports).toEqual([{ story_id: cStoryId, reporter_id: null }]);
    // b's story took a's heart and comment with it; a keeps their own story and comment.
    expect((await a.api.story(bStoryId)).statusCode).toBe(404);
    const left = (await a.api.comments(aStoryId)).json().comments as { body: string }[];
    expect(left.map((comment) => comment.body)).toEqual(["a's own"]);
    expect((await a.api.story(aStoryId)).json()).toMatchObject({ heartCount: 0, commentCount: 1 });
  });
});
