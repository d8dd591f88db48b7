import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import { INVITE_TTL_MS } from "./invites.ts";
import { BOX_LIFETIME_MS, sweepCircle } from "./sweep.ts";
import { connectedPair, inboxOf } from "./testCircleApp.ts";

describe.each(testDatabaseKinds())("the circle sweep on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  it("CR8: deletes boxes older than 30 days and keeps the rest", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    await a.api.send({ to: b.userId });
    test.clock.advance(BOX_LIFETIME_MS - 1000);
    await a.api.send({ to: b.userId });
    test.clock.advance(2000);

    const swept = await sweepCircle(test.database.handle.db, test.clock.now);
    expect(swept.boxes).toBe(1);
    expect((await inboxOf(b)).map((i) => i.seq)).toEqual([2]);
    expect((await sweepCircle(test.database.handle.db, test.clock.now)).boxes).toBe(0);
  });

  it("CR3: deletes invites past their 48 hours, used or not, and keeps live ones", async () => {
    const test = await start();
    const { a } = await connectedPair(test); // one used invite
    await a.api.createInvite(); // one unused
    test.clock.advance(INVITE_TTL_MS / 2);
    await a.api.createInvite(); // still alive at the sweep
    test.clock.advance(INVITE_TTL_MS / 2);

    const db = test.database.handle.db;
    expect((await sweepCircle(db, test.clock.now)).invites).toBe(2);
    const left = await db.selectFrom("circle_invites").select(["owner_id", "used_at"]).execute();
    expect(left).toEqual([{ owner_id: a.userId, used_at: null }]);
    // The connection the used invite made stays.
    expect(await db.selectFrom("circle_members").selectAll().execute()).toHaveLength(1);
  });
});
