import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { aStory, publishedStory, storyAppPerTest, storyPerson } from "./testStoryApp.ts";

const ids = (answer: { json(): unknown }) =>
  (answer.json() as { stories: { id: string }[] }).stories.map((story) => story.id);

describe.each(testDatabaseKinds())("story permissions on %s", (kind) => {
  const start = storyAppPerTest(kind);

  it("ST1: every stories route needs a session", async () => {
    const test = await start();
    const answer = await test.app.inject({ method: "GET", url: "/api/stories/feed" });
    expect(answer.statusCode).toBe(401);
  });

  it("ST4: no one edits, publishes, unpublishes, deletes or tunes another's story", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const other = await storyPerson(test, "Wren");
    const draft = (await author.api.create()).json().id as string;
    const published = await publishedStory(author);
    for (const id of [draft, published]) {
      expect((await other.api.update(id, aStory({ title: "Mine now" }))).statusCode).toBe(404);
      expect((await other.api.publish(id)).statusCode).toBe(404);
      expect((await other.api.unpublish(id)).statusCode).toBe(404);
      expect((await other.api.remove(id)).statusCode).toBe(404);
      expect((await other.api.heartsVisibility(id, true)).statusCode).toBe(404);
    }
    expect((await author.api.story(published)).json().title).toBe("A small step");
    expect((await author.api.story(draft)).json().status).toBe("draft");
    expect((await other.api.story(published)).json().hideHearts).toBe(false);
  });

  it("ST4: others' drafts are invisible; unpublished and deleted stories leave the feed and their page", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const draft = (await author.api.create()).json().id as string;
    const kept = await publishedStory(author);
    test.clock.advance(1000);
    const unpublished = await publishedStory(author);
    test.clock.advance(1000);
    const deleted = await publishedStory(author);
    expect(ids(await reader.api.feed())).toEqual([deleted, unpublished, kept]);

    expect((await reader.api.story(draft)).statusCode).toBe(404);
    expect((await author.api.unpublish(unpublished)).statusCode).toBe(200);
    expect((await author.api.remove(deleted)).statusCode).toBe(200);
    expect(ids(await reader.api.feed())).toEqual([kept]);
    expect((await reader.api.story(unpublished)).statusCode).toBe(404);
    expect((await reader.api.story(deleted)).statusCode).toBe(404);
    expect((await reader.api.heart(unpublished)).statusCode).toBe(404);
    expect((await reader.api.comments(unpublished)).statusCode).toBe(404);
    // The author still has the unpublished one, as a draft.
    expect(ids(await author.api.mine()).sort()).toEqual([draft, kept, unpublished].sort());
  });

  it("ST4: a story a moderator hid vanishes, and its author cannot publish it again", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    await test.database.handle.db
      .updateTable("stories")
      .set({ status: "hidden" })
      .where("id", "=", id)
      .execute();
    expect(ids(await reader.api.feed())).toEqual([]);
    expect((await reader.api.story(id)).statusCode).toBe(404);
    expect((await author.api.story(id)).statusCode).toBe(404);
    expect((await author.api.publish(id)).statusCode).toBe(404);
  });

  it("ST2: publishing needs an author profile; a draft does not", async () => {
    const test = await start();
    const person = await storyPerson(test, null);
    expect((await person.api.getProfile()).json()).toEqual({ profile: null });
    const id = (await person.api.create()).json().id as string;
    const refused = await person.api.publish(id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toBe("no_profile");
    await person.api.putProfile({ name: "Fern", about: "", avatarColour: "sky" });
    expect((await person.api.publish(id)).json().story.status).toBe("published");
  });

  it("ST3: the author edits their own story", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const id = await publishedStory(author);
    const edited = await author.api.update(id, aStory({ title: "Another step", themes: ["hope", "work"] }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: "Another step",
      themes: ["hope", "work"],
      status: "published",
    });
  });
});
