import { connectionsResponse } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import {
  type CircleTestApp,
  circlePerson,
  connectedPair,
  connectionsOf,
  inboxOf,
  joinCircle,
  listen,
} from "./testCircleApp.ts";

const HOUR_MS = 60 * 60 * 1000;

describe.each(testDatabaseKinds())("circle connections on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  /** a and b, each in the other's circle. */
  async function pair(test: CircleTestApp) {
    const { a, b } = await connectedPair(test);
    test.clock.advance(HOUR_MS);
    await joinCircle(b, a);
    return { a, b };
  }

  it("CR5: both directions show as one connection with both flags, since the first", async () => {
    const test = await start();
    const since = test.clock.now.toISOString();
    const { a, b } = await pair(test);
    const fromA = connectionsResponse.parse((await a.api.connections()).json()).connections;
    expect(fromA).toEqual([
      {
        peerId: b.userId,
        publicKey: b.publicKey,
        inMyCircle: true,
        inTheirCircle: true,
        since,
        mutedUntil: null,
      },
    ]);
    expect(await connectionsOf(b)).toEqual([
      {
        peerId: a.userId,
        publicKey: a.publicKey,
        inMyCircle: true,
        inTheirCircle: true,
        since,
        mutedUntil: null,
      },
    ]);
  });

  it("CR5: remove takes them out of my circle; we stay connected while I am in theirs", async () => {
    const test = await start();
    const { a, b } = await pair(test);
    expect((await a.api.remove(b.userId)).statusCode).toBe(204);
    expect(await connectionsOf(a)).toMatchObject([
      { peerId: b.userId, inMyCircle: false, inTheirCircle: true },
    ]);
    expect(await connectionsOf(b)).toMatchObject([
      { peerId: a.userId, inMyCircle: true, inTheirCircle: false },
    ]);
    expect((await a.api.send({ to: b.userId })).statusCode).toBe(200);

    // Removing again is harmless while connected.
    expect((await a.api.remove(b.userId)).statusCode).toBe(204);
    // b takes a out too: nothing is left, so the connection ends.
    expect((await b.api.remove(a.userId)).statusCode).toBe(204);
    expect(await connectionsOf(a)).toEqual([]);
    expect(await connectionsOf(b)).toEqual([]);
    expect((await a.api.send({ to: b.userId })).statusCode).toBe(404);
    expect((await a.api.remove(b.userId)).statusCode).toBe(404);
  });

  it("CR5: leave takes me out of their circle; with nothing left, the connection ends", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    expect((await b.api.leave(a.userId)).statusCode).toBe(204);
    expect(await connectionsOf(a)).toEqual([]);
    expect(await connectionsOf(b)).toEqual([]);
    const stranger = await b.api.send({ to: a.userId });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json()).toMatchObject({ error: "not_connected" });
    expect((await b.api.leave(a.userId)).statusCode).toBe(404);
  });

  it("CR5: block ends both directions and deletes the boxes waiting from them to me, not mine to them", async () => {
    const test = await start();
    const { a, b } = await pair(test);
    await a.api.send({ to: b.userId });
    await a.api.send({ to: b.userId });
    await b.api.send({ to: a.userId });
    expect(await inboxOf(b)).toHaveLength(2);

    expect((await b.api.block(a.userId)).statusCode).toBe(204);
    expect(await connectionsOf(a)).toEqual([]);
    expect(await connectionsOf(b)).toEqual([]);
    expect(await inboxOf(b)).toEqual([]);
    expect(await inboxOf(a)).toHaveLength(1);
    expect((await a.api.send({ to: b.userId })).statusCode).toBe(404);
    expect((await b.api.send({ to: a.userId })).statusCode).toBe(404);
    // Both ways, and for every future invite (inviteRoutes.test.ts checks the 410).
    const rows = await test.database.handle.db.selectFrom("circle_blocks").selectAll().execute();
    expect(rows).toEqual([
      { blocker_id: b.userId, blocked_id: a.userId, created_at: test.clock.now.toISOString() },
    ]);
  });

  it("CR9: a mute is kept until its time, lifted with null, and a time already past lifts it", async () => {
    const test = await start();
    const { a, b } = await pair(test);
    const until = new Date(test.clock.now.getTime() + 2 * HOUR_MS);
    // Any offset is accepted and kept as UTC.
    const withOffset = until.toISOString().replace("Z", "+00:00");
    expect((await a.api.mute(b.userId, withOffset)).statusCode).toBe(204);
    expect(await connectionsOf(a)).toMatchObject([{ peerId: b.userId, mutedUntil: until.toISOString() }]);
    // Only mine: b sees nothing of it.
    expect(await connectionsOf(b)).toMatchObject([{ peerId: a.userId, mutedUntil: null }]);

    test.clock.advance(3 * HOUR_MS);
    expect(await connectionsOf(a)).toMatchObject([{ mutedUntil: null }]);

    const noEnd = "9999-12-31T23:59:59.999Z";
    await a.api.mute(b.userId, noEnd);
    expect(await connectionsOf(a)).toMatchObject([{ mutedUntil: noEnd }]);
    await a.api.mute(b.userId, null);
    expect(await connectionsOf(a)).toMatchObject([{ mutedUntil: null }]);
    await a.api.mute(b.userId, noEnd);
    await a.api.mute(b.userId, new Date(test.clock.now.getTime() - 1000).toISOString());
    expect(await connectionsOf(a)).toMatchObject([{ mutedUntil: null }]);
    expect(await test.database.handle.db.selectFrom("circle_mutes").selectAll().execute()).toEqual([]);
  });

  it("CR9: a mute with an unreadable time, or for nobody, is a plain 400", async () => {
    const test = await start();
    const { a, b } = await pair(test);
    expect((await a.api.mute(b.userId, "tomorrow")).statusCode).toBe(400);
    expect((await a.api.mute("not-a-person", null)).statusCode).toBe(400);
    expect((await a.api.remove("not-a-person")).statusCode).toBe(400);
  });

  it("CR8: accept, remove, leave and block tell both people's devices; a mute tells only mine", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const heard = listen(test, a.userId, b.userId);
    const topicsFor = (userId: string) =>
      heard.filter((e) => e.userId === userId).map((e) => `${e.topic}:${e.seq}:${e.originSessionId}`);

    await joinCircle(a, b);
    await joinCircle(b, a);
    await a.api.remove(b.userId);
    await a.api.mute(b.userId, null);
    await b.api.leave(a.userId);
    await joinCircle(a, b);
    await b.api.block(a.userId);
    expect(topicsFor(a.userId)).toEqual(Array(7).fill("connections:0:"));
    expect(topicsFor(b.userId)).toEqual(Array(6).fill("connections:0:"));
  });
});
