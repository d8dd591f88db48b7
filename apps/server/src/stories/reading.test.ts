import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { aStory, publishedStory, storyAppPerTest, storyPerson } from "./testStoryApp.ts";

type Page = { stories: { id: string; themes: string[] }[]; next: string | null };

describe.each(testDatabaseKinds())("reading stories on %s", (kind) => {
  const start = storyAppPerTest(kind);

  it("ST7: keyset pages have no duplicates or gaps, even with equal publish times", async () => {
    const test = await start({ limits: { publishes: { max: 100, windowMs: 3_600_000 } } });
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const made: string[] = [];
    // 45 stories, three at each moment: ties on published_at are broken by id.
    for (let i = 0; i < 45; i++) {
      if (i % 3 === 0) test.clock.advance(1000);
      made.push(await publishedStory(author));
    }
    const seen: string[] = [];
    let query = "";
    let pages = 0;
    for (;;) {
      const page = (await reader.api.feed(query)).json() as Page;
      pages++;
      expect(page.stories.length).toBeLessThanOrEqual(20);
      seen.push(...page.stories.map((story) => story.id));
      if (!page.next) break;
      query = `?before=${encodeURIComponent(page.next)}`;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(45);
    expect(seen.sort()).toEqual([...made].sort());
  });

  it("ST7: the feed carries the opening 300 characters of each story; its page carries all of it", async () => {
    const test = await start();
    const author = await storyPerson(test);
    // Characters beyond one byte count as one each, on both databases.
    const body = `${"Ünïcödé ".repeat(40)}and the rest of it.`;
    const id = await publishedStory(author, { body });
    const [card] = (await author.api.feed()).json().stories;
    expect(card).not.toHaveProperty("body");
    expect(card.excerpt).toBe(body.slice(0, 300));
    expect((await author.api.story(id)).json().body).toBe(body);
  });

  it("ST7: a theme's feed pages by keyset too, and follows edits, unpublishing, publishing and deleting", async () => {
    const test = await start({ limits: { publishes: { max: 100, windowMs: 3_600_000 } } });
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const hope: string[] = [];
    for (let i = 0; i < 45; i++) {
      if (i % 10 === 0) test.clock.advance(1000); // several share a publish time
      const id = await publishedStory(author, { themes: i % 3 === 0 ? ["hope"] : ["work", "hope"] });
      hope.unshift(id);
    }
    await publishedStory(author, { themes: ["work"] });
    const all = async (theme?: string) => {
      const seen: string[] = [];
      let next: string | null = null;
      do {
        const params = new URLSearchParams();
        if (theme) params.set("theme", theme);
        if (next) params.set("before", next);
        const query = `?${params}`;
        const page = (await reader.api.feed(query)).json() as Page;
        seen.push(...page.stories.map((story) => story.id));
        next = page.next;
      } while (next);
      return seen;
    };
    // The same order as the whole feed (newest first, then id), without the work-only story.
    const everything = await all();
    expect(everything).toHaveLength(46);
    expect(await all("hope")).toEqual(everything.filter((id) => hope.includes(id)));

    const [first, second, third, fourth] = everything.filter((id) => hope.includes(id)) as [
      string,
      string,
      string,
      string,
    ];
    await author.api.update(first, aStory({ themes: ["body"] }));
    await author.api.unpublish(second);
    await author.api.remove(third);
    expect(await all("hope")).toEqual(
      everything.filter((id) => hope.includes(id) && ![first, second, third].includes(id)),
    );
    expect(await all("body")).toEqual([first]);
    await author.api.publish(second);
    expect((await all("hope"))[0]).toBe(second);
    expect(await all("hope")).toContain(fourth);
  });

  it("ST7: the feed filters by theme, and a bad cursor is a plain 400", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const hope = await publishedStory(author, { themes: ["hope", "family"] });
    await publishedStory(author, { themes: ["work"] });
    await publishedStory(author, { themes: [] });
    const page = (await author.api.feed("?theme=hope")).json() as Page;
    expect(page.stories.map((story) => story.id)).toEqual([hope]);
    expect((await author.api.feed("?theme=nonsense")).statusCode).toBe(400);
    expect((await author.api.feed("?before=not-a-cursor")).statusCode).toBe(400);
  });

  it("ST5: an anonymous story never shows the author's name or id, in any answer", async () => {
    const test = await start();
    const author = await storyPerson(test, "Secret Name");
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author, { anonymous: true });
    await reader.api.heart(id);
    await author.api.comment(id, "Thank you for reading.");
    const answers = [
      await reader.api.story(id),
      await reader.api.feed(),
      await reader.api.heart(id),
      await reader.api.comments(id),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.body).not.toContain("Secret Name");
      expect(answer.body).not.toContain(author.userId);
    }
    expect((await reader.api.story(id)).json().author).toEqual({
      name: "Anonymous",
      about: "",
      avatarColour: null,
      anonymous: true,
    });
    // Named stories never carry an id either.
    const named = await publishedStory(author);
    expect((await reader.api.story(named)).body).not.toContain(author.userId);
  });

  it("ST6: hearts are idempotent, and a hidden count shows only to the author", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    expect((await reader.api.heart(id)).json()).toMatchObject({ heartCount: 1, heartedByMe: true });
    expect((await reader.api.heart(id)).json()).toMatchObject({ heartCount: 1, heartedByMe: true });
    expect((await author.api.heartsVisibility(id, true)).json().hideHearts).toBe(true);
    expect((await reader.api.story(id)).json()).toMatchObject({ heartCount: null, heartedByMe: true });
    expect((await author.api.story(id)).json().heartCount).toBe(1);
    expect((await reader.api.unheart(id)).json()).toMatchObject({ heartCount: null, heartedByMe: false });
    expect((await reader.api.unheart(id)).statusCode).toBe(200);
    expect((await author.api.story(id)).json().heartCount).toBe(0);
  });

  it("ST8: one level of replies; a reply to a reply is refused kindly", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const reader = await storyPerson(test, "Wren");
    const id = await publishedStory(author);
    expect((await reader.api.comments(id)).json()).toEqual({ comments: [] });
    const top = (await reader.api.comment(id, "This helped me.")).json().comment.id as string;
    test.clock.advance(1000);
    const reply = await author.api.comment(id, "Thank you.", top);
    expect(reply.statusCode).toBe(201);
    expect(reply.json().comment.parentId).toBe(top);
    const deeper = await reader.api.comment(id, "And again", reply.json().comment.id);
    expect(deeper.statusCode).toBe(400);
    expect(deeper.json().error).toBe("reply_too_deep");
    const list = (await reader.api.comments(id)).json().comments as { id: string; mine: boolean }[];
    expect(list.map((comment) => [comment.id, comment.mine])).toEqual([
      [top, true],
      [reply.json().comment.id, false],
    ]);
    expect((await reader.api.story(id)).json().commentCount).toBe(2);
  });

  it("ST9: XSS payloads round-trip byte for byte as plain text", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const payloads = [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "javascript:alert(1)",
      '"><svg onload=alert(1)>',
    ];
    for (const payload of payloads) {
      const id = await publishedStory(author, { title: payload, body: payload });
      const story = (await author.api.story(id)).json();
      expect(story.title).toBe(payload);
      expect(story.body).toBe(payload);
      const comment = await author.api.comment(id, payload);
      expect(comment.json().comment.body).toBe(payload);
      expect((await author.api.comments(id)).json().comments[0].body).toBe(payload);
    }
    const profile = await author.api.putProfile({
      name: payloads[3],
      about: payloads[1],
      avatarColour: "rose",
    });
    expect(profile.json().profile).toMatchObject({ name: payloads[3], about: payloads[1] });
  });

  it("ST3: bad input is a plain 400", async () => {
    const test = await start();
    const author = await storyPerson(test);
    const bad = [
      aStory({ title: "" }),
      aStory({ title: "x".repeat(121) }),
      aStory({ body: "   " }),
      aStory({ body: "x".repeat(20_001) }),
      aStory({ themes: ["hope", "work", "body", "family"] }),
      aStory({ contentNotes: [] as never }),
      aStory({ contentNotes: ["none", "grief"] as never }),
      { ...aStory(), anonymous: "yes" },
    ];
    for (const story of bad) {
      const answer = await author.api.create(story);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error).toBe("bad_request");
    }
    expect((await author.api.create(aStory({ body: "x".repeat(20_000) }))).statusCode).toBe(201);
    expect((await author.api.create(aStory({ contentNotes: ["grief", "abuse"] }))).statusCode).toBe(201);
    expect(
      (await author.api.putProfile({ name: "x".repeat(41), about: "", avatarColour: "sage" })).statusCode,
    ).toBe(400);
    expect((await author.api.putProfile({ name: "Ok", about: "", avatarColour: "purple" })).statusCode).toBe(
      400,
    );
    const id = await publishedStory(author);
    expect((await author.api.comment(id, "x".repeat(2001))).statusCode).toBe(400);
    expect((await author.api.comment(id, "")).statusCode).toBe(400);
  });
});
