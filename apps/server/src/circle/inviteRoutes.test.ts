import { randomUUID } from "node:crypto";
import {
  formatInviteCode,
  INVITE_CODE_ALPHABET,
  inviteAcceptResponse,
  inviteCreateResponse,
  invitesResponse,
} from "@small-steps/sync";
import { describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { circleAppPerTest } from "./circleAppPerTest.ts";
import { hashInviteCode, INVITE_TTL_MS } from "./invites.ts";
import { type CirclePerson, circlePerson, connectedPair, connectionsOf } from "./testCircleApp.ts";

describe.each(testDatabaseKinds())("circle invites on %s", (kind) => {
  const { start } = circleAppPerTest(kind);

  const invite = async (owner: CirclePerson) => {
    const made = await owner.api.createInvite();
    expect(made.statusCode, made.body).toBe(201);
    return inviteCreateResponse.parse(made.json());
  };
  const expectGone = async (answer: Promise<{ statusCode: number; json: () => unknown }>) => {
    const settled = await answer;
    expect(settled.statusCode).toBe(410);
    expect(settled.json()).toMatchObject({
      error: "invite_invalid",
      message: expect.stringMatching(/^This code doesn't work any more/),
    });
  };

  it("CR3: an invite is a 12-character code, alive 48 hours, stored only as its SHA-256", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const { invite: made, code } = await invite(a);
    expect(code).toMatch(new RegExp(`^[${INVITE_CODE_ALPHABET}]{12}$`));
    expect(Date.parse(made.expiresAt) - Date.parse(made.createdAt)).toBe(INVITE_TTL_MS);
    expect(made.createdAt).toBe(test.clock.now.toISOString());

    const rows = await test.database.handle.db.selectFrom("circle_invites").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.code_hash).toBe(hashInviteCode(code));
    expect(JSON.stringify(rows)).not.toContain(code);

    const listed = invitesResponse.parse((await a.api.invites()).json());
    expect(listed.invites).toEqual([made]);
  });

  it("CR3: at most 10 invites wait at once; used, cancelled and expired ones do not count", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const made = [];
    for (let i = 0; i < 10; i++) made.push(await invite(a));
    const eleventh = await a.api.createInvite();
    expect(eleventh.statusCode).toBe(409);
    expect(eleventh.json()).toMatchObject({ error: "too_many_invites" });

    expect((await b.api.accept(made[0]?.code ?? "")).statusCode).toBe(200);
    expect((await a.api.cancelInvite(made[1]?.invite.id ?? "")).statusCode).toBe(204);
    await invite(a);
    await invite(a);
    expect((await a.api.createInvite()).statusCode).toBe(409);
    test.clock.advance(INVITE_TTL_MS + 1);
    await invite(a);
    expect(invitesResponse.parse((await a.api.invites()).json()).invites).toHaveLength(1);
  });

  it("CR3: making an invite needs my circle key first", async () => {
    const test = await start();
    const a = await circlePerson(test, { withKey: false });
    const answer = await a.api.createInvite();
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ error: "no_key" });
  });

  it("CR3: the code is accepted as a person might type it (dashes, spaces, lower case, O for 0)", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const { code } = await invite(a);
    const typed = ` ${formatInviteCode(code).toLowerCase().replace(/0/g, "o").replace(/1/g, "l")} `;
    expect((await b.api.accept(typed)).statusCode).toBe(200);
  });

  it("CR4: accepting puts the acceptor in the inviter's circle, seen from both sides", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const { code } = await invite(a);
    const accepted = await b.api.accept(code);
    expect(accepted.statusCode).toBe(200);
    const at = test.clock.now.toISOString();
    expect(inviteAcceptResponse.parse(accepted.json()).connection).toEqual({
      peerId: a.userId,
      publicKey: a.publicKey,
      inMyCircle: false,
      inTheirCircle: true,
      since: at,
      mutedUntil: null,
    });
    expect(await connectionsOf(a)).toEqual([
      {
        peerId: b.userId,
        publicKey: b.publicKey,
        inMyCircle: true,
        inTheirCircle: false,
        since: at,
        mutedUntil: null,
      },
    ]);
    expect(invitesResponse.parse((await a.api.invites()).json()).invites).toEqual([]);
  });

  it("CR4: a used, expired, unknown or own code all answer the same 410", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const b = await circlePerson(test);
    const c = await circlePerson(test);

    const used = await invite(a);
    expect((await b.api.accept(used.code)).statusCode).toBe(200);
    await expectGone(c.api.accept(used.code));
    await expectGone(b.api.accept(used.code));

    const own = await invite(a);
    await expectGone(a.api.accept(own.code));
    // Trying one's own code does not use it up.
    expect((await c.api.accept(own.code)).statusCode).toBe(200);

    const late = await invite(a);
    test.clock.advance(INVITE_TTL_MS);
    await expectGone(c.api.accept(late.code));

    await expectGone(c.api.accept("ZZZZZZZZZZZZ"));
  });

  it("CR4: a block either way makes the code answer the same 410, and leaves it unused", async () => {
    const test = await start();
    const { a, b } = await connectedPair(test);
    expect((await b.api.block(a.userId)).statusCode).toBe(204);

    // The blocked person's invite, and the blocker's own.
    const fromA = await invite(a);
    await expectGone(b.api.accept(fromA.code));
    const fromB = await invite(b);
    await expectGone(a.api.accept(fromB.code));
    expect(await connectionsOf(a)).toEqual([]);
    expect(await connectionsOf(b)).toEqual([]);
    // Nothing was used up: someone else can still accept it.
    const c = await circlePerson(test);
    expect((await c.api.accept(fromA.code)).statusCode).toBe(200);
  });

  it("CR4: accepting needs my own key (409 no_key); an inviter without one is a plain 410", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const noKey = await circlePerson(test, { withKey: false });
    const { code } = await invite(a);
    const answer = await noKey.api.accept(code);
    expect(answer.statusCode).toBe(409);
    expect(answer.json()).toMatchObject({ error: "no_key" });

    // The inviter's key gone (it cannot be unset through the API): the code no longer works.
    const b = await circlePerson(test);
    await test.database.handle.db.deleteFrom("circle_keys").where("user_id", "=", a.userId).execute();
    await expectGone(b.api.accept(code));
  });

  it("CR4: two people accepting one code at once: exactly one joins", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const others = await Promise.all([circlePerson(test), circlePerson(test), circlePerson(test)]);
    const { code } = await invite(a);
    const answers = await Promise.all(others.map((o) => o.api.accept(code)));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 410, 410]);
    expect(await connectionsOf(a)).toHaveLength(1);
  });

  it("CR13: only the owner can cancel an invite; anything else is 404", async () => {
    const test = await start();
    const a = await circlePerson(test);
    const c = await circlePerson(test);
    const { invite: made, code } = await invite(a);

    const notMine = await c.api.cancelInvite(made.id);
    expect(notMine.statusCode).toBe(404);
    expect(notMine.json()).toMatchObject({ error: "not_found" });
    expect((await c.api.cancelInvite(randomUUID())).statusCode).toBe(404);
    expect((await c.api.cancelInvite("not-an-id")).statusCode).toBe(404);
    expect(invitesResponse.parse((await c.api.invites()).json()).invites).toEqual([]);
    expect(invitesResponse.parse((await a.api.invites()).json()).invites).toEqual([made]);

    expect((await a.api.cancelInvite(made.id)).statusCode).toBe(204);
    expect((await a.api.cancelInvite(made.id)).statusCode).toBe(404);
    await expectGone(c.api.accept(code));
  });

  it("CR3: a code that is not a code is a plain 400", async () => {
    const test = await start();
    const b = await circlePerson(test);
    for (const code of ["short", "UUUUUUUUUUUU", "x".repeat(65)]) {
      const answer = await b.api.accept(code);
      expect(answer.statusCode).toBe(400);
      expect(answer.json()).toMatchObject({ error: "bad_request" });
    }
  });
});
