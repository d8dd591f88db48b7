import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import type { StoryLimits } from "./context.ts";
import { aStory, publishedStory, storyAppPerTest, storyPerson } from "./testStoryApp.ts";

const small = (max: number) => ({ max, windowMs: 3_600_000 });

describe.each(testDatabaseKinds())("story rate limits on %s", (kind) => {
  const startWith = storyAppPerTest(kind);
  const start = (limits: Partial<StoryLimits>) => startWith({ limits });

  it("ST10: publishing is limited per person", async () => {
    const test = await start({ publishes: small(2) });
    const a = await storyPerson(test);
    const b = await storyPerson(test, "Wren");
    await publishedStory(a);
    await publishedStory(a);
    const id = (await a.api.create(aStory())).json().id as string;
    const refused = await a.api.publish(id);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error).toBe("rate_limited");
    await publishedStory(b);
  });

  it("ST10: commenting and hearting are limited per person", async () => {
    const test = await start({ comments: small(2), hearts: small(3) });
    const a = await storyPerson(test);
    const b = await storyPerson(test, "Wren");
    const id = await publishedStory(a);
    expect((await b.api.comment(id, "One")).statusCode).toBe(201);
    expect((await b.api.comment(id, "Two")).statusCode).toBe(201);
    expect((await b.api.comment(id, "Three")).statusCode).toBe(429);
    expect((await a.api.comment(id, "Mine")).statusCode).toBe(201);
    for (let i = 0; i < 3; i++) expect((await b.api.heart(id)).statusCode).toBe(200);
    expect((await b.api.unheart(id)).statusCode).toBe(429);
  });

  it("ST10: every stories request counts toward a per-session limit", async () => {
    const test = await start({ general: small(3) });
    const a = await storyPerson(test);
    // The profile above was the first request.
    expect((await a.api.feed()).statusCode).toBe(200);
    expect((await a.api.mine()).statusCode).toBe(200);
    expect((await a.api.feed()).statusCode).toBe(429);
  });
});
