import { inviteCreateResponse } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import type { CircleLimits } from "./limits.ts";
import { type Answer, circlePerson, connectedPair } from "./testCircleApp.ts";

const expectLimited = (answer: Answer) => {
  expect(answer.statusCode).toBe(429);
  const body = answer.json();
  expect(body).toMatchObject({ error: "rate_limited", retryAfterSeconds: expect.any(Number) });
  expect(body.retryAfterSeconds).toBeGreaterThan(0);
  expect(answer.headers["retry-after"]).toBe(String(body.retryAfterSeconds));
};

describe.each(testDatabaseKinds())("circle rate limits on %s", (kind) => {
  const { start: startWith } = circleAppPerTest(kind);
  const start = (limits: Partial<CircleLimits>) => startWith({ limits });

  it("CR16: making invites is limited per person", async () => {
    const test = await start({ invites: { max: 2, windowMs: 60_000 } });
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    expect((await a.api.createInvite()).statusCode).toBe(201);
    expect((await a.api.createInvite()).statusCode).toBe(201);
    expectLimited(await a.api.createInvite());
    // Someone else is not held back by a's attempts.
    expect((await b.api.createInvite()).statusCode).toBe(201);
  });

  it("CR16: accepting is limited per person, counting failed tries too", async () => {
    const test = await start({ acceptsPerPerson: { max: 3, windowMs: 60_000 } });
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const { code } = inviteCreateResponse.parse((await a.api.createInvite()).json());
    for (let i = 0; i < 3; i++) expect((await b.api.accept("ZZZZZZZZZZZZ")).statusCode).toBe(410);
    // Even the right code waits now: guessing is what this stops.
    expectLimited(await b.api.accept(code));
    const c = await circlePerson(test);
    expect((await c.api.accept(code)).statusCode).toBe(200);
  });

  it("CR16: accepting is limited per address, whoever is signed in", async () => {
    const test = await start({ acceptsPerIp: { max: 2, windowMs: 60_000 } });
    const people = await Promise.all([circlePerson(test), circlePerson(test), circlePerson(test)]);
    expect((await people[0]?.api.accept("ZZZZZZZZZZZZ"))?.statusCode).toBe(410);
    expect((await people[1]?.api.accept("ZZZZZZZZZZZZ"))?.statusCode).toBe(410);
    expectLimited((await people[2]?.api.accept("ZZZZZZZZZZZZ")) as Answer);
  });

  it("CR16: sending is limited per person, by the minute and by the hour", async () => {
    const test = await start({
      sendsPerMinute: { max: 3, windowMs: 60_000 },
      sendsPerHour: { max: 5, windowMs: 3_600_000 },
    });
    const { a, b } = await connectedPair(test);
    for (let i = 0; i < 3; i++) expect((await a.api.send({ to: b.userId })).statusCode).toBe(200);
    expectLimited(await a.api.send({ to: b.userId }));
    // b's allowance is b's own.
    expect((await b.api.send({ to: a.userId })).statusCode).toBe(200);
  });

  it("CR16: the hourly send limit holds even when the minute one would allow more", async () => {
    const test = await start({
      sendsPerMinute: { max: 100, windowMs: 60_000 },
      sendsPerHour: { max: 2, windowMs: 3_600_000 },
    });
    const { a, b } = await connectedPair(test);
    expect((await a.api.send({ to: b.userId })).statusCode).toBe(200);
    expect((await a.api.send({ to: b.userId })).statusCode).toBe(200);
    const third = await a.api.send({ to: b.userId });
    expectLimited(third);
    expect(third.json().retryAfterSeconds).toBeGreaterThan(60);
  });
});
