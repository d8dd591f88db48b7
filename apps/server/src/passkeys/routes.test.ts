import { randomBytes } from "node:crypto";
import { newAccountKey, wrapAccountKeyForPasskey, wrapKey } from "@small-steps/crypto";
import {
  accountResponse,
  loginOptionsResponse,
  loginVerifyResponse,
  passkeyListResponse,
  registrationOptionsResponse,
} from "@small-steps/sync";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { json, makeCredentials, sessionCookie, signUp } from "../accounts/testAccounts.ts";
import { testDatabaseKinds } from "../db/testDatabases.ts";
import { startTestApp, type TestApp, type TestAppOptions } from "../testApp.ts";
import { CHALLENGE_TTL_MS } from "./routes.ts";
import { TestAuthenticator } from "./testAuthenticator.ts";

const HOST = "steps.test";
const ORIGIN = `http://${HOST}`;

async function prfWrappedAccountKey() {
  const r = await wrapAccountKeyForPasskey(await newAccountKey(), new Uint8Array(randomBytes(32)));
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

describe.each(testDatabaseKinds())("passkeys on %s", (kind) => {
  let test: TestApp | undefined;
  let time = new Date("2026-03-01T09:00:00.000Z");
  const advance = (ms: number) => {
    time = new Date(time.getTime() + ms);
  };

  async function start(options: TestAppOptions = {}): Promise<FastifyInstance> {
    time = new Date("2026-03-01T09:00:00.000Z");
    test = await startTestApp(kind, { now: () => time, ...options });
    return test.app;
  }

  afterEach(async () => {
    await test?.cleanup();
    test = undefined;
  });

  const post = (app: FastifyInstance, url: string, payload: unknown, cookie?: string, host = HOST) =>
    app.inject({
      method: "POST",
      url,
      headers: { ...json, host, ...(cookie ? { cookie } : {}) },
      payload: payload as object,
    });
  const get = (app: FastifyInstance, url: string, cookie?: string) =>
    app.inject({ method: "GET", url, headers: { host: HOST, ...(cookie ? { cookie } : {}) } });

  async function registrationOptions(app: FastifyInstance, cookie: string) {
    const response = await post(app, "/api/passkeys/register/options", {}, cookie);
    expect(response.statusCode, response.body).toBe(200);
    return registrationOptionsResponse.parse(response.json());
  }

  /** Adds a passkey through the real endpoints; returns the authenticator that holds it. */
  async function addPasskey(
    app: FastifyInstance,
    cookie: string,
    extra: { name?: string; prfWrappedAccountKey?: unknown } = {},
  ) {
    const { options } = await registrationOptions(app, cookie);
    const authenticator = new TestAuthenticator({ origin: ORIGIN, rpID: HOST });
    const response = await post(
      app,
      "/api/passkeys/register/verify",
      { response: authenticator.register(options as never), ...extra },
      cookie,
    );
    expect(response.statusCode, response.body).toBe(201);
    return { authenticator, passkey: response.json().passkey as { id: string; unlocksKeys: boolean } };
  }

  async function loginOptions(app: FastifyInstance, body: object = {}) {
    const response = await post(app, "/api/passkeys/login/options", body);
    expect(response.statusCode, response.body).toBe(200);
    return loginOptionsResponse.parse(response.json());
  }

  describe("adding a passkey", () => {
    it("hands out registration options: our name and host, preferred discoverable key and UV, PRF asked for", async () => {
      const app = await start();
      const { cookie, credentials } = await signUp(app);
      const response = await post(app, "/api/passkeys/register/options", {}, cookie);
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-store");
      const { options, prfSalt } = registrationOptionsResponse.parse(response.json());
      expect(options).toMatchObject({
        rp: { name: "Small Steps", id: HOST },
        user: { name: credentials.username.toLowerCase(), displayName: credentials.username.toLowerCase() },
        attestation: "none",
        authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
        extensions: { prf: {} },
        excludeCredentials: [],
      });
      expect(prfSalt).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // The user handle is random, not the account id or the name, and the same every time.
      const user = (options as unknown as { user: { id: string } }).user;
      expect(Buffer.from(user.id, "base64url")).toHaveLength(32);
      expect((await registrationOptions(app, cookie)).options).toMatchObject({ user: { id: user.id } });
    });

    it("stores a verified passkey with its PRF-wrapped account key, lists it, and excludes it next time", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { authenticator, passkey } = await addPasskey(app, cookie, {
        name: "  Phone  ",
        prfWrappedAccountKey: await prfWrappedAccountKey(),
      });
      expect(passkey).toEqual({
        id: expect.any(String),
        name: "Phone",
        createdAt: time.toISOString(),
        lastUsedAt: null,
        unlocksKeys: true,
      });
      const list = passkeyListResponse.strict().parse((await get(app, "/api/passkeys", cookie)).json());
      expect(list.passkeys).toEqual([passkey]);
      const { options } = await registrationOptions(app, cookie);
      expect(options).toMatchObject({
        excludeCredentials: [{ id: authenticator.id, transports: ["internal"] }],
      });
    });

    it("a passkey without a PRF result signs in only, and gets a plain name when none is given", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { passkey } = await addPasskey(app, cookie);
      expect(passkey).toMatchObject({ name: "Passkey", unlocksKeys: false });
    });

    it("refuses a wrapped key that is not the account key wrapped by a passkey", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const account = await newAccountKey();
      const byPassword = await wrapKey(account, new Uint8Array(randomBytes(32)), "password");
      const { options } = await registrationOptions(app, cookie);
      const authenticator = new TestAuthenticator({ origin: ORIGIN, rpID: HOST });
      const response = await post(
        app,
        "/api/passkeys/register/verify",
        { response: authenticator.register(options as never), prfWrappedAccountKey: byPassword },
        cookie,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe("bad_request");
    });

    it("a challenge is used once: a failed attempt uses it up", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { options } = await registrationOptions(app, cookie);
      const authenticator = new TestAuthenticator({ origin: ORIGIN, rpID: HOST });
      const fromElsewhere = authenticator.register(options as never, { origin: "https://evil.example" });
      const refused = await post(app, "/api/passkeys/register/verify", { response: fromElsewhere }, cookie);
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: "passkey_not_verified", message: expect.any(String) });

      const good = authenticator.register(options as never);
      const again = await post(app, "/api/passkeys/register/verify", { response: good }, cookie);
      expect(again.statusCode).toBe(400);
      expect(again.json().error).toBe("challenge_expired");
    });

    it("a challenge expires after a few minutes", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { options } = await registrationOptions(app, cookie);
      advance(CHALLENGE_TTL_MS + 1000);
      const authenticator = new TestAuthenticator({ origin: ORIGIN, rpID: HOST });
      const response = await post(
        app,
        "/api/passkeys/register/verify",
        { response: authenticator.register(options as never) },
        cookie,
      );
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe("challenge_expired");
    });

    it("a challenge belongs to the session that asked for it", async () => {
      const app = await start();
      const a = await signUp(app);
      const b = await signUp(app);
      const { options } = await registrationOptions(app, a.cookie);
      const authenticator = new TestAuthenticator({ origin: ORIGIN, rpID: HOST });
      const response = await post(
        app,
        "/api/passkeys/register/verify",
        { response: authenticator.register(options as never) },
        b.cookie,
      );
      expect(response.json().error).toBe("challenge_expired");
    });

    it("the same passkey cannot be added twice", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { authenticator } = await addPasskey(app, cookie);
      const { options } = await registrationOptions(app, cookie);
      const response = await post(
        app,
        "/api/passkeys/register/verify",
        { response: authenticator.register(options as never) },
        cookie,
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().error).toBe("passkey_exists");
    });

    it("passkeys need a name, not a number address; RP_ID must match the address", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const byIp = await post(app, "/api/passkeys/register/options", {}, cookie, "127.0.0.1:8080");
      expect(byIp.statusCode).toBe(400);
      expect(byIp.json().error).toBe("passkeys_unavailable");
      const options = await post(app, "/api/passkeys/login/options", {}, undefined, "[::1]:8080");
      expect(options.json().error).toBe("passkeys_unavailable");

      await test?.cleanup();
      const pinned = await start({ config: { rpId: "example.org" } });
      const sub = await post(pinned, "/api/passkeys/login/options", {}, undefined, "steps.example.org");
      expect(sub.statusCode).toBe(200);
      expect(sub.json().options.rpId).toBe("example.org");
      const other = await post(pinned, "/api/passkeys/login/options", {}, undefined, "steps.other.org");
      expect(other.json().error).toBe("passkeys_unavailable");
    });
  });

  describe("signing in with a passkey", () => {
    it("verifies, counts, starts a session like a password sign-in, and hands back the wrapped key", async () => {
      const app = await start();
      const { cookie, credentials } = await signUp(app);
      const wrapped = await prfWrappedAccountKey();
      const { authenticator, passkey } = await addPasskey(app, cookie, { prfWrappedAccountKey: wrapped });

      advance(60_000);
      const { options, prfSalt } = await loginOptions(app);
      expect(options).not.toHaveProperty("allowCredentials");
      expect(options).toMatchObject({ rpId: HOST, userVerification: "preferred" });
      const response = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate(options),
      });
      expect(response.statusCode, response.body).toBe(200);
      const body = loginVerifyResponse.strict().parse(response.json());
      expect(body.user.username).toBe(credentials.username.toLowerCase());
      expect(body.keys).toEqual(credentials.keys);
      expect(body.passkeyWrappedAccountKey).toEqual(wrapped);
      expect(body.prfSalt).toBe(prfSalt);

      const newCookie = sessionCookie(response);
      expect(newCookie).not.toBe(cookie);
      const me = await get(app, "/api/account/me", newCookie);
      expect(accountResponse.parse(me.json()).user.username).toBe(credentials.username.toLowerCase());
      const list = passkeyListResponse.parse((await get(app, "/api/passkeys", newCookie)).json());
      expect(list.passkeys).toEqual([{ ...passkey, lastUsedAt: time.toISOString() }]);
    });

    it("a passkey that only signs in returns no wrapped key", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { authenticator } = await addPasskey(app, cookie);
      const { options } = await loginOptions(app);
      const response = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate(options),
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).not.toHaveProperty("passkeyWrappedAccountKey");
      expect(response.json()).not.toHaveProperty("prfSalt");
    });

    it("a response is accepted once, and a challenge expires", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { authenticator } = await addPasskey(app, cookie);
      const { options } = await loginOptions(app);
      const assertion = authenticator.authenticate(options);
      expect((await post(app, "/api/passkeys/login/verify", { response: assertion })).statusCode).toBe(200);
      const replay = await post(app, "/api/passkeys/login/verify", { response: assertion });
      expect(replay.statusCode).toBe(400);
      expect(replay.json().error).toBe("challenge_expired");

      const late = await loginOptions(app);
      advance(CHALLENGE_TTL_MS + 1000);
      const response = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate(late.options),
      });
      expect(response.json().error).toBe("challenge_expired");
      expect(response.headers["set-cookie"]).toBeUndefined();
    });

    it("refuses an unknown passkey, another person's user handle, and a counter that went back", async () => {
      const app = await start();
      const a = await signUp(app);
      const b = await signUp(app);
      const { authenticator } = await addPasskey(app, a.cookie);
      const other = await addPasskey(app, b.cookie);

      const stranger = new TestAuthenticator({ origin: ORIGIN, rpID: HOST });
      const unknown = await post(app, "/api/passkeys/login/verify", {
        response: stranger.authenticate((await loginOptions(app)).options),
      });
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json().error).toBe("passkey_not_recognised");

      const swapped = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate((await loginOptions(app)).options, {
          userHandle: other.authenticator.userHandle,
        }),
      });
      expect(swapped.statusCode).toBe(401);

      const ok = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate((await loginOptions(app)).options, { counter: 5 }),
      });
      expect(ok.statusCode).toBe(200);
      const cloned = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate((await loginOptions(app)).options, { counter: 3 }),
      });
      expect(cloned.statusCode).toBe(401);
      expect(cloned.headers["set-cookie"]).toBeUndefined();
    });

    it("with a name, lists that person's passkeys; an unknown name gets stable made-up ones", async () => {
      const app = await start();
      const { cookie, credentials } = await signUp(app);
      const { authenticator } = await addPasskey(app, cookie);
      const known = await loginOptions(app, { username: credentials.username });
      expect(known.options).toMatchObject({
        allowCredentials: [{ id: authenticator.id, type: "public-key" }],
      });

      const unknownA = await loginOptions(app, { username: "nobody_here" });
      const unknownB = await loginOptions(app, { username: "nobody_here" });
      const allowed = (o: { options: Record<string, unknown> }) =>
        (o.options.allowCredentials as { id: string; type: string }[]).map((c) => [c.id, c.type]);
      expect(allowed(unknownA).length).toBeGreaterThan(0);
      expect(allowed(unknownA)).toEqual(allowed(unknownB));
      expect(Object.keys(unknownA.options).sort()).toEqual(Object.keys(known.options).sort());
      // A person with no passkeys looks the same as no person.
      const { credentials: other } = await signUp(app);
      const none = await loginOptions(app, { username: other.username });
      expect(allowed(none).length).toBeGreaterThan(0);
    });

    it("limits how often one address may ask for sign-in options", async () => {
      const app = await start();
      let last = 0;
      for (let i = 0; i < 101; i++) {
        last = (await post(app, "/api/passkeys/login/options", {})).statusCode;
      }
      expect(last).toBe(429);
    });
  });

  describe("managing passkeys", () => {
    it("renames and removes one's own passkeys", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { passkey } = await addPasskey(app, cookie);
      const renamed = await post(app, `/api/passkeys/${passkey.id}/rename`, { name: "Laptop" }, cookie);
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json().passkey).toMatchObject({ id: passkey.id, name: "Laptop" });
      const blank = await post(app, `/api/passkeys/${passkey.id}/rename`, { name: "   " }, cookie);
      expect(blank.statusCode).toBe(400);

      const removed = await post(app, `/api/passkeys/${passkey.id}/delete`, {}, cookie);
      expect(removed.statusCode).toBe(204);
      expect(passkeyListResponse.parse((await get(app, "/api/passkeys", cookie)).json()).passkeys).toEqual(
        [],
      );
      expect((await post(app, `/api/passkeys/${passkey.id}/delete`, {}, cookie)).statusCode).toBe(404);
    });

    it("someone else's passkey can be neither seen, renamed nor removed (no IDOR)", async () => {
      const app = await start();
      const owner = await signUp(app);
      const other = await signUp(app);
      const { passkey, authenticator } = await addPasskey(app, owner.cookie);

      expect(
        passkeyListResponse.parse((await get(app, "/api/passkeys", other.cookie)).json()).passkeys,
      ).toEqual([]);
      const rename = await post(
        app,
        `/api/passkeys/${passkey.id}/rename`,
        { name: "Mine now" },
        other.cookie,
      );
      expect(rename.statusCode).toBe(404);
      const remove = await post(app, `/api/passkeys/${passkey.id}/delete`, {}, other.cookie);
      expect(remove.statusCode).toBe(404);
      expect(remove.json()).toEqual({ error: "not_found", message: expect.any(String) });

      const list = passkeyListResponse.parse((await get(app, "/api/passkeys", owner.cookie)).json());
      expect(list.passkeys).toEqual([passkey]);
      // And it still signs its owner in.
      const signIn = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate((await loginOptions(app)).options),
      });
      expect(signIn.statusCode).toBe(200);
    });

    it("every signed-in route answers 401 without a session", async () => {
      const app = await start();
      const { cookie } = await signUp(app);
      const { passkey } = await addPasskey(app, cookie);
      const calls = [
        get(app, "/api/passkeys"),
        post(app, "/api/passkeys/register/options", {}),
        post(app, "/api/passkeys/register/verify", { response: {} }),
        post(app, `/api/passkeys/${passkey.id}/rename`, { name: "x" }),
        post(app, `/api/passkeys/${passkey.id}/delete`, {}),
        get(app, "/api/passkeys", "__Host-ss_session=not-a-session"),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.statusCode).toBe(401);
        expect(response.json()).toMatchObject({ error: "signed_out", message: expect.any(String) });
      }
    });

    it("deleting the account deletes its passkeys", async () => {
      const app = await start();
      const credentials = await makeCredentials();
      const { cookie } = await signUp(app, credentials);
      const { authenticator } = await addPasskey(app, cookie);
      const gone = await post(app, "/api/account/delete", { authKey: credentials.authKey }, cookie);
      expect(gone.statusCode).toBe(204);
      const db = test?.database.handle.db;
      expect(await db?.selectFrom("passkeys").selectAll().execute()).toEqual([]);
      expect(await db?.selectFrom("passkey_user_handles").selectAll().execute()).toEqual([]);
      const signIn = await post(app, "/api/passkeys/login/verify", {
        response: authenticator.authenticate((await loginOptions(app)).options),
      });
      expect(signIn.statusCode).toBe(401);
    });
  });
});
