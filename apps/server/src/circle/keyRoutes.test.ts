import { randomUUID } from "node:crypto";
import { CIRCLE_PATHS, circleInviteCancelPath, circleKeyResponse } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { json } from "../accounts/testAccounts.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import { circlePerson, fakePublicKey } from "./testCircleApp.ts";

describe.each(testDatabaseKinds())("circle keys on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  it("CR13: every circle route answers 401 without a session", async () => {
    const { app } = await start();
    const someone = randomUUID();
    const routes: [string, string, object?][] = [
      ["PUT", CIRCLE_PATHS.key, { publicKey: fakePublicKey() }],
      ["GET", CIRCLE_PATHS.key],
      ["POST", CIRCLE_PATHS.invites, {}],
      ["GET", CIRCLE_PATHS.invites],
      ["POST", circleInviteCancelPath(randomUUID()), {}],
      ["POST", CIRCLE_PATHS.accept, { code: "0123ABCD1XYZ" }],
      ["GET", CIRCLE_PATHS.connections],
      ["POST", CIRCLE_PATHS.messages, { id: randomUUID(), to: someone, box: {}, quiet: false }],
      ["GET", `${CIRCLE_PATHS.inbox}?after=0`],
      ["POST", CIRCLE_PATHS.remove, { peerId: someone }],
      ["POST", CIRCLE_PATHS.leave, { peerId: someone }],
      ["POST", CIRCLE_PATHS.block, { peerId: someone }],
      ["POST", CIRCLE_PATHS.mute, { peerId: someone, until: null }],
    ];
    for (const [method, url, payload] of routes) {
      const answer = await app.inject({
        method: method as "GET",
        url,
        ...(payload ? { headers: json, payload } : {}),
      });
      expect(answer.statusCode, `${method} ${url}`).toBe(401);
      expect(answer.json()).toMatchObject({ error: "signed_out" });
    }
  });

  it("CR1: publishes the key once; the same key again is fine, a different one is refused", async () => {
    const test = await start();
    const me = await circlePerson(test, { withKey: false });
    const before = circleKeyResponse.parse((await me.api.getKey()).json());
    expect(before).toEqual({ userId: me.userId, publicKey: null });

    const key = fakePublicKey();
    const first = await me.api.putKey(key);
    expect(first.statusCode).toBe(200);
    expect(circleKeyResponse.parse(first.json())).toEqual({ userId: me.userId, publicKey: key });
    expect((await me.api.putKey(key)).statusCode).toBe(200);

    const other = await me.api.putKey(fakePublicKey());
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: "key_exists" });
    expect(circleKeyResponse.parse((await me.api.getKey()).json()).publicKey).toBe(key);
  });

  it("CR1: a key that is not 32 bytes of base64 is a plain 400", async () => {
    const test = await start();
    const me = await circlePerson(test, { withKey: false });
    for (const publicKey of [
      "short",
      "!".repeat(44),
      Buffer.alloc(31).toString("base64"),
      Buffer.alloc(33).toString("base64"),
    ]) {
      const answer = await me.api.putKey(publicKey);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: "bad_request" });
      expect(answer.json().message).toMatch(/^The request could not be read/);
    }
    const noBody = await test.app.inject({
      method: "PUT",
      url: CIRCLE_PATHS.key,
      headers: { ...json, cookie: me.cookie },
      payload: "[]",
    });
    expect(noBody.statusCode).toBe(400);
  });

  it("CR13: GET key only ever shows my own key", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const c = await circlePerson(test);
    expect(circleKeyResponse.parse((await c.api.getKey()).json())).toEqual({
      userId: c.userId,
      publicKey: c.publicKey,
    });
    // Asking with someone else's id in the query changes nothing: the person is the session's.
    const sneaky = await test.app.inject({
      method: "GET",
      url: `${CIRCLE_PATHS.key}?userId=${a.userId}`,
      headers: { cookie: c.cookie },
    });
    expect(circleKeyResponse.parse(sneaky.json()).publicKey).toBe(c.publicKey);
  });

  it("CR1: a PUT from another site, or not as JSON, is refused by the CSRF guard", async () => {
    const test = await start();
    const me = await circlePerson(test, { withKey: false });
    const crossSite = await test.app.inject({
      method: "PUT",
      url: CIRCLE_PATHS.key,
      headers: { ...json, cookie: me.cookie, origin: "https://evil.example" },
      payload: { publicKey: fakePublicKey() },
    });
    expect(crossSite.statusCode).toBe(403);
    const form = await test.app.inject({
      method: "POST",
      url: CIRCLE_PATHS.invites,
      headers: { cookie: me.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: "a=1",
    });
    expect(form.statusCode).toBe(403);
  });
});
