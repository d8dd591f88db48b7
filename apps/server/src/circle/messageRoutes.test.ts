import { randomUUID } from "node:crypto";
import { newCircleKeyPair, openFromPeer, publicKeyToBase64, sealToPeer } from "@small-steps/crypto";
import { CIRCLE_PATHS, INBOX_PAGE, inboxResponse, MAX_BOX_CHARS, sendResponse } from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { json } from "../accounts/testAccounts.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import {
  type CirclePerson,
  circleClient,
  circlePerson,
  connectedPair,
  fakeBox,
  inboxOf,
  joinCircle,
  listen,
} from "./testCircleApp.ts";

describe.each(testDatabaseKinds())("circle messages on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  const sent = async (
    from: CirclePerson,
    to: CirclePerson,
    options: { id?: string; quiet?: boolean } = {},
  ) => {
    const answer = await from.api.send({ to: to.userId, ...options });
    expect(answer.statusCode, answer.body).toBe(200);
    return sendResponse.parse(answer.json());
  };

  it("CR5/CR8: a box reaches exactly its recipient, both ways, whichever side invited", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const box = fakeBox();
    const id = randomUUID();
    const answer = await sent(a, b, { id });
    expect(answer).toEqual({ id, sentAt: test.clock.now.toISOString() });
    await b.api.send({ to: a.userId, box });

    const forB = await inboxOf(b);
    expect(forB).toHaveLength(1);
    expect(forB[0]).toMatchObject({ id, from: a.userId, seq: 1, sentAt: answer.sentAt });
    const forA = await inboxOf(a);
    expect(forA).toEqual([
      { id: expect.any(String), from: b.userId, seq: 1, sentAt: expect.any(String), box },
    ]);
  });

  it("CR7: the same id again answers as the first time and stores nothing, even with another box", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const id = randomUUID();
    const box = fakeBox();
    const first = await a.api.send({ id, to: b.userId, box });
    test.clock.advance(5000);
    const again = await a.api.send({ id, to: b.userId, box: fakeBox() });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    // Even to someone else, or after the connection ended: it was sent, once.
    const c = await circlePerson(test);
    expect((await a.api.send({ id, to: c.userId })).json()).toEqual(first.json());

    const items = await inboxOf(b);
    expect(items).toHaveLength(1);
    expect(items[0]?.box).toEqual(box);
    expect(await inboxOf(c)).toEqual([]);
  });

  it("CR7: the same id sent many times at once is stored once, and every answer is the same", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const id = randomUUID();
    const answers = await Promise.all(Array.from({ length: 6 }, () => a.api.send({ id, to: b.userId })));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    expect(await inboxOf(b)).toHaveLength(1);
    // The lost race left no gap: the next box takes seq 2.
    await sent(a, b);
    expect((await inboxOf(b)).map((i) => i.seq)).toEqual([1, 2]);
  });

  it("CR7: one id is one person's: another sender may use the same id", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const c = await circlePerson(test);
    await joinCircle(b, c);
    const id = randomUUID();
    await sent(a, b, { id });
    await sent(c, b, { id });
    expect((await inboxOf(b)).map((i) => i.from)).toEqual([a.userId, c.userId]);
  });

  it("CR8: each recipient has its own sequence, and pages come in order with `more`", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const c = await circlePerson(test);
    await joinCircle(a, c);
    for (let i = 0; i < 5; i++) await sent(b, a);
    await sent(c, a);
    await sent(a, c);

    const first = inboxResponse.parse((await a.api.inbox(0, 4)).json());
    expect(first.items.map((i) => i.seq)).toEqual([1, 2, 3, 4]);
    expect(first.more).toBe(true);
    const second = inboxResponse.parse((await a.api.inbox(4, 4)).json());
    expect(second.items.map((i) => [i.seq, i.from])).toEqual([
      [5, b.userId],
      [6, c.userId],
    ]);
    expect(second.more).toBe(false);
    expect(inboxResponse.parse((await a.api.inbox(6)).json())).toEqual({ items: [], more: false });
    expect((await inboxOf(c)).map((i) => i.seq)).toEqual([1]);
  });

  it("CR8: boxes sent at once from several people take every seq exactly once", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const senders = await Promise.all([circlePerson(test), circlePerson(test), circlePerson(test)]);
    for (const sender of senders) await joinCircle(a, sender);
    await Promise.all(senders.flatMap((s) => Array.from({ length: 8 }, () => sent(s, a))));
    const items = await inboxOf(a);
    expect(items.map((i) => i.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it("CR8: the inbox query is checked: a negative cursor or a page too large is a plain 400", async () => {
    const test = await start();
    const { a } = await connectedPair(test);
    for (const query of ["after=-1", `after=0&limit=${INBOX_PAGE + 1}`, "after=abc", "limit=0"]) {
      const answer = await test.app.inject({
        method: "GET",
        url: `${CIRCLE_PATHS.inbox}?${query}`,
        headers: { cookie: a.cookie },
      });
      expect(answer.statusCode, query).toBe(400);
      expect(answer.json()).toMatchObject({ error: "bad_request" });
    }
    expect(
      (await test.app.inject({ method: "GET", url: CIRCLE_PATHS.inbox, headers: { cookie: a.cookie } }))
        .statusCode,
    ).toBe(200);
  });

  it("CR6: a box over 12,000 characters, or a body that is not a send, is refused with 400", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const biggest = { ...fakeBox(), ciphertext: "A".repeat(MAX_BOX_CHARS) };
    expect((await a.api.send({ to: b.userId, box: biggest })).statusCode).toBe(200);
    const tooBig = await a.api.send({
      to: b.userId,
      box: { ...biggest, ciphertext: "A".repeat(MAX_BOX_CHARS + 4) },
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().message).toMatch(/too large/);

    const bad = [
      { id: "not-a-uuid", to: b.userId, box: fakeBox(), quiet: false },
      { id: randomUUID(), to: b.userId, box: { v: 2, nonce: "x", ciphertext: "y" }, quiet: false },
      { id: randomUUID(), to: b.userId, box: fakeBox() },
    ];
    for (const payload of bad) {
      const answer = await test.app.inject({
        method: "POST",
        url: CIRCLE_PATHS.messages,
        headers: { ...json, cookie: a.cookie },
        payload,
      });
      expect(answer.statusCode).toBe(400);
    }
    // Far past the limit: refused before it is read.
    const huge = await test.app.inject({
      method: "POST",
      url: CIRCLE_PATHS.messages,
      headers: { ...json, cookie: a.cookie },
      payload: {
        id: randomUUID(),
        to: b.userId,
        box: { ...biggest, ciphertext: "A".repeat(100_000) },
        quiet: false,
      },
    });
    expect(huge.statusCode).toBe(413);
    expect(await inboxOf(b)).toHaveLength(1);
  });

  it("CR8: the recipient's devices hear {circle, seq} after the commit; the sender's hear nothing", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    const heard = listen(test, a.userId, b.userId);
    heard.length = 0;
    await sent(a, b);
    await sent(a, b, { quiet: true });
    const id = randomUUID();
    await sent(a, b, { id });
    await sent(a, b, { id });
    expect(heard).toEqual([
      { userId: b.userId, topic: "circle", seq: 1, originSessionId: "" },
      { userId: b.userId, topic: "circle", seq: 2, originSessionId: "" },
      { userId: b.userId, topic: "circle", seq: 3, originSessionId: "" },
    ]);
  });

  it("CR9/CR10/CR15: push rings for a non-quiet box only, and never while the sender is muted", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    await sent(a, b);
    await sent(a, b, { quiet: true });
    expect(test.pushes).toEqual([b.userId]);

    await b.api.mute(a.userId, new Date(test.clock.now.getTime() + 60_000).toISOString());
    await sent(a, b);
    expect(test.pushes).toEqual([b.userId]);
    // Muted boxes still arrive, quietly.
    expect(await inboxOf(b)).toHaveLength(3);
    // A mute only silences that one person.
    await sent(b, a);
    expect(test.pushes).toEqual([b.userId, a.userId]);

    test.clock.advance(61_000);
    await sent(a, b);
    expect(test.pushes).toEqual([b.userId, a.userId, b.userId]);
    // A repeated id rings nothing.
    const id = randomUUID();
    await sent(a, b, { id });
    await sent(a, b, { id });
    expect(test.pushes).toHaveLength(4);
  });

  it("C26/C27: a real sealed box comes back byte for byte and opens for its recipient", async () => {
    const test = await start();
    const aKeys = await newCircleKeyPair();
    const bKeys = await newCircleKeyPair();
    const a = await circlePerson(test, { withKey: false });
    const b = await circlePerson(test, { withKey: false });
    await a.api.putKey(await publicKeyToBase64(aKeys.publicKey));
    await b.api.putKey(await publicKeyToBase64(bKeys.publicKey));
    await joinCircle(b, a);
    const box = await sealToPeer(
      new TextEncoder().encode("thinking of you"),
      aKeys.secret.bytes,
      bKeys.publicKey,
    );
    await a.api.send({ to: b.userId, box });
    const [item] = await inboxOf(b);
    expect(item?.box).toEqual(box);
    const opened = await openFromPeer(item?.box, bKeys.secret.bytes, aKeys.publicKey);
    expect(opened.ok && new TextDecoder().decode(opened.value)).toBe("thinking of you");
  });

  it("CR8: boxes stay across a restart", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    await sent(a, b);
    await test.restart();
    const api = circleClient(test.app, b.cookie);
    expect(inboxResponse.parse((await api.inbox()).json()).items).toHaveLength(1);
  });
});
