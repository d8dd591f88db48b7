import { randomBytes } from "node:crypto";
import { CIRCLE_PATHS } from "@small-steps/sync";
import { afterEach, describe, expect, it } from "vitest";
import { json } from "../accounts/testAccounts.ts";
import { deleteUserEverywhere } from "../accounts/users.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { quickPerson } from "../sync/testSyncApp.ts";
import { startTestApp, type TestApp } from "../testApp.ts";
import { MAX_SUBSCRIPTIONS_PER_PERSON } from "./store.ts";

/** A browser's PushSubscription.toJSON(), with real-sized keys; the endpoint is random. */
function subscription(endpoint = `https://push.example/send/${randomBytes(12).toString("base64url")}`) {
  const point = Buffer.concat([Buffer.from([4]), randomBytes(64)]);
  return {
    endpoint,
    keys: { p256dh: point.toString("base64url"), auth: randomBytes(16).toString("base64url") },
  };
}

describe.each(testDatabaseKinds())("push subscription routes on %s (CR15, CR16)", (kind) => {
  let test: TestApp | undefined;

  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  async function start() {
    test = await startTestApp(kind);
    return test;
  }

  function post(cookie: string | undefined, url: string, body: unknown) {
    if (!test) throw new Error("not started");
    return test.app.inject({
      method: "POST",
      url,
      headers: { ...json, ...(cookie ? { cookie } : {}) },
      payload: body as object,
    });
  }

  async function endpointsOf(userId: string): Promise<string[]> {
    if (!test) throw new Error("not started");
    const rows = await test.database.handle.db
      .selectFrom("push_subscriptions")
      .select("endpoint")
      .where("user_id", "=", userId)
      .execute();
    return rows.map((row) => row.endpoint).sort();
  }

  it("answer 401 when signed out", async () => {
    const { app } = await start();
    expect((await app.inject({ method: "GET", url: CIRCLE_PATHS.pushKey })).statusCode).toBe(401);
    expect((await post(undefined, CIRCLE_PATHS.pushSubscribe, subscription())).statusCode).toBe(401);
    expect((await post(undefined, CIRCLE_PATHS.pushUnsubscribe, { endpoint: "x" })).statusCode).toBe(401);
  });

  it("refuse a subscribe that is not JSON (the CSRF rule)", async () => {
    const started = await start();
    const { app } = started;
    const { cookie } = await quickPerson(started);
    const response = await app.inject({
      method: "POST",
      url: CIRCLE_PATHS.pushSubscribe,
      headers: { cookie, "content-type": "text/plain" },
      payload: JSON.stringify(subscription()),
    });
    expect(response.statusCode).toBe(403);
  });

  it("save a subscription once per endpoint, taking new keys when the browser renews it", async () => {
    const started = await start();
    const person = await quickPerson(started);
    const first = subscription();
    expect((await post(person.cookie, CIRCLE_PATHS.pushSubscribe, first)).statusCode).toBe(204);
    const renewed = { ...subscription(first.endpoint) };
    expect((await post(person.cookie, CIRCLE_PATHS.pushSubscribe, renewed)).statusCode).toBe(204);
    const rows = await started.database.handle.db
      .selectFrom("push_subscriptions")
      .select(["user_id", "endpoint", "p256dh", "auth", "last_sent_at"])
      .execute();
    expect(rows).toEqual([
      {
        user_id: person.userId,
        endpoint: first.endpoint,
        p256dh: renewed.keys.p256dh,
        auth: renewed.keys.auth,
        last_sent_at: null,
      },
    ]);
  });

  it.each([
    ["an http endpoint", { ...subscription(), endpoint: "http://push.example/send/abc" }],
    ["not a URL", { ...subscription(), endpoint: "push.example" }],
    ["no keys", { endpoint: "https://push.example/send/abc" }],
    [
      "a p256dh that is not a P-256 point",
      { ...subscription(), keys: { ...subscription().keys, p256dh: "AAAA" } },
    ],
    [
      "an auth secret of the wrong size",
      { ...subscription(), keys: { ...subscription().keys, auth: "AAAA" } },
    ],
  ])("refuse a subscription with %s (400)", async (_, body) => {
    const started = await start();
    const person = await quickPerson(started);
    const response = await post(person.cookie, CIRCLE_PATHS.pushSubscribe, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: "bad_request" });
    expect(await endpointsOf(person.userId)).toEqual([]);
  });

  it(`keep at most ${MAX_SUBSCRIPTIONS_PER_PERSON} devices per person (409 beyond); a known one may renew`, async () => {
    const started = await start();
    const person = await quickPerson(started);
    const saved = Array.from({ length: MAX_SUBSCRIPTIONS_PER_PERSON }, () => subscription());
    for (const body of saved) {
      expect((await post(person.cookie, CIRCLE_PATHS.pushSubscribe, body)).statusCode).toBe(204);
    }
    const beyond = await post(person.cookie, CIRCLE_PATHS.pushSubscribe, subscription());
    expect(beyond.statusCode).toBe(409);
    expect(beyond.json()).toMatchObject({ error: "too_many_devices" });
    const renew = subscription(saved[3]?.endpoint);
    expect((await post(person.cookie, CIRCLE_PATHS.pushSubscribe, renew)).statusCode).toBe(204);
    expect(await endpointsOf(person.userId)).toHaveLength(MAX_SUBSCRIPTIONS_PER_PERSON);
    // Someone else's devices are their own count.
    const other = await quickPerson(started);
    expect((await post(other.cookie, CIRCLE_PATHS.pushSubscribe, subscription())).statusCode).toBe(204);
  });

  it("unsubscribe only the caller's own endpoint; an unknown or someone else's answers 204 and stays", async () => {
    const started = await start();
    const mine = await quickPerson(started);
    const theirs = await quickPerson(started);
    const myPhone = subscription();
    const theirPhone = subscription();
    await post(mine.cookie, CIRCLE_PATHS.pushSubscribe, myPhone);
    await post(theirs.cookie, CIRCLE_PATHS.pushSubscribe, theirPhone);

    const other = await post(mine.cookie, CIRCLE_PATHS.pushUnsubscribe, { endpoint: theirPhone.endpoint });
    expect(other.statusCode).toBe(204);
    expect(await endpointsOf(theirs.userId)).toEqual([theirPhone.endpoint]);
    const unknown = await post(mine.cookie, CIRCLE_PATHS.pushUnsubscribe, {
      endpoint: "https://nowhere.example",
    });
    expect(unknown.statusCode).toBe(204);

    const own = await post(mine.cookie, CIRCLE_PATHS.pushUnsubscribe, { endpoint: myPhone.endpoint });
    expect(own.statusCode).toBe(204);
    expect(await endpointsOf(mine.userId)).toEqual([]);
    expect(await endpointsOf(theirs.userId)).toEqual([theirPhone.endpoint]);
  });

  it("move a shared device's endpoint to whoever turned push on last", async () => {
    const started = await start();
    const first = await quickPerson(started);
    const second = await quickPerson(started);
    const device = subscription();
    await post(first.cookie, CIRCLE_PATHS.pushSubscribe, device);
    await post(second.cookie, CIRCLE_PATHS.pushSubscribe, subscription(device.endpoint));
    expect(await endpointsOf(first.userId)).toEqual([]);
    expect(await endpointsOf(second.userId)).toEqual([device.endpoint]);
  });

  it("go with the account when it is deleted", async () => {
    const started = await start();
    const person = await quickPerson(started);
    await post(person.cookie, CIRCLE_PATHS.pushSubscribe, subscription());
    await deleteUserEverywhere(started.database.handle.db, person.userId);
    expect(await endpointsOf(person.userId)).toEqual([]);
  });

  it("are rate limited per session", async () => {
    test = await startTestApp(kind);
    const person = await quickPerson(test);
    let status = 0;
    for (let i = 0; i < 40 && status !== 429; i++) {
      status = (
        await test.app.inject({
          method: "GET",
          url: CIRCLE_PATHS.pushKey,
          headers: { cookie: person.cookie },
        })
      ).statusCode;
    }
    expect(status).toBe(429);
  });
});
