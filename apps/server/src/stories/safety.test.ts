import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { publishedStory, storyAppPerTest, storyPerson, withRole } from "./testStoryApp.ts";

const HARSH = "Just get over it, it was years ago.";
const CRISIS = "Some nights I want to end my life.";

const bodies = (answer: { json(): unknown }) =>
  (answer.json() as { comments: { body: string }[] }).comments.map((comment) => comment.body);

describe.each(testDatabaseKinds())("stories safety on %s", (kind) => {
  const start = storyAppPerTest(kind);

  it("ST12: a harsh comment is nudged first and kept nowhere; posted anyway it waits, seen only by its writer", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    const nudged = await reader.api.comment(id, HARSH);
    expect(nudged.statusCode).toBe(409);
    expect(nudged.json()).toMatchObject({ error: "harsh_comment", reasons: ["dismissive"] });
    expect(nudged.body).not.toContain("get over it");
    expect(bodies(await author.api.comments(id))).toEqual([]);

    const anyway = await reader.api.commentAnyway(id, HARSH);
    expect(anyway.statusCode).toBe(201);
    expect(anyway.json().comment.status).toBe("held");
    expect(bodies(await author.api.comments(id))).toEqual([]);
    expect((await reader.api.comments(id)).json().comments).toMatchObject([
      { body: HARSH, status: "held", mine: true },
    ]);
    expect((await author.api.story(id)).json().commentCount).toBe(0);
    // Gentle words go straight through, nudge-free.
    expect((await reader.api.comment(id, "Thank you for sharing this.")).statusCode).toBe(201);
  });

  it("ST13: crisis words show support to their writer only, stay as written, and flag moderators quietly", async () => {
    const test = await start();
    const moderator = await withRole(test, "moderator");
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    const posted = await reader.api.comment(id, CRISIS);
    expect(posted.statusCode).toBe(201);
    expect(posted.json()).toMatchObject({ support: true, comment: { status: "visible" } });
    expect(bodies(await author.api.comments(id))).toEqual([CRISIS]);
    expect((await author.api.comments(id)).body).not.toContain("support");

    test.clock.advance(1000);
    const draft = (
      await author.api.create({
        title: "Tonight",
        body: CRISIS,
        themes: [],
        contentNotes: ["suicide"],
        anonymous: false,
      })
    ).json().id as string;
    const published = await author.api.publish(draft);
    expect(published.json()).toMatchObject({ support: true, story: { status: "published" } });
    expect((await reader.api.story(draft)).json().body).toBe(CRISIS);

    const items = (await moderator.api.queue()).json().items as { kind: string; target: string }[];
    expect(items.map((item) => [item.kind, item.target])).toEqual([
      ["crisis", "comment"],
      ["crisis", "story"],
    ]);
    expect((await author.api.publish(id)).json().support).toBe(false);
    // Crisis words added later to a story readers can see are flagged too; a draft's are not.
    await author.api.update(id, {
      title: "Later",
      body: CRISIS,
      themes: [],
      contentNotes: ["none"],
      anonymous: false,
    });
    const unseen = (
      await author.api.create({
        title: "Draft",
        body: CRISIS,
        themes: [],
        contentNotes: ["none"],
        anonymous: false,
      })
    ).json().id as string;
    await author.api.update(unseen, {
      title: "Draft",
      body: CRISIS,
      themes: [],
      contentNotes: ["none"],
      anonymous: false,
    });
    expect((await moderator.api.queue()).json().items).toHaveLength(3);
  });

  it("ST14: a block works both ways — feed, story, comments, answering — and unblocking undoes it", async () => {
    const test = await start();
    const a = await storyPerson(test, "Ash");
    const b = await storyPerson(test, "Birch");
    const aStory = await publishedStory(a, { title: "Ash's story" });
    test.clock.advance(1000);
    const bStory = await publishedStory(b, { title: "Birch's story" });
    const aComment = (await a.api.comment(bStory, "From Ash")).json().comment.id as string;
    await b.api.comment(aStory, "From Birch");

    const blocked = await b.api.blockCommentAuthor(aComment);
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toMatchObject({ name: "Ash", storyTitle: "Birch's story" });
    expect((await b.api.blockCommentAuthor(aComment)).statusCode).toBe(404);

    const titles = async (person: typeof a) =>
      ((await person.api.feed()).json().stories as { title: string }[]).map((story) => story.title);
    expect(await titles(b)).toEqual(["Birch's story"]);
    expect(await titles(a)).toEqual(["Ash's story"]);
    expect((await b.api.story(aStory)).statusCode).toBe(404);
    expect((await a.api.story(bStory)).statusCode).toBe(404);
    expect((await a.api.comment(bStory, "Hello?")).statusCode).toBe(404);
    expect(bodies(await a.api.comments(aStory))).toEqual([]);
    expect((await a.api.reportStory(bStory, "spam")).statusCode).toBe(404);

    const list = (await b.api.blocks()).json().blocks as { id: string }[];
    expect(list).toHaveLength(1);
    expect((await a.api.unblock(list[0]?.id ?? "")).statusCode).toBe(404);
    expect((await b.api.unblock(list[0]?.id ?? "")).statusCode).toBe(200);
    expect(await titles(a)).toEqual(["Birch's story", "Ash's story"]);
    expect(bodies(await a.api.comments(aStory))).toEqual(["From Birch"]);
  });

  it("ST14: blocking an anonymous author keeps them anonymous; nobody blocks themselves", async () => {
    const test = await start();
    const author = await storyPerson(test, "Hidden Name");
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author, { anonymous: true, title: "Quiet" });
    expect((await author.api.blockStoryAuthor(id)).statusCode).toBe(400);
    const block = await reader.api.blockStoryAuthor(id);
    expect(block.json()).toMatchObject({ name: null, storyTitle: "Quiet" });
    expect((await reader.api.blocks()).body).not.toContain("Hidden Name");
  });

  it("ST15: reports need a known reason, count once while waiting, and are rate-limited", async () => {
    const test = await start({ limits: { reports: { max: 3, windowMs: 60_000 } } });
    const moderator = await withRole(test, "moderator");
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    expect((await reader.api.reportStory(id, "because")).statusCode).toBe(400);
    expect((await reader.api.reportStory(id, "unkind", "It felt cruel.")).statusCode).toBe(200);
    expect((await reader.api.reportStory(id, "unkind")).statusCode).toBe(200);
    const items = (await moderator.api.queue()).json().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "report", reason: "unkind", note: "It felt cruel." });
    expect(JSON.stringify(items)).not.toContain(reader.userId);
    const limited = await reader.api.reportStory(id, "spam");
    expect(limited.statusCode).toBe(429);
  });

  it("ST17: only moderators reach the queue; hide and restore work and are logged; anonymous authors are named to them", async () => {
    const test = await start();
    const author = await storyPerson(test, "Hidden Name");
    const reader = await storyPerson(test, "Wren");
    expect((await reader.api.queue()).statusCode).toBe(404);
    expect((await reader.api.log()).statusCode).toBe(404);
    expect((await reader.api.role()).json()).toEqual({ role: null });
    const moderator = await withRole(test, "moderator");
    expect((await moderator.api.role()).json()).toEqual({ role: "moderator" });

    const id = await publishedStory(author, { anonymous: true });
    await reader.api.reportStory(id, "unsafe");
    const [item] = (await moderator.api.queue()).json().items;
    expect(item.author).toMatchObject({ profileName: "Hidden Name", anonymous: true, banned: false });
    expect(item.author.username).toMatch(/^quick_/);

    test.clock.advance(1000);
    expect((await moderator.api.act(item.id, "hide", "Shares a full name.")).statusCode).toBe(200);
    expect((await reader.api.story(id)).statusCode).toBe(404);
    expect((await reader.api.feed()).json().stories).toEqual([]);
    expect((await author.api.mine()).json().stories[0].status).toBe("hidden");
    expect((await author.api.publish(id)).statusCode).toBe(404);
    expect((await moderator.api.queue()).json().items).toEqual([]);
    expect((await moderator.api.act(item.id, "restore")).statusCode).toBe(404);

    // A hidden story can no longer be reported: it is gone for readers.
    expect((await reader.api.reportStory(id, "other")).statusCode).toBe(404);
    const other = await publishedStory(author);
    await reader.api.reportStory(other, "spam");
    const [second] = (await moderator.api.queue()).json().items;
    test.clock.advance(1000);
    await moderator.api.act(second.id, "hide");
    await reader.api.reportStory(other, "spam");
    expect((await moderator.api.queue()).json().items).toEqual([]);

    const log = (await moderator.api.log()).json().entries as {
      action: string;
      target: string;
      reason: string | null;
    }[];
    expect(log.map((entry) => [entry.action, entry.target])).toEqual([
      ["hide", "story"],
      ["hide", "story"],
      ["grant moderator", "user"],
    ]);
    expect(log[1]?.reason).toBe("Shares a full name.");
  });

  it("ST17: a held comment that is let through becomes visible to everyone", async () => {
    const test = await start();
    const moderator = await withRole(test, "moderator");
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    await reader.api.commentAnyway(id, HARSH);
    const [held] = (await moderator.api.queue()).json().items;
    expect(held).toMatchObject({ kind: "held", target: "comment", content: { body: HARSH, status: "held" } });
    await moderator.api.act(held.id, "dismiss");
    expect(bodies(await author.api.comments(id))).toEqual([HARSH]);
  });

  it("ST19: a ban stops posting, hearting and reporting, takes down what is up, and leaves reading open", async () => {
    const test = await start();
    const moderator = await withRole(test, "moderator");
    const troll = await storyPerson(test, "Troll");
    const reader = await storyPerson(test, "Wren");
    const readerStory = await publishedStory(reader);
    const trollStory = await publishedStory(troll);
    const comment = (await troll.api.commentAnyway(readerStory, HARSH)).json().comment.id as string;
    await reader.api.reportStory(trollStory, "spam");
    const items = (await moderator.api.queue()).json().items as { id: string; kind: string }[];
    const held = items.find((item) => item.kind === "held");
    test.clock.advance(1000);
    expect((await moderator.api.act(held?.id ?? "", "ban", "Repeated harm.")).statusCode).toBe(200);

    expect((await moderator.api.queue()).json().items).toEqual([]);
    expect((await reader.api.story(trollStory)).statusCode).toBe(404);
    expect((await troll.api.comments(readerStory)).json().comments).toEqual([]);
    for (const answer of [
      await troll.api.comment(readerStory, "Hello"),
      await troll.api.heart(readerStory),
      await troll.api.reportStory(readerStory, "spam"),
      await troll.api.create(),
      await troll.api.publish(trollStory),
    ]) {
      expect([403, 404]).toContain(answer.statusCode);
    }
    expect((await troll.api.comment(readerStory, "Hello")).json().error).toBe("banned");
    expect((await troll.api.feed()).statusCode).toBe(200);
    expect((await troll.api.story(readerStory)).statusCode).toBe(200);
    expect(comment).toBeTruthy();
    const log = (await moderator.api.log()).json().entries as { action: string; target: string }[];
    expect(log[0]).toMatchObject({ action: "ban", target: "user" });
  });

  it("ST16: with the setting on, a new account's first comment waits; only admins change the setting", async () => {
    const test = await start();
    const moderator = await withRole(test, "moderator");
    const admin = await withRole(test, "admin", "Heron");
    expect((await moderator.api.settings()).json()).toEqual({ holdFirstComment: false });
    expect((await moderator.api.saveSettings({ holdFirstComment: true })).statusCode).toBe(404);
    expect((await admin.api.saveSettings({ holdFirstComment: true })).json()).toEqual({
      holdFirstComment: true,
    });

    const author = await storyPerson(test);
    const newcomer = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    const first = await newcomer.api.comment(id, "Thank you for this.");
    expect(first.json().comment.status).toBe("held");
    expect(bodies(await author.api.comments(id))).toEqual([]);
    const [item] = (await moderator.api.queue()).json().items;
    expect(item.kind).toBe("first");
    await moderator.api.act(item.id, "restore");
    test.clock.advance(1000);
    const second = await newcomer.api.comment(id, "And thank you again.");
    expect(second.json().comment.status).toBe("visible");
    expect(bodies(await author.api.comments(id))).toEqual(["Thank you for this.", "And thank you again."]);
    const log = (await admin.api.log()).json().entries as { action: string; target: string }[];
    expect(log.map((entry) => entry.target)).toContain("setting");
  });

  it("ST8: people delete their own comments (replies go with them), never another's", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    const top = (await reader.api.comment(id, "First")).json().comment.id as string;
    await author.api.comment(id, "A reply", top);
    expect((await author.api.deleteComment(top)).statusCode).toBe(404);
    expect((await reader.api.deleteComment(top)).statusCode).toBe(200);
    expect(bodies(await author.api.comments(id))).toEqual([]);
  });
});
