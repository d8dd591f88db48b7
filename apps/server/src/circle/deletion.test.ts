import { describe, expect, it } from "vitest";
import { json, signUp } from "../accounts/testAccounts.ts";
import { USER_COLUMNS, USER_TABLES } from "../accounts/userTables.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import {
  type CirclePerson,
  circleClient,
  circlePerson,
  connectionsOf,
  fakePublicKey,
  inboxOf,
  joinCircle,
} from "./testCircleApp.ts";

/** Every column of the circle's tables that names a person. */
const PERSON_COLUMNS = {
  circle_keys: ["user_id"],
  circle_invites: ["owner_id"],
  circle_members: ["owner_id", "member_id"],
  circle_blocks: ["blocker_id", "blocked_id"],
  circle_mutes: ["user_id", "peer_id"],
  circle_counters: ["user_id"],
  circle_messages: ["recipient_id", "sender_id"],
} as const;

describe.each(testDatabaseKinds())("deleting an account with a circle on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  it("removes every circle row naming the person, on either side, and nobody else's", async () => {
    const test = await start();
    const db = test.database.handle.db;
    const signedUp = await signUp(test.app);
    const { id: bId } = await db
      .selectFrom("users")
      .select("id")
      .where("username", "=", signedUp.credentials.username)
      .executeTakeFirstOrThrow();
    const b: CirclePerson = {
      userId: bId,
      cookie: signedUp.cookie,
      publicKey: fakePublicKey(),
      api: circleClient(test.app, signedUp.cookie),
    };
    await b.api.putKey(b.publicKey);
    const a = await circlePerson(test);
    const c = await circlePerson(test);
    const d = await circlePerson(test);

    // Every table, with b on each side: connections both ways, boxes both ways, mutes both ways,
    // a block each way, invites pending, counters.
    await joinCircle(a, b);
    await joinCircle(b, a);
    await joinCircle(c, b);
    await joinCircle(b, d);
    await a.api.send({ to: b.userId });
    await b.api.send({ to: a.userId });
    await a.api.mute(b.userId, "9999-12-31T23:59:59.999Z");
    await b.api.mute(a.userId, "9999-12-31T23:59:59.999Z");
    await b.api.block(c.userId);
    await d.api.block(b.userId);
    await b.api.createInvite();
    await a.api.createInvite();
    // Something of a's own that has nothing to do with b.
    await joinCircle(a, c);
    await c.api.send({ to: a.userId });
    for (const [table, columns] of Object.entries(PERSON_COLUMNS)) {
      const rows = await db
        .selectFrom(table as keyof typeof PERSON_COLUMNS)
        .selectAll()
        .execute();
      const named = rows.filter((row) =>
        columns.some((column) => (row as Record<string, unknown>)[column] === bId),
      );
      expect(named.length, table).toBeGreaterThan(0);
    }

    const deleted = await test.app.inject({
      method: "POST",
      url: "/api/account/delete",
      headers: { ...json, cookie: b.cookie },
      payload: { authKey: signedUp.credentials.authKey },
    });
    expect(deleted.statusCode).toBe(204);

    for (const [table, columns] of Object.entries(PERSON_COLUMNS)) {
      const rows = await db
        .selectFrom(table as keyof typeof PERSON_COLUMNS)
        .selectAll()
        .execute();
      const named = rows.filter((row) =>
        columns.some((column) => (row as Record<string, unknown>)[column] === bId),
      );
      expect(named, table).toEqual([]);
    }
    // Everyone else keeps their own: a's key, invite, c and c's box stay; b's box to a went with b.
    expect((await connectionsOf(a)).map((x) => x.peerId)).toEqual([c.userId]);
    expect((await inboxOf(a)).map((x) => x.from)).toEqual([c.userId]);
    expect((await a.api.invites()).json().invites).toHaveLength(1);
    expect((await a.api.getKey()).json().publicKey).toBe(a.publicKey);
  });

  it("lists every circle table and person column for the explicit deletion", () => {
    const listed = new Set<string>([
      ...USER_TABLES.map((table) => `${table}.user_id`),
      ...USER_COLUMNS.map(({ table, column }) => `${table}.${column}`),
    ]);
    for (const [table, columns] of Object.entries(PERSON_COLUMNS)) {
      for (const column of columns) expect(listed.has(`${table}.${column}`), `${table}.${column}`).toBe(true);
    }
  });
});
