import { randomUUID } from "node:crypto";
import { inviteCreateResponse, invitesResponse } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import { circlePerson, connectionsOf, inboxOf, joinCircle, listen } from "./testCircleApp.ts";

// CR13: every route takes the person from the session. C is a signed-in stranger who knows A's and
// B's ids (as an attacker might) and tries everything.
describe.each(testDatabaseKinds())("circle without IDOR on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  async function setting() {
    const test = await start();
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const c = await circlePerson(test);
    await joinCircle(a, b);
    await a.api.send({ to: b.userId });
    await b.api.send({ to: a.userId });
    return { test, a, b, c };
  }

  it("CR13: C never reads A↔B boxes; each inbox holds only its own person's boxes", async () => {
    const { test, a, b, c } = await setting();
    expect(await inboxOf(c)).toEqual([]);
    const forA = await inboxOf(a);
    const forB = await inboxOf(b);
    expect(forA.map((i) => i.from)).toEqual([b.userId]);
    expect(forB.map((i) => i.from)).toEqual([a.userId]);
    // Naming someone else in the query is ignored: the inbox is the session's.
    const sneaky = await c.api.inbox(0);
    expect(sneaky.json()).toEqual({ items: [], more: false });
    const withName = await test.app.inject({
      method: "GET",
      url: `/api/circle/inbox?after=0&userId=${a.userId}&recipient=${a.userId}`,
      headers: { cookie: c.cookie },
    });
    expect(withName.statusCode).toBe(200);
    expect(withName.json()).toEqual({ items: [], more: false });
  });

  it("CR13: C cannot send to A or B, and nothing reaches them", async () => {
    const { test, a, b, c } = await setting();
    const heard = listen(test, a.userId, b.userId);
    for (const to of [a.userId, b.userId, c.userId, randomUUID()]) {
      const answer = await c.api.send({ to });
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toMatchObject({ error: "not_connected" });
    }
    expect(await inboxOf(a)).toHaveLength(1);
    expect(await inboxOf(b)).toHaveLength(1);
    expect(heard).toEqual([]);
    expect(test.pushes).toHaveLength(2);
  });

  it("CR13: C cannot remove, leave, block or mute people it is not connected with", async () => {
    const { test, a, b, c } = await setting();
    for (const peer of [a.userId, b.userId, c.userId, randomUUID()]) {
      for (const answer of [
        await c.api.remove(peer),
        await c.api.leave(peer),
        await c.api.block(peer),
        await c.api.mute(peer, "9999-12-31T23:59:59.999Z"),
      ]) {
        expect(answer.statusCode).toBe(404);
        expect(answer.json()).toMatchObject({ error: "not_connected" });
      }
    }
    expect(await connectionsOf(a)).toMatchObject([{ peerId: b.userId, inMyCircle: true }]);
    const db = test.database.handle.db;
    expect(await db.selectFrom("circle_blocks").selectAll().execute()).toEqual([]);
    expect(await db.selectFrom("circle_mutes").selectAll().execute()).toEqual([]);
  });

  it("CR13: C cannot see A's key or connections, nor list or cancel A's invites", async () => {
    const { a, c } = await setting();
    expect(await connectionsOf(c)).toEqual([]);
    const { invite } = inviteCreateResponse.parse((await a.api.createInvite()).json());
    expect(invitesResponse.parse((await c.api.invites()).json()).invites).toEqual([]);
    expect((await c.api.cancelInvite(invite.id)).statusCode).toBe(404);
    expect(invitesResponse.parse((await a.api.invites()).json()).invites).toEqual([invite]);
    const cKey = (await c.api.getKey()).json();
    expect(cKey).toEqual({ userId: c.userId, publicKey: c.publicKey });
    expect(JSON.stringify(await (await c.api.connections()).json())).not.toContain(a.publicKey);
  });

  it("CR13: once a connection ends, the other person's key and boxes are out of reach", async () => {
    const { a, b } = await setting();
    await b.api.leave(a.userId);
    expect(await connectionsOf(b)).toEqual([]);
    expect((await b.api.send({ to: a.userId })).statusCode).toBe(404);
    // What was already delivered to b stays b's; nothing new arrives.
    expect(await inboxOf(b)).toHaveLength(1);
  });
});
